"""Resident memory while serving 100k interactions: it must not grow.

One process per library (so neither inherits the other's heap) calls `on_interaction` with the
signed benchmark interaction 100,000 times, and reads its RSS after the first 10,000 (allocator
and caches warm) and at the end. Replay protection is off: its memory is bounded by design (one
entry per verified request for twice the window), and with one repeated request it would refuse
everything after the first.

    python -m benchmarks memory
"""

from __future__ import annotations

__all__ = ["Settings", "main", "run"]

import asyncio
import gc
import multiprocessing
import typing

import attrs

from benchmarks import core

LIBRARIES: typing.Final = ("hikari_like", "hikari")


@attrs.frozen(kw_only=True)
class Settings:
    """How many interactions, and after how many the baseline is read."""

    interactions: int = 100_000
    baseline_after: int = 10_000


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _serve(library: str, settings: Settings) -> tuple[float, float]:
    if library == "hikari_like":
        on_interaction = core._hikari_like(verify=True, replay_guard=False)
        body, signature, timestamp = core._requests(1)[0]
    else:
        on_interaction = core._hikari(verify=True)
        body, signature, timestamp = core._requests(1, hex_signature=False)[0]
    baseline = 0.0
    for count in range(1, settings.interactions + 1):
        await on_interaction(body, signature, timestamp)
        if count == settings.baseline_after:
            gc.collect()
            baseline = _rss_mib()
    gc.collect()
    return baseline, _rss_mib()


def _child(library: str, settings: Settings, connection: typing.Any) -> None:
    import logging

    logging.getLogger("hikari").setLevel(logging.ERROR)
    connection.send(asyncio.run(_serve(library, settings)))


def run(settings: Settings) -> dict[str, tuple[float, float]]:
    """RSS in MiB (after the baseline count, at the end) for each library, each in its own process."""
    context = multiprocessing.get_context("spawn")
    results = {}
    for library in LIBRARIES:
        ours, theirs = context.Pipe()
        process = context.Process(target=_child, args=(library, settings, theirs), daemon=True)
        process.start()
        results[library] = ours.recv()
        process.join(10)
    return results


def report(results: dict[str, tuple[float, float]], settings: Settings) -> None:
    """Print RSS at both points and the growth."""
    print(f"RSS (MiB) after {settings.baseline_after:,} and after {settings.interactions:,} interactions")
    for library, (baseline, end) in results.items():
        print(f"{library:<14}{baseline:>9.1f}{end:>9.1f}   growth {end - baseline:+.1f} MiB")


def main() -> None:
    """Measure both libraries and print."""
    settings = Settings()
    report(run(settings), settings)


if __name__ == "__main__":
    main()
