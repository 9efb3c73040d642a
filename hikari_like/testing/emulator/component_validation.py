"""Discord's checks on component trees: a message's `components` and a modal's, walked as Discord
walks them and refused with its `400 Invalid Form Body` (50035) at the offending path.

The limits are those of Discord's components reference (discord-api-docs,
`developers/components/reference.mdx`) and the modal and message references: which component may
sit where, 5 action rows in a legacy message and 5 buttons or one select per row, 40 components in
all (nested ones too) in a components-v2 message, 1 to 5 top-level components in a modal, one
component in each Label, unique `id`s and `custom_id`s, option counts and `min_values`/
`max_values` ranges, string lengths. The error codes are Discord's own where developers have
reported them (`UNION_TYPE_CHOICES`, `COMPONENT_LAYOUT_WIDTH_EXCEEDED`,
`COMPONENT_CUSTOM_ID_DUPLICATED`, `COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED`,
`SELECT_COMPONENT_OPTION_VALUE_DUPLICATED`, `MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2`,
the `BASE_TYPE_*` family); `COMPONENT_ID_DUPLICATED`, `COMPONENT_DISABLED_IN_MODAL`,
`RADIO_GROUP_DEFAULT_DUPLICATED` and `FILE_TYPE_INVALID` are modelled on them (the docs state the
rules, not their codes). Discord lists every error of a body at once; the emulator stops at the
first, which is enough to say why.

```python
check_message_components({"components": [{"type": 17, "components": []}]}, prefix="")
# DiscordError 50035: components.0 UNION_TYPE_CHOICES (a container needs the v2 flag)
```
"""

from __future__ import annotations

__all__ = ["IS_COMPONENTS_V2", "check_message_components", "check_modal_components"]

import typing
from collections.abc import Callable
from collections.abc import Iterable

import attrs

from hikari_like.internal.json import JSONObject
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error

IS_COMPONENTS_V2: typing.Final = 1 << 15
"""The message flag that makes the components the whole message."""

_MAX_V2_TOTAL: typing.Final = 40
_MAX_LEGACY_ROWS: typing.Final = 5
_ROW_WIDTH: typing.Final = 5
_LEGACY_FIELDS: typing.Final = ("content", "embeds", "poll", "sticker_ids")

# Component types, by Discord's numbers (components reference, "Component Types").
_ROW, _BUTTON, _STRING_SELECT, _TEXT_INPUT = 1, 2, 3, 4
_USER_SELECT, _ROLE_SELECT, _MENTIONABLE_SELECT, _CHANNEL_SELECT = 5, 6, 7, 8
_SECTION, _TEXT_DISPLAY, _THUMBNAIL, _MEDIA_GALLERY, _FILE, _SEPARATOR = 9, 10, 11, 12, 13, 14
_CONTAINER, _LABEL, _FILE_UPLOAD, _RADIO_GROUP, _CHECKBOX_GROUP, _CHECKBOX = 17, 18, 19, 21, 22, 23

_SELECTS: typing.Final = frozenset(
    {_STRING_SELECT, _USER_SELECT, _ROLE_SELECT, _MENTIONABLE_SELECT, _CHANNEL_SELECT}
)
_MESSAGE_ROW_CHILDREN: typing.Final = frozenset({_BUTTON, *_SELECTS})
_MODAL_ROW_CHILDREN: typing.Final = frozenset({_TEXT_INPUT})
_LEGACY_TOP: typing.Final = frozenset({_ROW})
_V2_TOP: typing.Final = frozenset(
    {_ROW, _SECTION, _TEXT_DISPLAY, _MEDIA_GALLERY, _FILE, _SEPARATOR, _CONTAINER}
)
_CONTAINER_CHILDREN: typing.Final = _V2_TOP - {_CONTAINER}
_SECTION_CHILDREN: typing.Final = frozenset({_TEXT_DISPLAY})
_ACCESSORIES: typing.Final = frozenset({_BUTTON, _THUMBNAIL})
_MODAL_TOP: typing.Final = frozenset({_ROW, _TEXT_DISPLAY, _LABEL})
_LABEL_CHILDREN: typing.Final = frozenset(
    {_TEXT_INPUT, *_SELECTS, _FILE_UPLOAD, _RADIO_GROUP, _CHECKBOX_GROUP, _CHECKBOX}
)
_LINK_STYLE, _PREMIUM_STYLE = 5, 6
_FILE_TYPE_GROUPS: typing.Final = frozenset({"image", "video", "audio"})


def _fail(path: str, code: str, message: str) -> typing.NoReturn:
    raise DiscordError.invalid_form(field_error(path, code, message))


def _join(path: str, *parts: str | int) -> str:
    return ".".join([path, *map(str, parts)]) if path else ".".join(map(str, parts))


# ---- fields ----------------------------------------------------------------------------------------


def _require_object(value: typing.Any, path: str) -> None:
    if not isinstance(value, dict):
        _fail(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")


def _text(item: JSONObject, path: str, name: str, maximum: int, *, required: bool = False) -> None:
    # Discord's lengths: 1..maximum for required strings, up to maximum for optional ones.
    value = item.get(name)
    where = _join(path, name)
    if value is None:
        if required:
            _fail(where, "BASE_TYPE_REQUIRED", "This field is required")
        return
    if not isinstance(value, str):
        _fail(where, "BASE_TYPE_STRING", "Must be a string.")
    if required and not 1 <= len(value) <= maximum:
        _fail(where, "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {maximum} in length.")
    if len(value) > maximum:
        _fail(where, "BASE_TYPE_MAX_LENGTH", f"Must be {maximum} or fewer in length.")


def _integer(item: JSONObject, path: str, name: str, low: int, high: int) -> int | None:
    value = item.get(name)
    where = _join(path, name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(where, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
    if value < low:
        _fail(where, "BASE_TYPE_MIN_VALUE", f"int value should be greater than or equal to {low}.")
    if value > high:
        _fail(where, "BASE_TYPE_MAX_VALUE", f"int value should be less than or equal to {high}.")
    return value


def _array(value: typing.Any, path: str, low: int, high: int) -> list[typing.Any]:
    if value is None:
        _fail(path, "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(value, list):
        _fail(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    if len(value) > high and low == 0:
        _fail(path, "BASE_TYPE_MAX_LENGTH", f"Must be {high} or fewer in length.")
    if not low <= len(value) <= high:
        _fail(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")
    return value


def _counts(
    item: JSONObject,
    path: str,
    limit: int,
    *,
    in_modal: bool,
    choices: int | None = None,
    default_max: int = 1,
) -> None:
    """`min_values`/`max_values` in range, min at most max (given, or its default), max at most
    the choices offered, and in a modal a required component (the default) needing at least one."""
    max_values = _integer(item, path, "max_values", 1, min(limit, choices or limit))
    min_values = _integer(item, path, "min_values", 0, max_values if max_values is not None else default_max)
    # `required` means something in modals only; a select in a message may have min_values 0.
    if in_modal and min_values == 0 and item.get("required", True) is not False:
        message = "int value should be greater than or equal to 1."
        _fail(_join(path, "min_values"), "BASE_TYPE_MIN_VALUE", message)


def _options(item: JSONObject, path: str, low: int, high: int) -> list[typing.Any]:
    options = _array(item.get("options"), _join(path, "options"), low, high)
    seen: set[str] = set()
    for index, option in enumerate(options):
        where = _join(path, "options", index)
        _require_object(option, where)
        _text(option, where, "label", 100, required=True)
        _text(option, where, "value", 100, required=True)
        _text(option, where, "description", 100)
        if option["value"] in seen:
            _fail(
                where,
                "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                "The specified option value is already used",
            )
        seen.add(option["value"])
    return options


# ---- the walk --------------------------------------------------------------------------------------


@attrs.define(slots=True, kw_only=True)
class _Walk:
    """One tree's walk: what must be unique across it, and how many components it holds."""

    in_modal: bool
    ids: set[int] = attrs.field(factory=set)
    custom_ids: set[str] = attrs.field(factory=set)
    count: int = 0

    def children(
        self, items: typing.Any, path: str, allowed: Iterable[int], low: int, high: int
    ) -> list[JSONObject]:
        checked = _array(items, path, low, high)
        for index, item in enumerate(checked):
            self.component(item, _join(path, index), allowed)
        return checked

    def child(self, parent: JSONObject, path: str, name: str, allowed: Iterable[int]) -> None:
        """The one component a field holds (a section's accessory, a label's component)."""
        if parent.get(name) is None:
            _fail(_join(path, name), "BASE_TYPE_REQUIRED", "This field is required")
        self.component(parent[name], _join(path, name), allowed)

    def component(self, item: typing.Any, path: str, allowed: Iterable[int]) -> None:
        _require_object(item, path)
        kind = item.get("type")
        if kind is None:
            _fail(_join(path, "type"), "BASE_TYPE_REQUIRED", "This field is required")
        if kind not in allowed:
            # Discord prints the choices as a tuple: `(1,)`, `(2, 3, 5, 6, 7, 8)`.
            choices = tuple(sorted(allowed))
            _fail(path, "UNION_TYPE_CHOICES", f'Value of field "type" must be one of {choices}.')
        self.count += 1
        self._identify(item, path)
        if self.in_modal and item.get("disabled") is True:
            message = "Modals cannot contain disabled components"
            _fail(_join(path, "disabled"), "COMPONENT_DISABLED_IN_MODAL", message)
        _CHECKS[kind](self, item, path)

    def _identify(self, item: JSONObject, path: str) -> None:
        # `id` 0 (or none) is Discord's "number it for me"; any other must be unique in the tree.
        component_id = _integer(item, path, "id", 0, 2**31 - 1)
        if component_id:
            if component_id in self.ids:
                _fail(_join(path, "id"), "COMPONENT_ID_DUPLICATED", "Component id cannot be duplicated")
            self.ids.add(component_id)
        custom_id = item.get("custom_id")
        if isinstance(custom_id, str):
            if custom_id in self.custom_ids:
                message = "Component custom id cannot be duplicated"
                _fail(_join(path, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", message)
            self.custom_ids.add(custom_id)


Check = Callable[[_Walk, JSONObject, str], None]


def _action_row(walk: _Walk, item: JSONObject, path: str) -> None:
    allowed = _MODAL_ROW_CHILDREN if walk.in_modal else _MESSAGE_ROW_CHILDREN
    children = walk.children(item.get("components"), _join(path, "components"), allowed, 1, _ROW_WIDTH)
    width = 0
    for index, child in enumerate(children):
        width += 1 if child["type"] == _BUTTON else _ROW_WIDTH
        if width > _ROW_WIDTH:
            message = "The specified component exceeds the maximum width"
            _fail(_join(path, "components", index), "COMPONENT_LAYOUT_WIDTH_EXCEEDED", message)


def _button(walk: _Walk, item: JSONObject, path: str) -> None:
    style = _integer(item, path, "style", 1, 6)
    if style is None:
        _fail(_join(path, "style"), "BASE_TYPE_REQUIRED", "This field is required")
    _text(item, path, "label", 80)
    if style == _LINK_STYLE:
        _text(item, path, "url", 512, required=True)
    elif style != _PREMIUM_STYLE:
        _text(item, path, "custom_id", 100, required=True)


def _select(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)
    _text(item, path, "placeholder", 150)
    choices = len(_options(item, path, 1, 25)) if item["type"] == _STRING_SELECT else None
    _counts(item, path, 25, in_modal=walk.in_modal, choices=choices)


def _text_input(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)
    if item.get("style") not in (1, 2):
        _fail(_join(path, "style"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2).")
    _text(item, path, "label", 45)  # deprecated beside Label, still limited
    _text(item, path, "value", 4000)
    _text(item, path, "placeholder", 100)
    _integer(item, path, "min_length", 0, 4000)
    _integer(item, path, "max_length", 1, 4000)


def _section(walk: _Walk, item: JSONObject, path: str) -> None:
    walk.children(item.get("components"), _join(path, "components"), _SECTION_CHILDREN, 1, 3)
    walk.child(item, path, "accessory", _ACCESSORIES)


def _text_display(walk: _Walk, item: JSONObject, path: str) -> None:
    # 4000: the text a components-v2 message may hold in all (reported by developers, not documented).
    _text(item, path, "content", 4000, required=True)


def _media(item: JSONObject, path: str, name: str) -> None:
    # An unfurled media item: only its `url` is the sender's to set.
    media = item.get(name)
    if not isinstance(media, dict) or not isinstance(media.get("url"), str) or not media["url"]:
        where = _join(path, name, "url") if isinstance(media, dict) else _join(path, name)
        _fail(where, "BASE_TYPE_REQUIRED", "This field is required")


def _thumbnail(walk: _Walk, item: JSONObject, path: str) -> None:
    _media(item, path, "media")
    _text(item, path, "description", 1024)


def _media_gallery(walk: _Walk, item: JSONObject, path: str) -> None:
    for index, entry in enumerate(_array(item.get("items"), _join(path, "items"), 1, 10)):
        where = _join(path, "items", index)
        _require_object(entry, where)
        _media(entry, where, "media")
        _text(entry, where, "description", 1024)


def _file(walk: _Walk, item: JSONObject, path: str) -> None:
    _media(item, path, "file")


def _separator(walk: _Walk, item: JSONObject, path: str) -> None:
    _integer(item, path, "spacing", 1, 2)


def _container(walk: _Walk, item: JSONObject, path: str) -> None:
    walk.children(item.get("components"), _join(path, "components"), _CONTAINER_CHILDREN, 1, _MAX_V2_TOTAL)
    _integer(item, path, "accent_color", 0, 0xFFFFFF)


def _label(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "label", 45, required=True)
    _text(item, path, "description", 100)
    # A Label holds exactly one component, in `component`; a list in `components` is not it.
    walk.child(item, path, "component", _LABEL_CHILDREN)


def _file_upload(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)
    _counts(item, path, 10, in_modal=walk.in_modal)
    if item.get("file_types") is not None:
        _file_types(_array(item["file_types"], _join(path, "file_types"), 0, 10), _join(path, "file_types"))


def _file_types(entries: list[typing.Any], path: str) -> None:
    # Discord's documented filters: a media group, or a dot-prefixed extension such as `.pdf`.
    for index, entry in enumerate(entries):
        if not isinstance(entry, str) or not (
            entry in _FILE_TYPE_GROUPS or (len(entry) > 1 and entry[0] == ".")
        ):
            message = "Must be image, video, audio or a file extension starting with a dot"
            _fail(_join(path, index), "FILE_TYPE_INVALID", message)


def _radio_group(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)
    # One choice is the answer, so at most one option can be chosen beforehand.
    if sum(option.get("default") is True for option in _options(item, path, 2, 10)) > 1:
        message = "Only one option can be selected by default"
        _fail(_join(path, "options"), "RADIO_GROUP_DEFAULT_DUPLICATED", message)


def _checkbox_group(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)
    # A checkbox group's max_values defaults to its number of options.
    choices = len(_options(item, path, 1, 10))
    _counts(item, path, 10, in_modal=walk.in_modal, choices=choices, default_max=choices)


def _checkbox(walk: _Walk, item: JSONObject, path: str) -> None:
    _text(item, path, "custom_id", 100, required=True)


_CHECKS: typing.Final[dict[int, Check]] = {
    _ROW: _action_row,
    _BUTTON: _button,
    **dict.fromkeys(_SELECTS, _select),
    _TEXT_INPUT: _text_input,
    _SECTION: _section,
    _TEXT_DISPLAY: _text_display,
    _THUMBNAIL: _thumbnail,
    _MEDIA_GALLERY: _media_gallery,
    _FILE: _file,
    _SEPARATOR: _separator,
    _CONTAINER: _container,
    _LABEL: _label,
    _FILE_UPLOAD: _file_upload,
    _RADIO_GROUP: _radio_group,
    _CHECKBOX_GROUP: _checkbox_group,
    _CHECKBOX: _checkbox,
}


# ---- entry points ----------------------------------------------------------------------------------


def check_message_components(body: JSONObject, *, prefix: str) -> None:
    """Check a message body's `components` (and, with the v2 flag, that it carries nothing else);
    `prefix` is where the body sits in the request (`"data"` in an interaction callback)."""
    flags = body.get("flags")
    is_v2 = isinstance(flags, int) and not isinstance(flags, bool) and bool(flags & IS_COMPONENTS_V2)
    if is_v2:
        _check_v2_exclusive(body, prefix)
    if body.get("components") is None:
        return
    walk = _Walk(in_modal=False)
    path = _join(prefix, "components")
    if is_v2:
        walk.children(body["components"], path, _V2_TOP, 0, _MAX_V2_TOTAL)
        if walk.count > _MAX_V2_TOTAL:
            message = f"The total number of components cannot exceed {_MAX_V2_TOTAL}."
            _fail(path, "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED", message)
    else:
        walk.children(body["components"], path, _LEGACY_TOP, 0, _MAX_LEGACY_ROWS)


def _check_v2_exclusive(body: JSONObject, prefix: str) -> None:
    # An edit may send these emptied (null or []) while turning the flag on; only values count.
    for field in _LEGACY_FIELDS:
        if body.get(field):
            message = f"The '{field}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2"
            _fail(_join(prefix, field), "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", message)


def check_modal_components(data: JSONObject) -> None:
    """Check a MODAL callback's `data`: its custom ID and title lengths, then its 1 to 5
    top-level components (Labels, Text Displays, or the older action rows of one text input)."""
    _text(data, "data", "custom_id", 100, required=True)
    _text(data, "data", "title", 45, required=True)
    _Walk(in_modal=True).children(data.get("components"), "data.components", _MODAL_TOP, 1, 5)
