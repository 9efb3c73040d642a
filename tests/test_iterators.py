"""`hikari_like.iterators` against `hikari.iterators`: the same scenario, the same outcome.

Each scenario runs once on hikari's iterators and once on ours, and both outcomes must equal the
expected one; that is the compatibility proof. Where hikari's code does something its own
documentation says it does not, the last tests pin both behaviours and say which we follow.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
import typing

import hikari.iterators
import pytest

from hikari_like import iterators

Library = types.ModuleType
Scenario = typing.Callable[[Library], typing.Awaitable[object]]

LIBRARIES = [pytest.param(hikari.iterators, id="hikari"), pytest.param(iterators, id="hikari_like")]


@dataclasses.dataclass
class Item:
    name: str
    size: int
    flag: bool
    tags: list[str] = dataclasses.field(default_factory=list)

    @property
    def inner(self) -> Item:
        return self


ITEMS = [Item("a", 3, True, ["x"]), Item("b", 1, False, []), Item("c", 2, True, ["y", "z"])]


def flat(library: Library, values: typing.Iterable[typing.Any] = range(1, 6)) -> typing.Any:
    return library.FlatLazyIterator(list(values))


async def outcome(action: typing.Awaitable[object]) -> object:
    """The result, or the error's type and message without the library's module path."""
    try:
        return await action
    except (Exception, StopAsyncIteration) as error:
        # The class in a message is private to each library: `<lib>.<class>` stands for it.
        return type(error).__name__, re.sub(r"hikari(_like)?\.iterators\.\w+", "<iterator>", str(error))


async def collected(action: typing.Any) -> object:
    return [item async for item in action]


async def async_double(value: int) -> int:
    return value * 2


async def async_values(value: int) -> typing.AsyncIterator[int]:
    for index in range(value):
        yield index


async def calling(action: typing.Callable[[], object]) -> object:
    """`action()`, for the errors raised when a method is called rather than awaited."""
    return action()


async def for_each_sync(library: Library) -> object:
    seen: list[int] = []
    await flat(library).for_each(seen.append)
    return seen


async def for_each_async(library: Library) -> object:
    seen: list[int] = []

    async def consume(value: int) -> None:
        seen.append(value)

    await flat(library).for_each(consume)
    return seen


async def next_then_rest(library: Library) -> object:
    iterator = flat(library)
    first = await iterator.next()
    return first, await iterator


async def next_on_empty(library: Library) -> object:
    return await flat(library, []).next()


async def exhausted(library: Library) -> object:
    return await flat(library, []).__anext__()


async def all_operators(library: Library) -> object:
    condition = library.All([lambda v: v > 1, lambda v: v < 4])
    joined = condition | library.All([lambda v: v % 2 == 0])
    return (
        [condition(v) for v in range(5)],
        [(~condition)(v) for v in range(5)],
        bool(condition),
        bool(library.All([])),
        [joined(v) for v in range(5)],
    )


async def all_or_non_all(library: Library) -> object:
    return library.All([]) | (lambda v: True)


async def comparator(library: Library) -> object:
    plain = library.AttrComparator("inner.size", 3)
    cast = library.AttrComparator("name", "A", str.upper)
    method = library.AttrComparator("name.isalpha()", True)
    negated = library.AttrComparator("!flag", False)
    return [(plain(i), cast(i), method(i), negated(i)) for i in ITEMS]


async def pages_read_by_limit(library: Library) -> object:
    fetched: list[int] = []

    class Pages(library.BufferedLazyIterator):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            super().__init__()
            self._pages = [[1, 2], [3, 4], [5, 6]]

        async def _next_chunk(self) -> typing.Any:
            if not self._pages:
                return None
            fetched.append(len(fetched))
            return (value for value in self._pages.pop(0))

    return await Pages().limit(3), fetched


SCENARIOS: dict[str, tuple[Scenario, object]] = {
    "async for": (lambda lib: collected(flat(lib)), [1, 2, 3, 4, 5]),
    "await": (flat, [1, 2, 3, 4, 5]),
    "for on a lazy iterator": (
        lambda lib: calling(lambda: iter(flat(lib).map(str))),
        ("TypeError", "<iterator> is an async-only iterator, did you mean 'async for'?"),
    ),
    "next() builtin": (
        lambda lib: calling(lambda: next(flat(lib).map(str))),
        ("TypeError", "<iterator> is async-only, did you mean 'async for' or `anext`?"),
    ),
    "chunk": (lambda lib: flat(lib).chunk(2), [[1, 2], [3, 4], [5]]),
    "map callable": (lambda lib: flat(lib).map(lambda v: v * 10), [10, 20, 30, 40, 50]),
    "map attribute path": (lambda lib: flat(lib, ITEMS).map("inner.name"), ["a", "b", "c"]),
    "map dotted, method and negation": (
        lambda lib: flat(lib, ITEMS).map(".name.upper()"),
        ["A", "B", "C"],
    ),
    "map negated path": (lambda lib: flat(lib, ITEMS).map("!.flag"), [False, True, False]),
    "map negated step": (lambda lib: flat(lib, ITEMS).map("inner.!flag"), [False, True, False]),
    "for_each": (for_each_sync, [1, 2, 3, 4, 5]),
    "for_each coroutine": (for_each_async, [1, 2, 3, 4, 5]),
    "filter predicate": (lambda lib: flat(lib).filter(lambda v: v % 2), [1, 3, 5]),
    "filter predicates all hold": (lambda lib: flat(lib).filter(lambda v: v > 1, lambda v: v < 4), [2, 3]),
    "filter pair": (lambda lib: flat(lib, ITEMS).filter(("inner.size", 1)).map("name"), ["b"]),
    "filter keyword": (lambda lib: flat(lib, ITEMS).filter(flag=True).map("name"), ["a", "c"]),
    "filter bare attribute": (lambda lib: flat(lib, ITEMS).filter("flag").map("name"), ["a", "c"]),
    "filter mixed": (lambda lib: flat(lib, ITEMS).filter(("size", 2), flag=True).map("name"), ["c"]),
    "filter without conditions": (
        lambda lib: calling(lambda: flat(lib).filter()),
        ("TypeError", "You should provide at least one predicate to filter()"),
    ),
    "take_while": (lambda lib: flat(lib).take_while(lambda v: v < 3), [1, 2]),
    "take_while keyword": (lambda lib: flat(lib, ITEMS).take_while(flag=True).map("name"), ["a"]),
    "take_until": (lambda lib: flat(lib).take_until(lambda v: v >= 3), [1, 2]),
    "take_until without conditions": (
        lambda lib: calling(lambda: flat(lib).take_until()),
        ("TypeError", "You should provide at least one predicate to take_until()"),
    ),
    "enumerate": (lambda lib: flat(lib, "ab").enumerate(), [(0, "a"), (1, "b")]),
    "enumerate from 9, limited": (
        lambda lib: flat(lib).enumerate(start=9).limit(3),
        [(9, 1), (10, 2), (11, 3)],
    ),
    "limit": (lambda lib: flat(lib).limit(2), [1, 2]),
    "limit above the length": (lambda lib: flat(lib).limit(50), [1, 2, 3, 4, 5]),
    "limit zero": (
        lambda lib: calling(lambda: flat(lib).limit(0)),
        ("ValueError", "limit must be positive and non-zero"),
    ),
    "skip": (lambda lib: flat(lib).skip(2), [3, 4, 5]),
    "skip everything": (lambda lib: flat(lib).skip(9), []),
    "skip zero": (
        lambda lib: calling(lambda: flat(lib).skip(0)),
        ("ValueError", "number must be positive and non-zero"),
    ),
    "next": (next_then_rest, (1, [2, 3, 4, 5])),
    "next when empty": (lambda lib: outcome(next_on_empty(lib)), ("LookupError", "No elements were found")),
    "exhausted": (
        lambda lib: outcome(exhausted(lib)),
        ("StopAsyncIteration", "No more items exist in this iterator. It has been exhausted."),
    ),
    "last": (lambda lib: flat(lib).last(), 5),
    "last when empty": (lambda lib: outcome(flat(lib, []).last()), ("LookupError", "No elements were found")),
    "reversed": (lambda lib: flat(lib).reversed(), [5, 4, 3, 2, 1]),
    "reversed after skip": (lambda lib: flat(lib).skip(3).reversed(), [5, 4]),
    "sort": (lambda lib: flat(lib, [3, 1, 2]).sort(), [1, 2, 3]),
    "sort key reverse": (
        lambda lib: flat(lib, ITEMS).sort(key=lambda i: i.size, reverse=True),
        [ITEMS[0], ITEMS[2], ITEMS[1]],
    ),
    "collect": (lambda lib: flat(lib, [1, 2, 2]).collect(frozenset), frozenset({1, 2})),
    "count": (lambda lib: flat(lib).count(), 5),
    "count empty": (lambda lib: flat(lib, []).count(), 0),
    "flat_map to lists": (lambda lib: flat(lib, ITEMS).flat_map(lambda i: i.tags), ["x", "y", "z"]),
    "flat_map to async generators": (
        lambda lib: flat(lib, [1, 2, 3]).flat_map(async_values),
        [0, 0, 1, 0, 1, 2],
    ),
    "flat_map to flat lazy iterators": (
        lambda lib: flat(lib, [2, 1]).flat_map(lambda v: lib.FlatLazyIterator(range(v))),
        [0, 1, 0],
    ),
    "flatten": (lambda lib: flat(lib, [[1, 2], [], [3]]).flatten(), [1, 2, 3]),
    "chunk then flatten": (lambda lib: flat(lib).chunk(2).flatten(), [1, 2, 3, 4, 5]),
    "awaiting": (lambda lib: flat(lib, [async_double(v) for v in range(5)]).awaiting(2), [0, 2, 4, 6, 8]),
    "awaiting all at once": (
        lambda lib: flat(lib, [async_double(v) for v in range(3)]).awaiting(0),
        [0, 2, 4],
    ),
    "awaiting mapped": (lambda lib: flat(lib, [1, 2]).map(async_double).awaiting(), [2, 4]),
    "All": (
        all_operators,
        (
            [False, False, True, True, False],
            [True, True, False, False, True],
            True,
            False,
            [False, False, True, False, False],
        ),
    ),
    "All or something else": (
        lambda lib: outcome(all_or_non_all(lib)),
        ("TypeError", "unsupported operand type(s) for |: 'All' and 'function'"),
    ),
    "AttrComparator": (
        comparator,
        [(True, True, True, True), (False, False, True, False), (False, False, True, True)],
    ),
    "buffered pages are read only as needed": (pages_read_by_limit, ([1, 2, 3], [0, 1])),
    "flat iterator is a plain iterator too": (lambda lib: _sync_list(flat(lib, "ab")), ["a", "b"]),
}


async def _sync_list(values: typing.Iterable[object]) -> object:
    return list(values)


@pytest.mark.parametrize("library", LIBRARIES)
@pytest.mark.parametrize(("scenario", "expected"), SCENARIOS.values(), ids=SCENARIOS.keys())
async def test_same_outcome_as_hikari(library: Library, scenario: Scenario, expected: object) -> None:
    result = await outcome(scenario(library))

    assert result == expected


def test_the_names_and_signatures_are_hikaris() -> None:
    assert sorted(iterators.__all__) == sorted(hikari.iterators.__all__)
    for name in hikari.iterators.__all__:
        ours, theirs = getattr(iterators, name), getattr(hikari.iterators, name)
        public = [member for member in vars(theirs) if not member.startswith("_") or member == "__init__"]
        for member in public:
            if callable(getattr(theirs, member)):
                assert _parameters(getattr(ours, member)) == _parameters(getattr(theirs, member)), (
                    name,
                    member,
                )


def _parameters(function: typing.Callable[..., object]) -> list[tuple[str, object, bool]]:
    return [
        (p.name, p.kind, p.default is inspect.Parameter.empty)
        for p in inspect.signature(function).parameters.values()
    ]


# Where hikari 2.7's code and its documentation disagree, we follow the documentation.


async def test_skip_while_drops_items_while_they_match_as_documented() -> None:
    values = [1, 2, 3, 1, 5]

    ours = await iterators.FlatLazyIterator(values).skip_while(lambda v: v < 3)
    theirs = await hikari.iterators.FlatLazyIterator(values).skip_while(lambda v: v < 3)

    assert ours == [3, 1, 5]  # as `itertools.dropwhile`, and hikari's docstring
    assert theirs == [1, 2, 3, 1, 5]  # hikari 2.7 drops while the condition is false instead


async def test_skip_until_drops_items_until_one_matches_as_documented() -> None:
    values = [1, 2, 3, 1, 5]

    ours = await iterators.FlatLazyIterator(values).skip_until(lambda v: v >= 3)
    theirs = await hikari.iterators.FlatLazyIterator(values).skip_until(lambda v: v >= 3)

    assert ours == [3, 1, 5]
    assert theirs == [1, 2, 3, 1, 5]


async def test_skip_while_with_attribute_conditions() -> None:
    names: typing.Sequence[str] = await iterators.FlatLazyIterator(ITEMS).skip_while(flag=True).map("name")

    assert names == ["b", "c"]


async def test_flat_map_takes_an_attribute_path_as_documented() -> None:
    tags: typing.Sequence[str] = await iterators.FlatLazyIterator(ITEMS).flat_map("inner.tags")

    assert tags == ["x", "y", "z"]
    with pytest.raises(TypeError, match="not callable"):
        await hikari.iterators.FlatLazyIterator(ITEMS).flat_map("inner.tags")


async def test_flat_map_to_any_lazy_iterator() -> None:
    # hikari takes every lazy iterator for a plain iterable, and only its flat one is one.
    values = await iterators.FlatLazyIterator([1, 2]).flat_map(
        lambda v: iterators.FlatLazyIterator(range(v)).map(str)
    )

    assert values == ["0", "0", "1"]


# Laziness: each stage pulls only what its next item needs.


class CountingPages(iterators.BufferedLazyIterator[int]):
    """Pages of two, counting the pages fetched and the items made."""

    def __init__(self, pages: list[list[int]]) -> None:
        super().__init__()
        self.pages = pages
        self.fetched = 0
        self.made: list[int] = []

    async def _next_chunk(self) -> typing.Iterator[int] | None:
        if self.fetched == len(self.pages):
            return None
        self.fetched += 1
        return self._make(self.pages[self.fetched - 1])

    def _make(self, page: list[int]) -> typing.Iterator[int]:
        for value in page:
            self.made.append(value)
            yield value


async def test_an_empty_chunk_is_skipped() -> None:
    pages = CountingPages([[1], [], [2, 3], []])

    assert await pages == [1, 2, 3]
    assert pages.fetched == 4


async def test_limit_reads_only_the_pages_it_needs_and_makes_only_the_items_it_yields() -> None:
    pages = CountingPages([[1, 2], [3, 4], [5, 6]])

    assert await pages.map(lambda v: v * 10).limit(3) == [10, 20, 30]
    assert pages.fetched == 2
    assert pages.made == [1, 2, 3]


async def test_nothing_is_fetched_until_the_iterator_is_read() -> None:
    pages = CountingPages([[1, 2]])

    chained = pages.filter(lambda v: v > 1).enumerate().chunk(5)

    assert pages.fetched == 0
    assert await chained.next() == [(0, 2)]


async def test_take_while_stops_at_the_first_item_that_fails() -> None:
    pages = CountingPages([[1, 5], [1, 2]])

    taken = pages.take_while(lambda v: v < 3)

    assert await taken == [1]
    assert await taken.count() == 0  # a later item that passes is not yielded
    assert pages.fetched == 1


async def test_awaiting_awaits_one_window_at_a_time() -> None:
    started: list[int] = []

    async def job(value: int) -> int:
        started.append(value)
        return value

    # Typed as hikari types it: the awaited values keep the awaitables' type.
    results = typing.cast(
        "iterators.LazyIterator[int]", iterators.FlatLazyIterator(range(5)).map(job).awaiting(window_size=2)
    )

    assert await results.next() == 0
    assert started == [0, 1]
    assert await results == [1, 2, 3, 4]
