"""The emulated Discord refuses message component trees as Discord does: raw bodies over real HTTP,
answered with `400 Invalid Form Body` (50035) at the offending path (limits from discord-api-docs,
components reference and message resource)."""

from __future__ import annotations

import typing

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import component_validation
from hikari_like.testing.emulator.responses import DiscordError
from tests.helpers import AUTH

JSONObject = dict[str, typing.Any]
V2 = 1 << 15


def errors_of(body: JSONObject) -> list[tuple[str, str]]:
    """Discord's nested `errors` flattened to (dotted path, code) pairs."""
    found: list[tuple[str, str]] = []

    def walk(tree: JSONObject, path: list[str]) -> None:
        for key, value in tree.items():
            if key == "_errors":
                found.extend((".".join(path), error["code"]) for error in value)
            else:
                walk(value, [*path, key])

    walk(body.get("errors", {}), [])
    return found


async def post(session: aiohttp.ClientSession, url: str, body: JSONObject) -> tuple[int, JSONObject]:
    async with session.post(url, json=body, headers=AUTH) as response:
        return response.status, await response.json() if response.status != 204 else {}


async def create(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, body: JSONObject
) -> tuple[int, JSONObject]:
    return await post(session, f"{discord.url}/channels/{discord.channel_id}/messages", body)


def button(custom_id: str, **extra: typing.Any) -> JSONObject:
    return {"type": 2, "style": 1, "label": "Go", "custom_id": custom_id, **extra}


def row(*children: JSONObject, **extra: typing.Any) -> JSONObject:
    return {"type": 1, "components": list(children), **extra}


def string_select(custom_id: str = "pick", count: int = 2, **extra: typing.Any) -> JSONObject:
    options = [{"label": f"Option {n}", "value": f"v{n}"} for n in range(count)]
    return {"type": 3, "custom_id": custom_id, "options": options, **extra}


def text(content: str = "Hello", **extra: typing.Any) -> JSONObject:
    return {"type": 10, "content": content, **extra}


def v2(*components: JSONObject, **extra: typing.Any) -> JSONObject:
    return {"flags": V2, "components": list(components), **extra}


def rich_v2_message() -> JSONObject:
    section = {"type": 9, "components": [text("Release 2.0")], "accessory": button("notes")}
    gallery = {"type": 12, "items": [{"media": {"url": "https://example.com/a.png"}, "description": "A"}]}
    link = {"type": 2, "style": 5, "label": "Docs", "url": "https://example.com"}
    container = {
        "type": 17,
        "accent_color": 0x5865F2,
        "components": [
            text("# Changelog", id=5),
            section,
            {"type": 14, "divider": True, "spacing": 2},
            gallery,
            {"type": 13, "file": {"url": "attachment://notes.txt"}},
            row(button("upvote"), link),
        ],
    }
    return v2(text("Top"), container, row(string_select(min_values=0, max_values=2)))


# ---- accepted --------------------------------------------------------------------------------------


async def test_valid_legacy_and_v2_messages_are_created(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    legacy = {
        "content": "Vote",
        "components": [row(*(button(f"b{n}") for n in range(5))), row(string_select())],
    }

    for body in (legacy, rich_v2_message()):
        status, message = await create(discord, session, body)
        assert status == 200, message
        assert message["components"]


async def test_forty_components_in_all_are_allowed_forty_one_are_not(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    container = {"type": 17, "components": [text(f"line {n}") for n in range(39)]}

    assert (await create(discord, session, v2(container)))[0] == 200
    status, error = await create(discord, session, v2(container, text("one too many")))

    assert (status, error["code"]) == (400, 50035)
    assert errors_of(error) == [("components", "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED")]


# ---- refused ---------------------------------------------------------------------------------------

LEGACY_BUTTONS = [button(f"b{n}") for n in range(6)]
OPTIONS_26 = string_select(count=26)

REFUSED: dict[str, tuple[JSONObject, str, str]] = {
    "six action rows": (
        {"components": [row(button(f"r{n}")) for n in range(6)]},
        "components",
        "BASE_TYPE_MAX_LENGTH",
    ),
    "a container without the v2 flag": (
        {"components": [{"type": 17, "components": [text()]}]},
        "components.0",
        "UNION_TYPE_CHOICES",
    ),
    "an empty action row": ({"components": [row()]}, "components.0.components", "BASE_TYPE_BAD_LENGTH"),
    "six buttons in a row": (
        {"components": [row(*LEGACY_BUTTONS)]},
        "components.0.components",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a button beside a select": (
        {"components": [row(string_select(), button("b"))]},
        "components.0.components.1",
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
    ),
    "a select beside a button": (
        {"components": [row(button("b"), string_select())]},
        "components.0.components.1",
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
    ),
    "a text input in a message": (
        {"components": [row({"type": 4, "custom_id": "t", "style": 1})]},
        "components.0.components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a label in a message": (
        v2({"type": 18, "label": "L", "component": {"type": 23, "custom_id": "c"}}),
        "components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a duplicated custom_id": (
        {"components": [row(button("same")), row(button("same"))]},
        "components.1.components.0.custom_id",
        "COMPONENT_CUSTOM_ID_DUPLICATED",
    ),
    "a duplicated id": (v2(text(id=3), text(id=3)), "components.1.id", "COMPONENT_ID_DUPLICATED"),
    "a custom_id of 101 characters": (
        {"components": [row(button("x" * 101))]},
        "components.0.components.0.custom_id",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a button label of 81 characters": (
        {"components": [row(button("b", label="x" * 81))]},
        "components.0.components.0.label",
        "BASE_TYPE_MAX_LENGTH",
    ),
    "a button without custom_id": (
        {"components": [row({"type": 2, "style": 1, "label": "?"})]},
        "components.0.components.0.custom_id",
        "BASE_TYPE_REQUIRED",
    ),
    "a link button without url": (
        {"components": [row({"type": 2, "style": 5, "label": "?"})]},
        "components.0.components.0.url",
        "BASE_TYPE_REQUIRED",
    ),
    "a select with 26 options": (
        {"components": [row(OPTIONS_26)]},
        "components.0.components.0.options",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a select option value used twice": (
        {"components": [row({"type": 3, "custom_id": "s", "options": [{"label": "A", "value": "v"}] * 2})]},
        "components.0.components.0.options.1",
        "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
    ),
    "max_values above the options offered": (
        {"components": [row(string_select(max_values=3))]},
        "components.0.components.0.max_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "min_values above max_values": (
        {"components": [row(string_select(min_values=2, max_values=1))]},
        "components.0.components.0.min_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "a user select with max_values 26": (
        {"components": [row({"type": 5, "custom_id": "u", "max_values": 26})]},
        "components.0.components.0.max_values",
        "BASE_TYPE_MAX_VALUE",
    ),
    "a section with four texts": (
        v2({"type": 9, "components": [text()] * 4, "accessory": button("b")}),
        "components.0.components",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a section without accessory": (
        v2({"type": 9, "components": [text()]}),
        "components.0.accessory",
        "BASE_TYPE_REQUIRED",
    ),
    "a select as a section's accessory": (
        v2({"type": 9, "components": [text()], "accessory": string_select()}),
        "components.0.accessory",
        "UNION_TYPE_CHOICES",
    ),
    "a container in a container": (
        v2({"type": 17, "components": [{"type": 17, "components": [text()]}]}),
        "components.0.components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a thumbnail at the top level": (
        v2({"type": 11, "media": {"url": "https://example.com/a.png"}}),
        "components.0",
        "UNION_TYPE_CHOICES",
    ),
    "a gallery of eleven": (
        v2({"type": 12, "items": [{"media": {"url": "https://example.com/a.png"}}] * 11}),
        "components.0.items",
        "BASE_TYPE_BAD_LENGTH",
    ),
    "a file without its url": (v2({"type": 13, "file": {}}), "components.0.file.url", "BASE_TYPE_REQUIRED"),
    "a text display without content": (v2({"type": 10}), "components.0.content", "BASE_TYPE_REQUIRED"),
    "an unknown component type": ({"components": [{"type": 99}]}, "components.0", "UNION_TYPE_CHOICES"),
}


@pytest.mark.parametrize("case", REFUSED)
async def test_message_trees_discord_refuses_are_refused_at_their_path(
    case: str, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    body, path, code = REFUSED[case]

    status, error = await create(discord, session, {"content": "x", **body} if "flags" not in body else body)

    assert (status, error["message"], error["code"]) == (400, "Invalid Form Body", 50035)
    assert errors_of(error) == [(path, code)]
    assert discord.messages[discord.channel_id] == []


def test_union_choices_name_the_allowed_types() -> None:
    # Discord prints the allowed types as a tuple; the message text, checked without a socket.
    with pytest.raises(DiscordError) as caught:
        component_validation.check_message_components({"components": [row({"type": 4})]}, prefix="")

    assert caught.value.errors == {
        "components": {
            "0": {
                "components": {
                    "0": {
                        "_errors": [
                            {
                                "code": "UNION_TYPE_CHOICES",
                                "message": 'Value of field "type" must be one of (2, 3, 5, 6, 7, 8).',
                            }
                        ]
                    }
                }
            }
        }
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("content", "hi"),
        ("embeds", [{"title": "t"}]),
        ("sticker_ids", ["1"]),
        ("poll", {"question": {"text": "?"}, "answers": [{"poll_media": {"text": "Yes"}}]}),
    ],
)
async def test_a_v2_message_carries_nothing_but_components(
    field: str, value: typing.Any, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    status, error = await create(discord, session, v2(text(), **{field: value}))

    assert status == 400
    assert errors_of(error) == [(field, "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2")]


async def test_an_edit_to_v2_may_send_the_legacy_fields_emptied(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    status, message = await create(discord, session, {"content": "old", "embeds": [{"title": "t"}]})
    assert status == 200
    url = f"{discord.url}/channels/{discord.channel_id}/messages/{message['id']}"
    edit = v2(text("new"), content=None, embeds=[], sticker_ids=[], poll=None)

    async with session.patch(url, json=edit, headers=AUTH) as response:
        assert response.status == 200, await response.text()


async def test_followups_and_callbacks_are_checked_too(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback = f"{discord.url}/interactions/{interaction.id}/{interaction.token}/callback"
    followup = f"{discord.url}/webhooks/{discord.application_id}/{interaction.token}"
    too_wide = {"components": [row(string_select(), button("b"))]}

    status, error = await post(session, callback, {"type": 4, "data": too_wide})
    assert status == 400
    ((path, code),) = errors_of(error)
    # Discord reports a callback's fields under `data.`; the prefix is the route's to give.
    assert (path.removeprefix("data."), code) == (
        "components.0.components.1",
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
    )
    assert await post(session, callback, {"type": 5}) == (204, {})  # the refusal answered nothing
    status, error = await post(session, followup, too_wide)
    assert (status, errors_of(error)) == (
        400,
        [("components.0.components.1", "COMPONENT_LAYOUT_WIDTH_EXCEEDED")],
    )
