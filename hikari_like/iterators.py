"""Lazy async iterators: results that arrive page by page, as hikari's `hikari.iterators`.

A paginated endpoint returns a `LazyIterator`: it fetches nothing until it is consumed, then one
page at a time, and only as many pages as the consumer asks for. The methods chain, and each
stage pulls from the one before it only what it needs::

    async for member in rest.fetch_members(guild):         # page after page, as they are read
        ...
    members = await rest.fetch_members(guild)               # every page, as a list
    names = await rest.fetch_members(guild).limit(10).map("user.username")  # one page

The other classes are for building iterators: `FlatLazyIterator` over values already in memory,
`BufferedLazyIterator` for a source that yields chunks, `All` and `AttrComparator` the conditions
`filter` and its relatives make.
"""

from __future__ import annotations

__all__ = ["All", "AttrComparator", "BufferedLazyIterator", "FlatLazyIterator", "LazyIterator"]

import abc
import collections
import inspect
import operator
import typing

if typing.TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

ValueT = typing.TypeVar("ValueT")
"""The type of the values a lazy iterator yields."""
AnotherValueT = typing.TypeVar("AnotherValueT")
"""The type of the values a mapped lazy iterator yields."""

_Predicate = typing.Callable[[ValueT], bool]
_Condition = tuple[str, object] | typing.Callable[[ValueT], bool]
_FlattenerResult = typing.AsyncIterator[AnotherValueT] | typing.Iterable[AnotherValueT]
_Flattener = typing.Callable[[ValueT], _FlattenerResult[AnotherValueT]] | str


class _AttrPath:
    """Reads `"user.username"`, `"content.isdigit()"` or `"!.user.is_bot"` off an item.

    hikari's attribute language: a leading `.` is optional, `name()` calls a method with no
    arguments, `!name` negates one step and a leading `!.` negates the whole result.
    """

    __slots__ = ("_invert", "_steps")

    def __init__(self, path: str) -> None:
        self._invert = path.startswith("!.")
        path = path[2:] if self._invert else path.removeprefix(".")
        self._steps = tuple(_attr_step(part) for part in path.split("."))

    def __call__(self, item: object) -> typing.Any:
        value: typing.Any = item
        for step in self._steps:
            value = step(value)
        return not value if self._invert else value


def _attr_step(part: str) -> typing.Callable[[typing.Any], typing.Any]:
    negated = part.startswith("!")
    name = part[1:] if negated else part
    read: typing.Callable[[typing.Any], typing.Any] = (
        operator.methodcaller(name[:-2]) if name.endswith("()") else operator.attrgetter(name)
    )
    return (lambda value: not read(value)) if negated else read


class All(typing.Generic[ValueT]):
    """Several predicates as one: true for an item when every predicate is (tested in order, stopping
    at the first false one, as `all` does).

    `~condition` is its negation and `a | b` joins two of them.

    ```python
    is_human_admin = All([lambda m: not m.user.is_bot, lambda m: m.permissions.ADMINISTRATOR])
    admins = await rest.fetch_members(guild).filter(is_human_admin)
    ```
    """

    __slots__ = ("conditions",)

    conditions: typing.Collection[typing.Callable[[ValueT], bool]]
    """The predicates, in the order they are tested."""

    def __init__(self, conditions: typing.Collection[typing.Callable[[ValueT], bool]]) -> None:
        self.conditions = conditions

    def __bool__(self) -> bool:
        return bool(self.conditions)

    def __call__(self, item: ValueT) -> bool:
        return all(condition(item) for condition in self.conditions)

    def __invert__(self) -> typing.Callable[[ValueT], bool]:
        return lambda item: not self(item)

    def __or__(self, other: object) -> All[ValueT]:
        if not isinstance(other, All):
            message = (
                f"unsupported operand type(s) for |: {type(self).__name__!r} and {type(other).__name__!r}"
            )
            raise TypeError(message)
        return All((self, other))


class AttrComparator(typing.Generic[ValueT]):
    """A predicate: is the attribute `attr_name` of an item equal to `expected_value`?

    `attr_name` may be nested (`"user.username"`), call a method (`"content.isupper()"`) and be
    negated (`"!user.is_bot"`); `cast`, when given, converts the attribute before the comparison.

    ```python
    is_bot = AttrComparator("user.is_bot", True)
    bots = await rest.fetch_members(guild).filter(is_bot)
    ```
    """

    __slots__ = ("attr_getter", "cast", "expected_value")

    def __init__(
        self,
        attr_name: str,
        expected_value: AnotherValueT,
        cast: typing.Callable[[ValueT], AnotherValueT] | None = None,
    ) -> None:
        self.expected_value: typing.Any = expected_value
        self.cast: typing.Callable[[ValueT], typing.Any] | None = cast
        self.attr_getter: typing.Callable[[ValueT], typing.Any] = _AttrPath(attr_name)

    def __call__(self, item: ValueT) -> bool:
        value = self.attr_getter(item)
        return bool((self.cast(value) if self.cast is not None else value) == self.expected_value)


def _conditions(
    operation: str, predicates: tuple[_Condition[ValueT] | str, ...], attrs: dict[str, object]
) -> All[ValueT]:
    # hikari's rules: `("a.b", value)` compares, a bare `"a.b"` tests truth, `a=value` compares.
    if not predicates and not attrs:
        raise TypeError(f"You should provide at least one predicate to {operation}()")
    conditions: list[typing.Callable[[ValueT], bool]] = []
    for predicate in predicates:
        if isinstance(predicate, tuple):
            conditions.append(AttrComparator[ValueT](predicate[0], predicate[1]))
        elif isinstance(predicate, str):
            conditions.append(AttrComparator(predicate, True, bool))
        else:
            conditions.append(predicate)
    conditions.extend(AttrComparator[ValueT](name, value) for name, value in attrs.items())
    return All(conditions)


def _exhausted() -> typing.NoReturn:
    raise StopAsyncIteration("No more items exist in this iterator. It has been exhausted.") from None


class LazyIterator(abc.ABC, typing.Generic[ValueT]):
    """Results fetched from Discord as they are consumed: an async iterator with helpers.

    ```python
    async for message in rest.fetch_messages(channel):   # one page at a time
        ...
    everything = await rest.fetch_messages(channel)     # all of them, as a list
    async for i, message in rest.fetch_messages(channel).limit(3).enumerate():
        print(i, message.content)
    ```

    It is async only: a plain `for` raises a `TypeError` that says to use `async for`.
    """

    __slots__ = ()

    def chunk(self, chunk_size: int) -> LazyIterator[typing.Sequence[ValueT]]:
        """Yield lists of up to `chunk_size` items (the last one may be shorter).

        ```python
        async for batch in rest.fetch_members(guild).chunk(100):
            await store(batch)
        ```
        """
        return _Chunked(self, chunk_size)

    def map(
        self, transformation: typing.Callable[[ValueT], AnotherValueT] | str
    ) -> LazyIterator[AnotherValueT]:
        """Yield `transformation(item)` for each item; a string is an attribute path (`"user.id"`).

        ```python
        ids = await rest.fetch_members(guild).map("user.id")
        ```
        """
        if isinstance(transformation, str):
            transformation = typing.cast(
                "typing.Callable[[ValueT], AnotherValueT]", _AttrPath(transformation)
            )
        return _Mapped(self, transformation)

    async def for_each(self, consumer: typing.Callable[[ValueT], object]) -> None:
        """Call `consumer` with every item (and await it if it is a coroutine function).

        ```python
        await rest.fetch_bans(guild).for_each(print)
        ```
        """
        is_async = inspect.iscoroutinefunction(consumer)
        async for item in self:
            result = consumer(item)
            if is_async:
                await typing.cast("typing.Awaitable[object]", result)

    def filter(
        self, *predicates: tuple[str, object] | typing.Callable[[ValueT], bool], **attrs: object
    ) -> LazyIterator[ValueT]:
        """Yield only the items every condition holds for.

        A condition is a predicate, an `("attribute.path", value)` pair compared for equality, or a
        keyword argument `attribute=value` (not nested).

        ```python
        humans = rest.fetch_members(guild).filter(("user.is_bot", False))
        ```
        """
        return _Filtered(self, _conditions("filter", predicates, attrs))

    def take_while(
        self, *predicates: tuple[str, typing.Any] | typing.Callable[[ValueT], bool], **attrs: object
    ) -> LazyIterator[ValueT]:
        """Yield items until one fails a condition (that one and the rest are not yielded).

        ```python
        recent = rest.fetch_messages(channel).take_while(lambda m: m.timestamp > cutoff)
        ```
        """
        return _TakeWhile(self, _conditions("take_while", predicates, attrs))

    def take_until(
        self, *predicates: tuple[str, typing.Any] | typing.Callable[[ValueT], bool], **attrs: object
    ) -> LazyIterator[ValueT]:
        """Yield items until one meets every condition (that one and the rest are not yielded).

        ```python
        since_pin = rest.fetch_messages(channel).take_until(("is_pinned", True))
        ```
        """
        return _TakeWhile(self, ~_conditions("take_until", predicates, attrs))

    def skip_while(
        self, *predicates: tuple[str, typing.Any] | typing.Callable[[ValueT], bool], **attrs: object
    ) -> LazyIterator[ValueT]:
        """Drop items while they meet every condition, then yield the first one that does not and
        everything after it (as `itertools.dropwhile`, and as hikari documents it).

        ```python
        older = rest.fetch_messages(channel).skip_while(lambda m: m.timestamp > cutoff)
        ```
        """
        return _SkipWhile(self, _conditions("skip_while", predicates, attrs))

    def skip_until(
        self, *predicates: tuple[str, object] | typing.Callable[[ValueT], bool], **attrs: object
    ) -> LazyIterator[ValueT]:
        """Drop items until one meets every condition, then yield it and everything after it.

        ```python
        from_pin = rest.fetch_messages(channel).skip_until(("is_pinned", True))
        ```
        """
        return _SkipWhile(self, ~_conditions("skip_until", predicates, attrs))

    def enumerate(self, *, start: int = 0) -> LazyIterator[tuple[int, ValueT]]:
        """Yield `(index, item)` pairs, counting from `start`, as `enumerate` does.

        ```python
        async for rank, member in rest.fetch_members(guild).enumerate(start=1):
            print(rank, member.display_name)
        ```
        """
        return _Enumerated(self, start)

    def limit(self, limit: int) -> LazyIterator[ValueT]:
        """Yield at most `limit` items (`limit` > 0); no page past the one that holds the last is fetched.

        ```python
        first_ten = await rest.fetch_members(guild).limit(10)
        ```
        """
        return _Limited(self, limit)

    def skip(self, number: int) -> LazyIterator[ValueT]:
        """Drop the first `number` items (`number` > 0), then yield the rest.

        ```python
        after_the_first_ten = rest.fetch_members(guild).skip(10)
        ```
        """
        return _Skipped(self, number)

    async def next(self) -> ValueT:
        """The next item; `LookupError` when there is none.

        ```python
        newest = await rest.fetch_messages(channel).next()
        ```
        """
        try:
            return await self.__anext__()
        except StopAsyncIteration:
            raise LookupError("No elements were found") from None

    async def last(self) -> ValueT:
        """The last item (this reads every page); `LookupError` when there is none.

        ```python
        oldest = await rest.fetch_messages(channel).last()
        ```
        """
        return await self.reversed().next()

    def reversed(self) -> LazyIterator[ValueT]:
        """Yield the remaining items last first (they are all fetched on the first read).

        ```python
        oldest_first = rest.fetch_messages(channel).limit(50).reversed()
        ```
        """
        return _Reversed(self)

    @typing.overload
    async def sort(self, *, key: None = None, reverse: bool = False) -> typing.Sequence[ValueT]: ...

    @typing.overload
    async def sort(
        self, *, key: typing.Callable[[ValueT], SupportsRichComparison], reverse: bool = False
    ) -> typing.Sequence[ValueT]: ...

    async def sort(self, *, key: typing.Any = None, reverse: bool = False) -> typing.Sequence[ValueT]:
        """Every item, sorted as `sorted(items, key=key, reverse=reverse)`.

        ```python
        by_name = await rest.fetch_members(guild).sort(key=lambda m: m.display_name)
        ```
        """
        return sorted(await self, key=key, reverse=reverse)

    async def collect(
        self, collector: typing.Callable[[typing.Sequence[ValueT]], typing.Collection[ValueT]]
    ) -> typing.Collection[ValueT]:
        """`collector(items)` of every item, for another collection than a list.

        ```python
        unique = await rest.fetch_members(guild).map("user.id").collect(frozenset)
        ```
        """
        return collector(await self)

    async def count(self) -> int:
        """How many items there are (this reads every page).

        ```python
        banned = await rest.fetch_bans(guild).count()
        ```
        """
        total = 0
        async for _ in self:
            total += 1
        return total

    def flat_map(self, flattener: _Flattener[ValueT, AnotherValueT]) -> LazyIterator[AnotherValueT]:
        """Yield every value of `flattener(item)` for each item, in order.

        `flattener` returns an iterable, an async iterator or another lazy iterator; a string is an
        attribute path to one (`"role_ids"`).

        ```python
        role_ids = await rest.fetch_members(guild).flat_map("role_ids").collect(frozenset)
        ```
        """
        if isinstance(flattener, str):
            flattener = typing.cast(
                "typing.Callable[[ValueT], _FlattenerResult[AnotherValueT]]", _AttrPath(flattener)
            )
        return _FlatMapped(self, flattener)

    def flatten(self: LazyIterator[typing.Iterable[AnotherValueT]]) -> LazyIterator[AnotherValueT]:
        """Yield the values of each item, for an iterator of iterables.

        ```python
        async for member in rest.fetch_members(guild).chunk(100).flatten():
            ...
        ```
        """
        return _FlatMapped(self, _same)

    def awaiting(self, window_size: int = 10) -> LazyIterator[ValueT]:
        """Await the items (awaitables), up to `window_size` at once (0 or less: all at once), and
        yield their results in order.

        A large window sends many requests at once; Discord's rate limits then make them wait.

        ```python
        users = await rest.fetch_bans(guild).map(lambda ban: rest.fetch_user(ban.user.id)).awaiting(5)
        ```
        """
        return _Awaiting(typing.cast("LazyIterator[typing.Awaitable[ValueT]]", self), window_size)

    def __aiter__(self) -> LazyIterator[ValueT]:
        return self

    def __iter__(self) -> LazyIterator[ValueT]:
        cls = type(self)
        raise TypeError(
            f"{cls.__module__}.{cls.__qualname__} is an async-only iterator, did you mean 'async for'?"
        )

    async def _fetch_all(self) -> typing.Sequence[ValueT]:
        return [item async for item in self]

    def __await__(self) -> typing.Generator[None, None, typing.Sequence[ValueT]]:
        return self._fetch_all().__await__()

    @abc.abstractmethod
    async def __anext__(self) -> ValueT:
        """The next item; `StopAsyncIteration` once there is none."""

    # Defined at run time only, so that type checkers do not take this for a sync iterator.
    if not typing.TYPE_CHECKING:

        def __next__(self) -> typing.NoReturn:
            cls = type(self)
            raise TypeError(
                f"{cls.__module__}.{cls.__qualname__} is async-only, did you mean 'async for' or `anext`?"
            )


def _same(value: ValueT) -> ValueT:
    return value


class BufferedLazyIterator(LazyIterator[ValueT], abc.ABC, typing.Generic[ValueT]):
    """A lazy iterator over a source that arrives in chunks (a page of a paginated endpoint).

    A subclass implements `_next_chunk`: the next chunk as an iterator (a generator parses only
    the items that are read), or `None` once there are no more. An empty chunk is skipped.

    ```python
    class Pages(BufferedLazyIterator[int]):
        def __init__(self) -> None:
            super().__init__()
            self._pages = [[1, 2], [3]]

        async def _next_chunk(self) -> typing.Iterator[int] | None:
            return iter(self._pages.pop(0)) if self._pages else None

    assert await Pages() == [1, 2, 3]
    ```
    """

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer: typing.Iterator[ValueT] | None = iter(())

    @abc.abstractmethod
    async def _next_chunk(self) -> typing.Iterator[ValueT] | None:
        """The next chunk of items, or `None` when the source is exhausted."""

    async def __anext__(self) -> ValueT:
        while self._buffer is not None:
            item = next(self._buffer, _NOTHING)
            if item is not _NOTHING:
                return typing.cast("ValueT", item)
            self._buffer = await self._next_chunk()
        _exhausted()


_NOTHING: typing.Final = object()


class FlatLazyIterator(LazyIterator[ValueT], typing.Generic[ValueT]):
    """A lazy iterator over values already in memory; it is a plain iterator too.

    ```python
    assert await FlatLazyIterator([3, 1, 2]).sort() == [1, 2, 3]
    ```
    """

    __slots__ = ("_iter",)

    def __init__(self, values: typing.Iterable[ValueT]) -> None:
        self._iter = iter(values)

    def __iter__(self) -> FlatLazyIterator[ValueT]:
        return self

    def __next__(self) -> ValueT:
        return next(self._iter)

    async def __anext__(self) -> ValueT:
        item = next(self._iter, _NOTHING)
        if item is _NOTHING:
            _exhausted()
        return typing.cast("ValueT", item)


# One private class per operation; each pulls from its source only what its next item needs.


class _Stage(LazyIterator[AnotherValueT], typing.Generic[ValueT, AnotherValueT]):
    __slots__ = ("_source",)

    def __init__(self, source: LazyIterator[ValueT]) -> None:
        self._source = source


class _Mapped(_Stage[ValueT, AnotherValueT]):
    __slots__ = ("_transformation",)

    def __init__(
        self, source: LazyIterator[ValueT], transformation: typing.Callable[[ValueT], AnotherValueT]
    ) -> None:
        super().__init__(source)
        self._transformation = transformation

    async def __anext__(self) -> AnotherValueT:
        return self._transformation(await self._source.__anext__())


class _Filtered(_Stage[ValueT, ValueT]):
    __slots__ = ("_predicate",)

    def __init__(self, source: LazyIterator[ValueT], predicate: _Predicate[ValueT]) -> None:
        super().__init__(source)
        self._predicate = predicate

    async def __anext__(self) -> ValueT:
        while not self._predicate(item := await self._source.__anext__()):
            pass
        return item


class _TakeWhile(_Stage[ValueT, ValueT]):
    __slots__ = ("_done", "_predicate")

    def __init__(self, source: LazyIterator[ValueT], predicate: _Predicate[ValueT]) -> None:
        super().__init__(source)
        self._predicate = predicate
        self._done = False

    async def __anext__(self) -> ValueT:
        if not self._done:
            item = await self._source.__anext__()
            if self._predicate(item):
                return item
            self._done = True  # once an item fails, later ones that pass are not yielded
        _exhausted()


class _SkipWhile(_Stage[ValueT, ValueT]):
    __slots__ = ("_predicate",)

    def __init__(self, source: LazyIterator[ValueT], predicate: _Predicate[ValueT] | None) -> None:
        super().__init__(source)
        self._predicate = predicate

    async def __anext__(self) -> ValueT:
        if self._predicate is None:
            return await self._source.__anext__()
        while self._predicate(item := await self._source.__anext__()):
            pass
        self._predicate = None
        return item


class _Enumerated(_Stage[ValueT, tuple[int, ValueT]]):
    __slots__ = ("_index",)

    def __init__(self, source: LazyIterator[ValueT], start: int) -> None:
        super().__init__(source)
        self._index = start

    async def __anext__(self) -> tuple[int, ValueT]:
        pair = self._index, await self._source.__anext__()
        self._index += 1
        return pair


def _positive(value: int, name: str) -> int:
    if value <= 0:
        raise ValueError(f"{name} must be positive and non-zero")
    return value


class _Limited(_Stage[ValueT, ValueT]):
    __slots__ = ("_left",)

    def __init__(self, source: LazyIterator[ValueT], limit: int) -> None:
        super().__init__(source)
        self._left = _positive(limit, "limit")

    async def __anext__(self) -> ValueT:
        if self._left <= 0:
            _exhausted()  # without reading the source, so no further page is fetched
        item = await self._source.__anext__()
        self._left -= 1
        return item


class _Skipped(_Stage[ValueT, ValueT]):
    __slots__ = ("_to_skip",)

    def __init__(self, source: LazyIterator[ValueT], number: int) -> None:
        super().__init__(source)
        self._to_skip = _positive(number, "number")

    async def __anext__(self) -> ValueT:
        while self._to_skip:
            self._to_skip -= 1
            await self._source.__anext__()
        return await self._source.__anext__()


class _Chunked(_Stage[ValueT, typing.Sequence[ValueT]]):
    __slots__ = ("_size",)

    def __init__(self, source: LazyIterator[ValueT], chunk_size: int) -> None:
        super().__init__(source)
        self._size = chunk_size

    async def __anext__(self) -> typing.Sequence[ValueT]:
        chunk: list[ValueT] = []
        async for item in self._source:
            chunk.append(item)
            if len(chunk) == self._size:
                break
        if not chunk:
            _exhausted()
        return chunk


class _Reversed(_Stage[ValueT, ValueT]):
    __slots__ = ("_items",)

    def __init__(self, source: LazyIterator[ValueT]) -> None:
        super().__init__(source)
        self._items: list[ValueT] | None = None

    async def __anext__(self) -> ValueT:
        if self._items is None:
            self._items = list(await self._source)
        if not self._items:
            _exhausted()
        return self._items.pop()


def _as_async(values: _FlattenerResult[ValueT]) -> typing.AsyncIterator[ValueT]:
    # A lazy iterator is async only (its `__iter__` raises), so the async protocol is tried first.
    if isinstance(values, typing.AsyncIterable):
        return aiter(values)
    return FlatLazyIterator(values)


class _FlatMapped(_Stage[ValueT, AnotherValueT]):
    __slots__ = ("_flattener", "_inner")

    def __init__(
        self,
        source: LazyIterator[ValueT],
        flattener: typing.Callable[[ValueT], _FlattenerResult[AnotherValueT]],
    ) -> None:
        super().__init__(source)
        self._flattener = flattener
        self._inner: typing.AsyncIterator[AnotherValueT] | None = None

    async def __anext__(self) -> AnotherValueT:
        while True:
            if self._inner is not None:
                try:
                    return await anext(self._inner)
                except StopAsyncIteration:
                    self._inner = None
            self._inner = _as_async(self._flattener(await self._source.__anext__()))


class _Awaiting(_Stage[typing.Awaitable[ValueT], ValueT]):
    __slots__ = ("_ready", "_window")

    def __init__(self, source: LazyIterator[typing.Awaitable[ValueT]], window_size: int) -> None:
        super().__init__(source)
        self._window = window_size if window_size > 0 else None
        self._ready: collections.deque[ValueT] = collections.deque()

    async def __anext__(self) -> ValueT:
        if not self._ready:
            import asyncio  # only here: `import hikari_like` does not load asyncio

            self._ready.extend(await asyncio.gather(*await self._next_window()))
        if not self._ready:
            _exhausted()
        return self._ready.popleft()

    async def _next_window(self) -> list[typing.Awaitable[ValueT]]:
        window: list[typing.Awaitable[ValueT]] = []
        while self._window is None or len(window) < self._window:
            try:
                window.append(await self._source.__anext__())
            except StopAsyncIteration:
                break
        return window
