"""hikari's response-type names and mixins, and the REST lookups every interaction offers.

`MESSAGE_RESPONSE_TYPES` / `DEFERRED_RESPONSE_TYPES` (and their `Literal` aliases) are what a
component's `build_response` / `build_deferred_response` accept; `MessageResponseMixin` and
`ModalResponseMixin` are the bases of the interactions that may answer with a message or a modal,
as in hikari.
"""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like.interactions import base_interactions
from hikari_like.interactions import callback_responses
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import APP

ResponseType = hikari_like.ResponseType


def test_the_response_type_sets_are_discords_values() -> None:
    assert set(hikari_like.MESSAGE_RESPONSE_TYPES) == {4, 7}
    assert set(hikari_like.DEFERRED_RESPONSE_TYPES) == {5, 6}
    assert set(hikari_like.COMPONENT_RESPONSE_TYPES) == {4, 5, 6, 7}
    assert typing.get_args(hikari_like.MessageResponseTypesT) == (
        ResponseType.MESSAGE_CREATE,
        4,
        ResponseType.MESSAGE_UPDATE,
        7,
    )
    assert set(typing.get_args(hikari_like.DeferredResponseTypesT)) == {5, 6}


def test_the_mixins_are_the_bases_hikari_has() -> None:
    assert issubclass(hikari_like.CommandInteraction, hikari_like.MessageResponseMixin)
    assert issubclass(hikari_like.CommandInteraction, hikari_like.ModalResponseMixin)
    assert issubclass(hikari_like.ComponentInteraction, hikari_like.ModalResponseMixin)
    assert issubclass(hikari_like.ModalInteraction, hikari_like.MessageResponseMixin)
    assert not issubclass(hikari_like.ModalInteraction, hikari_like.ModalResponseMixin)  # no modal on a modal
    assert not issubclass(hikari_like.AutocompleteInteraction, hikari_like.MessageResponseMixin)


def test_the_activity_instance_lives_where_hikaris_does() -> None:
    assert (
        callback_responses.InteractionCallbackActivityInstance
        is base_interactions.InteractionCallbackActivityInstance
    )
    assert hikari_like.InteractionCallbackActivityInstance(id="i-1").id == "i-1"


@pytest.mark.parametrize("type_", sorted(hikari_like.MESSAGE_RESPONSE_TYPES))
def test_a_component_refuses_a_message_type_as_deferred(type_: int) -> None:
    interaction = hikari_like.ComponentInteraction.from_payload(payloads.button_press("x"), app=APP)

    with pytest.raises(ValueError, match="DEFERRED_MESSAGE"):
        interaction.build_deferred_response(type_)  # type: ignore[arg-type] # what the check is for
    assert interaction.build_response(type_).type == type_  # type: ignore[arg-type] # a plain int


def test_an_interaction_was_created_when_its_id_says() -> None:
    interaction = hikari_like.CommandInteraction.from_payload(payloads.slash_command("x"), app=APP)

    assert interaction.created_at == interaction.id.created_at


async def test_fetch_guild_reads_the_interactions_guild_and_none_in_a_dm(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    in_guild = hikari_like.CommandInteraction.from_payload(
        payloads.slash_command("x", guild_id=discord.guild_id), app=bot
    )
    in_dm = hikari_like.CommandInteraction.from_payload(payloads.slash_command("x", guild=False), app=bot)

    guild = await in_guild.fetch_guild()

    assert guild is not None
    assert guild.id == int(discord.guild_id)
    assert await in_dm.fetch_guild() is None


async def test_fetch_command_reads_the_invoked_command(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    created = await bot.rest.create_slash_command(
        discord.application_id, "ping", "Pong!", guild=discord.guild_id
    )
    payload = payloads.slash_command(
        "ping",
        command_id=created.id,
        command_guild_id=discord.guild_id,
        application_id=discord.application_id,
        guild_id=discord.guild_id,
    )
    interaction = hikari_like.CommandInteraction.from_payload(payload, app=bot)

    command = await interaction.fetch_command()

    assert (command.id, command.name, command.guild_id) == (created.id, "ping", int(discord.guild_id))


def test_an_answered_interaction_was_created_when_its_id_says() -> None:
    callback = hikari_like.InteractionCallback.from_payload({"id": "1250000000000000000", "type": 2})

    assert callback.created_at == callback.id.created_at
