"""The API parity report against the installed hikari: no name that was there may go missing, and
no signature that matched hikari's may stop matching (new coverage is always fine).

After adding hikari surface, refresh the baseline: `python -m benchmarks.parity --update-baseline`.
"""

from __future__ import annotations

import json
import pathlib
import typing

import pytest

from benchmarks import parity
from benchmarks._parity_data import REST_PARTS

hikari = pytest.importorskip("hikari")


@pytest.fixture(scope="module")
def entries() -> list[parity.Entry]:
    return parity.collect()


def _baseline() -> dict[str, typing.Any]:
    loaded: dict[str, typing.Any] = json.loads(parity.BASELINE.read_text(encoding="utf-8"))
    return loaded


def test_nothing_present_in_the_baseline_went_missing_or_stopped_matching(
    entries: list[parity.Entry],
) -> None:
    assert parity.regressions(entries, _baseline()) == []


def test_the_baseline_is_sorted_and_consistent() -> None:
    baseline = _baseline()

    assert baseline["matching"] == sorted(set(baseline["matching"]))
    assert baseline["differs"] == sorted(set(baseline["differs"]))
    assert not set(baseline["matching"]) & set(baseline["differs"])


def test_every_grouped_rest_method_is_hikaris_and_listed_once() -> None:
    listed = [name for groups in REST_PARTS.values() for names in groups.values() for name in names]

    assert len(listed) == len(set(listed))
    assert [name for name in listed if not hasattr(hikari.api.RESTClient, name)] == []


def test_the_report_covers_every_hikari_rest_method_once(entries: list[parity.Entry]) -> None:
    rest = [entry.name for entry in entries if entry.area == "rest"]
    hikari_methods = {name for name in dir(hikari.api.RESTClient) if not name.startswith("_")}

    assert sorted(rest) == sorted(hikari_methods)
    assert len({entry.key for entry in entries}) == len(entries)


def test_each_extension_is_a_parameter_we_take(entries: list[parity.Entry]) -> None:
    keys = {entry.key for entry in entries}
    for key in parity.EXTENSIONS:
        assert key in keys, key


def test_the_report_is_the_same_each_time(entries: list[parity.Entry]) -> None:
    assert parity.collect() == entries


# --- the signature rule ---------------------------------------------------------------------------


def hikaris(channel: int, content: str = "", *, reason: str = "") -> None: ...


def test_the_same_signature_matches() -> None:
    def ours(channel: int, content: str = "", *, reason: str = "") -> None: ...

    assert parity.signature_differences(ours, hikaris) == []


@pytest.mark.parametrize(
    ("ours", "problem"),
    [
        (lambda content="", channel=0, *, reason="": None, "positional ['content', 'channel']"),
        (lambda channel, content="": None, "reason: missing"),
        (lambda channel, content="", *, reason="", extra=1: None, "extra: not in hikari"),
        (lambda channel, *, content="", reason="": None, "content: keyword-only"),
        (lambda channel, content, *, reason="": None, "content: no default here only"),
        (lambda channel=0, content="", *, reason="": None, "channel: a default here only"),
    ],
)
def test_a_difference_is_named(ours: typing.Callable[..., None], problem: str) -> None:
    problems = parity.signature_differences(ours, hikaris)

    assert any(found.startswith(problem) for found in problems), problems


def test_an_extension_must_be_keyword_only_with_a_default() -> None:
    def fine(channel: int, content: str = "", *, reason: str = "", poll: object = None) -> None: ...
    def positional(channel: int, content: str = "", poll: object = None, *, reason: str = "") -> None: ...
    def required(channel: int, content: str = "", *, reason: str = "", poll: object) -> None: ...

    assert parity.signature_differences(fine, hikaris, extensions={"poll"}) == []
    for broken in (positional, required):
        problems = parity.signature_differences(broken, hikaris, extensions={"poll"})
        assert problems == ["poll: an addition must be keyword-only with a default"]


def test_keyword_arguments_taken_as_fields_still_differ_but_are_not_missing() -> None:
    def ours(channel: int, content: str = "", **fields: object) -> None: ...

    assert parity.signature_differences(ours, hikaris) == ["fields: not in hikari"]


# --- regressions, the baseline and the command -----------------------------------------------------


def _entry(name: str, status: parity.Status) -> parity.Entry:
    return parity.Entry(area="rest", section="REST part 1 (#18)", group="guilds", name=name, status=status)


def test_only_lost_coverage_is_a_regression() -> None:
    version = hikari.__version__
    baseline = {"hikari": version, "matching": ["rest:a", "rest:b"], "differs": ["rest:c", "rest:gone"]}
    now = [
        _entry("a", parity.Status.MISSING),
        _entry("b", parity.Status.DIFFERS),
        _entry("c", parity.Status.MISSING),
        _entry("new", parity.Status.PRESENT),
    ]

    assert parity.regressions(now, baseline) == ["rest:a: missing", "rest:c: missing", "rest:b: differs ()"]
    # Under another hikari a signature may have changed there: only lost names count.
    assert parity.regressions(now, baseline | {"hikari": "0.0.1"}) == ["rest:a: missing", "rest:c: missing"]


def test_the_table_names_each_section(capsys: pytest.CaptureFixture[str]) -> None:
    parity.main([])

    out = capsys.readouterr().out
    for section in (*REST_PARTS, "top-level names", "hikari.impl names", "members of top-level classes"):
        assert section in out
    assert "REST part 1 (#18)" in out.splitlines()[1]


def test_json_has_the_coverage_and_every_entry(
    capsys: pytest.CaptureFixture[str], entries: list[parity.Entry]
) -> None:
    parity.main(["--json"])

    report = json.loads(capsys.readouterr().out)
    assert report["hikari"] == hikari.__version__
    assert len(report["entries"]) == len(entries)
    part_1 = report["coverage"]["REST part 1 (#18)"]["total"]
    assert part_1["total"] == sum(len(names) for names in REST_PARTS["REST part 1 (#18)"].values())
    assert {entry["status"] for entry in report["entries"]} <= {"present", "differs", "missing"}


def test_update_baseline_writes_what_the_test_reads(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], entries: list[parity.Entry]
) -> None:
    target = tmp_path / "baseline.json"

    parity.main(["--update-baseline", "--baseline", str(target)])

    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == parity.baseline_of(entries)
    assert parity.regressions(entries, written) == []
    assert str(target) in capsys.readouterr().out


# --- the reasons for missing names ----------------------------------------------------------------


def _missing_names(entries: list[parity.Entry]) -> list[parity.Entry]:
    return [e for e in entries if e.area in parity.NAME_AREAS and e.status is parity.Status.MISSING]


def test_every_missing_name_says_why(entries: list[parity.Entry]) -> None:
    assert [entry.key for entry in _missing_names(entries) if not entry.detail] == []


def test_every_reason_is_for_a_name_still_missing(entries: list[parity.Entry]) -> None:
    missing = {entry.key for entry in _missing_names(entries)}

    assert sorted(set(parity.MISSING_REASONS) - missing) == []


def _printed_reasons(out: str) -> dict[str, set[str]]:
    """The report's "missing names, and why" block read back: reason -> the keys under it."""
    printed: dict[str, set[str]] = {}
    reason = ""
    for line in out[out.index("missing names, and why:") :].splitlines()[1:]:
        if line.startswith("    "):
            printed.setdefault(reason, set()).update(key.strip() for key in line.split(",") if key.strip())
        else:
            reason = f"{reason} {line.strip()}" if reason and reason not in printed else line.strip()
    return printed


def test_the_report_lists_each_missing_name_under_its_reason(
    capsys: pytest.CaptureFixture[str], entries: list[parity.Entry]
) -> None:
    parity.report(entries)

    expected: dict[str, set[str]] = {}
    for entry in _missing_names(entries):
        expected.setdefault(entry.detail or "(no reason recorded)", set()).add(entry.key)
    assert _printed_reasons(capsys.readouterr().out) == expected
