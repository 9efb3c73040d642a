"""Import time: `import hikari_like` against `import hikari`, each in a fresh interpreter.

Two statements per library: the bare import, and what a bot program touches (the bot class and
the command interaction), which also pays for anything imported lazily. Runs alternate; the
median of the rounds is reported.

    python -m benchmarks imports
"""

from __future__ import annotations

__all__ = ["STATEMENTS", "Settings", "main", "run"]

import statistics
import subprocess
import sys
import typing

import attrs

STATEMENTS: typing.Final = {
    "import hikari_like": "import hikari_like",
    "import hikari": "import hikari",
    "hikari_like bot program": "import hikari_like; hikari_like.RESTBot; hikari_like.CommandInteraction",
    "hikari bot program": "import hikari; hikari.RESTBot; hikari.CommandInteraction",
}
_PAIRS: typing.Final = (
    ("import hikari_like", "import hikari"),
    ("hikari_like bot program", "hikari bot program"),
)
_TIMER: typing.Final = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"


@attrs.frozen(kw_only=True)
class Settings:
    """How many fresh interpreters per statement."""

    rounds: int = 10
    warm_up: bool = True
    """Run each statement once first: the first run after an edit writes the bytecode caches."""


def _seconds(statement: str) -> float:
    output = subprocess.run(
        [sys.executable, "-c", _TIMER.format(statement)], capture_output=True, text=True, check=True
    )
    return float(output.stdout.strip().splitlines()[-1])


def run(settings: Settings) -> dict[str, float]:
    """Median seconds for each statement in `STATEMENTS`."""
    if settings.warm_up:
        for statement in STATEMENTS.values():
            _seconds(statement)
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(settings.rounds):
        for name, statement in STATEMENTS.items():
            samples[name].append(_seconds(statement))
    return {name: statistics.median(values) for name, values in samples.items()}


def report(medians: dict[str, float]) -> None:
    """Print the medians and the ratios."""
    for name, seconds in medians.items():
        print(f"{name:<28}{seconds * 1e3:>9.1f} ms")
    for ours, theirs in _PAIRS:
        ratio = medians[ours] / medians[theirs]
        print(f"{ours} / {theirs}: {ratio:.2f}x (target <= 0.5x: {'met' if ratio <= 0.5 else 'MISSED'})")


def main() -> None:
    """Measure and print."""
    report(run(Settings()))


if __name__ == "__main__":
    main()
