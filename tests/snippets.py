"""Find the fenced Python blocks of README.md and docs/**/*.md, and turn each page into a module
that mypy can check, with a map from the module's lines back to the page's.

The conventions a page can use (HTML comments, so they do not render):

- `<!-- snippet-setup ... -->`: Python lines (imports, annotated names such as `bot: hikari.RESTBot`)
  that the page's blocks use without defining. They become the module's top lines.
- `<!-- snippet: skip — reason -->` directly above a block: the block is not checked. The reason
  is required.
- A block whose first line names a file (`# bot.py`) is checked with the page's other blocks
  all the same: the pages show such files as parts of one program. (A page whose files import
  each other needs a test of its own, as docs/commands.md has.)
"""

from __future__ import annotations

__all__ = ["ROOT", "Block", "Page", "collect", "module_of"]

import pathlib
import re
import typing

import attrs

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
_FENCE: typing.Final = re.compile(r"^(?P<indent>[ \t]*)```(?P<language>[\w+-]*)[ \t]*$")
_SETUP: typing.Final = re.compile(r"<!--\s*snippet-setup\n(?P<code>.*?)-->", re.DOTALL)
_SKIP: typing.Final = re.compile(r"<!--\s*snippet:\s*skip\s*[—-]+\s*(?P<reason>\S.*?)\s*-->")
# A page may show one name in two examples (a bot, then another kind of bot; two versions of
# a listener), and use the setup's `bot` before an example makes its own: each use is checked
# against the definition before it.
_MODULE_CONFIG: typing.Final = '# mypy: allow-redefinition, disable-error-code="no-redef, used-before-def"'


@attrs.frozen
class Block:
    """One fenced Python block: where it starts (the line after the fence) and its code."""

    line: int
    code: str
    skip_reason: str | None = None


@attrs.frozen
class Page:
    """A markdown page's Python blocks and its hidden setup code."""

    path: pathlib.Path
    blocks: list[Block]
    setup: list[tuple[int, str]]
    """Each setup comment's first code line and its code."""

    @property
    def name(self) -> str:
        """The page's path from the repository root (`docs/rest.md`)."""
        return self.path.relative_to(ROOT).as_posix()


def collect(root: pathlib.Path = ROOT) -> list[Page]:
    """Every page with Python blocks or setup: README.md, then docs/**/*.md in path order."""
    paths = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    pages = [_read(path) for path in paths if path.is_file()]
    return [page for page in pages if page.blocks or page.setup]


def _read(path: pathlib.Path) -> Page:
    text = path.read_text(encoding="utf-8")
    setup = [(text.count("\n", 0, found.start("code")) + 1, found["code"]) for found in _SETUP.finditer(text)]
    return Page(path=path, blocks=list(_python_blocks(text.splitlines())), setup=setup)


def _python_blocks(lines: list[str]) -> typing.Iterator[Block]:
    index = 0
    while index < len(lines):
        opened = _FENCE.match(lines[index])
        if opened is None:
            index += 1
            continue
        end = _closing_fence(lines, index + 1, opened["indent"])
        if opened["language"] == "python":
            indent = len(opened["indent"])
            code = "".join(line[indent:] + "\n" for line in lines[index + 1 : end])
            yield Block(line=index + 2, code=code, skip_reason=_skip_reason(lines, index))
        index = end + 1


def _closing_fence(lines: list[str], start: int, indent: str) -> int:
    for index in range(start, len(lines)):
        if lines[index].strip() == "```" and lines[index].startswith(indent):
            return index
    return len(lines)


def _skip_reason(lines: list[str], fence: int) -> str | None:
    above = fence - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    found = _SKIP.fullmatch(lines[above].strip()) if above >= 0 else None
    return None if found is None else found["reason"]


def module_of(page: Page) -> tuple[str, list[tuple[str, int] | None]]:
    """The page as one module, and for each of its lines the page line it came from.

    The setup code comes first, at the top level; then every checked block, in order, as the body
    of one `async def`, so a top-level `await` or `async with` is checked as written and a name a
    block defines is seen by the blocks after it.
    """
    lines: list[str] = [_MODULE_CONFIG, "from __future__ import annotations"]
    origins: list[tuple[str, int] | None] = [None, None]
    for first, code in page.setup:
        for offset, line in enumerate(code.splitlines()):
            lines.append(line)
            origins.append((page.name, first + offset))
    lines.append("async def _page() -> None:")
    origins.append(None)
    for block in page.blocks:
        if block.skip_reason is not None:
            continue
        for offset, line in enumerate(block.code.splitlines()):
            lines.append(f"    {line}" if line.strip() else "")
            origins.append((page.name, block.line + offset))
    lines.append("    pass")
    origins.append(None)
    return "\n".join(lines) + "\n", origins
