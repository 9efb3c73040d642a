"""docs/rest.md's "Paginated endpoints": every example runs as written, over in-memory results."""

from __future__ import annotations

import ast
import pathlib
import re
import types
import typing

from hikari_like import iterators

PAGE: typing.Final = pathlib.Path(__file__).parent.parent / "docs" / "rest.md"


def _blocks() -> list[str]:
    """The Python blocks of the "Paginated endpoints" section (the page's other sections talk
    to the emulated Discord; tests/test_docs_snippets.py type-checks them)."""
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("## Paginated endpoints", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def _member(index: int) -> types.SimpleNamespace:
    user = types.SimpleNamespace(is_bot=index % 2 == 0, username=f"user{index}")
    return types.SimpleNamespace(user=user, display_name=f"User {index}", role_ids=[index % 3])


class FakeRest:
    """The endpoints the page uses, returning lazy iterators over values in memory."""

    def fetch_members(self, guild: object) -> iterators.LazyIterator[types.SimpleNamespace]:
        return iterators.FlatLazyIterator(_member(index) for index in range(120))

    def fetch_messages(self, channel: object) -> iterators.LazyIterator[str]:
        return iterators.FlatLazyIterator(["hi", "there"])

    def fetch_bans(self, guild: object, *, newest_first: bool = False) -> iterators.LazyIterator[str]:
        return iterators.FlatLazyIterator(["ban"])


async def test_the_examples_run() -> None:
    stored: list[object] = []

    async def store(batch: object) -> None:
        stored.append(batch)

    namespace: dict[str, object] = {
        "rest": FakeRest(),
        "guild": 1,
        "channel": 2,
        "store": store,
        "print": lambda *args: None,
    }
    blocks = _blocks()
    assert len(blocks) == 2
    for block in blocks:
        code = compile(block, str(PAGE), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(code, namespace)
        if result is not None:
            await result

    assert namespace["bot_names"] == [f"user{index}" for index in range(0, 20, 2)]
    assert len(typing.cast("list[object]", namespace["members"])) == 120
    assert len(typing.cast("list[object]", namespace["first"])) == 100
    assert namespace["role_ids"] == frozenset({0, 1, 2})
    assert namespace["newest_ban"] == "ban"
    assert [len(typing.cast("list[object]", batch)) for batch in stored] == [50, 50, 20]
