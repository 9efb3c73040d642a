"""Whole-tree rules on built payloads (`impl/builders/component_rules.py`): what Discord's
components reference allows in a message and in a modal, each refusal naming its rule, and
everything our builders make passing."""

from __future__ import annotations

import typing

import pytest

from hikari_like.components import ButtonStyle
from hikari_like.errors import DiscordRuleError
from hikari_like.impl import builders as se
from hikari_like.impl.builders.component_rules import check_message_components
from hikari_like.impl.builders.component_rules import check_modal_components
from hikari_like.testing.emulator import component_validation as emulated_components
from hikari_like.testing.emulator import responses as emulated

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


def _button(custom_id: str = "b", **fields: typing.Any) -> JSONObject:
    return {"type": 2, "style": 1, "custom_id": custom_id, **fields}


def _row(*children: JSONObject, **fields: typing.Any) -> JSONObject:
    return {"type": 1, "components": list(children), **fields}


def _text(content: str = "hi", **fields: typing.Any) -> JSONObject:
    return {"type": 10, "content": content, **fields}


def _label(component: JSONObject, **fields: typing.Any) -> JSONObject:
    return {"type": 18, "label": "Question", "component": component, **fields}


def _text_input(custom_id: str = "t", **fields: typing.Any) -> JSONObject:
    return {"type": 4, "custom_id": custom_id, "style": 1, **fields}


def _options(*values: str, default: str | None = None) -> list[JSONObject]:
    return [{"value": value, "label": value.title(), "default": value == default} for value in values]


def _radio(custom_id: str = "r", **fields: typing.Any) -> JSONObject:
    return {"type": 21, "custom_id": custom_id, "options": _options("a", "b"), **fields}


def _message_refused(rule: str, components: list[JSONObject], *, is_v2: bool | None = None) -> str:
    with pytest.raises(DiscordRuleError) as refused:
        check_message_components(components, is_v2=is_v2)
    assert refused.value.rule == rule
    return str(refused.value)


def _modal_refused(rule: str, components: list[JSONObject]) -> str:
    with pytest.raises(DiscordRuleError) as refused:
        check_modal_components(components)
    assert refused.value.rule == rule
    return str(refused.value)


# -- messages --------------------------------------------------------------------------------------


def test_what_the_builders_make_passes() -> None:
    buttons = se.MessageActionRowBuilder(id=1)
    for index in range(5):
        buttons.add_interactive_button(ButtonStyle.PRIMARY, f"b{index}", label=str(index))
    menu = se.MessageActionRowBuilder()
    menu.add_text_menu("pick").add_option("A", "a")
    thumbnail = se.ThumbnailComponentBuilder(media="https://example.com/a.png")
    card = (
        se.ContainerComponentBuilder(id=2)
        .add_text_display("## Title")
        .add_component(se.SectionComponentBuilder(accessory=thumbnail).add_text_display("x"))
        .add_separator()
        .add_action_row([se.LinkButtonBuilder(url="https://example.com", label="Docs")])
    )

    check_message_components([buttons.build()[0], menu.build()[0]])
    check_message_components(
        [buttons.build()[0], card.build()[0], se.TextDisplayComponentBuilder(content="x").build()[0]]
    )


def test_a_legacy_message_holds_five_action_rows() -> None:
    rows = [_row(_button(f"b{index}")) for index in range(6)]

    assert "at most 5 action rows; got 6" in _message_refused("message.action_rows", rows)
    check_message_components(rows[:5])
    check_message_components(rows, is_v2=True)  # components v2 has no top-level limit


def test_v2_components_need_the_flag() -> None:
    message = _message_refused("message.components_v2_flag", [_text()], is_v2=False)

    assert "TEXT_DISPLAY needs the IS_COMPONENTS_V2 flag" in message
    check_message_components([_text()])  # inferred v2


def test_a_v2_message_holds_forty_components_counting_nested_ones() -> None:
    # One container + 13 rows of 2 buttons = 1 + 13 * 3 = 40.
    rows = [_row(_button(f"{index}a"), _button(f"{index}b")) for index in range(13)]
    container: JSONObject = {"type": 17, "components": rows}
    check_message_components([container])

    message = _message_refused("components_v2.total", [container, _text()])
    assert "at most 40 components, nested ones included; got 41" in message


def test_section_texts_and_accessories_count_toward_the_forty() -> None:
    # Each section is three components: itself, its text, its accessory; 13 * 3 + 1 = 40.
    sections = [{"type": 9, "components": [_text()], "accessory": _button(f"s{n}")} for n in range(13)]
    check_message_components([*sections, _text()])

    assert "got 41" in _message_refused("components_v2.total", [*sections, _text(), _text()])


def test_action_rows_hold_five_buttons_or_one_select() -> None:
    select = {"type": 5, "custom_id": "who"}

    assert "at most 5 buttons; got 6" in _message_refused(
        "action_row.buttons", [_row(*(_button(str(n)) for n in range(6)))]
    )
    _message_refused("action_row.select", [_row(select, _button())])
    _message_refused("action_row.select", [_row(select, {**select, "custom_id": "two"})])
    assert "at least one component" in _message_refused("action_row.components", [_row()])
    check_message_components([_row(select)])


@pytest.mark.parametrize(
    "child",
    [
        _text_input(),
        _radio(),
        {"type": 22, "custom_id": "g", "options": _options("a")},
        {"type": 23, "custom_id": "c"},
        {"type": 19, "custom_id": "f"},
        _text(),
    ],
)
def test_action_rows_refuse_what_is_not_a_button_or_select(child: JSONObject) -> None:
    assert "an action row accepts" in _message_refused("action_row.components", [_row(child)])


@pytest.mark.parametrize(
    "component",
    [_label(_text_input()), _text_input(), _radio(), {"type": 11, "media": {"url": "https://e.com/a.png"}}],
)
def test_a_message_refuses_modal_components_and_loose_thumbnails(component: JSONObject) -> None:
    assert "a message accepts" in _message_refused("message.components", [component])


def test_containers_and_sections_hold_what_discord_lists() -> None:
    thumbnail = {"type": 11, "media": {"url": "https://e.com/a.png"}}
    _message_refused("container.components", [{"type": 17, "components": [{"type": 17, "components": []}]}])
    _message_refused("container.components", [{"type": 17, "components": [_label(_radio())]}])
    assert "at least one component" in _message_refused(
        "container.components", [{"type": 17, "components": []}]
    )
    _message_refused("section.components", [{"type": 9, "components": [], "accessory": thumbnail}])
    four = [_text(str(n)) for n in range(4)]
    _message_refused("section.components", [{"type": 9, "components": four, "accessory": thumbnail}])
    _message_refused("section.components", [{"type": 9, "components": [_button()], "accessory": thumbnail}])
    _message_refused("section.accessory", [{"type": 9, "components": [_text()], "accessory": _text("x")}])
    _message_refused("section.accessory", [{"type": 9, "components": [_text()]}])


def test_ids_and_custom_ids_are_unique_in_a_message() -> None:
    assert "id 7 is used twice" in _message_refused(
        "component.id.unique", [_row(_button("a", id=7)), {"type": 17, "components": [_text(id=7)]}]
    )
    assert "'same' is used twice" in _message_refused(
        "component.custom_id.unique", [_row(_button("same")), _row(_button("same"))]
    )
    # 0 means "no id" (Discord assigns one), and link buttons have no custom_id.
    link = {"type": 2, "style": 5, "url": "https://example.com"}
    check_message_components([_row(_button("a", id=0), _button("b", id=0), link, link)])


def _future(custom_id: str) -> JSONObject:
    return {"type": 99, "custom_id": custom_id}


def test_unknown_types_pass_in_messages() -> None:
    check_message_components([_future("a"), _row(_future("b")), {"type": 17, "components": [_future("c")]}])
    check_message_components([_row(_button()), _future("d")], is_v2=False)


def test_malformed_payloads_are_read_without_crashing() -> None:
    # A user-written builder's mistakes are refused or ignored, never a TypeError from the checks.
    check_message_components([_row({"type": "2"}), {"type": None}, _row(_button(id=True))], is_v2=True)
    _message_refused("action_row.components", [{"type": 1, "components": "not a list"}])


# -- modals ----------------------------------------------------------------------------------------


def test_what_the_modal_builders_make_passes() -> None:
    radio = se.RadioGroupComponentBuilder(custom_id="size").add_option("S", "s").add_option("L", "l")
    group = se.CheckboxGroupComponentBuilder(custom_id="days").add_option("Mon", "mon")
    upload = se.FileUploadComponentBuilder(custom_id="shots", file_types=["image"])
    components = [
        se.TextDisplayComponentBuilder(content="Order a pizza").build()[0],
        se.LabelComponentBuilder(label="Size", component=radio).build()[0],
        se.LabelComponentBuilder(label="Days", component=group).build()[0],
        se.LabelComponentBuilder(label="Photo", component=upload).build()[0],
        se.ModalActionRowBuilder().add_text_input("name", "Name").build()[0],
    ]

    check_modal_components(components)


def test_a_modal_holds_one_to_five_components() -> None:
    assert "1 to 5 components; got 0" in _modal_refused("modal.components", [])
    labels = [_label(_text_input(f"t{n}")) for n in range(6)]
    assert "got 6" in _modal_refused("modal.components", labels)
    check_modal_components(labels[:5])


@pytest.mark.parametrize(
    "component",
    [
        _row(_button()),
        {"type": 17, "components": []},
        _radio(),
        {"type": 23, "custom_id": "c"},
        _text_input(),
    ],
)
def test_a_modal_top_level_is_labels_text_displays_and_legacy_rows(component: JSONObject) -> None:
    _modal_refused("modal.components" if component["type"] != 1 else "modal.action_row", [component])


def test_a_modal_row_holds_exactly_one_text_input() -> None:
    _modal_refused("modal.action_row", [_row(_text_input("a"), _text_input("b"))])
    _modal_refused("modal.action_row", [_row()])
    assert "a modal's action row accepts TEXT_INPUT; got RADIO_GROUP" in _modal_refused(
        "modal.action_row", [_row(_radio())]
    )
    check_modal_components([_row(_text_input(label="Name"))])


@pytest.mark.parametrize(
    "child",
    [_button(), _text(), _row(_text_input()), _label(_text_input()), {"type": 11, "media": {"url": "x"}}],
)
def test_a_label_wraps_only_modal_fields(child: JSONObject) -> None:
    assert "a label accepts" in _modal_refused("label.component", [_label(child)])


def test_a_label_needs_its_component() -> None:
    _modal_refused("label.component", [{"type": 18, "label": "Empty"}])


def test_select_menus_keep_their_counts() -> None:
    menu = se.TextSelectMenuBuilder(custom_id="colour").add_option("Red", "red").add_option("Blue", "blue")
    in_a_label = se.LabelComponentBuilder(label="Colour", component=menu).build()[0]

    # The builder's min_values defaults to 0, which a modal (where a select is required) refuses.
    message = _modal_refused("select_menu.required", [in_a_label])
    assert "set is_required=False" in message
    check_modal_components(
        [se.LabelComponentBuilder(label="Colour", component=menu.set_min_values(1)).build()[0]]
    )
    check_modal_components(
        [
            se.LabelComponentBuilder(
                label="Colour", component=menu.set_is_required(False).set_min_values(0)
            ).build()[0]
        ]
    )
    check_message_components([se.MessageActionRowBuilder().add_component(menu).build()[0]])
    too_many = {"type": 3, "custom_id": "s", "options": _options("a"), "max_values": 2}
    assert "max_values (2) cannot exceed the number of options (1)" in _message_refused(
        "select_menu.max_values", [_row(too_many)]
    )


def test_a_modal_cannot_hold_disabled_components() -> None:
    select = {"type": 3, "custom_id": "s", "options": _options("a"), "disabled": True}

    _modal_refused("modal.disabled", [_label(select)])
    check_modal_components([_label({**select, "disabled": False})])


def test_ids_and_custom_ids_are_unique_in_a_modal() -> None:
    _modal_refused("component.id.unique", [_label(_text_input("a"), id=1), _label(_radio(id=1))])
    _modal_refused("component.custom_id.unique", [_label(_text_input("same")), _label(_radio("same"))])


def test_user_written_fields_are_checked_like_the_builders() -> None:
    one_option = {**_radio(), "options": _options("a")}
    _modal_refused("radio_group.options", [_label(one_option)])
    two_defaults = [{"value": value, "label": value, "default": True} for value in ("a", "b")]
    _modal_refused("radio_group.default", [_label({**_radio(), "options": two_defaults})])
    _modal_refused("radio_group.options.value", [_label({**_radio(), "options": _options("a", "a")})])
    group = {"type": 22, "custom_id": "g", "options": _options("a", "b")}
    _modal_refused("checkbox_group.max_values", [_label({**group, "max_values": 3})])
    _modal_refused("checkbox_group.min_values", [_label({**group, "min_values": 2, "max_values": 1})])
    _modal_refused("checkbox_group.required", [_label({**group, "min_values": 0})])
    check_modal_components([_label({**group, "min_values": 0, "required": False})])
    _modal_refused("file_types", [_label({"type": 19, "custom_id": "f", "file_types": ["pdf"]})])


def test_unknown_types_pass_in_modals() -> None:
    check_modal_components([_future("a"), _label(_future("b")), _label(_radio())])


# -- the emulated Discord agrees -------------------------------------------------------------------

V2: typing.Final = 1 << 15
_GROUP: typing.Final = {"type": 22, "custom_id": "g", "options": _options("a", "b")}
_THUMBNAIL: typing.Final = {"type": 11, "media": {"url": "https://example.com/a.png"}}
_SELECT: typing.Final = {"type": 5, "custom_id": "who"}

MODALS: typing.Final = [
    [_label(_radio())],
    [_text(), _label(_text_input()), _label(_GROUP), _label({"type": 23, "custom_id": "c"})],
    [_row(_text_input(label="Name"))],
    [_label({"type": 19, "custom_id": "f", "file_types": ["image", ".pdf"]})],
    [],
    [_label(_text_input(f"t{n}")) for n in range(6)],
    [_radio()],
    [_row(_text_input("a", label="A"), _text_input("b", label="B"))],
    [_row(_radio())],
    [_label(_button())],
    [_label(_row(_text_input()))],
    [{"type": 18, "label": "Empty"}],
    [_label({**_radio(), "options": _options("a")})],
    [_label({**_radio(), "options": [{"value": v, "label": v, "default": True} for v in "ab"]})],
    [_label({**_radio(), "options": _options("a", "a")})],
    [_label({**_GROUP, "max_values": 3})],
    [_label({**_GROUP, "min_values": 2, "max_values": 1})],
    [_label({**_GROUP, "min_values": 0})],
    [_label({**_GROUP, "min_values": 0, "required": False})],
    [_label({"type": 3, "custom_id": "s", "options": _options("a"), "disabled": True})],
    [_label({"type": 19, "custom_id": "f", "file_types": ["pdf"]})],
    [_label(_text_input("same")), _label(_radio("same"))],
    [_label(_text_input("a"), id=1), _label(_radio(id=1))],
    [_label({"type": 3, "custom_id": "s", "options": _options("a", "b"), "min_values": 0, "max_values": 1})],
    [_label({"type": 5, "custom_id": "u", "min_values": 0, "max_values": 2, "required": False})],
    [_label({"type": 3, "custom_id": "s", "options": _options("a"), "max_values": 2})],
    [_label({"type": 3, "custom_id": "s", "options": []})],
]

MESSAGES: typing.Final = [
    ([_row(_button("a"), _button("b")), _row(_SELECT)], 0),
    ([_row(_button(str(n))) for n in range(5)], 0),
    ([_row(_button(str(n))) for n in range(6)], 0),
    ([_row(_button(str(n))) for n in range(6)], V2),
    ([_row(*(_button(str(n)) for n in range(6)))], 0),
    ([_row(_SELECT, _button())], 0),
    ([_row()], 0),
    ([_row(_text_input())], 0),
    ([_row(_radio())], 0),
    ([_text()], V2),
    ([{"type": 17, "components": [_text(), _row(_button()), {"type": 14}]}], V2),
    ([{"type": 17, "components": [_row(_button(f"{n}a"), _button(f"{n}b")) for n in range(13)]}], V2),
    (
        [{"type": 17, "components": [_row(_button(f"{n}a"), _button(f"{n}b")) for n in range(13)]}, _text()],
        V2,
    ),
    ([{"type": 17, "components": []}], V2),
    ([{"type": 17, "components": [{"type": 17, "components": [_text()]}]}], V2),
    ([{"type": 17, "components": [_label(_radio())]}], V2),
    ([{"type": 9, "components": [_text()], "accessory": _THUMBNAIL}], V2),
    ([{"type": 9, "components": [], "accessory": _THUMBNAIL}], V2),
    ([{"type": 9, "components": [_text(str(n)) for n in range(4)], "accessory": _THUMBNAIL}], V2),
    ([{"type": 9, "components": [_text()], "accessory": _text("x")}], V2),
    ([{"type": 9, "components": [_text()]}], V2),
    ([_THUMBNAIL], V2),
    ([_label(_radio())], V2),
    ([_row(_button("a", id=7)), _text(id=7)], V2),
    ([_row(_button("same")), _row(_button("same"))], 0),
    (
        [
            _row(
                {"type": 3, "custom_id": "s", "options": _options("a", "b"), "min_values": 0, "max_values": 2}
            )
        ],
        0,
    ),
    ([_row({"type": 3, "custom_id": "s", "options": _options("a", "b"), "max_values": 3})], 0),
    ([_row({"type": 3, "custom_id": "s", "options": _options("a", "a")})], 0),
    ([_row({"type": 6, "custom_id": "r", "min_values": 3, "max_values": 2})], 0),
]


def _ours_refuse(check: typing.Callable[[], None]) -> bool:
    try:
        check()
    except DiscordRuleError:
        return True
    return False


def _emulator_refuses(check: typing.Callable[[], None]) -> bool:
    try:
        check()
    except emulated.DiscordError as error:
        return (error.status, error.code) == (400, 50035)  # Invalid Form Body, as Discord answers
    return False


@pytest.mark.parametrize("components", MODALS)
def test_modal_rules_match_the_emulated_discord(components: list[JSONObject]) -> None:
    data = {"custom_id": "m", "title": "Modal", "components": components}

    assert _ours_refuse(lambda: check_modal_components(components)) == _emulator_refuses(
        lambda: emulated_components.check_modal_components(data)
    )


@pytest.mark.parametrize(("components", "flags"), MESSAGES)
def test_message_rules_match_the_emulated_discord(components: list[JSONObject], flags: int) -> None:
    body = {"flags": flags, "components": components}

    assert _ours_refuse(lambda: check_message_components(components, is_v2=bool(flags))) == _emulator_refuses(
        lambda: emulated_components.check_message_components(body, prefix="")
    )
