"""LAUNCH_ACTIVITY as an answer: the builder, who may return it, and Discord's callback resource.

Discord (receiving-and-responding, 2024-08-26 change log): callback type 12 launches the app's
Activity, for APPLICATION_COMMAND, MESSAGE_COMPONENT and MODAL_SUBMIT interactions; with
`?with_response=true` the answer has `resource.activity_instance.id` and
`interaction.activity_instance_id`.
"""

from __future__ import annotations

import typing

import aiohttp
import pytest

import hikari_like
from hikari_like import impl
from hikari_like.interactions import callback_responses
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

LAUNCH = hikari_like.ResponseType.LAUNCH_ACTIVITY


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


def test_the_builder_sends_type_12_and_nothing_else() -> None:
    builder = impl.InteractionLaunchActivityBuilder()

    assert builder.type is LAUNCH
    assert builder.build() == ({"type": 12}, ())
    assert builder.build()[0] is not builder.build()[0]  # pure: a fresh body each time


@pytest.mark.parametrize(
    "payload",
    [
        payloads.slash_command("play"),
        payloads.button_press("play"),
        payloads.modal_submit("form", {"name": "x"}),
    ],
    ids=["command", "component", "modal submit"],
)
async def test_commands_components_and_modal_submits_answer_with_it(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, payload: dict[str, typing.Any]
) -> None:
    async def launch(interaction: typing.Any) -> impl.InteractionLaunchActivityBuilder:
        builder: impl.InteractionLaunchActivityBuilder = interaction.build_launch_activity_response()
        return builder

    for kind in (
        hikari_like.CommandInteraction,
        hikari_like.ComponentInteraction,
        hikari_like.ModalInteraction,
    ):
        bot.set_listener(kind, launch)

    response = await discord.send_interaction(url_of(bot), payload)

    assert (response.status, response.json()) == (200, {"type": 12})
    issued = discord.interactions[payload["token"]]
    assert issued.response is not None
    assert issued.response.type == 12
    assert issued.activity_instance_id is not None


def test_autocomplete_has_no_launch_builder() -> None:
    assert not hasattr(hikari_like.AutocompleteInteraction, "build_launch_activity_response")


async def test_an_autocomplete_listener_returning_it_is_refused(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def wrong(interaction: hikari_like.AutocompleteInteraction) -> typing.Any:
        return impl.InteractionLaunchActivityBuilder()

    bot.set_listener(hikari_like.AutocompleteInteraction, wrong)
    payload = payloads.autocomplete("fruit", [payloads.option("name", "a", focused=True)])

    response = await discord.send_interaction(url_of(bot), payload)

    assert response.status == 500  # the dispatcher refuses what Discord refuses, before answering
    assert discord.interactions[payload["token"]].response is None


async def test_over_rest_the_callback_names_the_activity_instance(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    answers: list[callback_responses.InteractionCallbackResponse] = []

    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        answers.append(await interaction.create_initial_response(LAUNCH))

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("play")

    response = await discord.send_interaction(url_of(bot), payload)

    assert response.status == 204
    (answer,) = answers
    issued = discord.interactions[payload["token"]]
    assert issued.response is not None
    assert (issued.response.type, issued.response.data) == (12, None)
    assert answer.interaction.activity_instance_id == issued.activity_instance_id
    assert answer.resource is not hikari_like.UNDEFINED
    assert answer.resource.type is LAUNCH
    assert answer.resource.activity_instance == callback_responses.InteractionCallbackActivityInstance(
        id=str(issued.activity_instance_id)
    )
    assert answer.resource.message is hikari_like.UNDEFINED


async def test_the_emulator_answers_like_discord(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    issued = discord.issue_interaction()
    url = f"{discord.url}/interactions/{issued.id}/{issued.token}/callback?with_response=true"

    async with session.post(url, json={"type": 12}) as response:
        body = await response.json()

    instance = issued.activity_instance_id
    assert response.status == 200
    assert instance is not None
    assert instance.startswith("i-")
    assert body == {
        "interaction": {"id": issued.id, "type": 2, "activity_instance_id": instance},
        "resource": {"type": 12, "activity_instance": {"id": instance}},
    }


@pytest.mark.parametrize(
    "resource",
    [
        {"type": 12, "activity_instance": "not an object"},
        {"type": 12, "activity_instance": {"id": 5}},
        {"type": 12, "message": {"id": "no channel or author"}},
        {"type": "12"},
        "not an object",
    ],
)
def test_a_malformed_resource_reads_as_absent(resource: object) -> None:
    payload = {
        "interaction": {"id": "1", "type": 2, "activity_instance_id": 7, "response_message_loading": "yes"},
        "resource": resource,
    }

    parsed = callback_responses.InteractionCallbackResponse.from_payload(
        payload, app=typing.cast(typing.Any, None)
    )

    assert parsed.interaction.activity_instance_id is hikari_like.UNDEFINED
    assert parsed.interaction.response_message_loading is False
    if parsed.resource is not hikari_like.UNDEFINED:
        assert parsed.resource.activity_instance is hikari_like.UNDEFINED
        assert parsed.resource.message is hikari_like.UNDEFINED
