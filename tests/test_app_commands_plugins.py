"""Issue #20: plugins split a bot over modules: added and removed, loaded and unloaded from modules
(a package written to a temporary directory on `sys.path`), their checks run before their
commands', a clash changes nothing, and what they declare later is routed at once.
"""

from __future__ import annotations

import importlib
import re
import sys
import textwrap
import typing

import attrs
import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like.testing import payloads
from tests import test_app_commands_client as client_tests

if typing.TYPE_CHECKING:
    import pathlib

    from hikari_like.testing.emulator import EmulatedDiscord


@attrs.frozen
class Served(client_tests.Served):
    """The client tests' served bot, and the answer's text with its visibility."""

    async def content(self, payload: dict[str, typing.Any]) -> tuple[str, int]:
        """The answer's text and whether only the user sees it (64)."""
        data = (await self.send(payload)).json()["data"]
        return data["content"], data.get("flags", 0) & 64


@pytest.fixture
async def served(discord: EmulatedDiscord) -> typing.AsyncIterator[Served]:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=False)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        yield Served(discord, bot, client)
    finally:
        await bot.close()


def offline_client() -> app_commands.Client:
    return app_commands.Client(hikari.RESTBot("token", banner=None, logs=None), sync_on_start=False)


@pytest.fixture
def client() -> app_commands.Client:
    return offline_client()


UNKNOWN: typing.Final = (app_commands.UnknownCommandError().message, 64)


def tags_plugin() -> app_commands.Plugin:
    """A plugin with one of everything."""
    plugin = app_commands.Plugin("tags")
    tag = plugin.group("tag", "Tags")

    @tag.command("show", "Show a tag")
    async def show(ctx: app_commands.SlashContext, name: str) -> None:
        await ctx.respond(f"tag {name}")

    @plugin.slash("tags", "Every tag")
    async def every_tag(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("faq, rules")

    @plugin.user_command("Tags of")
    async def tags_of(ctx: app_commands.UserContext) -> None:
        await ctx.respond(f"tags of {ctx.target.username}")

    @plugin.component("tag:{name}")
    async def tag_button(ctx: app_commands.ComponentContext, name: str) -> None:
        await ctx.update(f"pressed {name}")

    @plugin.modal("tag-form:{name}")
    async def tag_form(ctx: app_commands.ModalContext, name: str) -> None:
        await ctx.respond(f"saved {name}", ephemeral=True)

    return plugin


# -- add and remove --------------------------------------------------------------------------------


async def test_a_plugin_is_routed_once_added_and_no_longer_once_removed(served: Served) -> None:
    plugin = tags_plugin()

    def show() -> dict[str, typing.Any]:  # a new interaction each time: a resent one is a replay (401)
        return payloads.slash_command("tag", [payloads.subcommand("show", {"name": "faq"})])

    assert await served.content(show()) == UNKNOWN

    served.client.add_plugin(plugin)
    assert served.client.plugins == {"tags": plugin}
    added_to = plugin.clients[-1] if plugin.clients else None
    assert added_to is served.client
    assert await served.content(show()) == ("tag faq", 0)
    assert await served.content(payloads.slash_command("tags")) == ("faq, rules", 0)
    assert (await served.content(payloads.user_command("Tags of")))[0].startswith("tags of ")
    assert await served.content(payloads.button_press("tag:faq")) == ("pressed faq", 0)
    assert await served.content(payloads.modal_submit("tag-form:faq", {})) == ("saved faq", 64)
    assert sorted(builder.name for builder in served.client.declared_commands()[None]) == [
        "Tags of",
        "tag",
        "tags",
    ]

    served.client.remove_plugin("tags")
    assert served.client.plugins == {}
    assert plugin.clients == ()
    assert list(served.client.registry) == []
    assert await served.content(show()) == UNKNOWN
    assert await served.content(payloads.button_press("tag:faq")) == (
        app_commands.UnknownComponentError().message,
        64,
    )
    assert not any(served.client.declared_commands().values())  # a sync would remove them

    served.client.add_plugin(plugin)  # and back again
    assert await served.content(show()) == ("tag faq", 0)


def test_plugins_are_added_once_by_name(client: app_commands.Client) -> None:
    client.add_plugin(app_commands.Plugin("tags"))
    with pytest.raises(app_commands.DeclarationError, match="'tags' is already added"):
        client.add_plugin(app_commands.Plugin("tags"))
    with pytest.raises(KeyError):
        client.remove_plugin("never added")


# -- checks ------------------------------------------------------------------------------------------


async def test_the_clients_then_the_plugins_then_the_groups_checks_run_before_the_commands(
    served: Served,
) -> None:
    ran: list[str] = []
    refuse: set[str] = set()

    def recording(name: str) -> typing.Callable[[app_commands.Context[typing.Any]], bool]:
        def check(ctx: app_commands.Context[typing.Any]) -> bool:
            ran.append(name)
            return name not in refuse

        return check

    served.client.checks.append(recording("client"))
    plugin = app_commands.Plugin("admin", checks=[app_commands.check(recording("plugin"))])
    admin = plugin.group("admin", "Admin tools")
    app_commands.check(recording("group"), message="Admins only.")(admin)

    @admin.command("wipe", "Wipe")
    @app_commands.check(recording("command"))
    async def wipe(ctx: app_commands.SlashContext) -> None:
        ran.append("handler")
        await ctx.respond("wiped")

    @plugin.component("confirm")
    @app_commands.check(recording("button"))
    async def confirm(ctx: app_commands.ComponentContext) -> None:
        ran.append("handler")
        await ctx.respond("confirmed")

    served.client.add_plugin(plugin)

    def invoke() -> dict[str, typing.Any]:
        return payloads.slash_command("admin", [payloads.subcommand("wipe")])

    assert await served.content(invoke()) == ("wiped", 0)
    assert ran == ["client", "plugin", "group", "command", "handler"]

    ran.clear()
    assert await served.content(payloads.button_press("confirm")) == ("confirmed", 0)
    assert ran == ["client", "plugin", "button", "handler"]

    ran.clear()
    refuse.add("plugin")
    assert await served.content(invoke()) == (app_commands.CheckFailedError().message, 64)
    assert ran == ["client", "plugin"]

    ran.clear()
    refuse.clear()
    refuse.add("group")
    assert await served.content(invoke()) == ("Admins only.", 64)
    assert ran == ["client", "plugin", "group"]


async def test_a_plugins_checks_guard_what_it_declares_after_being_added(served: Served) -> None:
    plugin = app_commands.Plugin("owners")
    app_commands.guild_only(plugin)
    served.client.add_plugin(plugin)

    @plugin.slash("shutdown", "Stop the bot")
    async def shutdown(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("stopping")

    assert await served.content(payloads.slash_command("shutdown")) == ("stopping", 0)
    refused = await served.content(payloads.slash_command("shutdown", guild=False))
    assert refused == (app_commands.GuildOnlyError().message, 64)


# -- clashes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clash", "expected"),
    [("slash", "/tags is declared twice"), ("component", "matches the same custom_ids as 'tag:{label}'")],
)
def test_a_clash_leaves_the_client_as_it_was(client: app_commands.Client, clash: str, expected: str) -> None:
    # The plugin's group /tag is added before the clash is met, and taken out again.
    if clash == "slash":

        @client.slash("tags", "The client's own")
        async def own(ctx: app_commands.SlashContext) -> None: ...

    else:

        @client.component("tag:{label}")  # the custom_ids the plugin's "tag:{name}" matches
        async def own_button(ctx: app_commands.ComponentContext, label: str) -> None: ...

    before = list(client.registry)
    plugin = tags_plugin()
    with pytest.raises(app_commands.DeclarationError, match=re.escape(expected)):
        client.add_plugin(plugin)
    assert list(client.registry) == before
    assert client.plugins == {}
    assert plugin.clients == ()
    assert len(list(plugin.registry)) == 5  # the plugin keeps its own, to be added elsewhere


def test_a_clash_declared_after_adding_changes_neither_side(client: app_commands.Client) -> None:
    @client.slash("ping", "The client's own")
    async def ping(ctx: app_commands.SlashContext) -> None: ...

    @client.component("refresh")
    async def refresh(ctx: app_commands.ComponentContext) -> None: ...

    plugin = app_commands.Plugin("extra")
    client.add_plugin(plugin)

    async def plugin_ping(ctx: app_commands.SlashContext) -> None: ...

    async def plugin_refresh(ctx: app_commands.ComponentContext) -> None: ...

    with pytest.raises(app_commands.DeclarationError, match="plugin_ping"):
        plugin.slash("ping", "The plugin's")(plugin_ping)
    with pytest.raises(app_commands.DeclarationError, match="already routed"):
        plugin.component("refresh")(plugin_refresh)
    assert list(plugin.registry) == []

    client.remove_plugin(plugin)  # takes nothing of the client's with it
    assert list(client.registry) == [ping, refresh]
    found = client.registry.components.find("refresh")
    assert found is not None
    assert found[0] is refresh


# -- declared after adding -----------------------------------------------------------------------------


async def test_what_a_plugin_declares_after_being_added_is_routed(served: Served) -> None:
    plugin = tags_plugin()
    served.client.add_plugin(plugin)

    @plugin.slash("late", "Declared after adding")
    async def late(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("late but routed")

    tag = plugin.registry.slash["tag"]
    assert isinstance(tag, app_commands.SlashGroup)

    @tag.command("count", "Count the tags")
    async def count(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("2 tags")

    assert await served.content(payloads.slash_command("late")) == ("late but routed", 0)
    assert await served.content(payloads.slash_command("tag", [payloads.subcommand("count")])) == (
        "2 tags",
        0,
    )
    assert "late" in [builder.name for builder in served.client.declared_commands()[None]]


# -- modules ---------------------------------------------------------------------------------------------


@pytest.fixture
def package(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[Package]:
    """An importable package in a temporary directory; its modules are forgotten afterwards."""
    name = f"plugins_{tmp_path.name.replace('-', '_')}"
    (tmp_path / name).mkdir()
    (tmp_path / name / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    made = Package(name, tmp_path / name)
    yield made
    for module in [module for module in sys.modules if module == name or module.startswith(f"{name}.")]:
        del sys.modules[module]


@attrs.frozen
class Package:
    name: str
    path: pathlib.Path

    def write(self, module: str, source: str) -> str:
        """Write `module` (dedented) into the package; return its dotted name."""
        (self.path / f"{module}.py").write_text(textwrap.dedent(source))
        importlib.invalidate_caches()  # a file the import system has not listed yet
        return f"{self.name}.{module}"


PLUGIN_MODULE: typing.Final = """
from hikari_like import app_commands

plugin = app_commands.Plugin("greetings")


@plugin.slash("hello", "Say hello")
async def hello(ctx: app_commands.SlashContext) -> None:
    await ctx.respond({answer!r})
"""


async def test_load_and_unload_a_module_with_a_plugin(served: Served, package: Package) -> None:
    name = package.write("greetings", PLUGIN_MODULE.format(answer="hello"))
    served.client.load_module(name)
    assert list(served.client.plugins) == ["greetings"]
    assert await served.content(payloads.slash_command("hello")) == ("hello", 0)

    served.client.unload_module(name)
    assert served.client.plugins == {}
    assert name not in sys.modules
    assert await served.content(payloads.slash_command("hello")) == UNKNOWN
    with pytest.raises(KeyError, match="not loaded"):
        served.client.unload_module(name)


async def test_reloading_a_module_runs_its_changed_code(served: Served, package: Package) -> None:
    name = package.write("greetings", PLUGIN_MODULE.format(answer="hello"))
    served.client.load_module(name)
    assert await served.content(payloads.slash_command("hello")) == ("hello", 0)

    # A different length as well as different text: the bytecode cache keys on size and mtime.
    package.write("greetings", PLUGIN_MODULE.format(answer="hello again, from the new code"))
    served.client.unload_module(name)
    served.client.load_module(name)
    assert await served.content(payloads.slash_command("hello")) == ("hello again, from the new code", 0)
    assert list(served.client.plugins) == ["greetings"]


async def test_a_module_may_offer_several_plugins_or_load_and_unload_functions(
    served: Served, package: Package
) -> None:
    several = package.write(
        "several",
        """
        from hikari_like import app_commands

        plugins = [app_commands.Plugin("one"), app_commands.Plugin("two")]


        @plugins[1].slash("two", "The second plugin's")
        async def two(ctx: app_commands.SlashContext) -> None:
            await ctx.respond("two")
        """,
    )
    hooks = package.write(
        "hooks",
        """
        from hikari_like import app_commands

        calls = []


        def load(client: app_commands.Client) -> None:
            calls.append("load")

            @client.slash("hooked", "Declared by load()")
            async def hooked(ctx: app_commands.SlashContext) -> None:
                await ctx.respond("hooked")


        def unload(client: app_commands.Client) -> None:
            calls.append("unload")
            client.registry.remove(client.registry.slash["hooked"])
        """,
    )
    served.client.load_module(several)
    served.client.load_module(hooks)
    assert sorted(served.client.plugins) == ["one", "two"]
    assert await served.content(payloads.slash_command("two")) == ("two", 0)
    assert await served.content(payloads.slash_command("hooked")) == ("hooked", 0)
    calls = sys.modules[hooks].calls

    served.client.unload_module(several)
    served.client.unload_module(hooks)
    assert calls == ["load", "unload"]
    assert served.client.plugins == {}
    assert list(served.client.registry) == []


def test_a_module_offering_nothing_is_refused(client: app_commands.Client, package: Package) -> None:
    empty = package.write("empty", "VALUE = 1\n")
    with pytest.raises(app_commands.DeclarationError, match="no `plugin`, `plugins` or `load"):
        client.load_module(empty)
    with pytest.raises(ModuleNotFoundError):
        client.load_module(f"{package.name}.missing")


def test_a_plugin_on_two_clients_routes_through_both() -> None:
    first, second = offline_client(), offline_client()
    plugin = app_commands.Plugin("shared")
    first.add_plugin(plugin)
    second.add_plugin(plugin)

    @plugin.slash("late", "Declared once both have the plugin")
    async def late(ctx: app_commands.SlashContext) -> None: ...

    assert "late" in first.registry.slash
    assert "late" in second.registry.slash
    first.remove_plugin(plugin)
    assert plugin.clients == (second,)
    assert "late" not in first.registry.slash
    assert "late" in second.registry.slash
