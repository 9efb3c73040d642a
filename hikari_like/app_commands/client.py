"""`Client`: routes a bot's interactions to declared commands, components and modals.

```python
import hikari_like as hikari
from hikari_like import app_commands

bot = hikari.RESTBot(token)  # or AsgiBot, or GatewayBot: the same client on each
client = app_commands.Client(bot)


@client.slash("ping", "Check the bot answers")
async def ping(ctx: app_commands.SlashContext) -> None:
    await ctx.respond("Pong!")


bot.run()  # at start, the declared commands are synced: written only if Discord's differ
```

The client sets the bot's four interaction listeners. A handler runs under the same rules as a
listener (the deadline warning, auto-defer, late answers); checks and cooldowns run before it and
answer a refusal with an ephemeral message (`set_failure_messages`); an error reaches
`set_error_handler`, then the bot's own error handler.
"""

from __future__ import annotations

__all__ = ["Client"]

import contextvars
import hashlib
import importlib
import inspect
import logging
import sys
import typing

from hikari_like import snowflakes
from hikari_like.app_commands import answering
from hikari_like.app_commands import checks as checks_
from hikari_like.app_commands import context as contexts
from hikari_like.app_commands import declarations as declared
from hikari_like.app_commands import errors
from hikari_like.app_commands import lookup
from hikari_like.app_commands import store as store_
from hikari_like.app_commands.registry import Declarations
from hikari_like.app_commands.registry import Item
from hikari_like.app_commands.registry import Registry
from hikari_like.app_commands.route_table import RouteTable
from hikari_like.app_commands.suggestions import autocomplete_builder
from hikari_like.errors import DiscordRuleError
from hikari_like.errors import HikariLikeError
from hikari_like.impl.builders import responses
from hikari_like.impl.rest import routes
from hikari_like.impl.server.dispatch import AnswerThen
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.command_interactions import AutocompleteInteraction
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.modal_interactions import ModalInteraction

if typing.TYPE_CHECKING:
    import types

    from hikari_like.app_commands.options import ResolveT
    from hikari_like.app_commands.plugins import Plugin
    from hikari_like.app_commands.sync import SyncReport
    from hikari_like.impl.bots.asgi_bot import AsgiBot
    from hikari_like.impl.bots.gateway_bot import GatewayBot
    from hikari_like.impl.bots.rest_bot import RESTBot
    from hikari_like.impl.builders.commands import CommandBuilder
    from hikari_like.impl.rest.client import RESTClientImpl

_LOGGER: typing.Final = logging.getLogger("hikari_like.app_commands")
_SLASH: typing.Final = 1
_USER: typing.Final = 2
_EPHEMERAL: typing.Final = 1 << 6
# Looked up on every command, so kept at hand.
_SlashGroup: typing.Final = declared.SlashGroup
_SlashContext: typing.Final = contexts.SlashContext
_DETACHED: typing.Final = contexts._DETACHED
_copy_context: typing.Final = contextvars.copy_context
_first_step: typing.Final = answering.first_step
_ENDED: typing.Final = answering.ENDED
_NO_ARGUMENTS: typing.Final[dict[str, typing.Any]] = {}  # read only: `_run` passes none for it

AnswerableContext: typing.TypeAlias = (
    "contexts.SlashContext | contexts.ComponentContext | contexts.ModalContext"
)
"""What an error handler or a failure message is given: a context that can answer."""
ErrorHandlerT = typing.Callable[[AnswerableContext, Exception], typing.Awaitable[None]]
"""`async def on_error(ctx, exception) -> None`: answer (`ctx.respond`) or let it reach the bot."""
FailureMessagesT = typing.Callable[[AnswerableContext, errors.CommandRefused], str | None]
"""`def messages(ctx, refusal) -> str | None`: the ephemeral text for a refusal (`None`: silence)."""


Bot: typing.TypeAlias = "RESTBot | AsgiBot | GatewayBot"
"""What a client serves: every bot kind of hikari_like."""


def default_failure_message(ctx: AnswerableContext, refusal: errors.CommandRefused) -> str | None:
    """The refusal's own message (`"You need these permissions: manage roles."`)."""
    return refusal.message


class Client(Declarations):
    """Routes `app`'s interactions to what is declared on it and on its plugins.

    Parameters
    ----------
    app
        The bot (`RESTBot`, `AsgiBot`, `GatewayBot`); the client takes its four interaction
        listeners.
    sync_on_start
        Make Discord's commands the declared ones when the bot starts, writing only what
        differs. With several workers exactly one syncs (see `hikari_like.app_commands.sync`).
    default_guilds
        Register every command without `guilds=` in these guilds instead of globally (guild
        commands update instantly: the development setting).
    store
        Where cooldowns are counted and the one-syncer claim is made; by default the bot's
        rate-limit store when it can (`RedisStore`: shared by every worker), else this process.
    owner_ids
        Who `owner_only` lets in; by default the application's owner and team, fetched once.
    """

    __slots__ = (
        "_error_handler",
        "_failure_messages",
        "_owner_ids",
        "_plugins",
        "_slash",
        "app",
        "checks",
        "default_guilds",
        "registry",
        "store",
        "sync_on_start",
    )

    def __init__(
        self,
        app: Bot,
        *,
        sync_on_start: bool = True,
        default_guilds: typing.Iterable[snowflakes.SnowflakeishOr] | None = None,
        store: store_.CommandStore | None = None,
        owner_ids: typing.Iterable[snowflakes.SnowflakeishOr] | None = None,
    ) -> None:
        self.app = app
        self.registry = Registry()
        self._slash = self.registry.slash  # looked up on every command
        self.checks: list[typing.Any] = []
        """Checks every command and route of this client runs first."""
        self.sync_on_start = sync_on_start
        self.default_guilds = tuple(snowflakes.snowflake_of(guild) for guild in default_guilds or ())
        self.store = store if store is not None else store_.command_store_for(_rate_limit_store(app))
        self._owner_ids = (
            None if owner_ids is None else frozenset(snowflakes.snowflake_of(i) for i in owner_ids)
        )
        self._plugins: dict[str, Plugin] = {}
        self._error_handler: ErrorHandlerT | None = None
        self._failure_messages: FailureMessagesT = default_failure_message
        app.set_listener(CommandInteraction, self._on_command)
        app.set_listener(AutocompleteInteraction, self._on_autocomplete)
        app.set_listener(ComponentInteraction, self._on_component)
        app.set_listener(ModalInteraction, self._on_modal)
        app.add_startup_callback(self._sync_at_start)

    def __repr__(self) -> str:
        return f"Client({type(self.app).__name__}, {len(list(self.registry))} declarations)"

    @property
    def rest(self) -> RESTClientImpl:
        """The bot's REST client."""
        return self.app.rest

    @property
    def plugins(self) -> typing.Mapping[str, Plugin]:
        """The plugins added, by name."""
        return dict(self._plugins)

    # -- declaring ------------------------------------------------------------------------------

    def _declare(self, item: Item) -> None:
        self.registry.add(item)

    def add_plugin(self, plugin: Plugin) -> None:
        """Route `plugin`'s declarations (and later ones) through this client."""
        if plugin.name in self._plugins:
            raise errors.DeclarationError(f"a plugin named {plugin.name!r} is already added")
        plugin._attach(self)
        self._plugins[plugin.name] = plugin

    def remove_plugin(self, plugin: Plugin | str) -> None:
        """Stop routing a plugin's declarations (its commands leave Discord at the next sync)."""
        name = plugin if isinstance(plugin, str) else plugin.name
        added = self._plugins.get(name)
        if added is None or (not isinstance(plugin, str) and added is not plugin):
            raise KeyError(f"plugin {name!r} is not added to this client")
        del self._plugins[name]
        added._detach(self)

    def load_module(self, name: str) -> None:
        """Import module `name` and add what it offers: a `plugin` (or `plugins`), or `load(client)`.

        ```python
        client.load_module("mybot.plugins.tags")  # mybot/plugins/tags.py defines `plugin = Plugin("tags")`
        ```
        """
        importlib.invalidate_caches()  # a module written since its package was last listed
        module = importlib.import_module(name)
        loader = getattr(module, "load", None)
        if callable(loader):
            loader(self)
            return
        found = _plugins_in(module)
        if not found:
            raise errors.DeclarationError(f"module {name!r} has no `plugin`, `plugins` or `load(client)`")
        added: list[Plugin] = []
        try:
            for plugin in found:
                self.add_plugin(plugin)
                added.append(plugin)
        except BaseException:
            for plugin in added:  # all or nothing: loading it again runs its code again
                self.remove_plugin(plugin)
            sys.modules.pop(name, None)
            raise

    def unload_module(self, name: str) -> None:
        """Undo `load_module(name)` (`unload(client)` if the module has one) and forget the module,
        so loading it again runs its current code."""
        module = sys.modules.get(name)
        if module is None:
            raise KeyError(f"module {name!r} is not loaded")
        unloader = getattr(module, "unload", None)
        if callable(unloader):
            unloader(self)
        else:
            for plugin in _plugins_in(module):
                if self._plugins.get(plugin.name) is plugin:
                    self.remove_plugin(plugin)
        del sys.modules[name]

    def set_error_handler(self, handler: ErrorHandlerT | None, /) -> None:
        """Call `handler(ctx, exception)` when a handler raises (`None` removes it).

        The handler may answer (`await ctx.respond("Something went wrong.", ephemeral=True)`);
        if it does not, the error goes on to the bot (its error handler, else a logged 500).
        """
        self._error_handler = handler

    def set_failure_messages(self, messages: FailureMessagesT | None, /) -> None:
        """Choose the ephemeral text that answers a refused check or cooldown (`None`: defaults).

        ```python
        def failure_messages(ctx, refusal):
            if isinstance(refusal, app_commands.OnCooldownError):
                return f"Wait {refusal.retry_after:.0f} s."
            return refusal.message
        ```
        """
        self._failure_messages = messages or default_failure_message

    # -- what Discord is told -------------------------------------------------------------------

    def declared_commands(
        self, guild: snowflakes.SnowflakeishOr | None = None
    ) -> dict[snowflakes.Snowflake | None, list[CommandBuilder]]:
        """The command builders to register, by scope (`None`: global; else a guild ID).

        `guild` puts every command in that guild instead, as `--guild` does on the command line.
        """
        # The global scope is always there (unless everything goes to chosen guilds): a bot whose
        # last global command was removed must clear it.
        developing = guild is not None or bool(self.default_guilds)
        scopes: dict[snowflakes.Snowflake | None, list[CommandBuilder]] = {} if developing else {None: []}
        override = None if guild is None else (snowflakes.snowflake_of(guild),)
        for command in (*self.registry.slash.values(), *self.registry.menus.values()):
            for scope in override or command.settings.guilds or self.default_guilds or (None,):
                scopes.setdefault(scope, []).append(command.to_builder())
        return scopes

    async def sync(
        self, *, guild: snowflakes.SnowflakeishOr | None = None, dry_run: bool = False
    ) -> SyncReport:
        """Make Discord's commands the declared ones now, writing only what differs."""
        from hikari_like.app_commands import sync as sync_

        application = await self.rest.fetch_application()
        return await sync_.sync_commands(
            self.rest, application, self.declared_commands(guild), dry_run=dry_run
        )

    async def _sync_at_start(self, _: object) -> None:
        if not self.sync_on_start:
            return
        from hikari_like.app_commands import sync as sync_
        from hikari_like.app_commands import sync_claim

        application = await self.rest.fetch_application()
        declared = self.declared_commands()
        # The API's address is part of the key: a staging bot and a test rig sharing a host and an
        # application must not skip each other's sync.
        key = f"{sync_claim.sync_key(application, declared)}:{_digest(self.rest.rest_url)}"
        async with sync_claim.claim_sync(key, store=self.store) as mine:
            if not mine:
                return
            try:
                await sync_.sync_commands(self.rest, application, declared)
            except HikariLikeError as error:
                if isinstance(error, DiscordRuleError):
                    raise  # a declaration Discord would refuse: a bug to fix before serving
                # Discord (or the network) failed: serve with the commands as they are; the next
                # start tries again.
                _LOGGER.error("could not sync the commands at start: %s", error)

    async def fetch_owner_ids(self) -> frozenset[snowflakes.Snowflake]:
        """The application's owner and team members (fetched once), or the `owner_ids` given."""
        if self._owner_ids is None:
            payload = await self.rest.request(routes.GET_MY_APPLICATION.compile())
            self._owner_ids = _owners(payload)
        return self._owner_ids

    # -- answering ------------------------------------------------------------------------------

    def _on_command(self, interaction: CommandInteraction) -> typing.Any:
        # Options are read from the payload as Discord sent it: building the option models is a
        # measurable share of an interaction, and the declaration says what each value must be.
        data = interaction._raw_data
        command_type = data.get("type", _SLASH)
        if command_type == _SLASH:
            found: typing.Any = self._slash.get(interaction.command_name)
            options = data.get("options")
            if type(found) is _SlashGroup:
                found, options = lookup.find_subcommand(found, options)
            if found is not None:
                ctx: contexts.Context[typing.Any] = _SlashContext(interaction, self, found.key)
                if not options and not found.readers:  # the usual small command: nothing to read
                    return self._run(ctx, found, _NO_ARGUMENTS)
                try:
                    return self._run(ctx, found, _arguments(found, options, interaction))
                except errors.StaleCommandError as stale:
                    return self._refusal(ctx, stale)
            key = f"/{interaction.command_name}"
        else:
            menu = self.registry.menus.get((command_type, interaction.command_name))
            if menu is not None:
                ctx_class = contexts.UserContext if menu.type == _USER else contexts.MessageContext
                return self._run(ctx_class(interaction, self, menu.key), menu, {})
            key = interaction.command_name
        return self._refusal(contexts.SlashContext(interaction, self, key), errors.UnknownCommandError())

    def listener_name_for(self, interaction: object) -> str | None:
        """The handler this client runs for `interaction` (the bot's log lines name it)."""
        return lookup.handler_name_for(self.registry, interaction)

    def _on_component(self, interaction: ComponentInteraction) -> typing.Any:
        return self._by_custom_id(
            interaction, self.registry.components, contexts.ComponentContext, "component"
        )

    def _on_modal(self, interaction: ModalInteraction) -> typing.Any:
        return self._by_custom_id(interaction, self.registry.modals, contexts.ModalContext, "modal")

    def _by_custom_id(
        self,
        interaction: ComponentInteraction | ModalInteraction,
        table: RouteTable[typing.Any],
        context_class: type[contexts.Context[typing.Any]],
        kind: str,
    ) -> typing.Any:
        found = table.find(interaction.custom_id)
        if found is None:
            ctx = context_class(interaction, self, f"{kind}:{interaction.custom_id}")
            return self._refusal(ctx, errors.UnknownComponentError())
        route, captures = found
        return self._run(context_class(interaction, self, route.key), route, captures)

    async def _on_autocomplete(
        self, interaction: AutocompleteInteraction
    ) -> responses.InteractionAutocompleteBuilder:
        found, _ = lookup.find_slash(
            self.registry, interaction.command_name, interaction._raw_data.get("options")
        )
        focused = interaction.focused_option
        if found is not None and focused is not None:
            handler = found.autocompleters.get(focused.name)
            if handler is not None:
                return autocomplete_builder(
                    await handler(contexts.AutocompleteContext(interaction, self, found.key))
                )
        _LOGGER.warning(
            "no autocomplete handler for /%s; answered with no suggestions", interaction.command_name
        )
        return responses.InteractionAutocompleteBuilder([])

    def _run(
        self, ctx: contexts.Context[typing.Any], route: typing.Any, kwargs: dict[str, typing.Any]
    ) -> typing.Any:
        """Run the route's handler for `ctx`: the answer, or an awaitable of it (for the dispatcher)."""
        if self.checks or route.checks or route.cooldown is not None or route.plugin or route.parent:
            return self._guarded(ctx, route, kwargs)
        return self._start(ctx, route, kwargs)

    def _start(
        self, ctx: contexts.Context[typing.Any], route: typing.Any, kwargs: dict[str, typing.Any]
    ) -> typing.Any:
        """Take the handler's first step now, in the listener's own call.

        Most handlers answer and end in it; their answer then goes to the dispatcher as it is,
        with no coroutine of this layer around it (a measurable share of a small command's
        cost). A handler that goes on, or fails, continues in a coroutine.
        """
        # Every step of the handler runs in this one context, whichever task takes it: a context
        # variable it sets before answering can be reset after the handover.
        steps_in = _copy_context()
        try:
            call = route.handler(ctx, **kwargs) if kwargs else route.handler(ctx)
            if route.is_generator:
                return self._settle(
                    ctx, answering.run_generator_to_answer(ctx, call, self._after_answer, steps_in)
                )
            if route.returns_nothing:
                waiting_on = steps_in.run(_first_step, call)
                if waiting_on is _ENDED:
                    return self._ended(ctx, None)
            else:
                waiting_on = steps_in.run(call.send, None)
        except StopIteration as stop:
            return self._ended(ctx, stop.value)
        except errors.CommandRefused as refusal:
            return self._refusal(ctx, refusal)
        except Exception as exc:
            return self._on_error(ctx, exc)
        return self._settle(ctx, answering.run_to_answer(ctx, call, waiting_on, self._after_answer, steps_in))

    def _ended(self, ctx: contexts.Context[typing.Any], returned: object) -> typing.Any:
        """The answer of a handler that ended in its first step."""
        if returned is None and ctx._kind is not None:  # answered through ctx: the usual end
            ctx._phase = _DETACHED
            return ctx._answer
        return _later(answering.finished(ctx, returned))

    async def _guarded(
        self, ctx: contexts.Context[typing.Any], route: typing.Any, kwargs: dict[str, typing.Any]
    ) -> typing.Any:
        try:
            await self._guard(ctx, route)
        except errors.CommandRefused as refusal:
            return await self._refusal(ctx, refusal)
        except Exception as exc:
            return await self._on_error(ctx, exc)
        started = self._start(ctx, route, kwargs)
        return await started if inspect.isawaitable(started) else started

    async def _settle(
        self, ctx: contexts.Context[typing.Any], answering_: typing.Awaitable[typing.Any]
    ) -> typing.Any:
        """Await the rest of a handler's way to its answer, turning a refusal or an error into one."""
        try:
            return await answering_
        except errors.CommandRefused as refusal:
            return await self._refusal(ctx, refusal)
        except Exception as exc:
            return await self._on_error(ctx, exc)

    async def _guard(self, ctx: contexts.Context[typing.Any], route: typing.Any) -> None:
        await checks_.run_checks(_guards_of(route, self.checks), ctx)
        if route.cooldown is not None:
            await route.cooldown.acquire(self.store, ctx)

    async def _refusal(self, ctx: contexts.Context[typing.Any], refusal: errors.CommandRefused) -> typing.Any:
        _LOGGER.debug("%s refused for user %s: %s", ctx.command_key, ctx.user.id, refusal)
        text = self._failure_messages(_answerable(ctx), refusal)
        live = ctx._phase == contexts._LIVE
        if ctx._kind is None and live:
            return None if text is None else _ephemeral(text)
        if live:
            # It answered, then was refused before returning: the answer goes out, the refusal
            # after it (a followup now would wait for an answer only sent once this returns).
            ctx._phase = contexts._SENDING
            return (
                ctx._answer if text is None else AnswerThen(ctx._answer, self._refuse_after_answer(ctx, text))
            )
        if text is not None:
            await _messages(ctx).followup(text, ephemeral=True)
        return None

    async def _refuse_after_answer(self, ctx: contexts.Context[typing.Any], text: str) -> None:
        ctx._mark_sent()
        await _messages(ctx).followup(text, ephemeral=True)

    async def _on_error(self, ctx: contexts.Context[typing.Any], exc: Exception) -> typing.Any:
        if ctx._kind is not None and ctx._phase == contexts._LIVE:
            # It answered, then failed before returning: the answer still goes out, the error after.
            ctx._phase = contexts._SENDING
            return AnswerThen(ctx._answer, self._after_answer_at_once(ctx, exc))
        if self._error_handler is None:
            raise exc
        await self._error_handler(_answerable(ctx), exc)
        if ctx._kind is None:
            raise exc
        return ctx._answer if ctx._phase == contexts._LIVE else None

    async def _after_answer_at_once(self, ctx: contexts.Context[typing.Any], exc: Exception) -> None:
        ctx._mark_sent()
        await self._after_answer(ctx, exc)

    async def _after_answer(self, ctx: contexts.Context[typing.Any], exc: Exception) -> None:
        """A handler raised after its answer was sent: the error handler may follow up."""
        if isinstance(exc, errors.CommandRefused):  # refused late: its message follows up
            text = self._failure_messages(_answerable(ctx), exc)
            if text is not None:
                await _messages(ctx).followup(text, ephemeral=True)
            return
        if self._error_handler is not None:
            try:
                await self._error_handler(_answerable(ctx), exc)
                return
            except Exception as handler_exc:
                _LOGGER.exception("the error handler raised on %s", ctx.command_key, exc_info=handler_exc)
        _LOGGER.error("%s raised after answering", ctx.command_key, exc_info=exc)


async def _later(answer: object) -> object:
    # What a handler returned other than through its context (a builder, `None`, or a mistake the
    # dispatcher names): awaited like any listener's answer.
    return answer


def _ephemeral(text: str) -> responses.InteractionMessageBuilder:
    return responses.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, text, flags=_EPHEMERAL)


def _answerable(ctx: contexts.Context[typing.Any]) -> AnswerableContext:
    # Refusals and errors come from commands, components and modals (autocomplete has neither).
    return typing.cast("AnswerableContext", ctx)


def _messages(ctx: contexts.Context[typing.Any]) -> contexts._Messages[typing.Any]:
    # Every context that can be refused answers with messages (autocomplete is never refused).
    return typing.cast("contexts._Messages[typing.Any]", ctx)


def _rate_limit_store(app: object) -> object:
    return getattr(getattr(app, "rest", None), "rate_limit_store", None)


def _plugins_in(module: types.ModuleType) -> list[Plugin]:
    from hikari_like.app_commands.plugins import Plugin

    single = getattr(module, "plugin", None)
    several = getattr(module, "plugins", ())
    return [item for item in (single, *several) if isinstance(item, Plugin)]


def _owners(payload: typing.Any) -> frozenset[snowflakes.Snowflake]:
    owner = payload.get("owner") or {}
    members = (payload.get("team") or {}).get("members") or ()
    ids = [owner.get("id"), *((member.get("user") or {}).get("id") for member in members)]
    return frozenset(snowflakes.Snowflake(i) for i in ids if isinstance(i, str) and i.isdigit())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _arguments(
    command: declared.SlashCommand[typing.Any], options: object, interaction: CommandInteraction
) -> dict[str, typing.Any]:
    """The handler's keyword arguments from the raw options; `StaleCommandError` when Discord's
    copy of the command is not the declared one (an option unknown, of another type, a value of
    the wrong JSON type, or a required option missing)."""
    kwargs = dict(command.defaults) if command.defaults else {}
    readers = command.readers
    for option in options if type(options) is list else _stale(options):
        reader = readers.get(option.get("name", "")) if type(option) is dict else None
        if reader is None:
            raise errors.StaleCommandError()
        parameter, option_type, accepts, resolve = reader
        value = option.get("value")
        if option.get("type") != option_type or type(value) not in accepts:
            raise errors.StaleCommandError()
        kwargs[parameter] = value if resolve is None else _resolve(resolve, value, interaction)
    if len(kwargs) != len(readers):
        raise errors.StaleCommandError()
    return kwargs


def _stale(options: object) -> list[typing.Any]:
    if options is None:
        return []
    raise errors.StaleCommandError()


def _resolve(resolve: ResolveT, value: object, interaction: CommandInteraction) -> object:
    try:
        return resolve(value, interaction.resolved)
    except (TypeError, ValueError):  # an ID that is not one, an enum value that left the enum
        raise errors.StaleCommandError() from None


def _guards_of(route: typing.Any, client_checks: list[typing.Any]) -> list[typing.Any]:
    """Every check `route` runs, outermost first: the client's, its plugin's, its groups', its own."""
    plugin, parent = route.plugin, route.parent
    combined = list(client_checks)
    if plugin is not None:
        combined.extend(plugin.checks)
    groups = []
    while parent is not None:
        groups.append(parent.checks)
        parent = parent.parent
    for group_checks in reversed(groups):
        combined.extend(group_checks)
    combined.extend(route.checks)
    return combined
