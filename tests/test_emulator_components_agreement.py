"""The client refuses before sending what the emulated Discord refuses after receiving: the same
component trees through `component_rules` (a `DiscordRuleError`, no bytes sent) and as raw bodies
over HTTP to the emulator (`400`, 50035), and the same trees accepted by both."""

from __future__ import annotations

import typing

import aiohttp
import pytest

from hikari_like import errors
from hikari_like.impl.builders import component_rules
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_emulator_components import button
from tests.test_emulator_components import create
from tests.test_emulator_components import post
from tests.test_emulator_components import row
from tests.test_emulator_components import string_select
from tests.test_emulator_components import text
from tests.test_emulator_components_modals import checkbox_group
from tests.test_emulator_components_modals import label
from tests.test_emulator_components_modals import options
from tests.test_emulator_components_modals import radio
from tests.test_emulator_components_modals import text_input

JSONObject = dict[str, typing.Any]
V2 = 1 << 15

MESSAGES: dict[str, tuple[list[JSONObject], bool, bool]] = {
    # name: (components, v2 flag, Discord accepts)
    "five rows": ([row(button(f"b{n}")) for n in range(5)], False, True),
    "six rows": ([row(button(f"b{n}")) for n in range(6)], False, False),
    "six buttons in a row": ([row(*(button(f"b{n}") for n in range(6)))], False, False),
    "a select and a button in a row": ([row(string_select(), button("b"))], False, False),
    "an empty row": ([row()], False, False),
    "forty in all": ([{"type": 17, "components": [text(f"{n}") for n in range(39)]}], True, True),
    "forty-one in all": ([{"type": 17, "components": [text(f"{n}") for n in range(40)]}], True, False),
    "a section of four texts": (
        [{"type": 9, "components": [text()] * 4, "accessory": button("b")}],
        True,
        False,
    ),
    "a container in a container": (
        [{"type": 17, "components": [{"type": 17, "components": [text()]}]}],
        True,
        False,
    ),
    "a repeated id": ([text(id=4), text(id=4)], True, False),
    "a repeated custom_id": ([row(button("same"), button("same"))], False, False),
}

MODALS: dict[str, tuple[list[JSONObject], bool]] = {
    "a label and a text display": ([{"type": 10, "content": "Hi"}, label(text_input())], True),
    "six labels": ([label(text_input(f"t{n}")) for n in range(6)], False),
    "a button in a label": ([label({"type": 2, "style": 1, "label": "x", "custom_id": "b"})], False),
    "a select in a modal row": ([{"type": 1, "components": [{"type": 5, "custom_id": "u"}]}], False),
    "a disabled select": (
        [label({"type": 3, "custom_id": "s", "options": options(2), "disabled": True})],
        False,
    ),
    "a radio group of one": ([label(radio(1))], False),
    "a radio group of ten": ([label(radio(10))], True),
    "a radio group with two defaults": (
        [
            label(
                {"type": 21, "custom_id": "r", "options": [{**each, "default": True} for each in options(3)]}
            )
        ],
        False,
    ),
    "a checkbox group asking more than it offers": ([label(checkbox_group(2, min_values=3))], False),
    "a required checkbox group of min 0": ([label(checkbox_group(2, min_values=0))], False),
    "an optional checkbox group of min 0": ([label(checkbox_group(2, min_values=0, required=False))], True),
    "a file type without its dot": ([label({"type": 19, "custom_id": "f", "file_types": ["pdf"]})], False),
    "a repeated custom_id": ([label(text_input("x")), label({"type": 23, "custom_id": "x"})], False),
}


def client_accepts(check: typing.Callable[[], None]) -> bool:
    try:
        check()
    except errors.DiscordRuleError:
        return False
    return True


@pytest.mark.parametrize("case", MESSAGES)
async def test_client_and_emulator_agree_on_messages(
    case: str, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    components, is_v2, accepted = MESSAGES[case]
    body: JSONObject = {"components": components} | ({"flags": V2} if is_v2 else {"content": "x"})

    status, _ = await create(discord, session, body)

    assert (
        client_accepts(lambda: component_rules.check_message_components(components, is_v2=is_v2)) is accepted
    )
    assert status == (200 if accepted else 400)


@pytest.mark.parametrize("case", MODALS)
async def test_client_and_emulator_agree_on_modals(
    case: str, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    components, accepted = MODALS[case]
    interaction = discord.issue_interaction()
    callback = f"{discord.url}/interactions/{interaction.id}/{interaction.token}/callback"
    body = {"type": 9, "data": {"custom_id": "form", "title": "Form", "components": components}}

    status, _ = await post(session, callback, body)

    assert client_accepts(lambda: component_rules.check_modal_components(components)) is accepted
    assert status == (204 if accepted else 400)
