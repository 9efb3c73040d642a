"""hikari's import paths work here: every name in a hikari module's `__all__` can be imported from
the same module of hikari_like (`from hikari.snowflakes import calculate_shard_id` ports by changing
`hikari` to `hikari_like`), unless the parity report says why hikari_like has no such name.

The parity report compares the names of hikari's top level, `hikari.impl`, `hikari.api` and
`hikari.events`; this test covers the modules under them, where hikari keeps some names only.
"""

from __future__ import annotations

import importlib
import pkgutil
import types

import pytest

from benchmarks._parity_reasons import MISSING_REASONS

hikari = pytest.importorskip("hikari")

# Names with a reason under any area (`api:Cache`, `top-level:VoiceError`...), and whole modules
# (`api:cache` stands for `hikari.api.cache`).
_EXCUSED_NAMES = {key.partition(":")[2] for key in MISSING_REASONS}


def _hikari_modules() -> list[types.ModuleType]:
    found = []
    for info in pkgutil.walk_packages(hikari.__path__, "hikari."):
        if ".internal" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "__all__"):
            found.append(module)
    return found


def _ours(module: types.ModuleType) -> types.ModuleType | None:
    try:
        return importlib.import_module("hikari_like" + module.__name__.removeprefix("hikari"))
    except ModuleNotFoundError:
        return None


def _unexplained_gaps() -> dict[str, list[str]]:
    gaps: dict[str, list[str]] = {}
    for theirs in _hikari_modules():
        ours = _ours(theirs)
        if ours is None:
            if theirs.__name__.rpartition(".")[2] not in _EXCUSED_NAMES:
                gaps[theirs.__name__] = ["(no such module)"]
            continue
        missing = [name for name in theirs.__all__ if not hasattr(ours, name) and name not in _EXCUSED_NAMES]
        if missing:
            gaps[theirs.__name__] = missing
    return gaps


def test_every_name_of_hikaris_modules_is_at_the_same_path_or_has_a_reason() -> None:
    assert _unexplained_gaps() == {}


def test_the_check_reads_hikaris_modules_not_a_handful() -> None:
    assert len(_hikari_modules()) > 60
