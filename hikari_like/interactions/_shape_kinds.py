"""The building blocks of `_shapes`: what one JSON value must be, checked two ways from one description.

A kind says what a value of a payload must be (a string, an ID, an object with these fields...)
and checks it in three ways:

- `check(value)`: everything, on a value decoded in full (`json.loads`: dicts, lists, strings);
- `check_format(value)`: only what a typed msgspec decode cannot see (that an ID's digits are
  below 2**64, that a timestamp is ISO 8601), on a value msgspec already decoded as
  `msgspec_type()`, which holds the rest (JSON types, required fields, integer bounds);
- `msgspec_type()`: the type msgspec decodes the value as (built on first use: msgspec is
  optional, and imported only here and in `internal/_partial_payload`).

So the partial decoder and the full decoders refuse the same payloads: msgspec refusing a value
sends the body to the full decoder (whose answer is the one given), and what msgspec accepts
`check` accepts too. A check raises `TypeError` (a value of the wrong JSON type), `ValueError`
(the right type, unusable content) or `KeyError` (a required field missing), the errors the
interaction server answers with 400; a note on the error names the field.
"""

from __future__ import annotations

__all__ = [
    "BOOL",
    "INT_MAX",
    "INT_MIN",
    "AnyOf",
    "INT",
    "NUMBER",
    "OBJECT",
    "PERMISSIONS",
    "SCALAR",
    "SNOWFLAKE",
    "STR",
    "TIMESTAMP",
    "ByType",
    "Deferred",
    "IntRange",
    "Kind",
    "ListOf",
    "MapOf",
    "NonEmptyStr",
    "FieldReader",
    "Shape",
    "field",
    "is_int",
]

import functools
import math
import operator
import typing

from hikari_like import snowflakes
from hikari_like.internal import time

_MISSING: typing.Final = object()

# Integers are bounded so that every decoder reads them alike: orjson turns an integer beyond
# 64 bits into a float, msgspec and the standard library keep it exact. Discord's own integers
# stay within 53 bits (JavaScript's), far inside these.
INT_MIN: typing.Final = -(1 << 63)
INT_MAX: typing.Final = (1 << 63) - 1
# A permission set is a string of digits; this bounds its length, far above Discord's 53 bits.
_MAX_PERMISSION_DIGITS: typing.Final = 40

_Check = typing.Callable[[typing.Any], None]


class FieldReader(typing.Protocol):
    """What a shape reads an object through: a dict, or an interaction decoded in part."""

    def get(self, key: str, default: typing.Any = ..., /) -> typing.Any: ...


def is_int(value: object) -> bool:
    """Whether `value` is an integer and not a boolean (decoded JSON has plain ints: checked first)."""
    return type(value) is int or (isinstance(value, int) and type(value) is not bool)


def _is(value: object, type_: type[typing.Any]) -> bool:
    # JSON decoders give plain types; a payload built in Python may hold an `IntEnum` or a
    # `StrEnum` member, which is just as good.
    return type(value) is type_ or isinstance(value, type_)


def _meta(**constraints: typing.Any) -> typing.Any:
    import msgspec

    return msgspec.Meta(**constraints)


class Kind:
    """What one JSON value must be; see the module's docstring for the three ways to check it."""

    __slots__ = ()

    @property
    def has_format(self) -> bool:
        """Whether `check_format` checks anything (what msgspec's types cannot say)."""
        return False

    def check(self, value: typing.Any, /) -> None:
        """Raise `TypeError`, `ValueError` or `KeyError` unless `value` (decoded in full) is this kind."""
        raise NotImplementedError

    def check_format(self, value: typing.Any, /) -> None:
        """Check what `msgspec_type()` could not, on a value msgspec decoded as that type."""

    def msgspec_type(self) -> typing.Any:
        """The type msgspec decodes this kind as."""
        raise NotImplementedError(f"{type(self).__name__} has no msgspec type: it is checked in Python")


class _Exact(Kind):
    """A value of exactly one JSON type (`type(x) is ...`: `True` is not an integer here)."""

    __slots__ = ("_name", "_type")

    def __init__(self, type_: type[typing.Any], name: str) -> None:
        self._type = type_
        self._name = name

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, self._type):
            raise TypeError(f"expected {self._name}, got {type(value).__name__}")

    def msgspec_type(self) -> typing.Any:
        return self._type


class NonEmptyStr(Kind):
    """A string with at least one character (a token, a custom ID)."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, str):
            raise TypeError(f"expected a string, got {type(value).__name__}")
        if not value:
            raise ValueError("expected a non-empty string")

    def msgspec_type(self) -> typing.Any:
        return typing.Annotated[str, _meta(min_length=1)]


class IntRange(Kind):
    """An integer (not a boolean) from `low` to `high`, both included."""

    __slots__ = ("_high", "_low")

    def __init__(self, low: int = INT_MIN, high: int = INT_MAX) -> None:
        self._low = low
        self._high = high

    def check(self, value: typing.Any, /) -> None:
        if not is_int(value):
            raise TypeError(f"expected an integer, got {type(value).__name__}")
        if not self._low <= value <= self._high:
            raise ValueError(f"{value} is out of range ({self._low} to {self._high})")

    def msgspec_type(self) -> typing.Any:
        return typing.Annotated[int, _meta(ge=self._low, le=self._high)]


class _Number(Kind):
    """A finite number, integer or float, within the 64-bit integer range."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        if is_int(value):
            INT.check(value)
        elif _is(value, float):
            # Also bounded: orjson reads an integer beyond 64 bits as a float, msgspec exactly.
            if not (math.isfinite(value) and INT_MIN <= value <= INT_MAX):
                raise ValueError(f"{value} is out of range")
        else:
            raise TypeError(f"expected a number, got {type(value).__name__}")

    def msgspec_type(self) -> typing.Any:
        return INT.msgspec_type() | typing.Annotated[float, _meta(ge=INT_MIN, le=INT_MAX)]


class _Scalar(Kind):
    """Any JSON value but null, an array or an object (an option's value before its type is known)."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        if not (_is(value, str) or type(value) is bool):
            NUMBER.check(value)

    def msgspec_type(self) -> typing.Any:
        return str | bool | NUMBER.msgspec_type()


class _Formatted(Kind):
    """A kind whose content msgspec's types cannot check (it checks the same in both ways)."""

    __slots__ = ()

    @property
    def has_format(self) -> bool:
        return True

    def check_format(self, value: typing.Any, /) -> None:
        self.check(value)


class AnyOf(Kind):
    """A value of any one of `kinds`, each of a different JSON type (a nonce: a string or an integer)."""

    __slots__ = ("_kinds",)

    def __init__(self, *kinds: Kind) -> None:
        self._kinds = kinds

    @property
    def has_format(self) -> bool:
        return any(kind.has_format for kind in self._kinds)

    def check(self, value: typing.Any, /) -> None:
        refusals = []
        for kind in self._kinds:
            try:
                kind.check(value)
            except (TypeError, ValueError) as error:
                refusals.append(str(error))
            else:
                return
        raise TypeError(" and ".join(refusals))

    def check_format(self, value: typing.Any, /) -> None:
        self.check(value)

    def msgspec_type(self) -> typing.Any:
        return functools.reduce(operator.or_, (kind.msgspec_type() for kind in self._kinds))


class _Snowflake(_Formatted):
    """An ID: a string of digits below 2**64 (an integer is taken too)."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        snowflakes.parse(value)

    def msgspec_type(self) -> typing.Any:
        # msgspec bounds integers to 64 signed bits; a larger integer ID goes to the full decoder.
        return str | typing.Annotated[int, _meta(ge=0, le=INT_MAX)]


class _Permissions(_Formatted):
    """A permission set: a string of digits (older payloads: a non-negative integer)."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        if _is(value, str):
            if not (value.isdigit() and value.isascii() and len(value) <= _MAX_PERMISSION_DIGITS):
                raise ValueError(f"{value[:50]!r} is not a permission set (a string of digits)")
        elif is_int(value):
            IntRange(0).check(value)
        else:
            raise TypeError(f"expected a permission string, got {type(value).__name__}")

    def msgspec_type(self) -> typing.Any:
        return str | typing.Annotated[int, _meta(ge=0, le=INT_MAX)]


class _Timestamp(_Formatted):
    """An ISO 8601 timestamp, as `internal.time.parse_iso8601` reads it."""

    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, str):
            raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
        time.parse_iso8601(value)  # the parser the models use: what it reads is what passes

    def msgspec_type(self) -> typing.Any:
        return str


STR: typing.Final[Kind] = _Exact(str, "a string")
BOOL: typing.Final[Kind] = _Exact(bool, "a boolean")
OBJECT: typing.Final[Kind] = _Exact(dict, "an object")
"""Any JSON object (for parts whose own parser skips what it cannot read, such as embeds)."""
INT: typing.Final[Kind] = IntRange()
NUMBER: typing.Final[Kind] = _Number()
SCALAR: typing.Final[Kind] = _Scalar()
SNOWFLAKE: typing.Final[Kind] = _Snowflake()
PERMISSIONS: typing.Final[Kind] = _Permissions()
TIMESTAMP: typing.Final[Kind] = _Timestamp()


def _noted(error: BaseException, where: str) -> None:
    # Only on the way out of a refusal: the path reads outermost first in the traceback.
    error.add_note(f"in {where}")


class ListOf(Kind):
    """A JSON array whose every item is `item`."""

    __slots__ = ("_item",)

    def __init__(self, item: Kind) -> None:
        self._item = item

    @property
    def has_format(self) -> bool:
        return self._item.has_format

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, list):
            raise TypeError(f"expected an array, got {type(value).__name__}")
        check = self._item.check
        for item in value:
            check(item)

    def check_format(self, value: typing.Any, /) -> None:
        check = self._item.check_format
        for item in value:
            check(item)

    def msgspec_type(self) -> typing.Any:
        return list[self._item.msgspec_type()]  # type: ignore[misc]


class MapOf(Kind):
    """A JSON object used as a map (keyed by IDs, say): each key is `key`, each value `value`."""

    __slots__ = ("_key", "_value")

    def __init__(self, key: Kind, value: Kind) -> None:
        self._key = key
        self._value = value

    @property
    def has_format(self) -> bool:
        return True  # keys are strings to msgspec: they are always checked here

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, dict):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        self._check_items(value, self._value.check)

    def check_format(self, value: typing.Any, /) -> None:
        self._check_items(value, self._value.check_format)

    def _check_items(self, value: dict[str, typing.Any], check_value: _Check) -> None:
        check_key = self._key.check
        for key, item in value.items():
            check_key(key)
            try:
                check_value(item)
            except (KeyError, TypeError, ValueError) as error:
                _noted(error, repr(key[:30]))
                raise

    def msgspec_type(self) -> typing.Any:
        return dict[str, self._value.msgspec_type()]  # type: ignore[misc]


class _Field(typing.NamedTuple):
    name: str
    kind: Kind
    required: bool
    nullable: bool


def field(kind: Kind, *, required: bool = False, nullable: bool = False) -> tuple[Kind, bool, bool]:
    """How a `Shape` takes one of its fields: its kind, whether it must be there, whether null is fine."""
    return kind, required, nullable


class Shape(Kind):
    """A JSON object with known fields (others are ignored), and checks across fields (`also`).

    ```python
    USER = Shape("user", {"id": field(SNOWFLAKE, required=True), "bot": field(BOOL, nullable=True)})
    ```
    """

    __slots__ = ("_also", "_fields", "_format_fields", "_required", "name")

    def __init__(
        self,
        name: str,
        fields: typing.Mapping[str, tuple[Kind, bool, bool]],
        *,
        also: typing.Sequence[_Check] = (),
    ) -> None:
        self.name = name
        self._fields = tuple(_Field(key, *spec) for key, spec in fields.items())
        self._format_fields = tuple(spec for spec in self._fields if spec.kind.has_format)
        self._required = frozenset(spec.name for spec in self._fields if spec.required)
        self._also = tuple(also)

    @property
    def has_format(self) -> bool:
        return bool(self._format_fields or self._also)

    @property
    def fields(self) -> typing.Mapping[str, Kind]:
        """Each field's kind, by name."""
        return {spec.name: spec.kind for spec in self._fields}

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, dict):
            raise TypeError(f"{self.name}: expected an object, got {type(value).__name__}")
        self._check_fields(value, self._fields, full=True)

    def check_mapping(self, value: FieldReader, /) -> None:
        """Check every field of a mapping that is not a dict (an interaction decoded in part)."""
        self._check_fields(value, self._fields, full=True)

    def check_format(self, value: typing.Any, /) -> None:
        self._check_fields(value, self._format_fields, full=False)

    def _check_fields(self, value: FieldReader, fields: tuple[_Field, ...], *, full: bool) -> None:
        get = value.get
        for name, kind, required, nullable in fields:
            item = get(name, _MISSING)
            if item is _MISSING:
                if required:
                    raise KeyError(f"{self.name}.{name}")
            elif item is not None or not nullable:
                try:
                    kind.check(item) if full else kind.check_format(item)
                except (KeyError, TypeError, ValueError) as error:
                    _noted(error, f"{self.name}.{name}")
                    raise
        for also in self._also:
            also(value)

    def msgspec_type(self) -> typing.Any:
        return _typed_dict(self)


@functools.cache
def _typed_dict(shape: Shape) -> typing.Any:
    # A TypedDict decodes to a plain dict, which the models read as they read `json.loads`'s;
    # msgspec leaves out the fields it does not declare, which no model reads.
    def annotation(spec: _Field) -> typing.Any:
        kind_type = spec.kind.msgspec_type()
        if spec.nullable:
            kind_type = kind_type | None
        return typing.Required[kind_type] if spec.required else typing.NotRequired[kind_type]

    fields = {spec.name: annotation(spec) for spec in shape._fields}
    return typing.TypedDict(shape.name.title().replace("_", ""), fields)  # type: ignore[operator]


class ByType(Kind):
    """An object whose shape depends on its integer `type` (components, interaction metadata).

    A type this release does not know gets the `default` shape, as its parser gives such an
    object the plain model (tolerant of Discord's new types).
    """

    __slots__ = ("_default", "_shapes")

    def __init__(self, shapes: typing.Mapping[int, Shape], *, default: Shape) -> None:
        self._shapes = dict(shapes)
        self._default = default

    def check(self, value: typing.Any, /) -> None:
        if not _is(value, dict):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        kind = value.get("type")
        INT.check(kind)
        self._shapes.get(kind, self._default).check(value)


class Deferred(Kind):
    """A kind made on first use by `make` (for shapes that hold themselves, one level deeper)."""

    __slots__ = ("_kind", "_make")

    def __init__(self, make: typing.Callable[[], Kind]) -> None:
        self._make = make
        self._kind: Kind | None = None

    def check(self, value: typing.Any, /) -> None:
        kind = self._kind
        if kind is None:
            kind = self._kind = self._make()
        kind.check(value)
