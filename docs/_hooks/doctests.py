"""A griffe extension: doctest lines in a docstring render as code on the site.

Docstrings show examples as `>>>` lines, in prose or under `Example:`. Markdown would read
them as nested quotes, and text such as `messages[id][0]` as a reference link. This wraps each
run of `>>>` lines, with their `...` continuations and printed output, in a `pycon` fence
before mkdocstrings parses the docstring.
"""

from __future__ import annotations

import re
import typing

import griffe

__all__ = ["DoctestFences"]

# A `>>>` line and everything after it up to a blank line or a dedent below it.
_SESSION = re.compile(
    r"^(?P<indent>[ \t]*)>>>.*?(?=\n[ \t]*\n|\n(?!(?P=indent))|\Z)", re.MULTILINE | re.DOTALL
)


def _fenced(match: re.Match[str]) -> str:
    indent = match.group("indent")
    return f"{indent}```pycon\n{match.group(0)}\n{indent}```"


class DoctestFences(griffe.Extension):
    """Fence the doctest sessions of every docstring griffe loads."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: typing.Any) -> None:
        """Rewrite `obj`'s docstring in place (it is parsed later, when rendered)."""
        docstring = obj.docstring
        if docstring is not None and ">>>" in docstring.value and "```" not in docstring.value:
            docstring.value = _SESSION.sub(_fenced, docstring.value)
