"""API parity with hikari: which of hikari's public names hikari_like has, and with whose signature.

For each public name of the installed hikari that hikari_like mirrors, the report says *present*
(with hikari's signature where it is callable), *differs* (present, but a call written for hikari
may not fit), or *missing*. Areas, in order: the REST client's methods (grouped as #18, #19 and #23
bring them), the top-level names of `hikari`, of `hikari.impl` and of `hikari.api`, and the public
members of every class both libraries have. It is a report, not a benchmark: no time is measured.

    python -m benchmarks parity                     # the coverage table and what differs
    python -m benchmarks.parity --details           # ... and every missing name
    python -m benchmarks.parity --json              # the whole report, machine-readable
    python -m benchmarks.parity --update-baseline   # rewrite tests/parity_baseline.json

The signature rule (`signature_differences`) is the one the tests hold the REST client to.
"""

from __future__ import annotations

__all__ = [
    "BASELINE",
    "EXTENSIONS",
    "MISSING_REASONS",
    "NAME_AREAS",
    "Coverage",
    "Entry",
    "Status",
    "baseline_of",
    "collect",
    "main",
    "regressions",
    "report",
    "signature_differences",
    "summarise",
    "to_json",
]

import argparse
import ast
import collections
import enum
import functools
import importlib
import inspect
import json
import pathlib
import sys
import textwrap
import types
import typing

import attrs

from benchmarks._parity_data import EXTENSIONS
from benchmarks._parity_data import REST_PARTS
from benchmarks._parity_reasons import MISSING_REASONS

BASELINE: typing.Final = pathlib.Path(__file__).resolve().parent.parent / "tests" / "parity_baseline.json"
"""The names present (and matching) when the baseline was last refreshed; tests/test_parity.py reads it."""

NAME_AREAS: typing.Final = ("top-level", "impl", "api", "events")
"""The areas of module names: each name missing there is printed with its reason (`MISSING_REASONS`)."""

_OTHER_REST: typing.Final = "REST, other methods"
_SKIPPED_MODULES: typing.Final = frozenset({"internal", "cli"})
"""hikari's own helpers: no hikari program imports them. `cli` (what `python -m hikari` prints) is a
top-level name only once something imports it, so counting it would make the report depend on
which tests ran first."""


class Status(enum.StrEnum):
    """How one hikari name fares in hikari_like.

    Example:
        >>> missing = [entry.key for entry in collect() if entry.status is Status.MISSING]
        >>> Status("differs") is Status.DIFFERS
        True
    """

    PRESENT = "present"
    """There, with hikari's signature when it is callable."""
    DIFFERS = "differs"
    """There, but a call written for hikari may not fit (see the entry's detail)."""
    MISSING = "missing"


@attrs.frozen(kw_only=True)
class Entry:
    """One hikari name in the report.

    Example:
        >>> Entry(area="rest", section="REST part 1 (#18)", group="guilds", name="fetch_guild",
        ...       status=Status.MISSING).key
        'rest:fetch_guild'
    """

    area: str
    """`rest`, `top-level`, `impl`, `api` or `members`: the first part of the key."""
    section: str
    """The heading it is counted under."""
    group: str
    """The resource, module or class within the section."""
    name: str
    status: Status
    detail: str = ""

    @property
    def key(self) -> str:
        """Unique within a report; what the baseline stores."""
        return f"{self.area}:{self.name}"


# --- the signature rule ---------------------------------------------------------------------------

_POSITIONAL: typing.Final = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def signature_differences(
    ours: typing.Any, theirs: typing.Any, *, extensions: typing.Collection[str] = ()
) -> list[str]:
    """Where `ours` breaks hikari's `theirs`; an empty list when every call written for hikari fits.

    The rule: the same positional parameters in the same order; every parameter hikari has, with
    its kind and with a default exactly when hikari's has one; nothing more, except the named
    `extensions`, each keyword-only with a default. Annotations are not compared.

    Example:
        >>> def theirs(a, *, b=1): ...
        >>> def ours(a, *, b=1, c=2): ...
        >>> signature_differences(ours, theirs, extensions={"c"})
        []
    """
    mine = inspect.signature(ours).parameters
    hikari = inspect.signature(theirs).parameters
    problems = [_extension_problem(mine[name]) for name in extensions if name in mine]
    compared = {name: parameter for name, parameter in mine.items() if name not in extensions}
    if _positional_names(compared) != _positional_names(hikari):
        problems.append(f"positional {_positional_names(compared)} != hikari's {_positional_names(hikari)}")
    problems.extend(f"{name}: not in hikari" for name in compared.keys() - hikari.keys())
    problems.extend(f"{name}: missing" for name in _missing_names(compared, hikari))
    for name in compared.keys() & hikari.keys():
        problems.extend(_parameter_problems(compared[name], hikari[name]))
    return sorted(problem for problem in problems if problem)


def _positional_names(parameters: typing.Mapping[str, inspect.Parameter]) -> list[str]:
    return [name for name, parameter in parameters.items() if parameter.kind in _POSITIONAL]


def _missing_names(
    ours: typing.Mapping[str, inspect.Parameter], theirs: typing.Mapping[str, inspect.Parameter]
) -> list[str]:
    # `**fields` takes hikari's keyword-only parameters (it is itself reported as not in hikari).
    catch_all = any(parameter.kind is parameter.VAR_KEYWORD for parameter in ours.values())
    return [
        name
        for name, parameter in theirs.items()
        if name not in ours and not (catch_all and parameter.kind is parameter.KEYWORD_ONLY)
    ]


def _extension_problem(parameter: inspect.Parameter) -> str:
    if parameter.kind is not parameter.KEYWORD_ONLY or parameter.default is parameter.empty:
        return f"{parameter.name}: an addition must be keyword-only with a default"
    return ""


def _parameter_problems(ours: inspect.Parameter, theirs: inspect.Parameter) -> list[str]:
    problems = []
    if ours.kind is not theirs.kind:
        problems.append(f"{ours.name}: {ours.kind.description}, hikari's is {theirs.kind.description}")
    if (ours.default is ours.empty) != (theirs.default is theirs.empty):
        problems.append(
            f"{ours.name}: {'no default' if ours.default is ours.empty else 'a default'} here only"
        )
    return problems


def _compare_signatures(key: str, ours: typing.Any, theirs: typing.Any) -> tuple[Status, str]:
    try:
        problems = signature_differences(ours, theirs, extensions=EXTENSIONS.get(key, frozenset()))
    except (TypeError, ValueError):
        # A builtin or C type without a signature: being there is all that can be told.
        return Status.PRESENT, ""
    return (Status.DIFFERS, "; ".join(problems)) if problems else (Status.PRESENT, "")


# --- what each kind of hikari name must be here ----------------------------------------------------


def _kind(value: object) -> str:
    if isinstance(value, types.ModuleType):
        return "module"
    if inspect.isclass(value):
        return "class"
    if inspect.isroutine(value):
        return "function"
    return "value"


def _is_enum(cls: type) -> bool:
    # hikari's enums have their own metaclass (hikari.internal.enums); ours are the standard library's.
    return isinstance(cls, enum.EnumMeta) or type(cls).__module__.endswith(".enums")


def _is_model(cls: type) -> bool:
    """A class the library builds from Discord's payloads (it takes `app`)."""
    try:
        return "app" in inspect.signature(cls).parameters
    except (TypeError, ValueError):
        return True


def _is_constructed_by_users(theirs: type, ours: type) -> bool:
    """Whether the constructor is hikari API: not for enums, abstract classes or payload models."""
    return not any(_is_enum(cls) or inspect.isabstract(cls) or _is_model(cls) for cls in (theirs, ours))


def _compare(key: str, ours: object, theirs: object) -> tuple[Status, str]:
    kind, our_kind = _kind(theirs), _kind(ours)
    if kind == "value":  # a type alias or constant: a class or anything else stands for it
        return Status.PRESENT, ""
    if kind != our_kind:
        return Status.DIFFERS, f"a {kind} in hikari, a {our_kind} here"
    if kind == "function":
        return _compare_signatures(key, ours, theirs)
    if kind == "class" and _is_constructed_by_users(typing.cast(type, theirs), typing.cast(type, ours)):
        status, detail = _compare_signatures(key, ours, theirs)
        return status, detail and f"constructor: {detail}"
    return Status.PRESENT, ""


_MISSING: typing.Final = object()


def _entry(area: str, section: str, group: str, name: str, *, ours: object, theirs: object) -> Entry:
    key = f"{area}:{name}"
    if ours is _MISSING:
        status, detail = Status.MISSING, MISSING_REASONS.get(key, "")
    else:
        status, detail = _compare(key, ours, theirs)
    return Entry(area=area, section=section, group=group, name=name, status=status, detail=detail)


# --- area 1: the REST client -----------------------------------------------------------------------


def _rest_entries(hikari: types.ModuleType, ours: type) -> list[Entry]:
    theirs = importlib.import_module(f"{hikari.__name__}.api").RESTClient
    listed = {name for groups in REST_PARTS.values() for names in groups.values() for name in names}
    sections = [
        (section, group, name)
        for section, groups in REST_PARTS.items()
        for group, names in groups.items()
        for name in names
    ]
    sections.extend((_OTHER_REST, "other", name) for name in _public_names(theirs) if name not in listed)
    return [
        _entry("rest", section, group, name, ours=getattr(ours, name, _MISSING), theirs=getattr(theirs, name))
        for section, group, name in sections
    ]


# --- areas 2 and 3: module names -------------------------------------------------------------------


def _public_names(holder: object) -> list[str]:
    return sorted(name for name in dir(holder) if not name.startswith("_"))


def _module_names(module: types.ModuleType) -> list[str]:
    # `from __future__ import annotations` leaves an `annotations` name in every module.
    return [
        name
        for name in _public_names(module)
        if name not in _SKIPPED_MODULES
        and type(getattr(module, name)).__module__ != "__future__"
        and not _is_borrowed_module(module, getattr(module, name))
    ]


def _is_borrowed_module(package: types.ModuleType, value: object) -> bool:
    """A module the package imported for itself (`typing`, `attrs`, a sibling), not one of its own."""
    return isinstance(value, types.ModuleType) and not value.__name__.startswith(f"{package.__name__}.")


def _lookup(module: types.ModuleType, name: str) -> object:
    if hasattr(module, name):
        return getattr(module, name)
    try:  # a subpackage that its parent has not imported yet
        return importlib.import_module(f"{module.__name__}.{name}")
    except ImportError:
        return _MISSING


def _group_of(value: object) -> str:
    if isinstance(value, types.ModuleType):
        return "modules"
    module = getattr(value, "__module__", None)
    if isinstance(module, str) and module.startswith("hikari") and _kind(value) != "value":
        return module.split(".")[1] if "." in module else "hikari"
    return "aliases and constants"


def _module_entries(area: str, section: str, theirs: types.ModuleType, ours: types.ModuleType) -> list[Entry]:
    return [
        _entry(
            area,
            section,
            _group_of(getattr(theirs, name)),
            name,
            ours=_lookup(ours, name),
            theirs=getattr(theirs, name),
        )
        for name in _module_names(theirs)
    ]


# --- area 4: members of the classes both have ------------------------------------------------------


@functools.cache
def _member_names(cls: type) -> frozenset[str]:
    names = set(_public_names(cls))
    if attrs.has(cls):
        # Fields without a default of a class without slots are only on its instances.
        names.update(field.name for field in attrs.fields(cls))
    for base in cls.__mro__:
        names.update(vars(base).get("__annotations__", {}))
        names.update(_set_in_init(vars(base).get("__init__")))
    return frozenset(name for name in names if not name.startswith("_"))


@functools.cache
def _set_in_init(init: object) -> frozenset[str]:
    """The `self.name = ...` of a plain class's `__init__`: attributes only its instances have."""
    if not inspect.isfunction(init):
        return frozenset()
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
    except (OSError, TypeError, SyntaxError):
        return frozenset()
    return frozenset(
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _member(cls: type, name: str) -> object:
    """What a user reaches as `cls.name`: a function for a method, `None` for any attribute."""
    try:
        static = inspect.getattr_static(cls, name)
    except AttributeError:
        return None if name in _member_names(cls) else _MISSING
    if isinstance(static, (staticmethod, classmethod)) or inspect.isfunction(static):
        return getattr(cls, name)
    return None


_Pair: typing.TypeAlias = tuple[str, type, type]
"""The name hikari exports a class under, hikari's class and ours."""


def _class_pairs(
    entries: list[Entry], theirs: types.ModuleType, ours: types.ModuleType, *, seen: set[type]
) -> list[_Pair]:
    """The classes both modules export, each once (`Colour` is `Color`; `impl.RESTBot` is `RESTBot`)."""
    rest = importlib.import_module("hikari.api").RESTClient
    pairs = []
    for entry in entries:
        hikari_class, our_class = getattr(theirs, entry.name), _lookup(ours, entry.name)
        if not (inspect.isclass(hikari_class) and inspect.isclass(our_class)) or hikari_class in seen:
            continue
        seen.add(hikari_class)
        if not issubclass(hikari_class, rest):  # the REST client's members are area 1
            pairs.append((entry.name, hikari_class, our_class))
    return pairs


def _member_entries(section: str, prefix: str, pairs: list[_Pair]) -> list[Entry]:
    return [
        _entry(
            "members",
            section,
            f"{prefix}{name}",
            f"{prefix}{name}.{member}",
            ours=_member(ours, member),
            theirs=_member(theirs, member),
        )
        for name, theirs, ours in pairs
        for member in sorted(_member_names(theirs))
    ]


# --- the whole report ------------------------------------------------------------------------------


def collect() -> list[Entry]:
    """The report for the installed hikari (raises `ImportError` when hikari is not installed)."""
    import hikari
    import hikari.api
    import hikari.events
    import hikari.impl

    import hikari_like
    import hikari_like.api
    import hikari_like.events
    import hikari_like.impl

    top = _module_entries("top-level", "top-level names", hikari, hikari_like)
    impl = _module_entries("impl", "hikari.impl names", hikari.impl, hikari_like.impl)
    api = _module_entries("api", "hikari.api names", hikari.api, hikari_like.api)
    events = _module_entries("events", "hikari.events names", hikari.events, hikari_like.events)
    seen: set[type] = set()
    return [
        *_rest_entries(hikari, hikari_like.impl.RESTClientImpl),
        *top,
        *impl,
        *api,
        *events,
        *_member_entries(
            "members of top-level classes", "", _class_pairs(top, hikari, hikari_like, seen=seen)
        ),
        *_member_entries(
            "members of hikari.impl classes",
            "impl.",
            _class_pairs(impl, hikari.impl, hikari_like.impl, seen=seen),
        ),
        *_member_entries(
            "members of hikari.events classes",
            "events.",
            _class_pairs(events, hikari.events, hikari_like.events, seen=seen),
        ),
    ]


@attrs.frozen(kw_only=True)
class Coverage:
    """Counts for a section or a group.

    Example:
        >>> str(Coverage(total=6, present=5, differs=1))
        '5/6 present, 1 differ'
    """

    total: int
    present: int
    """Present at all, matching or not."""
    differs: int

    def __str__(self) -> str:
        return f"{self.present}/{self.total} present, {self.differs} differ"


def _coverage(entries: typing.Iterable[Entry]) -> Coverage:
    counts = collections.Counter(entry.status for entry in entries)
    total = sum(counts.values())
    return Coverage(total=total, present=total - counts[Status.MISSING], differs=counts[Status.DIFFERS])


def summarise(entries: list[Entry]) -> dict[str, dict[str, Coverage]]:
    """Section -> group -> coverage, in the report's order; each section's total under `""`."""
    by_section: dict[str, dict[str, list[Entry]]] = {}
    for entry in entries:
        by_section.setdefault(entry.section, {}).setdefault(entry.group, []).append(entry)
    return {
        section: {"": _coverage(e for group in groups.values() for e in group)}
        | {group: _coverage(group_entries) for group, group_entries in groups.items()}
        for section, groups in by_section.items()
    }


def _hikari_version() -> str:
    return str(importlib.import_module("hikari").__version__)


def to_json(entries: list[Entry]) -> dict[str, typing.Any]:
    """The report as JSON-ready data: hikari's version, the coverage and every entry."""
    return {
        "hikari": _hikari_version(),
        "coverage": {
            section: {group or "total": attrs.asdict(coverage) for group, coverage in groups.items()}
            for section, groups in summarise(entries).items()
        },
        "entries": [attrs.asdict(entry) | {"status": entry.status.value} for entry in entries],
    }


def baseline_of(entries: list[Entry]) -> dict[str, typing.Any]:
    """What tests/parity_baseline.json holds: the keys that match hikari, and those that differ."""
    return {
        "hikari": _hikari_version(),
        "matching": sorted(entry.key for entry in entries if entry.status is Status.PRESENT),
        "differs": sorted(entry.key for entry in entries if entry.status is Status.DIFFERS),
    }


def regressions(entries: list[Entry], baseline: typing.Mapping[str, typing.Any]) -> list[str]:
    """What the baseline had that the report no longer has; new coverage is never a regression.

    A name hikari no longer has is not counted; nor, when hikari's version is not the baseline's,
    a signature that stopped matching (hikari may have changed it).
    """
    now = {entry.key: entry for entry in entries}
    present = sorted({*baseline["matching"], *baseline["differs"]})
    lost = [f"{key}: missing" for key in present if key in now and now[key].status is Status.MISSING]
    if baseline["hikari"] == _hikari_version():
        lost.extend(
            f"{key}: differs ({now[key].detail})"
            for key in baseline["matching"]
            if key in now and now[key].status is Status.DIFFERS
        )
    return lost


# --- printing --------------------------------------------------------------------------------------

_GROUPED_SECTIONS: typing.Final = (*REST_PARTS, _OTHER_REST)
"""Sections whose groups are printed one a line; the others print their total only."""


def report(entries: list[Entry], *, details: bool = False) -> None:
    """Print the coverage table, then each difference (and each missing name with `details`)."""
    print(f"hikari {_hikari_version()} against hikari_like")
    for section, groups in summarise(entries).items():
        print(f"{section:<40}{groups['']}")
        if section in _GROUPED_SECTIONS:
            for group, coverage in list(groups.items())[1:]:
                print(f"  {group:<38}{coverage}")
    shown = {Status.DIFFERS, Status.MISSING} if details else {Status.DIFFERS}
    for entry in entries:
        if entry.status in shown:
            print(f"{entry.status.value:<8} {entry.key}{': ' + entry.detail if entry.detail else ''}")
    _report_missing_names(entries)


def _report_missing_names(entries: list[Entry]) -> None:
    """The missing module names, grouped under the reason each is missing."""
    by_reason: dict[str, list[str]] = {}
    for entry in entries:
        if entry.area in NAME_AREAS and entry.status is Status.MISSING:
            by_reason.setdefault(entry.detail or "(no reason recorded)", []).append(entry.key)
    if not by_reason:
        return
    print("missing names, and why:")
    for reason, keys in by_reason.items():
        print(
            textwrap.fill(
                reason, width=100, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False
            )
        )
        print(
            textwrap.fill(
                ", ".join(keys),
                width=100,
                initial_indent="    ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
        )


def _arguments(argv: typing.Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parity", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    parser.add_argument("--details", action="store_true", help="also list every missing name")
    parser.add_argument("--update-baseline", action="store_true", help="rewrite the baseline file")
    parser.add_argument("--baseline", type=pathlib.Path, default=BASELINE, help="default: %(default)s")
    return parser.parse_args([] if argv is None else argv)


def main(argv: typing.Sequence[str] | None = None) -> None:
    """Print the report (`python -m benchmarks parity` passes no arguments)."""
    arguments = _arguments(argv)
    try:
        entries = collect()
    except ImportError as error:
        print(f"parity: hikari is not installed ({error}); install the dev or benchmarks extras")
        return
    if arguments.update_baseline:
        arguments.baseline.write_text(json.dumps(baseline_of(entries), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {arguments.baseline}")
    if arguments.json:
        print(json.dumps(to_json(entries), indent=1))
    else:
        report(entries, details=arguments.details)


if __name__ == "__main__":
    main(sys.argv[1:])
