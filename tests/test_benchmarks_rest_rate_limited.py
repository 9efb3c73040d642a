"""The rate-limited loads of `python -m benchmarks rest` run end to end (small; no speed is asserted)."""

from __future__ import annotations

import pytest

from benchmarks import rest


async def test_a_small_rate_limited_load_runs_and_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    load = rest.RateLimited(name="tiny", channels=2, messages=12, gets=2, target=0.9)

    run = await rest.run_rate_limited(load)
    rest.report_rate_limited([run])

    assert run.rate_limited == 0
    assert run.elapsed > 0
    assert load.allowed == 20.0  # 2 channels x 5 per 0.5 s
    assert "tiny" in capsys.readouterr().out
