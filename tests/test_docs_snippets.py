"""Every fenced Python block in README.md and docs/**/*.md is type-checked or run by a test.

How a page's blocks are checked (`tests/snippets.py` reads the pages):

- Each page becomes one module: its hidden setup first, then all its blocks in order as the
  body of one `async def` (so a top-level `await` type-checks), and one mypy run (the project's
  strict `mypy.ini`) checks every page at once. An error names the page and its line.
- A page says what its blocks use without defining in a hidden comment, before the blocks:

      <!-- snippet-setup
      import hikari_like as hikari
      bot: hikari.RESTBot
      -->

- `<!-- snippet: skip — reason -->` directly above a block leaves it out; the reason is required.
- A block whose first line names a file (`# bot.py`) is checked as part of the page's program;
  console, shell and other non-Python blocks are not checked.
- `DELEGATED` pages are type-checked by their own test instead (commands.md marks the mistakes
  mypy must find); `EXECUTED` pages are also run by their own tests. Both tables name tests
  that must exist.

The error handler in the listeners guide is also run: a component and an autocomplete
interaction whose listeners raise get its answers through the emulated Discord.
"""

from __future__ import annotations

import ast
import logging
import pathlib
import re
import time
import typing

import pytest

import hikari_like as hikari
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests import snippets

DELEGATED: typing.Final = {
    "docs/commands.md": (
        "tests/test_commands_docs.py::test_mypy_finds_exactly_the_mistakes_the_page_marks_and_none_in_the_readme"
    ),
}
"""Pages whose own test type-checks their blocks (with the errors the page marks `# mypy:`)."""

EXECUTED: typing.Final = {
    "docs/answers.md": "tests/test_answers_docs.py::test_the_examples_answer_as_documented",
    "docs/channels.md": "tests/test_channels_docs.py::test_the_examples_run_and_do_what_the_page_says",
    "docs/commands.md": "tests/test_commands_docs.py::test_the_pages_bot_answers_as_the_page_says",
    "docs/modals.md": "tests/test_modal_components.py::test_the_docs_examples_run",
    "docs/rest.md": "tests/test_iterators_docs.py::test_the_examples_run",
}
"""Pages whose blocks their own test also runs (they are type-checked here all the same)."""

PAGES: typing.Final = snippets.collect()
EPHEMERAL: typing.Final = int(hikari.MessageFlag.EPHEMERAL)


def _test_exists(test: str) -> bool:
    path, name = test.split("::")
    tree = ast.parse((snippets.ROOT / path).read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name for node in tree.body
    )


@pytest.mark.parametrize("test", sorted({*DELEGATED.values(), *EXECUTED.values()}))
def test_the_tests_the_tables_name_exist(test: str) -> None:
    assert _test_exists(test), test


def test_every_skip_gives_a_reason_and_skips_are_rare() -> None:
    blocks = [block for page in PAGES for block in page.blocks]
    skipped = [block for block in blocks if block.skip_reason is not None]
    assert len(blocks) > 50
    assert len(skipped) <= len(blocks) // 20, skipped


def test_a_skip_comment_names_its_reason(tmp_path: pathlib.Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text("<!-- snippet: skip — needs a GPU -->\n\n```python\nx = 1\n```\n")
    (page,) = snippets.collect(tmp_path)
    assert page.blocks == [snippets.Block(line=4, code="x = 1\n", skip_reason="needs a GPU")]


def test_a_skip_comment_without_a_reason_is_not_a_skip(tmp_path: pathlib.Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text("<!-- snippet: skip -->\n```python\nx = 1\n```\n")
    (page,) = snippets.collect(tmp_path)
    assert page.blocks == [snippets.Block(line=3, code="x = 1\n")]


def test_a_page_becomes_a_module_that_names_its_lines(tmp_path: pathlib.Path) -> None:
    (tmp_path / "docs").mkdir()
    text = "<!-- snippet-setup\nimport os\n-->\n\n```python\nprint(os.sep)\n```\n\n```sh\nls\n```\n"
    (tmp_path / "docs" / "a.md").write_text(text)
    (page,) = snippets.collect(tmp_path)
    page = snippets.Page(path=snippets.ROOT / "docs" / "a.md", blocks=page.blocks, setup=page.setup)
    module, origins = snippets.module_of(page)
    lines = module.splitlines()
    assert (lines[2], origins[2]) == ("import os", ("docs/a.md", 2))
    assert (lines[4], origins[4]) == ("    print(os.sep)", ("docs/a.md", 6))


def _mypy_errors(folder: pathlib.Path, checked: list[snippets.Page]) -> list[str]:
    from mypy import api

    origins: dict[str, list[tuple[str, int] | None]] = {}
    for number, page in enumerate(checked):
        module, origins[f"page_{number}.py"] = snippets.module_of(page)
        (folder / f"page_{number}.py").write_text(module, encoding="utf-8")
    config = ["--config-file", str(snippets.ROOT / "mypy.ini"), "--cache-dir", str(folder / ".cache")]
    out, err, _ = api.run([*config, "--no-error-summary", *(str(folder / name) for name in origins)])
    assert not err, err
    errors = []
    for row in out.splitlines():
        found = re.match(r"(?:.*[/\\])?(page_\d+\.py):(\d+): (.*)", row)
        if found is not None:
            origin = origins[found[1]][int(found[2]) - 1]
            errors.append(f"{origin[0]}:{origin[1]}: {found[3]}" if origin else row)
    return errors


MISTAKE: typing.Final = snippets.Page(
    path=snippets.ROOT / "mistake.md",
    blocks=[
        snippets.Block(
            line=10,
            code=(
                "async def on_error(\n"
                "    interaction: hikari.PartialInteraction, exception: Exception\n"
                ") -> hikari.api.InteractionResponseBuilder | None:\n"
                "    return interaction.build_response()\n"
            ),
        )
    ],
    setup=[(1, "import hikari_like as hikari")],
)
"""The README's old error handler, typed: the same mypy run must catch it (a check of the checker)."""


@pytest.mark.slow
def test_every_block_type_checks(tmp_path: pathlib.Path) -> None:
    checked = [page for page in PAGES if page.name not in DELEGATED]
    started = time.monotonic()
    errors = _mypy_errors(tmp_path, [*checked, MISTAKE])
    logging.getLogger(__name__).info("mypy over %d pages: %.1f s", len(checked), time.monotonic() - started)
    caught = [error for error in errors if error.startswith("mistake.md:13: ")]
    assert any('"PartialInteraction" has no attribute "build_response"' in error for error in caught), errors
    assert not [error for error in errors if error not in caught], "\n".join(errors)


# -- the error handler of the listeners guide runs ---------------------------------------------------


HANDLERS: typing.Final = {
    f"{page.name}:{block.line}": block.code
    for page in PAGES
    for block in page.blocks
    if re.search(r"def on_error\(\s*interaction\b", block.code)
}
"""Each copy of the guide's error handler (README and the listeners page show it), by its place."""


def _error_handler(where: str) -> typing.Any:
    """`on_error` as the block at `where` defines it."""
    namespace: dict[str, typing.Any] = {"hikari": hikari}
    exec(compile(HANDLERS[where], where, "exec"), namespace)
    return namespace["on_error"]


def test_the_guide_shows_its_error_handler() -> None:
    assert HANDLERS


async def _raise(interaction: typing.Any) -> None:
    raise RuntimeError("the listener failed")


@pytest.mark.parametrize(
    ("payload", "answer"),
    [
        (payloads.button_press("vote"), (4, "Something went wrong.", EPHEMERAL)),
        (payloads.slash_command("ping"), (4, "Something went wrong.", EPHEMERAL)),
        (payloads.autocomplete("tag", [payloads.option("name", "f", focused=True)]), (8, None, 0)),
    ],
    ids=["component", "command", "autocomplete"],
)
@pytest.mark.parametrize("where", sorted(HANDLERS))
async def test_the_error_handler_answers_each_kind(
    where: str,
    bot: hikari.RESTBot,
    discord: EmulatedDiscord,
    caplog: pytest.LogCaptureFixture,
    payload: dict[str, typing.Any],
    answer: tuple[int, str | None, int],
) -> None:
    bot.set_listener(hikari.CommandInteraction, _raise)
    bot.set_listener(hikari.ComponentInteraction, _raise)
    bot.set_listener(hikari.AutocompleteInteraction, _raise)
    bot.set_error_handler(_error_handler(where))

    response = await discord.send_interaction(bot.interaction_server.urls[0], payload)

    assert response.status == 200, response.body
    data = response.json().get("data") or {}
    assert (response.json()["type"], data.get("content"), data.get("flags", 0)) == answer
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
