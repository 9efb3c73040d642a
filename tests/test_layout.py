"""The package's rooms: public import paths survive the layout, and imports run one way.

`docs/architecture.md` draws the rooms. The direction of imports is written down as
import-linter contracts in `pyproject.toml` (`[tool.importlinter]`) and checked here, so a module
that reaches the wrong way (a model importing `impl`, the REST client importing the server) fails
the suite with the chain of imports that does it.
"""

from __future__ import annotations

import importlib
import pathlib
import pkgutil
import subprocess
import sys
import tomllib
import typing

import pytest

import hikari_like

ROOT = pathlib.Path(__file__).resolve().parent.parent

# hikari's module paths that hikari programs import, with names each must offer; all of them
# worked before the layout and keep working after it.
HIKARI_MODULE_PATHS: typing.Final = {
    "special_endpoints": ["InteractionMessageBuilder", "MessageActionRowBuilder", "SlashCommandBuilder"],
    "rest": ["RESTApp", "RESTClientImpl", "ClientCredentialsStrategy"],
    "config": ["HTTPSettings", "HTTPTimeoutSettings", "ProxySettings", "BasicAuthHeader"],
    "rest_bot": ["RESTBot"],
    "interaction_server": ["InteractionServer"],
    "buckets": ["RESTBucketManager"],
    "rate_limits": ["ExponentialBackOff"],
    "gateway_bot": ["GatewayBot"],
    "event_manager": ["EventManagerImpl"],
    "event_factory": ["EventFactoryImpl"],
    "shard": ["GatewayShardImpl"],
}

# Top-level parts that sit above the models and may use `impl` (everything else is a model or a
# transport-free basic, and the "models" contract holds it to that).
ABOVE_THE_MODELS: typing.Final = {"app_commands", "impl", "api", "testing", "demo", "ipc", "__main__"}


def _run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    # A fresh interpreter: a name that only resolves because another test imported its module
    # first would pass in-process and fail for a user.
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False
    )


@pytest.mark.parametrize(("path", "names"), HIKARI_MODULE_PATHS.items())
def test_hikari_module_paths_import_in_a_fresh_interpreter(path: str, names: list[str]) -> None:
    statement = f"from hikari_like.impl.{path} import {', '.join(names)}"

    result = _run_fresh(statement)

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("path", "names"), HIKARI_MODULE_PATHS.items())
def test_the_same_names_are_at_the_same_paths_in_hikari(path: str, names: list[str]) -> None:
    hikari_module = importlib.import_module(f"hikari.impl.{path}")

    assert [name for name in names if not hasattr(hikari_module, name)] == []


@pytest.mark.parametrize("path", HIKARI_MODULE_PATHS)
def test_a_hikari_path_offers_the_very_objects_of_the_room_it_points_into(path: str) -> None:
    module = importlib.import_module(f"hikari_like.impl.{path}")

    for name in module.__all__:
        value = getattr(module, name)
        home = getattr(value, "__module__", None)
        if home is not None and home.startswith("hikari_like.impl."):
            assert getattr(importlib.import_module(home), name) is value


def test_every_name_of_impl_resolves_in_a_fresh_interpreter() -> None:
    code = "import hikari_like.impl as impl\nfor name in impl.__all__:\n    getattr(impl, name)\n"

    result = _run_fresh(code)

    assert result.returncode == 0, result.stderr


def test_the_import_contracts_hold() -> None:
    result = _run_fresh(
        "import sys\nfrom importlinter.cli import lint_imports_command\n"
        "sys.argv = ['lint-imports', '--no-cache', '--no-logo']\nlint_imports_command()\n"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_top_level_module_is_held_by_a_contract() -> None:
    # A new model module must join the "models" contract, or be named as one that sits above them.
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    (models,) = [contract for contract in contracts if contract["id"] == "models"]
    held = {name.removeprefix("hikari_like.") for name in models["source_modules"]}

    top_level = {module.name for module in pkgutil.iter_modules(hikari_like.__path__)}

    assert top_level - held - ABOVE_THE_MODELS == set()
    assert held & ABOVE_THE_MODELS == set()


def test_the_rooms_contract_names_every_subpackage_of_impl() -> None:
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    (rooms,) = [contract for contract in contracts if contract["id"] == "rooms"]
    impl_path = ROOT / "hikari_like" / "impl"

    subpackages = {module.name for module in pkgutil.iter_modules([str(impl_path)]) if module.ispkg}

    assert subpackages - set(rooms["layers"]) == set()
