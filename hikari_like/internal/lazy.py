"""Read-only attributes computed on first access and kept, for classes with `__slots__`.

Interaction models keep the decoded payload and parse each nested part (the user, the member,
the options...) only when a listener first asks for it: most listeners read two or three fields,
and parsing every part up front was most of what an interaction cost beyond its signature.

The value is kept in a slot named after the attribute with a leading underscore, which the class
declares itself (a missing slot is an error when the class is created):

```python
class Interaction:
    __slots__ = ("_payload", "_user")

    @lazy
    def user(self) -> User:
        return User.from_payload(self._payload["user"])
```

A part that turns out malformed raises `KeyError`, `TypeError` or `ValueError`, the errors
`from_payload` raises for a malformed top level, and is parsed again on the next access.
"""

from __future__ import annotations

__all__ = ["lazy"]

import types
import typing

_ValueT_co = typing.TypeVar("_ValueT_co", covariant=True)


class lazy(typing.Generic[_ValueT_co]):
    """A read-only attribute computed once per instance by the decorated method, then cached."""

    _slot: types.MemberDescriptorType
    """Where each instance keeps the value (found when the owning class is created)."""

    def __init__(self, compute: typing.Callable[[typing.Any], _ValueT_co], /) -> None:
        self._compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type[typing.Any], name: str) -> None:
        slot = getattr(owner, f"_{name}", None)
        if not isinstance(slot, types.MemberDescriptorType):
            raise TypeError(f"{owner.__name__} must declare the slot _{name} to cache {name}")
        self._slot = slot

    @typing.overload
    def __get__(self, instance: None, owner: type[typing.Any] | None = None) -> typing.Self: ...

    @typing.overload
    def __get__(self, instance: object, owner: type[typing.Any] | None = None) -> _ValueT_co: ...

    def __get__(self, instance: object, owner: type[typing.Any] | None = None) -> typing.Any:
        if instance is None:
            return self
        slot = self._slot
        try:
            return slot.__get__(instance, owner)
        except AttributeError:  # Not computed yet.
            pass
        try:
            value = self._compute(instance)
        except (AttributeError, RecursionError) as error:
            # `.get` on a list, or absurd nesting. Never let an AttributeError out of a
            # descriptor: Python (and `hasattr`) would read it as "no such attribute".
            raise TypeError(f"malformed payload: {error}") from error
        except OverflowError as error:
            raise ValueError(f"malformed payload: {error}") from error
        slot.__set__(instance, value)
        return value
