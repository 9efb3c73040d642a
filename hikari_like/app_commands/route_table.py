"""The route table: which declared route answers a component's or a modal's custom_id.

Precedence:

1. a static pattern (no captures) equal to the custom_id wins, found by one dict lookup;
2. otherwise the patterns whose literal prefix the custom_id starts with are tried, the longest
   prefix first and, for the same prefix, in the order they were added: the first that matches
   wins. A pattern whose captures do not convert does not match, so ``"item:{id:int}"`` added
   before ``"item:{name}"`` gets ``"item:7"`` and leaves ``"item:sword"`` to the other.

```python
table: RouteTable[str] = RouteTable()
table.add(CustomIdPattern.parse("role:{role_id:int}"), "give role")
table.add(CustomIdPattern.parse("role:cancel"), "cancel")
table.find("role:cancel")  # ("cancel", {})
table.find("role:42")  # ("give role", {"role_id": 42})
table.find("other")  # None
```
"""

from __future__ import annotations

__all__ = ["RouteTable"]

import typing

import attrs

from hikari_like.app_commands import errors
from hikari_like.app_commands.custom_ids import CustomIdPattern

if typing.TYPE_CHECKING:
    from collections.abc import Iterator

_RouteT = typing.TypeVar("_RouteT")
# Patterns with the same literal text and converters match the same custom_ids, whatever their
# capture names: a second one could never be reached, so it is a duplicate.
_Shape: typing.TypeAlias = tuple[tuple[str, ...], tuple[str, ...]]
# A route may be any value, `None` included, so a static miss needs its own marker.
_NOT_STATIC: typing.Final = object()


@attrs.frozen
class _Entry(typing.Generic[_RouteT]):
    pattern: CustomIdPattern
    route: _RouteT


def _shape(pattern: CustomIdPattern) -> _Shape:
    return pattern.literals, pattern.converters


class RouteTable(typing.Generic[_RouteT]):
    """custom_id -> route: static ids by dict lookup, patterns by literal prefix (longest first).

    `find` runs on every button press, so it costs one dict lookup for a static ID and, for a
    pattern, one dict lookup per distinct prefix length plus a match of only the patterns whose
    prefix the ID starts with. See the module's docstring for the precedence.

    ```python
    table: RouteTable[str] = RouteTable()
    table.add(CustomIdPattern.parse("page:{n:int}"), "pager")
    table.find("page:3")  # ("pager", {"n": 3})
    ```
    """

    __slots__ = ("_by_prefix", "_entries", "_prefix_lengths", "_static")

    def __init__(self) -> None:
        self._entries: dict[_Shape, _Entry[_RouteT]] = {}  # in declaration order
        self._static: dict[str, _RouteT] = {}
        self._by_prefix: dict[str, list[_Entry[_RouteT]]] = {}
        self._prefix_lengths: tuple[int, ...] = ()  # longest first

    def add(self, pattern: CustomIdPattern, route: _RouteT) -> None:
        """Route custom_ids that fit `pattern` to `route`.

        Raises `DeclarationError` if a pattern matching the same custom_ids is already routed
        (``"role:{id:int}"`` and ``"role:{role_id:int}"`` are the same pattern to Discord).
        """
        shape = _shape(pattern)
        existing = self._entries.get(shape)
        if existing is not None:
            raise errors.DeclarationError(
                f"custom_id pattern {pattern.pattern!r} matches the same custom_ids as"
                f" {existing.pattern.pattern!r}, which is already routed"
            )
        entry = _Entry(pattern=pattern, route=route)
        self._entries[shape] = entry
        if pattern.is_static:
            self._static[pattern.prefix] = route
        else:
            self._by_prefix.setdefault(pattern.prefix, []).append(entry)
            self._index_prefix_lengths()

    def remove(self, pattern: CustomIdPattern) -> None:
        """Stop routing `pattern` (the same text it was added with); `KeyError` if it is not routed."""
        shape = _shape(pattern)
        entry = self._entries.get(shape)
        if entry is None or entry.pattern != pattern:
            raise KeyError(pattern.pattern)
        del self._entries[shape]
        if pattern.is_static:
            del self._static[pattern.prefix]
            return
        candidates = self._by_prefix[pattern.prefix]
        candidates.remove(entry)
        if not candidates:
            del self._by_prefix[pattern.prefix]
            self._index_prefix_lengths()

    def find(self, custom_id: str) -> tuple[_RouteT, dict[str, typing.Any]] | None:
        """The route for `custom_id` and the values its pattern captured, or `None`; never raises.

        ```python
        table.find("page:3")  # ("pager", {"n": 3})
        ```
        """
        route = self._static.get(custom_id, _NOT_STATIC)
        if route is not _NOT_STATIC:
            return typing.cast("_RouteT", route), {}
        length = len(custom_id)
        for prefix_length in self._prefix_lengths:
            # A capture needs at least one character after the prefix.
            if prefix_length >= length:
                continue
            for entry in self._by_prefix.get(custom_id[:prefix_length], ()):
                values = entry.pattern.match(custom_id)
                if values is not None:
                    return entry.route, values
        return None

    def items(self) -> Iterator[tuple[CustomIdPattern, _RouteT]]:
        """Each routed pattern and its route, in the order they were added."""
        return ((entry.pattern, entry.route) for entry in self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[_RouteT]:
        """The routes, in the order they were added."""
        return (entry.route for entry in self._entries.values())

    def __contains__(self, pattern: object) -> bool:
        """Whether this very pattern (the same text) is routed."""
        if not isinstance(pattern, CustomIdPattern):
            return False
        entry = self._entries.get(_shape(pattern))
        return entry is not None and entry.pattern == pattern

    def __repr__(self) -> str:
        return f"RouteTable({len(self._static)} static, {len(self) - len(self._static)} patterns)"

    def _index_prefix_lengths(self) -> None:
        self._prefix_lengths = tuple(sorted({len(prefix) for prefix in self._by_prefix}, reverse=True))
