"""A page on the site for each program in `examples/`.

Guide pages link the example programs as `../examples/name.py`, which works on GitHub. The site
has no such files, so this hook generates `examples/name.md` (the program's source) and an
index, and points those links at them.
"""

from __future__ import annotations

import pathlib
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

__all__ = ["on_files", "on_page_markdown"]

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"
# `](../examples)`, `](../examples/)` and `](../examples/name.py)`, from a page at the top of docs/.
_LINK = re.compile(r"\]\(\.\./examples/?([\w-]+\.py)?\)")


def _programs() -> list[pathlib.Path]:
    return sorted(path for path in EXAMPLES.glob("*.py") if not path.name.startswith("_"))


def _program_page(program: pathlib.Path) -> str:
    return f"# examples/{program.name}\n\n```python\n{program.read_text(encoding='utf-8')}```\n"


def _index_page() -> str:
    lines = [f"- [`{program.name}`]({program.stem}.md)" for program in _programs()]
    return (
        "# Examples\n\nEach program runs against Discord; its docstring says how.\n\n"
        + "\n".join(lines)
        + "\n"
    )


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated example pages to the site's files."""
    for program in _programs():
        files.append(File.generated(config, f"examples/{program.stem}.md", content=_program_page(program)))
    files.append(File.generated(config, "examples/index.md", content=_index_page()))
    return files


def _site_link(match: re.Match[str]) -> str:
    program = match.group(1)
    return f"](examples/{program.removesuffix('.py')}.md)" if program else "](examples/index.md)"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Point a top-level page's links to `../examples/...` at the generated pages."""
    if "/" in page.file.src_uri:
        return markdown
    return _LINK.sub(_site_link, markdown)
