"""`PartialPayload`, msgspec's half of `partial_json` (imported only when msgspec is installed)."""

from __future__ import annotations

__all__ = ["PartialPayload", "decode"]

import collections.abc
import typing

import msgspec

from hikari_like.internal import partial_json as read

_Part = msgspec.Raw | msgspec.UnsetType
_UNSET: typing.Final = msgspec.UNSET
_decode_part: typing.Final = msgspec.json.Decoder().decode
_Int = typing.Annotated[int, msgspec.Meta(ge=read.INT_MIN, le=read.INT_MAX)]


# What `from_payload` checks of the invoker before a listener runs
# (`interactions/_required.py`), decoded without the rest of their parts: the fields it checks
# are decoded as they are (`Any`), any other field is skipped, and a part that is not an object
# decodes as what it is, for the check to refuse or pass over.
class _UserIdentity(typing.TypedDict, total=False):
    id: typing.Any
    username: typing.Any


_NotAnObject = str | int | float | bool | list[typing.Any] | None
_User = _UserIdentity | _NotAnObject


class _MemberIdentity(typing.TypedDict, total=False):
    user: _User


_decode_member: typing.Final = msgspec.json.Decoder(_MemberIdentity | _NotAnObject).decode
_decode_user: typing.Final = msgspec.json.Decoder(_User).decode


class PartialPayload(msgspec.Struct, gc=False):
    """The documented fields of an interaction payload, each nested part decoded when first read.

    A read-only mapping like the dict `json.loads` gives, with the fields Discord documents for an
    interaction; a field hikari_like does not know yet is not kept. The typed top level is also
    on the attributes (`payload.id`), which `from_payload` reads directly.

    The nested parts stay bytes until read, but for what `invoker` decodes of the member and
    the user (the few fields `from_payload` checks up front).
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
    channel: _Part = _UNSET
    channel_id: typing.Any = _UNSET
    member: _Part = _UNSET
    user: _Part = _UNSET
    message: _Part = _UNSET
    app_permissions: _Part = _UNSET
    locale: _Part = _UNSET
    guild_locale: _Part = _UNSET
    entitlements: _Part = _UNSET
    authorizing_integration_owners: _Part = _UNSET
    context: _Part = _UNSET
    attachment_size_limit: _Part = _UNSET

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

    def invoker(self) -> tuple[typing.Any, typing.Any]:
        """The member's and the user's fields that identify the invoker (`None` for absent ones)."""
        member, user = self.member, self.user
        # On every request: the usual case (a member's bytes, no user) without further calls.
        if type(member) is msgspec.Raw and user is _UNSET:
            return _decode_member(member), None
        return _identity(member, _decode_member), _identity(user, _decode_user)

    def sent_channel_id(self) -> typing.Any:
        """The `channel_id` as sent, or `None` without one."""
        channel_id = self.channel_id
        return None if channel_id is _UNSET else channel_id


def _identity(part: typing.Any, decode: typing.Callable[[msgspec.Raw], typing.Any]) -> typing.Any:
    if type(part) is msgspec.Raw:
        return decode(part)
    return None if part is _UNSET else part  # already decoded in full


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
