"""`PartialPayload`, msgspec's half of `partial_json` (imported only when msgspec is installed)."""

from __future__ import annotations

__all__ = ["PartialPayload", "decode"]

import collections.abc
import typing

import msgspec

# The one reach above `internal`: the parts every interaction has are decoded as the types the
# interaction models' shapes describe, so that msgspec checks their JSON types as it decodes.
from hikari_like.interactions import _shape_kinds
from hikari_like.interactions import _shapes

_Part = msgspec.Raw | msgspec.UnsetType
_UNSET: typing.Final = msgspec.UNSET
_decode_part: typing.Final = msgspec.json.Decoder().decode
_Int = typing.Annotated[int, msgspec.Meta(ge=_shape_kinds.INT_MIN, le=_shape_kinds.INT_MAX)]


# gc=False: the fields hold strings, ints, `Raw`s, dicts decoded from JSON and, once read, the
# JSON values decoded from the `Raw`s, none of which can refer back to the struct.
class _TopLevel(msgspec.Struct, gc=False):
    """The documented fields of an interaction payload, each nested part decoded when first read.

    A read-only mapping like the dict `json.loads` gives, with the fields Discord documents for an
    interaction; a field hikari_like does not know yet is not kept. The typed top level is also
    on the attributes (`payload.id`), which `from_payload` reads directly.

    The parts every interaction has (`_shapes.SHARED_PARTS`: the member, the user, the channel...)
    are decoded with the rest, as the types their shapes give, and keep only the fields the models
    read; the others (`guild`, `message`) stay bytes until read.
    """

    type: _Int
    id: str
    application_id: str
    token: str
    version: _Int | msgspec.UnsetType = _UNSET
    guild_id: str | msgspec.UnsetType | None = _UNSET
    # Every interaction but PING is made from its `data`: decoded with the rest, not left for later.
    data: dict[str, typing.Any] | msgspec.UnsetType = _UNSET
    guild: _Part = _UNSET
    message: _Part = _UNSET

    def __getitem__(self, key: str) -> typing.Any:
        value = getattr(self, key, _UNSET) if key in _FIELDS else _UNSET
        if value is _UNSET:
            raise KeyError(key)
        if type(value) is msgspec.Raw:
            value = _decode_part(value)
            setattr(self, key, value)  # decoded once: the field keeps the value from now on
        return value

    def get(self, key: str, default: typing.Any = None) -> typing.Any:
        """The field's value, decoded, or `default` when the payload does not have it."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return key in _FIELDS and getattr(self, key) is not _UNSET

    def __iter__(self) -> typing.Iterator[str]:
        return (name for name in _ORDER if getattr(self, name) is not _UNSET)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def keys(self) -> collections.abc.KeysView[str]:
        return collections.abc.KeysView(self)

    def items(self) -> collections.abc.ItemsView[str, typing.Any]:
        return collections.abc.ItemsView(self)

    def values(self) -> collections.abc.ValuesView[typing.Any]:
        return collections.abc.ValuesView(self)


def _shared_part(name: str, kind: _shape_kinds.Kind, nullable: bool) -> tuple[str, typing.Any, typing.Any]:
    part_type = kind.msgspec_type()
    if nullable:
        part_type = part_type | None
    return name, part_type | msgspec.UnsetType, _UNSET


if typing.TYPE_CHECKING:
    PartialPayload = _TopLevel
else:
    PartialPayload = msgspec.defstruct(
        "PartialPayload",
        [_shared_part(name, kind, nullable) for name, (kind, _, nullable) in _shapes.SHARED_PARTS.items()],
        bases=(_TopLevel,),
        module=__name__,
        gc=False,
    )
    PartialPayload.__doc__ = _TopLevel.__doc__

_ORDER: typing.Final = PartialPayload.__struct_fields__
_FIELDS: typing.Final = frozenset(_ORDER)
collections.abc.Mapping.register(PartialPayload)
_decode_payload: typing.Final = msgspec.json.Decoder(PartialPayload).decode


def decode(body: bytes) -> PartialPayload | None:
    """The body as a `PartialPayload`, or `None` when it is not the usual shape."""
    # msgspec checks the syntax of the parts it skips but not that their strings are UTF-8,
    # which the full decoders refuse: check it here (`isascii` is the cheap, common case).
    if not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        return _decode_payload(body)
    except (msgspec.MsgspecError, RecursionError):
        return None  # not the usual shape: decoding it in full gives the answer
