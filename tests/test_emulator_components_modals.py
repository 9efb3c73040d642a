"""The emulated Discord refuses MODAL callbacks as Discord does: raw bodies over real HTTP, answered
with `400 Invalid Form Body` (50035) at paths like `data.components.0.component.options` (limits from
discord-api-docs: interactions "Modal", components reference Label, selects, File Upload, Radio
Group, Checkbox Group, Checkbox)."""

from __future__ import annotations

import typing

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_emulator_components import errors_of
from tests.test_emulator_components import post

JSONObject = dict[str, typing.Any]


def label(component: JSONObject, text: str = "Question", **extra: typing.Any) -> JSONObject:
    return {"type": 18, "label": text, "component": component, **extra}


def text_input(custom_id: str = "answer", **extra: typing.Any) -> JSONObject:
    return {"type": 4, "custom_id": custom_id, "style": 1, **extra}


def options(count: int) -> list[JSONObject]:
    return [{"label": f"Choice {n}", "value": f"c{n}"} for n in range(count)]


def radio(count: int = 3, **extra: typing.Any) -> JSONObject:
    return {"type": 21, "custom_id": "radio", "options": options(count), **extra}


def checkbox_group(count: int = 3, **extra: typing.Any) -> JSONObject:
    return {"type": 22, "custom_id": "boxes", "options": options(count), **extra}


def modal(*components: JSONObject, **extra: typing.Any) -> JSONObject:
    return {
        "type": 9,
        "data": {"custom_id": "form", "title": "Tell us", "components": list(components), **extra},
    }


async def answer(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, body: JSONObject
) -> tuple[int, JSONObject]:
    interaction = discord.issue_interaction()
    return await post(
        session, f"{discord.url}/interactions/{interaction.id}/{interaction.token}/callback", body
    )


VALID: dict[str, JSONObject] = {
    "every kind of answer": modal(
        {"type": 10, "content": "Please fill this in."},
        label(text_input(max_length=4000, placeholder="...")),
        label({"type": 3, "custom_id": "sev", "options": options(3), "min_values": 1, "max_values": 2}),
        label({"type": 19, "custom_id": "files", "min_values": 0, "max_values": 10, "required": False}),
        label(radio(required=False)),
    ),
    "selects, groups and a checkbox": modal(
        label({"type": 5, "custom_id": "who", "max_values": 25}),
        label({"type": 8, "custom_id": "where", "channel_types": [0]}),
        label(checkbox_group(min_values=0, max_values=3, required=False), description="Pick any"),
        label({"type": 23, "custom_id": "agree", "default": True}),
        label({"type": 19, "custom_id": "pdf", "file_types": [".pdf", "image"]}),
    ),
    "the older action row of a text input": modal({"type": 1, "components": [text_input(label="Name")]}),
}


@pytest.mark.parametrize("case", VALID)
async def test_modals_discord_accepts_are_accepted(
    case: str, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    status, body = await answer(discord, session, VALID[case])

    assert status == 204, body


REFUSED: dict[str, tuple[JSONObject, str, str]] = {
    "six top-level components": (
        modal(*[label(text_input(f"t{n}")) for n in range(6)]),
        "data.components",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a button at the top level": (
        modal({"type": 2, "style": 1, "label": "x", "custom_id": "b"}),
        "data.components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a container in a modal": (
        modal({"type": 17, "components": [{"type": 10, "content": "x"}]}),
        "data.components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a button in a label": (
        modal(label({"type": 2, "style": 1, "label": "x", "custom_id": "b"})),
        "data.components.0.component",
        "UNION_TYPE_CHOICES",
    ),
    "a label holding a list": (
        modal({"type": 18, "label": "Two", "components": [text_input("a"), text_input("b")]}),
        "data.components.0.component",
        "BASE_TYPE_REQUIRED",
    ),
    "a label of 46 characters": (
        modal(label(text_input(), "x" * 46)),
        "data.components.0.label",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a label without its text": (
        modal({"type": 18, "component": text_input()}),
        "data.components.0.label",
        "BASE_TYPE_REQUIRED",
    ),
    "a description of 101 characters": (
        modal(label(text_input(), description="x" * 101)),
        "data.components.0.description",
        "BASE_TYPE_MAX_LENGTH",
    ),
    "a select in a modal's action row": (
        modal({"type": 1, "components": [{"type": 5, "custom_id": "u"}]}),
        "data.components.0.components.0",
        "UNION_TYPE_CHOICES",
    ),
    "two text inputs in a row": (
        modal({"type": 1, "components": [text_input("a"), text_input("b")]}),
        "data.components.0.components.1",
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
    ),
    "a text input of style 3": (
        modal(label(text_input(style=3))),
        "data.components.0.component.style",
        "BASE_TYPE_CHOICES",
    ),
    "a text input's max_length of 4001": (
        modal(label(text_input(max_length=4001))),
        "data.components.0.component.max_length",
        "BASE_TYPE_MAX_VALUE",
    ),
    "a string select without options": (
        modal(label({"type": 3, "custom_id": "s", "options": []})),
        "data.components.0.component.options",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a required select with min_values 0": (
        modal(label({"type": 6, "custom_id": "r", "min_values": 0})),
        "data.components.0.component.min_values",
        "BASE_TYPE_MIN_VALUE",
    ),
    "a radio group of one option": (
        modal(label(radio(1))),
        "data.components.0.component.options",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a radio group of eleven options": (
        modal(label(radio(11))),
        "data.components.0.component.options",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a radio option value used twice": (
        modal(label({"type": 21, "custom_id": "r", "options": [{"label": "A", "value": "a"}] * 2})),
        "data.components.0.component.options.1",
        "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
    ),
    "a radio option label of 101 characters": (
        modal(
            label(
                {
                    "type": 21,
                    "custom_id": "r",
                    "options": [{"label": "x" * 101, "value": "a"}, {"label": "B", "value": "b"}],
                }
            )
        ),
        "data.components.0.component.options.0.label",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a checkbox group of eleven options": (
        modal(label(checkbox_group(11))),
        "data.components.0.component.options",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a checkbox group's max_values above its options": (
        modal(label(checkbox_group(3, max_values=4))),
        "data.components.0.component.max_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "a checkbox group's min_values above max_values": (
        modal(label(checkbox_group(3, min_values=3, max_values=2))),
        "data.components.0.component.min_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "a required checkbox group with min_values 0": (
        modal(label(checkbox_group(3, min_values=0))),
        "data.components.0.component.min_values",
        "BASE_TYPE_MIN_VALUE",
    ),
    "a file upload of eleven files": (
        modal(label({"type": 19, "custom_id": "f", "max_values": 11})),
        "data.components.0.component.max_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "eleven file types": (
        modal(label({"type": 19, "custom_id": "f", "file_types": [f".e{n}" for n in range(11)]})),
        "data.components.0.component.file_types",
        "BASE_TYPE_MAX_LENGTH",
    ),
    "a checkbox without custom_id": (
        modal(label({"type": 23})),
        "data.components.0.component.custom_id",
        "BASE_TYPE_REQUIRED",
    ),
    "a custom_id used twice": (
        modal(label(text_input("same")), label({"type": 23, "custom_id": "same"})),
        "data.components.1.component.custom_id",
        "COMPONENT_CUSTOM_ID_DUPLICATED",
    ),
    "an id used twice": (
        modal(label(text_input("a"), id=7), label(text_input("b", id=7))),
        "data.components.1.component.id",
        "COMPONENT_ID_DUPLICATED",
    ),
    "a disabled select": (
        modal(label({"type": 3, "custom_id": "s", "options": options(2), "disabled": True})),
        "data.components.0.component.disabled",
        "COMPONENT_DISABLED_IN_MODAL",
    ),
    "a radio group with two defaults": (
        modal(
            label(
                {"type": 21, "custom_id": "r", "options": [{**each, "default": True} for each in options(2)]}
            )
        ),
        "data.components.0.component.options",
        "RADIO_GROUP_DEFAULT_DUPLICATED",
    ),
    "a file type without its dot": (
        modal(label({"type": 19, "custom_id": "f", "file_types": ["image", "pdf"]})),
        "data.components.0.component.file_types.1",
        "FILE_TYPE_INVALID",
    ),
    "a title of 46 characters": (
        modal(label(text_input()), title="x" * 46),
        "data.title",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a modal custom_id of 101 characters": (
        modal(label(text_input()), custom_id="x" * 101),
        "data.custom_id",
        "BASE_TYPE_BAD_LENGTH",
    ),
}


@pytest.mark.parametrize("case", REFUSED)
async def test_modals_discord_refuses_are_refused_at_their_path(
    case: str, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    body, path, code = REFUSED[case]

    status, error = await answer(discord, session, body)

    assert (status, error["message"], error["code"]) == (400, "Invalid Form Body", 50035)
    assert errors_of(error) == [(path, code)]


async def test_a_refused_modal_leaves_the_interaction_to_answer(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback = f"{discord.url}/interactions/{interaction.id}/{interaction.token}/callback"

    assert (await post(session, callback, modal(label(radio(1)))))[0] == 400
    assert await post(session, callback, modal(label(radio(2)))) == (204, {})
    assert discord.interaction_responses[interaction.token].type == 9
