"""The README's first command: the demo passes and says what happened."""

from __future__ import annotations

import pytest

from hikari_like.__main__ import main
from hikari_like.demo import run_demo


async def test_demo_passes_every_step() -> None:
    lines: list[str] = []

    assert await run_demo(lines.append)

    transcript = "\n".join(lines)
    assert "8 of 8 steps behaved as expected" in transcript
    assert "401" in transcript  # the forged request was refused
    assert "AUTOCOMPLETE choices: faq, fanart" in transcript


def test_version_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])

    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("hikari_like ")
