"""Pressing a message's components and filling a modal's fields, checked as Discord's client checks.

`find_component` finds the button or select menu a test presses (a disabled one cannot be
pressed), `chosen_values` reads a select menu's choice, and `submitted_components` answers a modal
the bot sent, field by field: the components a MODAL_SUBMIT reports, with their `id`s as Discord
numbers them. `TypeError` for a field or value that does not fit the component, `ValueError` for a
choice Discord's client would not offer.
"""

from __future__ import annotations

__all__ = ["chosen_values", "find_component", "submitted_components"]

import enum
import itertools
import typing
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence

from hikari_like.components import ComponentType
from hikari_like.testing._command_replies import walk_components

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing._command_replies import ModalForm
    from hikari_like.testing._command_world import References

_CT = ComponentType
_SELECT_READERS: typing.Final[Mapping[int, str]] = {
    _CT.USER_SELECT_MENU: "user",
    _CT.ROLE_SELECT_MENU: "role",
    _CT.MENTIONABLE_SELECT_MENU: "mentionable",
    _CT.CHANNEL_SELECT_MENU: "channel",
}
_SELECTS: typing.Final = frozenset({_CT.TEXT_SELECT_MENU, *_SELECT_READERS})
_WITH_OPTIONS: typing.Final = frozenset({_CT.TEXT_SELECT_MENU, _CT.RADIO_GROUP, _CT.CHECKBOX_GROUP})


def find_component(message: JSONObject, custom_id: str) -> JSONObject:
    """The enabled button or select menu with `custom_id` on `message`; `ValueError` otherwise."""
    found = [c for c in walk_components(message.get("components") or ()) if c.get("custom_id") == custom_id]
    if not found:
        present = [
            c["custom_id"] for c in walk_components(message.get("components") or ()) if "custom_id" in c
        ]
        raise ValueError(
            f"message {message.get('id')} has no component {custom_id!r} (it has: {present or 'none'})"
        )
    component = found[0]
    if component.get("disabled"):
        raise ValueError(f"the component {custom_id!r} of message {message.get('id')} is disabled")
    return component


def chosen_values(component: JSONObject, values: object, references: References) -> list[str]:
    """The `values` a select menu's interaction carries for this choice (IDs for user, role,
    mentionable and channel menus, whose objects go to `references`)."""
    what = f"select menu {component.get('custom_id')!r}"
    kind = int(component["type"])
    if kind not in _SELECTS:
        raise TypeError(
            f"{component.get('custom_id')!r} is a {_CT(kind).name.lower()}: values= is for select menus"
        )
    chosen = _listed(values, what)
    _check_count(component, len(chosen), what, default_max=1)
    return _read_values(component, kind, chosen, references, what)


def _read_values(
    component: JSONObject, kind: int, chosen: list[object], references: References, what: str
) -> list[str]:
    reader = _SELECT_READERS.get(kind)
    if reader is None:
        return _offered(component, chosen, what)
    if kind == _CT.CHANNEL_SELECT_MENU:
        kinds = component.get("channel_types")
        return [references.channel(value, what, channel_types=kinds) for value in chosen]
    return [getattr(references, reader)(value, what) for value in chosen]


def _listed(values: object, what: str) -> list[object]:
    if isinstance(values, str | enum.Enum) or not isinstance(values, Sequence):
        return [values]
    return list(values)


def _offered(component: JSONObject, chosen: list[object], what: str) -> list[str]:
    offered = [str(option.get("value")) for option in component.get("options") or ()]
    plain = [str(value.value if isinstance(value, enum.Enum) else value) for value in chosen]
    for value in plain:
        if value not in offered:
            raise ValueError(f"{what}: {value!r} is not one of its options ({', '.join(offered)})")
    return plain


def _check_count(component: JSONObject, count: int, what: str, *, default_max: int) -> None:
    minimum = int(component.get("min_values", 1 if component.get("required", True) else 0))
    maximum = int(component.get("max_values", default_max))
    if not minimum <= count <= maximum:
        raise ValueError(f"{what} takes {minimum} to {maximum} values, got {count}")


# ---- modals ----------------------------------------------------------------------------------------


def submitted_components(
    form: ModalForm, given: Mapping[str, object], references: References
) -> list[JSONObject]:
    """The `data.components` of a submit of `form` with the fields `given` (by custom_id)."""
    fields = form.fields
    unknown = [name for name in given if name not in fields]
    if unknown:
        raise TypeError(
            f"modal {form.custom_id!r} has no field {unknown[0]!r} (its fields: {', '.join(fields)})"
        )
    numbers = itertools.count(1)
    return [_submitted(component, given, references, numbers) for component in form.components]


def _submitted(
    component: JSONObject, given: Mapping[str, object], references: References, numbers: Iterator[int]
) -> JSONObject:
    # Discord numbers a modal's components in order, a container before what it holds, unless
    # the bot gave them `id`s.
    kind = int(component["type"])
    reported: JSONObject = {"type": kind, "id": component.get("id", next(numbers))}
    if kind == _CT.ACTION_ROW:
        inner = component.get("components") or ()
        reported["components"] = [_submitted(child, given, references, numbers) for child in inner]
    elif kind == _CT.LABEL:
        reported["component"] = _submitted(component["component"], given, references, numbers)
    elif "custom_id" in component:
        reported["custom_id"] = component["custom_id"]
        field, value = _answer(component, given.get(component["custom_id"]), references)
        reported[field] = value
    return reported


def _answer(component: JSONObject, value: object, references: References) -> tuple[str, typing.Any]:
    kind, custom_id = int(component["type"]), component["custom_id"]
    what = f"field {custom_id!r}"
    if value is None and component.get("required", True) and kind != _CT.CHECKBOX:
        raise TypeError(f"the modal's {what} is required")
    if kind == _CT.TEXT_INPUT:
        return "value", _text(component, value, what)
    if kind == _CT.CHECKBOX:
        if not isinstance(value, bool | None):
            raise TypeError(f"{what} is a checkbox: expected True or False, got {value!r}")
        return "value", bool(value)
    if kind == _CT.RADIO_GROUP:
        return "value", None if value is None else _offered(component, [value], what)[0]
    if kind in _SELECTS or kind in (_CT.FILE_UPLOAD, _CT.CHECKBOX_GROUP):
        return "values", _chosen_in_modal(component, kind, value, references, what)
    return "value", value  # a component this release does not know: sent as given


def _chosen_in_modal(
    component: JSONObject, kind: int, value: object, references: References, what: str
) -> list[str]:
    chosen = [] if value is None else _listed(value, what)
    most = len(component.get("options") or ()) if kind == _CT.CHECKBOX_GROUP else 1
    _check_count(component, len(chosen), what, default_max=most)
    if kind == _CT.FILE_UPLOAD:
        return [references.attachment(each, what) for each in chosen]
    if kind == _CT.CHECKBOX_GROUP:
        return _offered(component, chosen, what)
    return _read_values(component, kind, chosen, references, what)


def _text(component: JSONObject, value: object, what: str) -> str:
    if value is None:
        return ""  # an optional text input left empty
    if not isinstance(value, str):
        raise TypeError(f"{what} is a text input: expected a str, got {value!r}")
    if not value and component.get("required", True):
        raise ValueError(f"the modal's {what} is required: Discord does not submit it empty")
    minimum, maximum = component.get("min_length"), component.get("max_length")
    if (minimum is not None and len(value) < minimum) or (maximum is not None and len(value) > maximum):
        raise ValueError(f"{what} takes {minimum or 0} to {maximum or 4000} characters, got {len(value)}")
    return value
