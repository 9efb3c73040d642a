"""Reading every public attribute of a parsed interaction, checking each value against its annotation.

`read_everything(interaction)` is what a listener could do to an interaction: it reads every
public attribute (lazy ones too), then every public attribute of what those hold (the member's
user's ID, each option's value, every resolved entry, the message's components...), calls the
few reading methods (`get_value`, `iter_components`, `communication_disabled_until`...), and
checks each value against the annotation that declares it. It returns the values it read, by
path, so that two parses of the same payload can be compared.

The tests of this file check the walker itself: that it reaches deep, and that it notices an
ill-typed value.
"""

from __future__ import annotations

import collections.abc
import concurrent.futures
import contextlib
import datetime
import enum
import functools
import inspect
import sys
import types
import typing

import attrs
import pytest

import hikari_like
from hikari_like import colors
from hikari_like import emojis
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl import builders
from hikari_like.interactions import AutocompleteInteraction
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import base_interactions
from hikari_like.internal import lazy
from hikari_like.internal.json import JSONObject
from hikari_like.testing import payloads
from tests.helpers import APP

# Names that annotations use but modules import only for type checkers.
_TYPE_CHECKING_NAMES: typing.Final = {
    "traits": hikari_like.traits,
    "special_endpoints": builders,
    "JSONObject": JSONObject,
    "concurrent": concurrent,
    "contextlib": contextlib,
    "base_interactions": base_interactions,
}
_SKIPPED: typing.Final = frozenset({"app"})
"""Attributes that hold the application, not data read from the payload."""
_RAW: typing.Final = frozenset({"component_payloads"})
"""Attributes holding JSON as decoded: type-checked, but not compared across decoders (an unknown
field's integer beyond 64 bits is a float to orjson, exact to msgspec and the standard library)."""
_LEAVES: typing.Final = (str, bytes, int, float, bool, datetime.datetime, datetime.timedelta, enum.Enum)


class IllTyped(AssertionError):
    """A value read from an interaction does not match its annotation."""


def _resolve(annotation: object, owner: type[typing.Any]) -> object:
    if not isinstance(annotation, str):
        return annotation
    module = sys.modules[owner.__module__]
    namespace = {**_TYPE_CHECKING_NAMES, **vars(module), "Self": typing.Self}
    try:
        return eval(annotation, namespace, {})  # our own annotations
    except (NameError, AttributeError, TypeError):
        return typing.Any


_ATTRIBUTES: typing.Final[dict[type[typing.Any], dict[str, object]]] = {}


def _attributes(cls: type[typing.Any]) -> dict[str, object]:
    """Every public data attribute of `cls` and its annotation (resolved; `Any` when unknown)."""
    if cls not in _ATTRIBUTES:
        _ATTRIBUTES[cls] = _find_attributes(cls)
    return _ATTRIBUTES[cls]


def _find_attributes(cls: type[typing.Any]) -> dict[str, object]:
    found: dict[str, object] = {}
    if attrs.has(cls):  # fields first: a property computed from a field reads after it
        for attribute in attrs.fields(cls):
            if not attribute.name.startswith("_") and attribute.name not in _SKIPPED:
                owner = next(base for base in cls.__mro__ if attribute.name in inspect.get_annotations(base))
                found[attribute.name] = _resolve(inspect.get_annotations(owner)[attribute.name], owner)
    for owner in reversed(cls.__mro__):
        for name, member in list(vars(owner).items()):
            if name.startswith("_") or name in _SKIPPED:
                continue
            getter = _getter(member)
            if getter is not None:
                found[name] = _resolve(getter.__annotations__.get("return", typing.Any), owner)
            elif isinstance(member, types.MemberDescriptorType) and name not in found:
                found[name] = _resolve(owner.__annotations__.get(name, typing.Any), owner)
    return found


def _getter(member: object) -> typing.Callable[..., typing.Any] | None:
    if isinstance(member, property):
        return member.fget
    if isinstance(member, functools.cached_property):
        return member.func
    if isinstance(member, lazy.lazy):
        return member._compute
    return None


def _conforms(value: object, annotation: object) -> bool:  # noqa: PLR0911 - one case per typing form
    if annotation is typing.Any or isinstance(annotation, typing.TypeVar) or annotation is typing.Self:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return any(_conforms(value, argument) for argument in arguments)
    if origin is typing.Annotated:
        return _conforms(value, arguments[0])
    if origin is typing.Literal:
        return value in arguments
    if origin in (collections.abc.Sequence, list, tuple, collections.abc.Iterable):
        item = arguments[0] if arguments else typing.Any
        return isinstance(value, list | tuple) and all(_conforms(each, item) for each in value)
    if origin in (collections.abc.Mapping, dict):
        key, item = arguments if arguments else (typing.Any, typing.Any)
        return isinstance(value, dict) and all(
            _conforms(k, key) and _conforms(v, item) for k, v in value.items()
        )
    if origin is not None:
        return isinstance(value, origin)
    if annotation is float:
        return type(value) in (int, float)
    if annotation is int:
        return isinstance(value, int) and type(value) is not bool
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True  # a string annotation we cannot resolve


def _check(value: object, annotation: object, path: str) -> None:
    if not _conforms(value, annotation):
        raise IllTyped(f"{path} = {value!r:.200} is not {annotation}")


# Methods that only read, and what to call them with.
_READERS: typing.Final[dict[str, tuple[object, ...]]] = {
    "communication_disabled_until": (),
    "iter_components": (),
    "get_value": ("title",),
}


# Models hold no cycles (the app, which could, is skipped); this only bounds a mistake.
_MAX_DEPTH: typing.Final = 40


class _Walk:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def value(self, value: object, path: str) -> None:
        if isinstance(value, _LEAVES) or value is None or value is undefined.UNDEFINED:
            self._leaf(value, path)
        elif isinstance(value, collections.abc.Mapping):
            for key, item in value.items():
                self.value(key, f"{path}[key {key!r}]")
                self.value(item, f"{path}[{key!r}]")
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self.value(item, f"{path}[{index}]")
        else:
            assert path.count(".") < _MAX_DEPTH, path
            self.object(value, path)

    def _leaf(self, value: object, path: str) -> None:
        self.values[path] = (type(value).__name__, value)
        if isinstance(value, snowflakes.Snowflake):
            self.values[f"{path}.created_at"] = value.created_at
        elif isinstance(value, colors.Color):
            self.values[f"{path}.hex"] = (value.rgb, value.hex_code, value.rgb_float)
        elif isinstance(value, emojis.UnicodeEmoji):
            self.values[f"{path}.emoji"] = (value.name, value.url_name, value.mention, value.codepoints)
        elif isinstance(value, enum.Enum):
            self.values[f"{path}.name"] = value.name

    def object(self, value: object, path: str) -> None:
        for name, annotation in _attributes(type(value)).items():
            read = getattr(value, name)
            _check(read, annotation, f"{path}.{name}")
            if name in _RAW:
                self.values[f"{path}.{name}"] = len(read)
            else:
                self.value(read, f"{path}.{name}")
        for name, arguments in _READERS.items():
            method = getattr(value, name, None)
            if callable(method):
                self.value(_call(method, arguments), f"{path}.{name}()")
        if isinstance(value, files.Resource | emojis.Emoji | hikari_like.User | hikari_like.Member):
            self.values[f"{path}.str"] = str(value)


def _call(method: typing.Callable[..., object], arguments: tuple[object, ...]) -> object:
    result = method(*arguments)
    return list(result) if inspect.isgenerator(result) else result


def read_everything(interaction: base_interactions.PartialInteraction) -> dict[str, object]:
    """Read every public attribute, deeply, checking types; return the values read by path."""
    walk = _Walk()
    walk.object(interaction, type(interaction).__name__)
    shown = walk.values["repr"] = repr(interaction)
    if isinstance(interaction, AutocompleteInteraction):
        walk.value(interaction.focused_option, "focused_option")
    # The token never shows in a repr (a short fuzzed one, like "text", may match other words).
    if len(interaction.token) >= 20:
        assert interaction.token not in shown
    return walk.values


def test_the_walk_reaches_nested_attributes() -> None:
    payload = payloads.slash_command("tag", {"text": "hi"}, seed=1)
    interaction = hikari_like.CommandInteraction.from_payload(payload, app=APP)

    values = read_everything(interaction)

    assert values["CommandInteraction.member.user.id"] == ("Snowflake", interaction.user.id)
    assert values["CommandInteraction.options[0].value"] == ("str", "hi")
    assert "CommandInteraction.channel.permissions" in values


def test_the_walk_reaches_message_components_and_modal_values() -> None:
    modal = ModalInteraction.from_payload(
        payloads.labelled_modal_submit("m", {"title": "x"}, seed=2), app=APP
    )
    button = hikari_like.ComponentInteraction.from_payload(payloads.button_press("b", seed=3), app=APP)

    assert read_everything(modal)["ModalInteraction.get_value()"] == ("str", "x")
    assert "ComponentInteraction.message.components[0].components[0].label" in read_everything(button)


def test_the_walk_notices_an_ill_typed_value() -> None:
    payload = payloads.slash_command("tag", seed=4)
    interaction = hikari_like.CommandInteraction.from_payload(payload, app=APP)
    # What the parser once did with `"nick": 5`: keep it, where a string or None belongs.
    member = interaction.member
    assert member is not None
    broken = attrs.evolve(member, nickname=typing.cast("str", 5))

    with pytest.raises(IllTyped, match="nickname"):
        _Walk().object(broken, "member")
