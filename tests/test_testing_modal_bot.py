"""Forged modal submits delivered to a real RESTBot on loopback by the emulated Discord, read by a
listener that walks the submit generically (every component's type and custom ID, every resolved
object), as a bot that handles any modal would."""

from __future__ import annotations

import json
import typing

import hikari_like
from hikari_like.components import ComponentType
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.impl import builders


async def summarise(interaction: hikari_like.ModalInteraction) -> builders.InteractionMessageBuilder:
    answered = [[int(each.type), getattr(each, "custom_id", None)] for each in interaction.iter_components()]
    resolved = interaction.resolved
    found = {}
    if resolved is not None:
        found = {
            "users": sorted(map(str, resolved.users)),
            "members": sorted(map(str, resolved.members)),
            "roles": sorted(map(str, resolved.roles)),
            "channels": sorted(map(str, resolved.channels)),
            "files": sorted(each.filename for each in resolved.attachments.values()),
        }
    summary = {"modal": interaction.custom_id, "top": [int(each.type) for each in interaction.components]}
    return interaction.build_response().set_content(json.dumps(summary | {"answered": answered, **found}))


async def deliver(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot, payload: dict[str, typing.Any]
) -> typing.Any:
    bot.set_listener(hikari_like.ModalInteraction, summarise, replace=True)
    response = await discord.send_interaction(bot.interaction_server.urls[0], payload)
    assert response.status == 200, response.body
    return json.loads(response.json()["data"]["content"])


EVERY_ANSWER = [
    payloads.text_display_answer(),
    payloads.text_answer("subject", "Crash on start"),
    payloads.select_answer("severity", ["high"]),
    payloads.select_answer("assignee", [101], component_type=ComponentType.USER_SELECT_MENU),
    payloads.select_answer("team", [202], component_type=ComponentType.ROLE_SELECT_MENU),
    payloads.select_answer(
        "notify", [103, 204], component_type=ComponentType.MENTIONABLE_SELECT_MENU, role_ids=[204]
    ),
    payloads.select_answer("where", [305], component_type=ComponentType.CHANNEL_SELECT_MENU),
    payloads.file_upload_answer("evidence", ["crash.png", "log.txt"]),
    payloads.radio_answer("platform", "linux"),
    payloads.checkbox_group_answer("areas", ["ui", "network"]),
    payloads.checkbox_answer("public", True),
]


async def test_a_submit_of_every_answer_reaches_the_listener_whole(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    seen = await deliver(discord, bot, payloads.modal_submit("bug-report", EVERY_ANSWER))

    assert seen["modal"] == "bug-report"
    assert seen["top"] == [10] + [18] * 10
    answered = [pair for pair in seen["answered"] if pair[0] != 10]
    assert answered == [[answer.type, answer.custom_id] for answer in EVERY_ANSWER[1:]]
    assert (seen["users"], seen["members"]) == (["101", "103"], ["101", "103"])
    assert (seen["roles"], seen["channels"]) == (["202", "204"], ["305"])
    assert seen["files"] == ["crash.png", "log.txt"]


async def test_a_dm_submit_resolves_users_without_members(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    answer = payloads.select_answer("who", [101], component_type=ComponentType.USER_SELECT_MENU)

    seen = await deliver(discord, bot, payloads.labelled_modal_submit("dm", [answer], guild=False))

    assert (seen["users"], seen["members"]) == (["101"], [])


async def test_empty_answers_and_the_older_layout_are_read(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    empty = [payloads.radio_answer("optional", None), payloads.checkbox_group_answer("none", [])]

    unanswered = await deliver(discord, bot, payloads.modal_submit("quiet", empty))
    legacy = await deliver(discord, bot, payloads.modal_submit("old", {"name": "Ada"}))

    assert unanswered["answered"] == [[21, "optional"], [22, "none"]]
    assert "users" not in unanswered  # nothing resolved, no resolved object
    assert (legacy["top"], legacy["answered"]) == ([1], [[4, "name"]])


async def test_a_future_component_is_kept_beside_the_known_ones(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    future = {"type": 99, "id": 9, "component": {"type": 98, "custom_id": "later", "value": "?"}}

    seen = await deliver(
        discord, bot, payloads.modal_submit("next", [payloads.text_answer("a", "b"), future])
    )

    assert seen["top"] == [18, 99]
    assert [4, "a"] in seen["answered"]
