"""Every public name of hikari_like has a docstring: the API reference renders them, so a name
without one is a blank entry on the site.

Public means what the package promises, read at run time:

- a public module is any module under `hikari_like` with no `_private` path segment, outside
  `hikari_like.internal` (`__main__` is a script, not an importable API); it needs a module
  docstring and an `__all__`;
- a public name is one in a public module's `__all__`, wherever it is defined: a class defined in
  a private module and re-exported (`hikari_like.messages` re-exports `_message_parts`) is checked
  once, under the public name it has;
- a class needs its own docstring (a subclass does not borrow its base's, nor the signature that
  `dataclasses` writes in when there is none), and so does every public function, method,
  classmethod, staticmethod, property and nested class defined in the class's own body.

An override without a docstring passes when the member it overrides has one (`inspect.getdoc`'s
rule): the interface in `api/` or the base class states the contract once, and `help()` and IDEs
show that text, so a copy in every implementation would only drift. An override that behaves
differently from its base says how in its own docstring.

Enum members and attrs fields are attributes, not checked here: an attribute's docstring exists
only in the source (no object carries it at run time), and only about a third of the attrs fields
have one today, so requiring them is a job of its own.

ruff's pydocstyle rules (`D1`) see a file, not the package: they treat everything in a private
module as private, so they miss re-exported names, and they do not know that an override's base
documents it. This test checks what the package exports.
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import importlib
import inspect
import pkgutil
import types
import typing

import hikari_like

# Descriptors that hold a docstring somewhere other than their own `__doc__`.
_WRAPPERS = (staticmethod, classmethod)


def _is_private_path(module_name: str) -> bool:
    segments = module_name.split(".")[1:]
    return "internal" in segments or any(segment.startswith("_") for segment in segments)


def _public_modules() -> list[types.ModuleType]:
    modules = [hikari_like]
    for info in pkgutil.walk_packages(hikari_like.__path__, "hikari_like."):
        if not _is_private_path(info.name):
            modules.append(importlib.import_module(info.name))
    return modules


def _own_doc(member: object) -> str | None:
    """The docstring written on `member` itself, unwrapping method descriptors."""
    if isinstance(member, _WRAPPERS):
        member = member.__func__
    if isinstance(member, property):
        return member.__doc__ or (member.fget.__doc__ if member.fget else None)
    if inspect.isclass(member):
        return _class_doc(member)
    doc = getattr(member, "__doc__", None)
    return doc if isinstance(doc, str) else None


def _class_doc(cls: type) -> str | None:
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str):
        return None
    # `dataclasses` fills a missing docstring in with the signature: that is not documentation.
    if dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}("):
        return None
    return doc


def _inherited_doc(cls: type, name: str) -> str | None:
    for base in cls.__mro__[1:]:
        if name in base.__dict__:
            return _own_doc(base.__dict__[name])
    return None


def _is_documented_member(member: object) -> bool:
    return isinstance(member, (*_WRAPPERS, property, types.FunctionType)) or inspect.isclass(member)


def _missing_members(cls: type) -> list[str]:
    missing: list[str] = []
    for name, member in vars(cls).items():
        if name.startswith("_") or not _is_documented_member(member):
            continue
        if not (_own_doc(member) or "").strip() and not (_inherited_doc(cls, name) or "").strip():
            missing.append(f"{cls.__qualname__}.{name}")
    return missing


def _missing_in(obj: object) -> list[str]:
    """The undocumented names of one exported class or function (its own name first)."""
    missing: list[str] = []
    qualname = typing.cast("str", getattr(obj, "__qualname__", repr(obj)))
    if not (_own_doc(obj) or "").strip():
        missing.append(qualname)
    if inspect.isclass(obj):
        missing.extend(_missing_members(obj))
    return missing


def _exported(module: types.ModuleType) -> typing.Iterator[object]:
    for name in getattr(module, "__all__", ()):
        obj = getattr(module, name)
        if not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue  # constants, type aliases and TypeVars cannot carry a docstring of their own
        if str(getattr(obj, "__module__", "")).startswith("hikari_like"):
            yield obj


def _home(obj: object, exporter: types.ModuleType) -> str:
    """Where a name is reported: where it is defined if that module is public, else where exported."""
    defined_in = str(getattr(obj, "__module__", exporter.__name__))
    return exporter.__name__ if _is_private_path(defined_in) else defined_in


def _undocumented() -> dict[str, list[str]]:
    report: dict[str, list[str]] = collections.defaultdict(list)
    seen: set[int] = set()
    for module in _public_modules():
        if not (module.__doc__ or "").strip():
            report[module.__name__].append("(module docstring)")
        if not hasattr(module, "__all__"):
            report[module.__name__].append("(no __all__)")
        for obj in _exported(module):
            if id(obj) not in seen:
                seen.add(id(obj))
                report[_home(obj, module)].extend(_missing_in(obj))
    return {module: names for module, names in report.items() if names}


def _format(report: dict[str, list[str]]) -> str:
    count = sum(len(names) for names in report.values())
    lines = [f"{count} public names have no docstring:"]
    for module, names in sorted(report.items()):
        lines.append(f"  {module} ({len(names)}):")
        lines.extend(f"    {name}" for name in names)
    return "\n".join(lines)


def test_every_public_name_has_a_docstring() -> None:
    report = _undocumented()
    assert not report, _format(report)


def test_the_walk_sees_the_whole_package() -> None:
    # A check that walks nothing passes: make sure it reaches the corners that matter.
    modules = {module.__name__ for module in _public_modules()}
    assert {
        "hikari_like",
        "hikari_like.impl.rest_bot",
        "hikari_like.testing",
        "hikari_like.messages",
    } <= modules
    assert not {name for name in modules if _is_private_path(name)}


def test_a_re_exported_class_is_checked_under_its_public_name() -> None:
    # `_message_parts` is private; its classes are reported where `hikari_like.messages` exports them.
    from hikari_like import messages

    exported = next(obj for obj in _exported(messages) if _is_private_path(obj.__module__))
    assert _home(exported, messages) == "hikari_like.messages"


class _Base:
    def documented(self) -> None:
        """Documented once, on the base."""

    def bare(self) -> None:
        pass


class _Override(_Base):
    def documented(self) -> None:
        pass

    def bare(self) -> None:
        pass

    @property
    def size(self) -> int:
        return 0

    @staticmethod
    def make() -> None:
        """Documented."""


@dataclasses.dataclass
class _Data:
    x: int


class _Colour(enum.Enum):
    RED = 1


def test_the_rules_on_small_classes() -> None:
    # An override inherits its base's docstring; a bare method, a property and an undocumented
    # dataclass are reported; enum members are attributes.
    assert _missing_members(_Override) == ["_Override.bare", "_Override.size"]
    assert _missing_in(_Data) == ["_Data"]
    assert _missing_in(_Colour) == ["_Colour"]
    assert _missing_in(_Base) == ["_Base", "_Base.bare"]
