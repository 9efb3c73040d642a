"""The documentation site's shape, checked without building it (CI runs `mkdocs build --strict`).

Every page under docs/ is in the nav and every nav entry exists, so a new page cannot be left
unreachable; every public name of every public namespace is rendered by a `:::` directive of the
API reference, so a new module or export cannot go undocumented.
"""

from __future__ import annotations

import importlib
import pathlib
import pkgutil
import re
import types
import typing

import pytest
from mkdocs.utils.yaml import yaml_load

import hikari_like

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
DOCS: typing.Final = ROOT / "docs"
# Namespaces that are not API: the library's own helpers and the demo's programs.
NOT_API: typing.Final = frozenset({"hikari_like.internal", "hikari_like.demo"})
# Public subpackages below the top level whose names are not all exported by their parent.
DEEPER_NAMESPACES: typing.Final = ("hikari_like.testing.emulator", "hikari_like.testing.gateway")
_DIRECTIVE: typing.Final = re.compile(r"^::: ([\w.]+)(\n    options:\n      members: false)?", re.MULTILINE)


def nav_pages(entries: list[typing.Any]) -> list[str]:
    """The page paths of a mkdocs nav, depth first."""
    pages: list[str] = []
    for entry in entries:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        pages.extend(nav_pages(value) if isinstance(value, list) else [value])
    return pages


def site_config() -> dict[str, typing.Any]:
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as file:
        return yaml_load(file)


def doc_pages() -> set[str]:
    """Every Markdown page mkdocs would build (the hooks' folder is excluded in mkdocs.yml)."""
    return {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md") if "_hooks" not in path.parts}


def test_every_page_is_in_the_nav_and_every_nav_entry_exists() -> None:
    pages = nav_pages(site_config()["nav"])
    assert len(pages) == len(set(pages)), "a page is listed twice in the nav"
    assert set(pages) - doc_pages() == set(), "nav entries without a page"
    assert doc_pages() - set(pages) == set(), "pages missing from the nav in mkdocs.yml"


def test_the_site_builds_strictly_and_refuses_broken_links() -> None:
    config = site_config()
    assert config["strict"] is True
    assert {check: config["validation"][check] for check in ("not_found", "anchors")} == {
        "not_found": "warn",
        "anchors": "warn",
    }


def public_namespaces() -> list[str]:
    """The top-level package, its public children and the public subpackages listed above."""
    children = [
        f"hikari_like.{info.name}"
        for info in pkgutil.iter_modules(hikari_like.__path__)
        if not info.name.startswith("_") and f"hikari_like.{info.name}" not in NOT_API
    ]
    return ["hikari_like", *sorted(children), *DEEPER_NAMESPACES]


def documented_objects() -> set[int]:
    """The ids of the objects the reference pages render: whole modules' exports, or one name."""
    ids: set[int] = set()
    for page in (DOCS / "reference").glob("*.md"):
        for target, members_off in _DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            module_name, _, name = target.rpartition(".")
            try:
                module = importlib.import_module(target)
            except ModuleNotFoundError:
                ids.add(id(getattr(importlib.import_module(module_name), name)))
                continue
            if not members_off:
                ids.update(id(getattr(module, export)) for export in module.__all__)
    return ids


@pytest.mark.parametrize("namespace", public_namespaces())
def test_every_public_name_has_a_reference_entry(namespace: str) -> None:
    module = importlib.import_module(namespace)
    documented = documented_objects()
    exported = {name: getattr(module, name) for name in module.__all__}
    missing = [
        name
        for name, value in exported.items()
        if id(value) not in documented and not isinstance(value, types.ModuleType) and name != "__version__"
    ]
    assert missing == [], f"add these to a page under docs/reference/: {missing}"
