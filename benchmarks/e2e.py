"""End to end over HTTP on loopback: six servers answer the same signed slash command.

hikari_like's `RESTBot` against hikari's `RESTBot` and a hand-written aiohttp handler (the floor);
hikari_like's `AsgiBot` against yuyo's `AsgiBot` and a hand-written ASGI app (the floor), both under
uvicorn. Each server runs in its own process; the load comes from wrk when installed, else from our
own generator (also its own process). Runs alternate (A B C D E F, A B C ...) so drift in the
machine's load hits every contestant alike; the table sums all rounds.

    python -m benchmarks e2e
    BENCHMARK_CHART=docs/benchmarks-e2e.svg python -m benchmarks e2e   # also draw the chart
"""

from __future__ import annotations

__all__ = ["RATIOS", "Settings", "Tally", "main", "run"]

import os
import platform
import statistics
import typing

import attrs

from benchmarks import _chart
from benchmarks import _loadgen
from benchmarks import _servers
from benchmarks import _workload
from hikari_like.internal import ed25519


@attrs.frozen(kw_only=True)
class Settings:
    """How long and how hard to push; `main` uses the defaults, the smoke test tiny ones."""

    rounds: int = 3
    duration: float = 5.0
    warm_up: float = 1.0
    connections: int = 32
    use_wrk: bool = attrs.field(factory=_loadgen.wrk_available)
    contestants: tuple[str, ...] = tuple(c.name for c in _servers.CONTESTANTS)


@attrs.define(kw_only=True)
class Tally:
    """Every run of one contestant."""

    runs: list[_loadgen.Run] = attrs.field(factory=list)
    rss_mib: float = 0.0

    @property
    def per_second(self) -> float:
        seconds = sum(run.seconds for run in self.runs)
        return sum(run.requests for run in self.runs) / seconds if seconds else 0.0

    @property
    def p50_ms(self) -> float:
        return statistics.median(run.p50_ms for run in self.runs)

    @property
    def p99_ms(self) -> float:
        return statistics.median(run.p99_ms for run in self.runs)

    @property
    def failures(self) -> int:
        return sum(run.failures for run in self.runs)


RATIOS: typing.Final = (
    ("hikari_like RESTBot", "hikari RESTBot", 1.3),
    ("hikari_like RESTBot", "floor (aiohttp)", 0.9),
    ("hikari_like AsgiBot", "yuyo AsgiBot", 1.3),
    ("hikari_like AsgiBot", "floor (ASGI)", None),
)
"""(ours, theirs, target): requests/s of ours over theirs, and the ratio issue #6 asks for."""


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run(settings: Settings) -> dict[str, Tally]:
    """Start every contestant, load each in turn for `settings.rounds` rounds; return the tallies."""
    signed = _workload.signed_interaction()
    headers = {
        "X-Signature-Ed25519": signed.signature.decode(),
        "X-Signature-Timestamp": signed.timestamp.decode(),
    }
    tallies = {name: Tally() for name in settings.contestants}

    def load(url: str, duration: float) -> _loadgen.Run:
        return _loadgen.generate_load(
            url,
            signed.body,
            headers,
            connections=settings.connections,
            duration=duration,
            use_wrk=settings.use_wrk,
        )

    with _servers.running_servers(settings.contestants) as servers:
        for url, _ in servers.values():
            if settings.warm_up:
                load(url, settings.warm_up)  # first-call caches and connection set-up are not measured
        for _ in range(settings.rounds):
            for name, (url, _) in servers.items():
                tallies[name].runs.append(load(url, settings.duration))
        for name, (_, pid) in servers.items():
            tallies[name].rss_mib = _rss_mib(pid)
    return tallies


def _versions() -> str:
    from importlib import metadata

    names = (
        "hikari",
        "hikari-yuyo",
        "aiohttp",
        "uvicorn",
        "uvloop",
        "httptools",
        "PyNaCl",
        "py-ed25519-zebra-bindings",
        "orjson",
        "msgspec",
    )
    found = [f"Ed25519 verifier {ed25519.BACKEND}"]
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} absent")
    return f"Python {platform.python_version()}, " + ", ".join(found)


def report(tallies: dict[str, Tally], settings: Settings) -> None:
    """Print the table and the ratios."""
    generator = "wrk -t1" if settings.use_wrk else "the built-in load generator"
    print(_versions())
    rounds = f"{settings.rounds} alternating rounds of {settings.duration:g}s"
    print(f"{rounds}, {settings.connections} connections, {generator}")
    print(f"{'server':<24}{'requests/s':>12}{'p50 ms':>10}{'p99 ms':>10}{'non-200':>9}{'RSS MiB':>9}")
    for name, tally in tallies.items():
        print(
            f"{name:<24}{tally.per_second:>12.0f}{tally.p50_ms:>10.2f}{tally.p99_ms:>10.2f}"
            f"{tally.failures:>9}{tally.rss_mib:>9.1f}"
        )
    for ours, theirs, target in RATIOS:
        if ours in tallies and theirs in tallies and tallies[theirs].per_second:
            ratio = tallies[ours].per_second / tallies[theirs].per_second
            verdict = (
                ""
                if target is None
                else f"  (target >= {target:g}x: {'met' if ratio >= target else 'MISSED'})"
            )
            print(f"{ours} / {theirs}: {ratio:.2f}x requests/s{verdict}")


def main() -> None:
    """Run the end-to-end comparison with the default settings and print it."""
    settings = Settings()
    tallies = run(settings)
    report(tallies, settings)
    chart_path = os.environ.get("BENCHMARK_CHART")
    if chart_path:
        _chart.write_bar_chart(
            chart_path,
            title="Interactions per second, end to end on loopback (higher is better)",
            bars=[(name, tally.per_second) for name, tally in tallies.items()],
        )
        print(f"chart written to {chart_path}")


if __name__ == "__main__":
    main()
