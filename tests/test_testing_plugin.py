"""Issue #21: the opt-in pytest plugin's fixtures, run by a real inner pytest as a user's project
would, in pytest-asyncio's strict mode (the default) and in auto mode."""

from __future__ import annotations

import pathlib
import re

import pytest

pytest_plugins = ["pytester"]

CONFTEST = """
import pytest

from hikari_like import app_commands

pytest_plugins = ["hikari_like.testing.pytest_plugin"]


@pytest.fixture
def client(bot):
    client = app_commands.Client(bot, sync_on_start=False)

    @client.slash("ping", "Answers pong")
    async def ping(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("Pong!")
        await ctx.followup("after the answer")

    return client
"""

TESTS = """
import pytest


async def test_ping(user, discord):  # no asyncio mark: the plugin marks tests using its fixtures
    reply = await user.invoke("ping")
    assert reply.content == "Pong!"
    assert [message.content for message in reply.followups] == ["after the answer"]
    assert discord.received(reply.payload).original.content == "Pong!"
"""


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_fixtures_run_in_both_asyncio_modes(pytester: pytest.Pytester, mode: str) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_bot=TESTS)
    pytester.makeini(f"[pytest]\nasyncio_mode = {mode}\nasyncio_default_fixture_loop_scope = function\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error")
    result.assert_outcomes(passed=1)


DOC = pathlib.Path(__file__).parent.parent / "docs" / "testing.md"


def _doc_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(), flags=re.DOTALL)


def test_the_testing_guide_runs_as_a_project(pytester: pytest.Pytester) -> None:
    """docs/testing.md as a user copies it: its conftest, its test files and its pytest.ini."""
    conftest, *files = _doc_blocks("python")
    assert conftest.startswith("# conftest.py")
    (ini,) = _doc_blocks("ini")
    pytester.makeconftest(conftest)
    pytester.makeini(ini)
    tests = [block for block in files if "async def test_" in block]
    assert len(tests) == len(files)  # every other block on the page is a test someone can run
    pytester.makepyfile(**{f"test_guide_{number}": block for number, block in enumerate(tests)})
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-W", "error")
    result.assert_outcomes(passed=sum(block.count("async def test_") for block in tests))
