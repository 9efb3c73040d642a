"""Submitted modals with every modal component, read as typed answers: Discord's documented
submit shapes for radio groups, checkbox groups and checkboxes, unknown future types kept in
place next to known ones, and a RESTBot on loopback whose listener gets every answer typed."""

from __future__ import annotations

import copy
import pathlib
import re
import typing

import pytest

import hikari_like
from hikari_like import snowflakes
from hikari_like.component_parsing import deserialize_components
from hikari_like.components import ActionRowComponent
from hikari_like.components import ButtonComponent
from hikari_like.components import ComponentType
from hikari_like.components import ContainerComponent
from hikari_like.components import PartialComponent
from hikari_like.components import SectionComponent
from hikari_like.components import TextDisplayComponent
from hikari_like.components import TextInputComponent
from hikari_like.impl import InteractionMessageBuilder
from hikari_like.impl.builders.component_rules import check_modal_components
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.interactions import CheckboxComponent
from hikari_like.interactions import CheckboxGroupComponent
from hikari_like.interactions import FileUploadComponent
from hikari_like.interactions import LabelComponent
from hikari_like.interactions import ModalActionRowComponent
from hikari_like.interactions import ModalComponent
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import ModalSelectMenuComponent
from hikari_like.interactions import RadioGroupComponent
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import APP
from tests.helpers import TOKEN

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

# The docs' example ID has 21 digits, beyond a snowflake's 64 bits; this one is in range.
ATTACHMENT_ID: typing.Final = "1111111111111111111"


def _submit(components: list[JSONObject], **data: typing.Any) -> ModalInteraction:
    payload = payloads.modal_submit("modal", {})
    payload["data"] = {"custom_id": "modal", "components": components, **data}
    return ModalInteraction.from_payload(payload, app=APP)


def _label(component_id: int, component: JSONObject) -> JSONObject:
    return {"id": component_id, "type": 18, "component": component}


# The "Modal Submit Interaction Data Example"s of Discord's components reference (ids renumbered).
RADIO: typing.Final = {"custom_id": "class_radio", "id": 2, "type": 21, "value": "warrior"}
CHECKBOX_GROUP: typing.Final = {
    "custom_id": "event_checkbox",
    "id": 4,
    "type": 22,
    "values": ["march-5", "march-10", "march-4"],
}
CHECKBOX: typing.Final = {"custom_id": "like_checkbox", "id": 6, "type": 23, "value": True}
UPLOAD: typing.Final = {"custom_id": "file_upload", "id": 8, "type": 19, "values": [ATTACHMENT_ID]}
RESOLVED_UPLOAD: typing.Final = {
    "attachments": {
        ATTACHMENT_ID: {
            "content_type": "image/png",
            "ephemeral": True,
            "filename": "bug.png",
            "height": 604,
            "id": ATTACHMENT_ID,
            "proxy_url": "https://media.discordapp.net/ephemeral-attachments/2/1/bug.png",
            "size": 241394,
            "url": "https://cdn.discordapp.com/ephemeral-attachments/2/1/bug.png",
            "width": 2482,
        }
    }
}


# -- Discord's documented submit shapes ------------------------------------------------------------


def test_the_documented_submits_read_as_typed_models() -> None:
    interaction = _submit(
        [_label(1, RADIO), _label(3, CHECKBOX_GROUP), _label(5, CHECKBOX), _label(7, UPLOAD)],
        resolved=RESOLVED_UPLOAD,
    )

    radio, group, checkbox, upload = interaction.iter_components()
    assert radio == RadioGroupComponent(
        type=ComponentType.RADIO_GROUP, id=2, custom_id="class_radio", value="warrior"
    )
    assert group == CheckboxGroupComponent(
        type=ComponentType.CHECKBOX_GROUP,
        id=4,
        custom_id="event_checkbox",
        values=["march-5", "march-10", "march-4"],
    )
    assert checkbox == CheckboxComponent(
        type=ComponentType.CHECKBOX, id=6, custom_id="like_checkbox", value=True
    )
    assert isinstance(upload, FileUploadComponent)
    assert upload.values == [snowflakes.Snowflake(ATTACHMENT_ID)]
    assert interaction.resolved is not None
    assert interaction.resolved.attachments[snowflakes.Snowflake(ATTACHMENT_ID)].filename == "bug.png"
    assert [type(label) for label in interaction.components] == [LabelComponent] * 4


def test_get_value_gives_each_answer_typed() -> None:
    interaction = _submit(
        [_label(1, RADIO), _label(3, CHECKBOX_GROUP), _label(5, CHECKBOX), _label(7, UPLOAD)]
    )

    assert interaction.get_value("class_radio") == "warrior"
    assert interaction.get_value("event_checkbox") == ["march-5", "march-10", "march-4"]
    assert interaction.get_value("like_checkbox") is True
    assert interaction.get_value("file_upload") == [snowflakes.Snowflake(ATTACHMENT_ID)]
    assert interaction.get_value("nothing") is None


def test_an_empty_optional_radio_group_is_told_apart_from_a_missing_one() -> None:
    interaction = _submit([_label(1, {**RADIO, "value": None})])

    assert interaction.get_value("class_radio") is None
    assert interaction.get_component("class_radio") == RadioGroupComponent(
        type=ComponentType.RADIO_GROUP, id=2, custom_id="class_radio", value=None
    )
    assert interaction.get_component("nothing") is None


def test_an_unticked_checkbox_and_an_empty_group_are_answers_too() -> None:
    interaction = _submit(
        [_label(1, {**CHECKBOX, "value": False}), _label(3, {**CHECKBOX_GROUP, "values": []})]
    )

    assert interaction.get_value("like_checkbox") is False
    assert interaction.get_value("event_checkbox") == []


def _radio(value: str | None) -> RadioGroupComponent:
    return RadioGroupComponent(type=ComponentType.RADIO_GROUP, id=2, custom_id="class_radio", value=value)


def _group(values: list[str]) -> CheckboxGroupComponent:
    return CheckboxGroupComponent(
        type=ComponentType.CHECKBOX_GROUP, id=4, custom_id="event_checkbox", values=values
    )


@pytest.mark.parametrize(
    ("component", "expected"),
    [
        ({**RADIO, "value": 7}, _radio(None)),
        ({**RADIO, "value": ["warrior"]}, _radio(None)),
        (
            {**CHECKBOX, "value": "true"},
            CheckboxComponent(type=ComponentType.CHECKBOX, id=6, custom_id="like_checkbox", value=False),
        ),
        ({**CHECKBOX_GROUP, "values": "march-5"}, _group([])),
        ({**CHECKBOX_GROUP, "values": ["a", 1, None]}, _group(["a"])),
        ({"type": 21, "id": 2, "value": "warrior"}, PartialComponent(type=ComponentType.RADIO_GROUP, id=2)),
        (
            {"type": 23, "id": 6, "custom_id": 5, "value": True},
            PartialComponent(type=ComponentType.CHECKBOX, id=6),
        ),
    ],
)
def test_malformed_answers_read_totally(component: JSONObject, expected: ModalComponent) -> None:
    interaction = _submit([_label(1, component), {"type": 10, "id": 9}])

    first, text_display = interaction.iter_components()
    assert first == expected
    assert type(first) is type(expected)
    assert text_display == PartialComponent(type=ComponentType.TEXT_DISPLAY, id=9)


# -- unknown future types never lose the known parts around them -----------------------------------


def test_an_unknown_type_in_a_modal_keeps_its_neighbours() -> None:
    future = {"type": 99, "id": 50, "custom_id": "future", "value": {"anything": 1}}
    interaction = _submit(
        [
            _label(1, future),
            _label(3, RADIO),
            {
                "type": 1,
                "id": 10,
                "components": [future, {"type": 4, "id": 11, "custom_id": "t", "value": "hi"}],
            },
            {"type": 99, "id": 12, "components": [RADIO]},
            _label(13, CHECKBOX),
        ]
    )

    label, radio_label, row, top_level_future, checkbox_label = interaction.components
    assert isinstance(label, LabelComponent)
    assert label.component == PartialComponent(type=ComponentType(99), id=50)
    assert isinstance(radio_label, LabelComponent)
    assert isinstance(radio_label.component, RadioGroupComponent)
    assert isinstance(row, ModalActionRowComponent)
    assert [type(child) for child in row] == [PartialComponent, TextInputComponent]
    assert top_level_future == PartialComponent(type=ComponentType(99), id=12)
    assert isinstance(checkbox_label, LabelComponent)
    assert interaction.get_value("t") == "hi"
    assert interaction.get_value("class_radio") == "warrior"
    assert interaction.get_value("like_checkbox") is True
    assert interaction.get_value("future") is None


def test_an_unknown_type_in_a_message_keeps_its_neighbours() -> None:
    future = {"type": 99, "id": 50, "custom_id": "future"}
    button = {"type": 2, "id": 3, "style": 1, "custom_id": "go", "label": "Go"}
    text = {"type": 10, "id": 5, "content": "Hello"}
    parsed = deserialize_components(
        [
            {"type": 1, "id": 1, "components": [future, button]},
            {
                "type": 17,
                "id": 4,
                "components": [
                    future,
                    text,
                    {"type": 9, "id": 6, "components": [future, text], "accessory": future},
                ],
            },
            future,
        ]
    )

    row, container, top_level_future = parsed
    assert isinstance(row, ActionRowComponent)
    assert [type(child) for child in row] == [PartialComponent, ButtonComponent]
    assert isinstance(container, ContainerComponent)
    unknown, container_text, section = container.components
    assert unknown == PartialComponent(type=ComponentType(99), id=50)
    assert isinstance(container_text, TextDisplayComponent)
    assert isinstance(section, SectionComponent)
    assert [type(child) for child in section.components] == [PartialComponent, TextDisplayComponent]
    assert section.accessory == PartialComponent(type=ComponentType(99), id=50)
    assert top_level_future == PartialComponent(type=ComponentType(99), id=50)


def test_modal_components_in_a_message_are_kept_as_their_type() -> None:
    # Discord never puts them there, but a message carrying one still parses.
    (row,) = deserialize_components([{"type": 1, "id": 1, "components": [copy.deepcopy(RADIO)]}])

    assert isinstance(row, ActionRowComponent)
    assert list(row) == [PartialComponent(type=ComponentType.RADIO_GROUP, id=2)]


# -- a RESTBot on loopback -------------------------------------------------------------------------


@pytest.fixture
async def signing_discord(key_pair: KeyPair) -> typing.AsyncIterator[EmulatedDiscord]:
    async with EmulatedDiscord(token=TOKEN, key_pair=key_pair) as emulator:
        yield emulator


async def test_a_rest_bot_listener_gets_every_answer_typed(
    signing_discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = hikari_like.RESTBot(
        TOKEN, public_key=key_pair.public_key_hex, rest_url=signing_discord.url, banner=None, logs=None
    )
    answers: dict[str, object] = {}

    async def on_modal(interaction: ModalInteraction) -> InteractionMessageBuilder:
        for component in interaction.iter_components():
            custom_id = getattr(component, "custom_id", None)
            if custom_id is not None:
                answers[custom_id] = interaction.get_value(custom_id)
        assert isinstance(interaction.get_component("size"), RadioGroupComponent)
        assert isinstance(interaction.get_component("who"), ModalSelectMenuComponent)
        resolved = interaction.resolved
        assert resolved is not None
        upload = interaction.get_value("shots")
        assert isinstance(upload, list)
        names = sorted(resolved.attachments[attachment_id].filename for attachment_id in upload)
        return interaction.build_response().set_content(", ".join(names))

    bot.set_listener(ModalInteraction, on_modal)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    submit = payloads.labelled_modal_submit(
        "order",
        [
            payloads.text_display_answer(),
            payloads.text_answer("name", "Ada"),
            payloads.select_answer("colour", ["red", "blue"]),
            payloads.select_answer("who", [80351110224678912], component_type=ComponentType.USER_SELECT_MENU),
            payloads.file_upload_answer("shots", ["a.png", "b.pdf"], attachment_ids=[41, 42]),
            payloads.radio_answer("size", "large"),
            payloads.radio_answer("crust", None),
            payloads.checkbox_group_answer("toppings", ["cheese", "olives"]),
            payloads.checkbox_answer("gift", True),
            payloads.checkbox_answer("receipt", False),
        ],
    )
    try:
        async with InteractionClient(bot.interaction_server.urls[0] + "/", key_pair) as client:
            response = await client.send(submit)
    finally:
        await bot.close()

    assert response.status == 200
    assert response.json()["data"]["content"] == "a.png, b.pdf"
    assert answers == {
        "name": "Ada",
        "colour": ["red", "blue"],
        "who": ["80351110224678912"],
        "shots": [snowflakes.Snowflake(41), snowflakes.Snowflake(42)],
        "size": "large",
        "crust": None,
        "toppings": ["cheese", "olives"],
        "gift": True,
        "receipt": False,
    }


# -- docs/modals.md runs as written ----------------------------------------------------------------

DOCS: typing.Final = pathlib.Path(__file__).parent.parent / "docs" / "modals.md"


def _run_the_docs() -> dict[str, typing.Any]:
    namespace: dict[str, typing.Any] = {}
    for block in re.findall(r"```python\n(.*?)```", DOCS.read_text(), re.DOTALL):
        exec(compile(block, str(DOCS), "exec"), namespace)
    return namespace


async def test_the_docs_examples_run(server: InteractionServer, key_pair: KeyPair) -> None:
    namespace = _run_the_docs()
    check_modal_components(namespace["payload"]["data"]["components"])
    server.set_listener(ModalInteraction, namespace["on_modal"])
    submit = payloads.labelled_modal_submit(
        "order",
        [
            payloads.radio_answer("size", "l"),
            payloads.checkbox_group_answer("toppings", []),
            payloads.file_upload_answer("photo", ["mine.png"]),
            payloads.checkbox_answer("gift", True),
            payloads.text_answer("name", "Ada"),
        ],
    )

    async with InteractionClient(server.urls[0], key_pair) as client:
        response = await client.send(submit)

    assert response.status == 200
    assert response.json()["data"]["content"] == "Ada: l, plain, 1 photo(s), gift=True"
