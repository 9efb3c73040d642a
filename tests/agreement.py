"""Reading a value of hikari's and the same value of hikari_like's alike, for the agreement tests.

`public_values` flattens an object to what both libraries can be compared on (entities by ID,
enums and snowflakes as ints); `differences` walks two objects field by field over the public
attributes both have, nested models recursively, and names each field whose values disagree.
"""

from __future__ import annotations

__all__ = ["comparable", "differences", "public_values"]

import datetime
import typing

import hikari

from hikari_like import undefined

_SKIPPED: typing.Final = frozenset({"app", "shard", "bitmask"})
_DEEPEST: typing.Final = 4


def comparable(value: typing.Any) -> typing.Any:
    """A value both libraries can be compared on: entities by ID, IDs, numbers and enums as ints."""
    if value is undefined.UNDEFINED or value is hikari.UNDEFINED:
        return "UNDEFINED"
    for kinds, convert in _CONVERSIONS:
        if isinstance(value, kinds):
            return convert(value)
    for key in ("id", "user_id", "code"):  # an entity: which one it is
        if hasattr(value, key):
            return comparable(getattr(value, key))
    raise AssertionError(f"no way to compare a {type(value).__name__}")


_CONVERSIONS: typing.Final[
    tuple[tuple[type | tuple[type, ...], typing.Callable[[typing.Any], typing.Any]], ...]
] = (
    ((type(None), bool, datetime.datetime, datetime.timedelta), lambda value: value),
    (int, int),  # Snowflake, Color and both libraries' int enums
    (float, float),
    (str, str),  # UnicodeEmoji and both libraries' str enums
    (typing.Mapping, lambda value: {comparable(key): comparable(item) for key, item in value.items()}),
    (typing.AbstractSet, lambda value: sorted(comparable(item) for item in value)),
    (typing.Sequence, lambda value: [comparable(item) for item in value]),
)


_PLAIN: typing.Final = (type(None), bool, datetime.datetime, datetime.timedelta, int, float, str)
_PLAIN_OR_SIZED: typing.Final = (*_PLAIN, typing.Mapping, typing.AbstractSet, typing.Sequence)


def _public_names(model: object) -> set[str]:
    """The names of a model's public non-method values (its fields and properties)."""
    kind = type(model)
    return {
        name
        for name in dir(model)
        if not name.startswith("_") and name not in _SKIPPED and not callable(getattr(kind, name, None))
    }


def public_values(model: object) -> dict[str, typing.Any]:
    """Every public non-method value the model has (its fields and properties), comparable."""
    return {name: comparable(getattr(model, name)) for name in _public_names(model)}


def _read(model: object, name: str) -> typing.Any:
    """`model.name`, or what it raises (a property may need a running bot)."""
    try:
        return getattr(model, name)
    except Exception as error:  # what raised is the value compared
        return f"raises {type(error).__name__}"


def _is_model(value: object) -> bool:
    """Whether `value` is a model to walk into, rather than a plain value to compare whole."""
    return (
        not isinstance(value, _PLAIN_OR_SIZED)
        and value is not undefined.UNDEFINED
        and value is not hikari.UNDEFINED
    )


def differences(ours: object, theirs: object, path: str = "", depth: int = 0) -> dict[str, str]:
    """Each field path (`member.user.username`) whose values differ, with both values shown."""
    if _is_model(ours) and _is_model(theirs):
        if depth == _DEEPEST:
            return {} if _identity(ours) == _identity(theirs) else {path: f"{ours!r} != {theirs!r}"}
        found: dict[str, str] = {}
        for name in sorted(_public_names(ours) & _public_names(theirs)):
            found |= differences(
                _read(ours, name), _read(theirs, name), f"{path}.{name}".lstrip("."), depth + 1
            )
        return found
    if _is_sized(ours) and _is_sized(theirs):
        if len(ours) != len(theirs):
            return {path: f"{len(ours)} items != {len(theirs)} items"}
        return _item_differences(ours, theirs, path, depth)
    one_is_whole = any(_is_model(value) or _is_sized(value) for value in (ours, theirs))
    if one_is_whole or comparable(ours) != comparable(theirs):
        return {path: f"{ours!r} != {theirs!r}"[:300]}
    return {}


def _identity(model: object) -> object:
    """Which entity `model` is (its ID), or `None` for a model without one."""
    return next(
        (comparable(getattr(model, key)) for key in ("id", "user_id", "code") if hasattr(model, key)), None
    )


def _is_sized(value: object) -> typing.TypeGuard[typing.Sequence[object] | typing.Mapping[object, object]]:
    """Whether `value` is a sequence or mapping (of models, perhaps) to compare item by item."""
    return isinstance(value, (typing.Sequence, typing.Mapping)) and not isinstance(value, str)


def _item_differences(ours: typing.Any, theirs: typing.Any, path: str, depth: int) -> dict[str, str]:
    """The differences of two sequences or mappings of the same length, item by item."""
    if isinstance(ours, typing.Mapping) and isinstance(theirs, typing.Mapping):
        if sorted(map(comparable, ours), key=repr) != sorted(map(comparable, theirs), key=repr):
            return {path: f"keys {list(ours)!r} != {list(theirs)!r}"}
        by_key = {comparable(key): item for key, item in theirs.items()}
        pairs = [(str(key), item, by_key[comparable(key)]) for key, item in ours.items()]
    else:
        pairs = [(str(index), *pair) for index, pair in enumerate(zip(ours, theirs, strict=True))]
    found: dict[str, str] = {}
    for key, mine, other in pairs:
        found |= differences(mine, other, f"{path}[{key}]", depth)
    return found
