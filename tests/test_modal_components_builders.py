"""Radio groups, checkbox groups, checkboxes and file uploads' `file_types` as builders: the JSON
Discord's components reference documents, and every limit refused where it is made."""

from __future__ import annotations

import typing

import pytest

from hikari_like.components import ButtonStyle
from hikari_like.components import ComponentType
from hikari_like.errors import DiscordRuleError
from hikari_like.impl import builders as se
from hikari_like.interactions import CheckboxComponent
from hikari_like.interactions import CheckboxGroupComponent
from hikari_like.interactions import LabelComponent
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import RadioGroupComponent
from hikari_like.testing import payloads
from tests.helpers import APP

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


def _radio(count: int = 2, **fields: typing.Any) -> se.RadioGroupComponentBuilder:
    radio = se.RadioGroupComponentBuilder(custom_id="size", **fields)
    for index in range(count):
        radio.add_option(f"Option {index}", f"v{index}")
    return radio


def _group(count: int = 3, **fields: typing.Any) -> se.CheckboxGroupComponentBuilder:
    group = se.CheckboxGroupComponentBuilder(custom_id="days", **fields)
    for index in range(count):
        group.add_option(f"Day {index}", f"d{index}")
    return group


def _rule(error: pytest.ExceptionInfo[DiscordRuleError]) -> str:
    return error.value.rule


# -- the JSON, as documented -----------------------------------------------------------------------


def test_a_radio_group_in_a_label() -> None:
    radio = (
        se.RadioGroupComponentBuilder(custom_id="class_radio", id=2)
        .add_option("Warrior", "warrior", description="Strong and brave")
        .add_option("Rogue", "rogue", is_default=True)
        .add_raw_option(se.RadioGroupOptionBuilder("Bard", "bard"))
        .set_is_required(False)
    )
    label = se.LabelComponentBuilder(label="Choose your class", component=radio)

    assert label.build() == (
        {
            "type": 18,
            "label": "Choose your class",
            "component": {
                "type": 21,
                "custom_id": "class_radio",
                "id": 2,
                "options": [
                    {
                        "value": "warrior",
                        "label": "Warrior",
                        "default": False,
                        "description": "Strong and brave",
                    },
                    {"value": "rogue", "label": "Rogue", "default": True},
                    {"value": "bard", "label": "Bard", "default": False},
                ],
                "required": False,
            },
        },
        (),
    )
    assert radio.type is ComponentType.RADIO_GROUP
    assert [option.value for option in radio.options] == ["warrior", "rogue", "bard"]


def test_a_checkbox_group_sends_at_most_its_option_count() -> None:
    group = se.CheckboxGroupComponentBuilder(custom_id="event_checkbox", min_values=0, is_required=False)
    group.add_option("March 4th", "march-4").add_option("March 7th", "march-7", description="A Saturday")
    group.add_raw_option(se.CheckboxGroupOptionBuilder("March 9th", "march-9", is_default=True))

    payload, attachments = group.build()

    assert attachments == ()
    assert payload == {
        "type": 22,
        "custom_id": "event_checkbox",
        "options": [
            {"value": "march-4", "label": "March 4th", "default": False},
            {"value": "march-7", "label": "March 7th", "default": False, "description": "A Saturday"},
            {"value": "march-9", "label": "March 9th", "default": True},
        ],
        "min_values": 0,
        "max_values": 3,
        "required": False,
    }
    assert group.set_max_values(2).build()[0]["max_values"] == 2


def test_a_checkbox() -> None:
    checkbox = se.CheckboxComponentBuilder(custom_id="like_checkbox", id=4)

    assert checkbox.build() == ({"type": 23, "custom_id": "like_checkbox", "id": 4, "default": False}, ())
    assert checkbox.set_is_default(True).set_custom_id("agree").build()[0] == {
        "type": 23,
        "custom_id": "agree",
        "id": 4,
        "default": True,
    }


def test_a_file_upload_filters_file_types() -> None:
    upload = se.FileUploadComponentBuilder(custom_id="shots", file_types=["image", ".pdf"])

    assert upload.build()[0]["file_types"] == ["image", ".pdf"]
    assert "file_types" not in upload.set_file_types([]).build()[0]
    assert upload.set_file_types(["video", "audio", ".PDF"]).file_types == ("video", "audio", ".PDF")


def test_what_the_builders_build_parses_back_as_answers() -> None:
    # Discord echoes each component with the user's answer; the builders' ids and custom IDs carry over.
    fields: list[tuple[str, se.ComponentBuilder]] = [
        ("Size", _radio(id=2)),
        ("Days", _group(id=4)),
        ("Gift", se.CheckboxComponentBuilder(custom_id="gift", id=6)),
    ]
    built = [
        se.LabelComponentBuilder(label=name, component=component, id=index * 2 + 1).build()[0]
        for index, (name, component) in enumerate(fields)
    ]
    answers: dict[int, JSONObject] = {21: {"value": "v1"}, 22: {"values": ["d0", "d2"]}, 23: {"value": True}}
    for label in built:
        inner = label["component"]
        label["component"] = {"type": inner["type"], "id": inner["id"], "custom_id": inner["custom_id"]}
        label["component"].update(answers[inner["type"]])
    payload = payloads.modal_submit("modal", {})
    payload["data"]["components"] = built

    interaction = ModalInteraction.from_payload(payload, app=APP)

    assert all(isinstance(label, LabelComponent) for label in interaction.components)
    assert [type(component) for component in interaction.iter_components()] == [
        RadioGroupComponent,
        CheckboxGroupComponent,
        CheckboxComponent,
    ]
    assert [interaction.get_value(name) for name in ("size", "days", "gift")] == ["v1", ["d0", "d2"], True]


# -- limits ----------------------------------------------------------------------------------------


def test_radio_group_limits() -> None:
    with pytest.raises(DiscordRuleError, match="2 to 10 options; got 1") as refused:
        _radio(1).build()
    assert _rule(refused) == "radio_group.options"
    with pytest.raises(DiscordRuleError, match="at most 10"):
        _radio(10).add_option("Eleventh", "v10")
    with pytest.raises(DiscordRuleError, match="at most 10 options, got 11") as refused:
        se.RadioGroupComponentBuilder(
            custom_id="x", options=[se.RadioGroupOptionBuilder(str(n), str(n)) for n in range(11)]
        )
    assert _rule(refused) == "component.options"
    with pytest.raises(DiscordRuleError, match="at most one default") as refused:
        _radio(0).add_option("A", "a", is_default=True).add_option("B", "b", is_default=True).build()
    assert _rule(refused) == "radio_group.default"
    with pytest.raises(DiscordRuleError, match="'a' is used twice") as refused:
        _radio(0).add_option("A", "a").add_option("Also A", "a").build()
    assert _rule(refused) == "radio_group.options.value"


def test_checkbox_group_limits() -> None:
    with pytest.raises(DiscordRuleError, match="1 to 10 options; got 0") as refused:
        _group(0).build()
    assert _rule(refused) == "checkbox_group.options"
    with pytest.raises(DiscordRuleError, match="at most 10"):
        _group(10).add_option("Eleventh", "d10")
    with pytest.raises(
        DiscordRuleError, match="min_values \\(3\\) cannot exceed max_values \\(2\\)"
    ) as refused:
        _group(min_values=3, max_values=2)
    assert _rule(refused) == "component.min_values"
    with pytest.raises(DiscordRuleError, match="cannot exceed the number of options \\(3\\)") as refused:
        _group(3, min_values=4).build()
    assert _rule(refused) == "checkbox_group.min_values"
    with pytest.raises(DiscordRuleError, match="required checkbox group needs min_values") as refused:
        _group(min_values=0)
    assert _rule(refused) == "checkbox_group.required"
    optional = _group(min_values=0, is_required=False)
    with pytest.raises(DiscordRuleError, match="required checkbox group"):
        optional.set_is_required(True)
    with pytest.raises(DiscordRuleError, match="'d0' is used twice"):
        _group(2).add_option("Again", "d0").build()
    with pytest.raises(ValueError, match="max_values must be 1 to 10"):
        _group(max_values=11)
    with pytest.raises(ValueError, match="min_values must be 0 to 10"):
        _group().set_min_values(-1)


def test_option_and_id_lengths() -> None:
    with pytest.raises(ValueError, match="label must be 1 to 100 characters"):
        se.RadioGroupOptionBuilder("x" * 101, "v")
    with pytest.raises(ValueError, match="value must be 1 to 100 characters"):
        se.CheckboxGroupOptionBuilder("Label", "")
    with pytest.raises(ValueError, match="description must be 1 to 100 characters"):
        _radio(0).add_option("A", "a", description="d" * 101)
    for builder in (
        se.RadioGroupComponentBuilder,
        se.CheckboxGroupComponentBuilder,
        se.CheckboxComponentBuilder,
    ):
        with pytest.raises(ValueError, match="custom_id must be 1 to 100 characters"):
            builder(custom_id="c" * 101)


@pytest.mark.parametrize(
    ("file_types", "match"),
    [
        (["pdf"], "dot-prefixed extension"),
        (["."], "dot-prefixed extension"),
        (["images"], "got 'images'"),
        ([".a", ".b", ".c", ".d", ".e", ".f", ".g", ".h", ".i", ".j", ".k"], "at most 10"),
    ],
)
def test_file_types_discord_refuses(file_types: list[str], match: str) -> None:
    with pytest.raises(DiscordRuleError, match=match) as refused:
        se.FileUploadComponentBuilder(custom_id="f", file_types=file_types)
    assert _rule(refused) == "file_types"
    with pytest.raises(DiscordRuleError, match=match):
        se.FileUploadComponentBuilder(custom_id="f").set_file_types(file_types)


def test_file_types_is_a_list_not_a_string() -> None:
    with pytest.raises(TypeError, match=r"such as \['image'\]"):
        se.FileUploadComponentBuilder(custom_id="f", file_types="image")


# -- where they may sit ----------------------------------------------------------------------------


MODAL_ONLY: typing.Final = [
    pytest.param(_radio, id="radio group"),
    pytest.param(_group, id="checkbox group"),
    pytest.param(lambda: se.CheckboxComponentBuilder(custom_id="c"), id="checkbox"),
    pytest.param(lambda: se.FileUploadComponentBuilder(custom_id="f"), id="file upload"),
]


@pytest.mark.parametrize("make", MODAL_ONLY)
def test_a_label_takes_them(make: typing.Callable[[], se.ComponentBuilder]) -> None:
    component = make()
    payload, _ = se.LabelComponentBuilder(label="Question", component=component).build()

    assert payload["component"]["type"] == int(component.type)


@pytest.mark.parametrize("make", MODAL_ONLY)
def test_they_are_refused_anywhere_else(make: typing.Callable[[], se.ComponentBuilder]) -> None:
    with pytest.raises(DiscordRuleError, match="an action row accepts") as refused:
        se.MessageActionRowBuilder().add_component(make())
    assert _rule(refused) == "action_row.components"
    with pytest.raises(DiscordRuleError, match="a modal's action row accepts TEXT_INPUT"):
        se.ModalActionRowBuilder().add_component(make())
    with pytest.raises(DiscordRuleError, match="a container accepts") as refused:
        se.ContainerComponentBuilder().add_component(make())
    assert _rule(refused) == "container.components"
    with pytest.raises(DiscordRuleError, match="a container accepts"):
        se.ContainerComponentBuilder(components=[make()])
    with pytest.raises(DiscordRuleError, match="a section's components accepts TEXT_DISPLAY"):
        se.SectionComponentBuilder(
            accessory=se.ThumbnailComponentBuilder(media="https://e.com/a.png")
        ).add_component(make())


def test_message_rows_refuse_what_discord_refuses_there() -> None:
    with pytest.raises(DiscordRuleError, match=r"an action row accepts .*; got TEXT_INPUT"):
        se.MessageActionRowBuilder().add_component(se.TextInputBuilder(custom_id="t", label="T"))
    row = se.MessageActionRowBuilder()
    for index in range(5):
        row.add_interactive_button(ButtonStyle.PRIMARY, str(index))
    with pytest.raises(DiscordRuleError, match="at most 5 buttons") as refused:
        row.add_interactive_button(ButtonStyle.PRIMARY, "sixth")
    assert _rule(refused) == "action_row.buttons"
    with pytest.raises(DiscordRuleError, match="never both") as refused:
        se.MessageActionRowBuilder().add_user_menu("who").add_interactive_button(ButtonStyle.PRIMARY, "b")
    assert _rule(refused) == "action_row.select"


class _FutureComponent:
    """A user-written builder for a component type this release does not know."""

    type = 99

    def build(self) -> tuple[JSONObject, tuple[()]]:
        return {"type": 99, "custom_id": "future"}, ()


def test_unknown_future_types_pass_everywhere() -> None:
    future = _FutureComponent()

    assert se.LabelComponentBuilder(label="Future", component=future).build()[0]["component"]["type"] == 99
    assert se.ContainerComponentBuilder().add_component(future).build()[0]["components"] == [
        {"type": 99, "custom_id": "future"}
    ]
    assert len(se.MessageActionRowBuilder().add_component(future).components) == 1
