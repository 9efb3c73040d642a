"""Discord's rules on component trees, checked on built payloads before anything is sent.

Discord answers a tree that breaks these with `400 Invalid Form Body`; here each one raises
`errors.DiscordRuleError` naming the rule. The functions read built JSON (what any builder,
ours or yours, produces), so they hold for user-written builders too. Component types this
release does not know pass wherever they appear: a builder for a component Discord adds later
keeps working. The numbers are Discord's (components reference, "Component Reference" and
"Modal" in the interaction response docs):

- a legacy message holds up to 5 action rows; a components-v2 message up to 40 components,
  counting nested ones;
- an action row holds 1 to 5 buttons, or one select menu;
- a section holds 1 to 3 text displays and a button or thumbnail accessory; a container holds at
  least one component;
- a modal holds 1 to 5 labels, text displays or (legacy) action rows of one text input; a
  label wraps one text input, select menu, file upload, radio group, checkbox group or checkbox;
- each field keeps its own limits: a select menu's `min_values` within `max_values` and its
  options (1 to 25, unique values), and in a modal at least 1 unless `required` is false; a radio
  group's 2 to 10 options with one default at most; a checkbox group's 1 to 10; `file_types`;
- `id`s (other than 0, which Discord replaces) and `custom_id`s are unique in a message or modal.

```python
check_modal_components([{"type": 21, "custom_id": "size", "options": []}])  # DiscordRuleError
```
"""

from __future__ import annotations

__all__ = [
    "ACTION_ROW_CHILDREN",
    "CONTAINER_CHILDREN",
    "FILE_TYPE_GROUPS",
    "LABEL_CHILDREN",
    "MAX_FILE_TYPES",
    "MAX_LEGACY_ACTION_ROWS",
    "MAX_MODAL_COMPONENTS",
    "MAX_V2_COMPONENTS",
    "MESSAGE_TOP_LEVEL",
    "MODAL_ACTION_ROW_CHILDREN",
    "MODAL_TOP_LEVEL",
    "SECTION_ACCESSORIES",
    "SECTION_CHILDREN",
    "check_checkbox_group",
    "check_child",
    "check_file_types",
    "check_message_components",
    "check_modal_components",
    "check_radio_group",
    "check_select_menu",
]

import typing

import attrs

from hikari_like import errors
from hikari_like.components import ComponentType

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

MAX_LEGACY_ACTION_ROWS: typing.Final = 5
MAX_V2_COMPONENTS: typing.Final = 40
MAX_MODAL_COMPONENTS: typing.Final = 5
MAX_BUTTONS_PER_ROW: typing.Final = 5
MAX_SECTION_TEXTS: typing.Final = 3
MAX_CHOICE_OPTIONS: typing.Final = 10
MAX_SELECT_OPTIONS: typing.Final = 25
MIN_RADIO_OPTIONS: typing.Final = 2
MAX_FILE_TYPES: typing.Final = 10
FILE_TYPE_GROUPS: typing.Final = frozenset({"image", "video", "audio"})
"""The preset groups `file_types` accepts besides dot-prefixed extensions (Discord's File Type Filtering)."""

_SELECTS: typing.Final = frozenset(
    {
        ComponentType.TEXT_SELECT_MENU,
        ComponentType.USER_SELECT_MENU,
        ComponentType.ROLE_SELECT_MENU,
        ComponentType.MENTIONABLE_SELECT_MENU,
        ComponentType.CHANNEL_SELECT_MENU,
    }
)
ACTION_ROW_CHILDREN: typing.Final = frozenset({ComponentType.BUTTON, *_SELECTS})
"""What a message's action row holds: buttons, or one select menu."""
MODAL_ACTION_ROW_CHILDREN: typing.Final = frozenset({ComponentType.TEXT_INPUT})
"""What a modal's (legacy) action row holds: one text input."""
SECTION_CHILDREN: typing.Final = frozenset({ComponentType.TEXT_DISPLAY})
SECTION_ACCESSORIES: typing.Final = frozenset({ComponentType.BUTTON, ComponentType.THUMBNAIL})
CONTAINER_CHILDREN: typing.Final = frozenset(
    {
        ComponentType.ACTION_ROW,
        ComponentType.TEXT_DISPLAY,
        ComponentType.SECTION,
        ComponentType.MEDIA_GALLERY,
        ComponentType.SEPARATOR,
        ComponentType.FILE,
    }
)
MESSAGE_TOP_LEVEL: typing.Final = frozenset({*CONTAINER_CHILDREN, ComponentType.CONTAINER})
"""What a components-v2 message's top level holds (a legacy message: action rows only)."""
LABEL_CHILDREN: typing.Final = frozenset(
    {
        ComponentType.TEXT_INPUT,
        *_SELECTS,
        ComponentType.FILE_UPLOAD,
        ComponentType.RADIO_GROUP,
        ComponentType.CHECKBOX_GROUP,
        ComponentType.CHECKBOX,
    }
)
"""What a Label wraps; radio groups, checkbox groups, checkboxes and file uploads sit nowhere else."""
MODAL_TOP_LEVEL: typing.Final = frozenset(
    {ComponentType.LABEL, ComponentType.TEXT_DISPLAY, ComponentType.ACTION_ROW}
)

_KNOWN: typing.Final = frozenset(int(kind) for kind in ComponentType)
_NAMES: typing.Final = {int(kind): kind.name for kind in ComponentType}


def _kind(payload: JSONObject) -> int | None:
    # Built payloads carry ints; anything else (a user-written builder's mistake) is "no type".
    kind = payload.get("type")
    return kind if isinstance(kind, int) and not isinstance(kind, bool) else None


def _name(kind: int | None) -> str:
    return _NAMES.get(kind, str(kind)) if kind is not None else "a component without an integer type"


def _refuse(rule: str, message: str) -> typing.NoReturn:
    raise errors.DiscordRuleError(rule, message)


def check_child(kind: int | None, allowed: typing.AbstractSet[int], *, rule: str, where: str) -> None:
    """Refuse a component of a known type that Discord does not accept `where` it is placed.

    ```python
    check_child(ComponentType.CHECKBOX, ACTION_ROW_CHILDREN, rule="action_row.components", where="a row")
    ```
    """
    if kind in _KNOWN and kind not in allowed:
        names = ", ".join(sorted(_name(allowed_kind) for allowed_kind in allowed))
        _refuse(rule, f"{where} accepts {names}; got {_name(kind)}")


# -- whole trees -----------------------------------------------------------------------------------


@attrs.define(slots=True)
class _Tally:
    """What one walk of a tree collects: the count of components and the IDs seen."""

    count: int = 0
    ids: set[int] = attrs.field(factory=set)
    custom_ids: set[str] = attrs.field(factory=set)

    def see(self, payload: JSONObject) -> None:
        self.count += 1
        component_id = payload.get("id")
        # 0 is "no id": Discord replaces it, so several zeros are fine.
        if isinstance(component_id, int) and component_id:
            if component_id in self.ids:
                _refuse("component.id.unique", f"the component id {component_id} is used twice")
            self.ids.add(component_id)
        custom_id = payload.get("custom_id")
        if isinstance(custom_id, str):
            if custom_id in self.custom_ids:
                _refuse("component.custom_id.unique", f"the custom_id {custom_id!r} is used twice")
            self.custom_ids.add(custom_id)


def _objects(value: object) -> list[JSONObject]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def check_message_components(components: typing.Sequence[JSONObject], *, is_v2: bool | None = None) -> None:
    """Raise `DiscordRuleError` if a message's built `components` break a rule of Discord's.

    `is_v2` says whether the message has the IS_COMPONENTS_V2 flag; `None` infers it from the
    components (any top-level component other than an action row makes it v2, as the message
    serialiser does).

    ```python
    check_message_components([row.build()[0] for row in rows])
    ```
    """
    kinds = [_kind(component) for component in components]
    if is_v2 is None:
        is_v2 = any(kind in _KNOWN and kind != ComponentType.ACTION_ROW for kind in kinds)
    if not is_v2:
        _check_legacy_top_level(kinds)
    tally = _Tally()
    for component, kind in zip(components, kinds, strict=True):
        check_child(kind, MESSAGE_TOP_LEVEL, rule="message.components", where="a message")
        _walk_message_component(component, tally)
    if is_v2 and tally.count > MAX_V2_COMPONENTS:
        msg = (
            f"a components-v2 message holds at most {MAX_V2_COMPONENTS} components, nested ones "
            f"included; got {tally.count}"
        )
        _refuse("components_v2.total", msg)


def _check_legacy_top_level(kinds: list[int | None]) -> None:
    for kind in kinds:
        # Modal-only kinds get the generic "a message accepts ..." refusal instead.
        if kind in MESSAGE_TOP_LEVEL and kind != ComponentType.ACTION_ROW:
            msg = f"a {_name(kind)} needs the IS_COMPONENTS_V2 flag; without it a message holds action rows"
            _refuse("message.components_v2_flag", msg)
    if len(kinds) > MAX_LEGACY_ACTION_ROWS:
        msg = f"a message without components v2 holds at most {MAX_LEGACY_ACTION_ROWS} action rows"
        _refuse("message.action_rows", f"{msg}; got {len(kinds)}")


def _walk_message_component(payload: JSONObject, tally: _Tally) -> None:
    tally.see(payload)
    kind = _kind(payload)
    if kind == ComponentType.ACTION_ROW:
        _check_action_row(_objects(payload.get("components")), tally)
    elif kind == ComponentType.SECTION:
        _check_section(payload, tally)
    elif kind == ComponentType.CONTAINER:
        children = _objects(payload.get("components"))
        if not children:
            _refuse("container.components", "a container needs at least one component")
        for child in children:
            check_child(_kind(child), CONTAINER_CHILDREN, rule="container.components", where="a container")
            _walk_message_component(child, tally)


def _check_action_row(children: list[JSONObject], tally: _Tally) -> None:
    if not children:
        _refuse("action_row.components", "an action row needs at least one component")
    kinds = [_kind(child) for child in children]
    for child, kind in zip(children, kinds, strict=True):
        check_child(kind, ACTION_ROW_CHILDREN, rule="action_row.components", where="an action row")
        tally.see(child)
        if kind in _SELECTS:
            check_select_menu(child, in_modal=False)
    if len(kinds) > 1 and any(kind in _SELECTS for kind in kinds):
        _refuse("action_row.select", "an action row with a select menu holds nothing else")
    if len(kinds) > MAX_BUTTONS_PER_ROW:
        msg = f"an action row holds at most {MAX_BUTTONS_PER_ROW} buttons; got {len(kinds)}"
        _refuse("action_row.buttons", msg)


def _check_section(payload: JSONObject, tally: _Tally) -> None:
    texts = _objects(payload.get("components"))
    if not 1 <= len(texts) <= MAX_SECTION_TEXTS:
        msg = f"a section holds 1 to {MAX_SECTION_TEXTS} components; got {len(texts)}"
        _refuse("section.components", msg)
    for text in texts:
        check_child(_kind(text), SECTION_CHILDREN, rule="section.components", where="a section's components")
        tally.see(text)
    accessory = payload.get("accessory")
    if not isinstance(accessory, dict):
        _refuse("section.accessory", "a section needs an accessory (a button or a thumbnail)")
    where = "a section's accessory"
    check_child(_kind(accessory), SECTION_ACCESSORIES, rule="section.accessory", where=where)
    tally.see(accessory)


def check_modal_components(components: typing.Sequence[JSONObject]) -> None:
    """Raise `DiscordRuleError` if a modal's built `components` break a rule of Discord's.

    ```python
    check_modal_components([label.build()[0], text.build()[0]])
    ```
    """
    if not 1 <= len(components) <= MAX_MODAL_COMPONENTS:
        msg = f"a modal holds 1 to {MAX_MODAL_COMPONENTS} components; got {len(components)}"
        _refuse("modal.components", msg)
    tally = _Tally()
    for component in components:
        kind = _kind(component)
        check_child(kind, MODAL_TOP_LEVEL, rule="modal.components", where="a modal")
        tally.see(component)
        if kind == ComponentType.LABEL:
            _check_label(component, tally)
        elif kind == ComponentType.ACTION_ROW:
            _check_modal_row(_objects(component.get("components")), tally)


def _check_label(payload: JSONObject, tally: _Tally) -> None:
    inner = payload.get("component")
    if not isinstance(inner, dict):
        _refuse("label.component", "a label wraps one component")
    check_child(_kind(inner), LABEL_CHILDREN, rule="label.component", where="a label")
    _check_modal_field(inner, tally)


def _check_modal_row(children: list[JSONObject], tally: _Tally) -> None:
    if len(children) != 1:
        msg = f"an action row in a modal holds exactly one text input; got {len(children)} components"
        _refuse("modal.action_row", msg)
    where = "a modal's action row"
    check_child(_kind(children[0]), MODAL_ACTION_ROW_CHILDREN, rule="modal.action_row", where=where)
    _check_modal_field(children[0], tally)


def _check_modal_field(payload: JSONObject, tally: _Tally) -> None:
    tally.see(payload)
    if payload.get("disabled") is True:
        _refuse("modal.disabled", "a modal cannot hold disabled components")
    kind = _kind(payload)
    if kind == ComponentType.RADIO_GROUP:
        check_radio_group(payload)
    elif kind == ComponentType.CHECKBOX_GROUP:
        check_checkbox_group(payload)
    elif kind in _SELECTS:
        check_select_menu(payload, in_modal=True)
    elif kind == ComponentType.FILE_UPLOAD and "file_types" in payload:
        check_file_types(payload["file_types"])


# -- one component ---------------------------------------------------------------------------------


def check_radio_group(payload: JSONObject) -> None:
    """Refuse a built radio group Discord would: 2 to 10 options, unique values, at most one default."""
    options = _check_options(payload, "radio_group", MIN_RADIO_OPTIONS, MAX_CHOICE_OPTIONS)
    if sum(option.get("default") is True for option in options) > 1:
        _refuse("radio_group.default", "a radio group has at most one default option")


def check_checkbox_group(payload: JSONObject) -> None:
    """Refuse a built checkbox group Discord would: 1 to 10 options, unique values, sound counts.

    `min_values` may not exceed `max_values` or the number of options, and a required group
    (Discord's default) needs a `min_values` of at least 1.
    """
    options = _check_options(payload, "checkbox_group", 1, MAX_CHOICE_OPTIONS)
    _check_counts(payload, "checkbox_group", len(options), default_max=len(options), in_modal=True)


def check_select_menu(payload: JSONObject, *, in_modal: bool) -> None:
    """Refuse a built select menu Discord would: a string select's 1 to 25 options with unique
    values, `min_values` within `max_values` (and the options), and in a modal, where a select is
    required unless it says otherwise, a `min_values` of at least 1.
    """
    options = None
    if _kind(payload) == ComponentType.TEXT_SELECT_MENU:
        options = _check_options(payload, "select_menu", 1, MAX_SELECT_OPTIONS)
    choices = None if options is None else len(options)
    _check_counts(payload, "select_menu", choices, default_max=1, in_modal=in_modal)


def _check_counts(
    payload: JSONObject, what: str, choices: int | None, *, default_max: int, in_modal: bool
) -> None:
    minimum = payload.get("min_values", 1)
    maximum = payload.get("max_values", default_max)
    limits = [("min_values", minimum, maximum, "max_values")]
    if choices is not None:
        limits[:0] = [
            ("min_values", minimum, choices, "the number of options"),
            ("max_values", maximum, choices, "the number of options"),
        ]
    for name, count, limit, bound in limits:
        if isinstance(count, int) and isinstance(limit, int) and count > limit:
            _refuse(f"{what}.{name}", f"{name} ({count}) cannot exceed {bound} ({limit})")
    # `required` means something in modals only, where Discord's default is True.
    if in_modal and minimum == 0 and payload.get("required", True) is not False:
        name = what.replace("_", " ")
        msg = f"a required {name} in a modal needs min_values of at least 1 (or set is_required=False)"
        _refuse(f"{what}.required", msg)


def _check_options(payload: JSONObject, what: str, minimum: int, maximum: int) -> list[JSONObject]:
    options = _objects(payload.get("options"))
    if not minimum <= len(options) <= maximum:
        name = what.replace("_", " ")
        _refuse(f"{what}.options", f"a {name} has {minimum} to {maximum} options; got {len(options)}")
    values = [option["value"] for option in options if isinstance(option.get("value"), str)]
    if len(set(values)) != len(values):
        repeated = next(value for value in values if values.count(value) > 1)
        _refuse(f"{what}.options.value", f"the option value {repeated!r} is used twice")
    return options


def check_file_types(file_types: object) -> None:
    """Refuse a `file_types` list Discord would: up to 10 of `image`, `video`, `audio` or `.ext`.

    ```python
    check_file_types(["image", ".pdf"])  # fine
    check_file_types(["pdf"])  # DiscordRuleError: extensions start with a dot
    ```
    """
    if not isinstance(file_types, list | tuple):
        _refuse("file_types", "file_types is a list of strings")
    if len(file_types) > MAX_FILE_TYPES:
        _refuse("file_types", f"file_types holds at most {MAX_FILE_TYPES} entries; got {len(file_types)}")
    for entry in file_types:
        if not isinstance(entry, str) or not (entry in FILE_TYPE_GROUPS or _is_extension(entry)):
            msg = "a file type is 'image', 'video', 'audio' or a dot-prefixed extension such as '.pdf'"
            _refuse("file_types", f"{msg}; got {entry!r}")


def _is_extension(entry: str) -> bool:
    # Only the shape Discord documents is checked: which extensions exist is Discord's business.
    return len(entry) > 1 and entry.startswith(".")
