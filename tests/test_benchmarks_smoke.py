"""Each benchmark runs end to end with tiny counts (no timing is asserted: benchmarks are not tests)."""

from __future__ import annotations

import asyncio
import pathlib

import pytest

from benchmarks import __main__ as benchmarks_main
from benchmarks import _chart
from benchmarks import _loadgen
from benchmarks import core
from benchmarks import e2e
from benchmarks import imports
from benchmarks import memory
from benchmarks import rest


def test_every_benchmark_is_listed() -> None:
    assert benchmarks_main.available() == [
        "core",
        "e2e",
        "imports",
        "memory",
        "parity",
        "redis_store",
        "rest",
    ]


def test_e2e_serves_every_contestant_with_200s(capsys: pytest.CaptureFixture[str]) -> None:
    settings = e2e.Settings(rounds=1, duration=0.3, warm_up=0, connections=2, use_wrk=False)

    tallies = e2e.run(settings)
    e2e.report(tallies, settings)

    assert set(tallies) == set(settings.contestants)
    for name, tally in tallies.items():
        assert tally.runs[0].requests > 0, name
        assert tally.failures == 0, name
    assert "hikari_like RESTBot / hikari RESTBot" in capsys.readouterr().out


@pytest.mark.skipif(not _loadgen.wrk_available(), reason="wrk is not installed")
def test_wrk_load_is_parsed() -> None:
    settings = e2e.Settings(rounds=1, duration=1, warm_up=0, connections=2, contestants=("floor (ASGI)",))

    tally = e2e.run(settings)["floor (ASGI)"]

    assert tally.runs[0].requests > 0
    assert tally.failures == 0


async def test_core_every_variant_answers() -> None:
    costs = await core.run(core.Settings(interactions=20, rounds=1))

    assert len(costs) == 6  # four variants, the replay guard, metrics on
    assert all(micros > 0 for micros in costs.values())
    core.report(costs, core._stage_costs(20))


async def test_core_compares_the_command_layer_with_bare_listeners() -> None:
    costs = await core._router_costs(core.Settings(interactions=20, rounds=1))

    assert len(costs) == 4
    assert all(micros > 0 for micros in costs.values())
    core.report_router(costs)


def test_imports_measures_both_libraries() -> None:
    medians = imports.run(imports.Settings(rounds=1, warm_up=False))

    assert set(medians) == set(imports.STATEMENTS)
    imports.report(medians)


def test_memory_reads_rss_of_both_libraries() -> None:
    settings = memory.Settings(interactions=200, baseline_after=100)

    results = memory.run(settings)

    assert set(results) == set(memory.LIBRARIES)
    assert all(baseline > 0 and end > 0 for baseline, end in results.values())


def test_rest_runs_with_tiny_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "ROUNDS": 1,
        "SEQUENTIAL_REQUESTS": 5,
        "CONCURRENT_REQUESTS": 10,
        "IN_FLIGHT": 2,
    }.items():
        monkeypatch.setattr(rest, name, value)
    monkeypatch.setattr(rest, "WARM_UP_REQUESTS", 2)

    with rest._emulator_process() as targets:
        tallies = asyncio.run(rest._measure(targets))
    rest._report(tallies)

    assert all(tally.latencies for tally in tallies.values())


def test_chart_is_an_svg(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "chart.svg"

    _chart.write_bar_chart(str(path), title="t", bars=[("hikari_like A", 2.0), ("other <b>", 1.0)])

    text = path.read_text()
    assert text.startswith("<svg")
    assert "other &lt;b&gt;" in text
