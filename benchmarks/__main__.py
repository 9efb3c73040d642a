"""Run benchmarks: `python -m benchmarks [name ...]`; with no name, every one of them.

A benchmark is a module of this package (not starting with `_`) with a `main() -> None`; adding
one is adding a module. `python -m benchmarks --list` names them.
"""

from __future__ import annotations

__all__ = ["available", "main"]

import importlib
import pkgutil
import sys
import typing

import benchmarks


def available() -> list[str]:
    """The benchmark names, in alphabetical order."""
    return sorted(
        module.name for module in pkgutil.iter_modules(benchmarks.__path__) if not module.name.startswith("_")
    )


def main(argv: typing.Sequence[str] | None = None) -> int:
    """Run the named benchmarks (all when none is named); return the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    known = available()
    if arguments in (["--list"], ["-l"]):
        print("\n".join(known))
        return 0
    names = [argument for argument in arguments if not argument.startswith("-")]
    options = arguments[len(names) :] if arguments[: len(names)] == names else None
    if options and len(names) != 1:
        print("options follow exactly one benchmark: python -m benchmarks parity --json", file=sys.stderr)
        return 2
    if options is None:
        print("name the benchmark before its options: python -m benchmarks parity --json", file=sys.stderr)
        return 2
    unknown = [name for name in names if name not in known]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(known)}", file=sys.stderr)
        return 2
    for name in names or known:
        module = importlib.import_module(f"benchmarks.{name}")
        if options:
            module.main(options)  # a benchmark that takes options (`parity --json`) reads them itself
            continue
        print(f"== {name} ==", flush=True)
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
