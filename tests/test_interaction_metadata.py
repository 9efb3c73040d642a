"""A message's `interaction_metadata`: what it says about the interaction that created it.

Discord's docs (message resource, "Message Interaction Metadata Object"): every kind has `id`,
`type`, `user` and `authorizing_integration_owners`; a followup has `original_response_message_id`;
an application command's has `target_user` (user commands) or `target_message_id` (message
commands); a component's has `interacted_message_id`; a modal submit's has
`triggering_interaction_metadata`. The emulated Discord puts it on the messages an interaction
creates, so a bot reads it back over real sockets.
"""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like.impl import special_endpoints
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads as emulated_payloads
from tests.helpers import APP

KAT: typing.Final[dict[str, typing.Any]] = {
    "id": "80351110224678912",
    "username": "kat",
    "discriminator": "0",
    "avatar": None,
}
TARGET: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983423143937",
    "username": "target",
    "discriminator": "0",
    "avatar": None,
}


def metadata_payload(**fields: typing.Any) -> dict[str, typing.Any]:
    """A command's interaction metadata as Discord sends it, with `fields` added or replaced."""
    base = {
        "id": "1250000000000000000",
        "type": 2,
        "user": KAT,
        "authorizing_integration_owners": {"0": "42"},
    }
    return {**base, **fields}


def message_with(metadata: object) -> hikari_like.Message:
    """A Discord-shaped message carrying `metadata` as its `interaction_metadata`."""
    payload = emulated_payloads.message_payload(
        "1250000000000000001",
        channel_id="1250000000000000002",
        author=KAT,
        fields={"content": "hi"},
        attachments=[],
    )
    payload["interaction_metadata"] = metadata
    return hikari_like.Message.from_payload(payload, app=APP)


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


# -- parsing Discord's shapes ------------------------------------------------------------------------


def test_command_metadata_reads_every_field() -> None:
    message = message_with(
        metadata_payload(original_response_message_id="1250000000000000003", target_user=TARGET)
    )

    metadata = message.interaction_metadata
    assert isinstance(metadata, hikari_like.CommandInteractionMetadata)
    assert metadata.interaction_id == 1250000000000000000
    assert metadata.type is hikari_like.InteractionType.APPLICATION_COMMAND
    assert metadata.user.username == "kat"
    assert metadata.authorizing_integration_owners == {
        hikari_like.ApplicationIntegrationType.GUILD_INSTALL: 42
    }
    assert metadata.original_response_message_id == 1250000000000000003
    assert metadata.target_user is not None
    assert metadata.target_user.id == 41771983423143937
    assert metadata.target_message_id is None


def test_missing_optional_fields_read_as_none() -> None:
    payload = metadata_payload()
    del payload["authorizing_integration_owners"]

    metadata = message_with(payload).interaction_metadata

    assert isinstance(metadata, hikari_like.CommandInteractionMetadata)
    assert metadata.authorizing_integration_owners == {}
    assert (metadata.original_response_message_id, metadata.target_user, metadata.target_message_id) == (
        None,
        None,
        None,
    )


def test_component_metadata_names_the_message_with_the_component() -> None:
    metadata = message_with(
        metadata_payload(type=3, interacted_message_id="1250000000000000004")
    ).interaction_metadata

    assert isinstance(metadata, hikari_like.ComponentInteractionMetadata)
    assert metadata.interacted_message_id == 1250000000000000004


def test_modal_metadata_holds_the_metadata_of_what_opened_the_modal() -> None:
    opened_by = metadata_payload(
        type=3, id="1250000000000000005", interacted_message_id="1250000000000000004"
    )

    metadata = message_with(
        metadata_payload(type=5, triggering_interaction_metadata=opened_by)
    ).interaction_metadata

    assert isinstance(metadata, hikari_like.ModalInteractionMetadata)
    triggering = metadata.triggering_interaction_metadata
    assert isinstance(triggering, hikari_like.ComponentInteractionMetadata)
    assert triggering.interaction_id == 1250000000000000005


def test_an_unknown_interaction_type_gives_the_partial_metadata_and_keeps_the_type() -> None:
    metadata = message_with(metadata_payload(type=99)).interaction_metadata

    assert type(metadata) is hikari_like.PartialInteractionMetadata
    assert metadata.type == 99


@pytest.mark.parametrize(
    "metadata",
    [None, "nope", [], metadata_payload(id="not an id"), metadata_payload(user=None), {"type": 2}],
)
def test_metadata_that_cannot_be_read_is_none_and_the_message_still_reads(metadata: object) -> None:
    message = message_with(metadata)

    assert message.content == "hi"
    assert message.interaction_metadata is None


# -- the emulated Discord puts it on the messages an interaction creates ----------------------------


async def answered(
    bot: hikari_like.RESTBot,
    discord: EmulatedDiscord,
    payload: dict[str, typing.Any],
    *,
    followup: bool = False,
) -> list[hikari_like.Message]:
    """Deliver `payload` to a bot that answers with a new message (and `followup` one); the
    messages as the bot reads them back: the initial response, then the followup."""
    read: list[hikari_like.Message] = []

    async def on_interaction(
        interaction: hikari_like.CommandInteraction | hikari_like.ComponentInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        if isinstance(interaction, hikari_like.ComponentInteraction):
            yield interaction.build_response(hikari_like.ResponseType.MESSAGE_CREATE).set_content("answer")
        else:
            yield interaction.build_response().set_content("answer")
        read.append(await interaction.fetch_initial_response())
        if followup:
            read.append(await interaction.execute("followup"))

    bot.set_listener(hikari_like.CommandInteraction, on_interaction)
    bot.set_listener(hikari_like.ComponentInteraction, on_interaction)
    await discord.send_interaction(url_of(bot), payload)
    await bot.interaction_server.close_continuations(grace_period=5)
    return read


async def test_a_slash_commands_answer_and_followup_carry_its_metadata(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    payload = payloads.slash_command(
        "ping", user=KAT, channel_id=discord.channel_id, guild_id=discord.guild_id
    )

    initial, followup = await answered(bot, discord, payload, followup=True)

    for message in (initial, followup):
        metadata = message.interaction_metadata
        assert isinstance(metadata, hikari_like.CommandInteractionMetadata)
        assert metadata.interaction_id == int(payload["id"])
        assert metadata.user.id == int(KAT["id"])
        assert metadata.type is hikari_like.InteractionType.APPLICATION_COMMAND
    assert initial.interaction_metadata is not None
    assert initial.interaction_metadata.original_response_message_id is None
    assert followup.interaction_metadata is not None
    assert followup.interaction_metadata.original_response_message_id == initial.id
    fetched = await bot.rest.fetch_message(discord.channel_id, followup.id)  # the channel's copy too
    assert fetched.interaction_metadata == followup.interaction_metadata


async def test_a_user_commands_answer_names_its_target(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    [answer] = await answered(bot, discord, payloads.user_command("High five", target=TARGET))

    metadata = answer.interaction_metadata
    assert isinstance(metadata, hikari_like.CommandInteractionMetadata)
    assert metadata.target_user is not None
    assert metadata.target_user.id == int(TARGET["id"])
    assert metadata.target_message_id is None


async def test_a_button_presss_new_message_names_the_message_with_the_button(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    payload = payloads.button_press("confirm")

    [answer] = await answered(bot, discord, payload)

    metadata = answer.interaction_metadata
    assert isinstance(metadata, hikari_like.ComponentInteractionMetadata)
    assert metadata.interacted_message_id == int(payload["message"]["id"])
    assert metadata.user.id == int(payload["member"]["user"]["id"])


async def test_a_modal_submits_answer_names_the_interaction_that_opened_the_modal(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> typing.Any:
        details = special_endpoints.TextInputBuilder(custom_id="details")
        return interaction.build_modal_response("Report", "report").add_component(
            special_endpoints.LabelComponentBuilder(label="Details", component=details)
        )

    read: list[hikari_like.Message] = []

    async def on_modal(interaction: hikari_like.ModalInteraction) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_response().set_content("thanks")
        read.append(await interaction.fetch_initial_response())

    press = payloads.button_press("report", user=KAT)
    bot.set_listener(hikari_like.ComponentInteraction, on_component)
    bot.set_listener(hikari_like.ModalInteraction, on_modal)
    await discord.send_interaction(url_of(bot), press)
    await discord.send_interaction(
        url_of(bot), payloads.modal_submit("report", {"details": "it broke"}, user=KAT)
    )
    await bot.interaction_server.close_continuations(grace_period=5)

    metadata = read[0].interaction_metadata
    assert isinstance(metadata, hikari_like.ModalInteractionMetadata)
    assert metadata.type is hikari_like.InteractionType.MODAL_SUBMIT
    opened_by = metadata.triggering_interaction_metadata
    assert isinstance(opened_by, hikari_like.ComponentInteractionMetadata)
    assert opened_by.interaction_id == int(press["id"])
    assert opened_by.interacted_message_id == int(press["message"]["id"])
