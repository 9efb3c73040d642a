"""`import hikari_like` stays light: the heavy dependencies load when a program first needs them.

Each check runs in a fresh interpreter (`python -c`) and looks at `sys.modules`, not at a clock:
what got imported is deterministic, how long it took is not.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("aiohttp", "multidict", "yarl", "cryptography", "nacl", "colorlog", "hikari_like.testing")
"""Modules that `import hikari_like` must not load."""

_REPORT = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def _modules_after(statement: str) -> set[str]:
    """The top-level packages and our modules in `sys.modules` after running `statement`."""
    code = f"{statement}\n{_REPORT}"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(output.stdout.splitlines()[-1]))


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(module.startswith(f"{name}.") for module in modules)


def test_import_does_not_load_heavy_dependencies() -> None:
    modules = _modules_after("import hikari_like")

    assert [name for name in HEAVY if _loaded(modules, name)] == []


def test_defining_listeners_with_models_and_builders_stays_light() -> None:
    statement = (
        "import hikari_like\n"
        "async def on_command(interaction: hikari_like.CommandInteraction) -> None:\n"
        "    interaction.build_response().set_content('pong').add_embed(hikari_like.Embed(title='t'))\n"
        "hikari_like.impl.MessageActionRowBuilder().add_interactive_button(\n"
        "    hikari_like.ButtonStyle.PRIMARY, 'id', label='go')\n"
        "hikari_like.impl.SlashCommandBuilder('ping', 'Ping')\n"
        "hikari_like.Bytes(b'x', 'x.txt'); hikari_like.URL('https://example.com/a.png')\n"
    )
    modules = _modules_after(statement)

    assert [name for name in HEAVY if _loaded(modules, name)] == []
    assert not _loaded(modules, "hikari_like.impl.bots.rest_bot")


@pytest.mark.parametrize(
    ("statement", "module"),
    [
        ("hikari_like.RESTBot", "hikari_like.impl.bots.rest_bot"),
        ("hikari_like.AsgiBot", "hikari_like.impl.bots.asgi_bot"),
        ("hikari_like.impl.RESTClientImpl", "hikari_like.impl.rest"),
    ],
)
def test_a_lazy_name_loads_its_module_on_first_use(statement: str, module: str) -> None:
    assert module not in _modules_after("import hikari_like")
    assert module in _modules_after(f"import hikari_like\n{statement}")


def test_lazy_names_are_the_real_objects_and_are_cached() -> None:
    import hikari_like
    from hikari_like.impl.bots import rest_bot

    assert hikari_like.RESTBot is rest_bot.RESTBot
    assert hikari_like.impl.RESTBot is rest_bot.RESTBot
    # The first lookup stores the name in the package, so later ones skip `__getattr__`.
    assert vars(hikari_like)["RESTBot"] is rest_bot.RESTBot


def test_lazy_names_support_from_imports_and_dir() -> None:
    import hikari_like
    from hikari_like import AsgiAdapter  # noqa: F401 - the import itself is the check.

    assert {"RESTBot", "AsgiBot", "impl"} <= set(dir(hikari_like))


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    import hikari_like

    with pytest.raises(AttributeError, match="NoSuchThing"):
        hikari_like.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018


RARELY_BUILT = (
    "hikari_like.polls",
    "hikari_like.impl.builders.polls",
    "hikari_like.impl.builders.modal_fields",
)
"""Polls and modal fields: most bots never send them, so a bot program does not load them."""


def test_a_bot_program_does_not_load_polls_or_modal_fields() -> None:
    modules = _modules_after("import hikari_like\nhikari_like.RESTBot\nhikari_like.CommandInteraction")

    assert [name for name in RARELY_BUILT if name in modules] == []


@pytest.mark.parametrize(
    ("statement", "module"),
    [
        ("hikari_like.Poll", "hikari_like.polls"),
        ("hikari_like.polls.PollLayoutType", "hikari_like.polls"),
        ("hikari_like.impl.PollBuilder", "hikari_like.impl.builders.polls"),
        (
            "hikari_like.impl.special_endpoints.RadioGroupComponentBuilder",
            "hikari_like.impl.builders.modal_fields",
        ),
        ("hikari_like.impl.builders.LabelComponentBuilder", "hikari_like.impl.builders.modal_fields"),
    ],
)
def test_polls_and_modal_fields_load_when_named(statement: str, module: str) -> None:
    modules = _modules_after(f"import hikari_like, hikari_like.impl.special_endpoints\nassert {statement}")

    assert module in modules
