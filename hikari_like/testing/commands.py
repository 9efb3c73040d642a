"""Drive a command-layer bot the way a Discord user would: invoke, press, submit, autocomplete.

A `CommandSession` plays one user of the emulated Discord. It reads the bot's declarations to build
each interaction (options by the handler's parameter names, checked as Discord's client checks
them), delivers it over real signed HTTP to the running bot, waits for the work the bot does after
answering, and returns a `Reply`: the live record of what Discord received.

```python
from hikari_like import testing
from hikari_like.testing.emulator import EmulatedDiscord


async def test_tags() -> None:
    async with EmulatedDiscord() as discord:
        bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        client = build_client(bot)  # the bot's app_commands.Client
        async with testing.CommandSession(client, discord) as user:  # starts the bot, closes it after
            reply = await user.invoke("tag show", name="faq")
            assert reply.content == "FAQ: read the pins" and not reply.is_ephemeral
            pressed = await user.press(reply, "helpful:0")  # a button on that message
            form = await user.invoke("tag suggest", name="faq")  # answered with a modal
            done = await user.submit(form, text="Mention the FAQ channel")
            names = [choice.value for choice in await user.autocomplete("tag show", "name", "fa")]
```

Mistakes in a test are errors before anything is sent: `TypeError` for a name, field or type that
does not fit what the bot declared, `ValueError` for a value Discord's client would refuse.
"""

from __future__ import annotations

__all__ = ["CommandSession", "ModalForm", "Reply", "SentMessage"]

import copy
import typing
from collections.abc import Mapping

import attrs

from hikari_like import commands
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.applications import ApplicationContextType
from hikari_like.components import ComponentType
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.bots.rest_bot import RESTBot
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.testing import payloads
from hikari_like.testing import settling
from hikari_like.testing._command_forms import chosen_values
from hikari_like.testing._command_forms import find_component
from hikari_like.testing._command_forms import submitted_components
from hikari_like.testing._command_options import find_command
from hikari_like.testing._command_options import nested
from hikari_like.testing._command_options import options_of
from hikari_like.testing._command_replies import ModalForm
from hikari_like.testing._command_replies import Reply
from hikari_like.testing._command_replies import SentMessage
from hikari_like.testing._command_world import References
from hikari_like.testing._command_world import World
from hikari_like.testing._command_world import id_of

if typing.TYPE_CHECKING:
    import types

    from hikari_like import permissions as permissions_
    from hikari_like.app_commands import Client
    from hikari_like.app_commands import declarations
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing.emulator import EmulatedDiscord
    from hikari_like.testing.gateway import EmulatedGateway

    _Messageish: typing.TypeAlias = Reply | SentMessage | Mapping[str, typing.Any]

_DEFAULT_USERNAME: typing.Final = "tester"
_DM_CHANNEL: typing.Final = 1


@attrs.define(slots=True)
class _Shared:
    """What a session and its `as_user` views share: the bot's URL, who started it, the replies."""

    url: str | None
    gateway: EmulatedGateway | None = None
    started_bot: bool = False
    replies: list[Reply] = attrs.field(factory=list)


class CommandSession:
    """One user of the emulated Discord, using the bot behind `client`.

    Parameters
    ----------
    client
        The bot's `app_commands.Client`; its bot must use `discord` as its REST API (`rest_url=
        discord.url`), so it verifies what the emulator signs and answers through it.
    discord
        The running `EmulatedDiscord`.
    url
        The bot's interactions URL. Leave it out for a `RESTBot`: the session uses the running
        bot's, or starts the bot on a loopback port and closes it at the end. For an `AsgiBot`,
        serve it (uvicorn on loopback) and pass the URL.
    gateway
        For a `GatewayBot`: the `EmulatedGateway` it connects to. Interactions are then dispatched
        on the bot's shard (`EmulatedGateway.send_interaction`) instead of POSTed; the session
        starts the bot if it is not running (attaching the gateway to `discord` if needed).
    user
        Who invokes: a user ID, an emulator user dict or a hikari_like user. By default a new
        emulator user named "tester". In a guild the user is made a member if they are not one.
    channel_id
        Where (default: the emulator's channel, in its guild); `dm=True` for the user's DM with
        the bot instead.
    permissions, app_permissions
        The invoker's and the bot's permissions in the channel; by default what the emulator
        computes from its roles and overwrites (change `discord.bot_role()` and they follow).
    settle_timeout
        How long a call waits for the bot's work after its answer (edits, followups) before it
        raises `TimeoutError`.
    """

    __slots__ = (
        "_channel_id",
        "_invoker",
        "_owner",
        "_shared",
        "_user",
        "app_permissions",
        "client",
        "discord",
        "dm",
        "locale",
        "permissions",
        "settle_timeout",
    )

    def __init__(
        self,
        client: Client,
        discord: EmulatedDiscord,
        *,
        url: str | None = None,
        gateway: EmulatedGateway | None = None,
        user: object = None,
        channel_id: snowflakes.SnowflakeishOr | None = None,
        dm: bool = False,
        permissions: permissions_.Permissions | int | None = None,
        app_permissions: permissions_.Permissions | int | None = None,
        locale: str = "en-US",
        settle_timeout: float = 10.0,
    ) -> None:
        self.client = client
        self.discord = discord
        self.dm = dm
        self.permissions = permissions
        self.app_permissions = app_permissions
        self.locale = locale
        self.settle_timeout = settle_timeout
        self._user = user
        self._channel_id = None if channel_id is None else str(snowflakes.snowflake_of(channel_id))
        self._invoker: JSONObject | None = None
        self._shared = _Shared(url, gateway)
        self._owner = True

    def __repr__(self) -> str:
        return f"CommandSession(url={self._shared.url!r}, user={self.user.get('username')!r}, dm={self.dm})"

    # ---- lifecycle ---------------------------------------------------------------------------------

    async def start(self) -> None:
        """Find the bot's URL, starting a `RESTBot` that is not running yet (on loopback); with a
        gateway, start the `GatewayBot` if it is not running."""
        if self._shared.url is not None:
            return
        if self._shared.gateway is not None:
            await self._start_gateway_bot(self._shared.gateway)
            return
        bot = self.client.app
        if not isinstance(bot, RESTBot):
            raise TypeError(
                f"a session starts a RESTBot only; serve this {type(bot).__name__} (e.g. with uvicorn "
                "on loopback) and pass url="
            )
        if not bot.is_alive:
            await bot.start(host="127.0.0.1", port=0, shutdown_timeout=self.settle_timeout)
            self._shared.started_bot = True
        self._shared.url = bot.interaction_server.urls[0]

    async def _start_gateway_bot(self, gateway: EmulatedGateway) -> None:
        bot = self.client.app
        if not isinstance(bot, GatewayBot):
            raise TypeError(f"gateway= is for a GatewayBot, not a {type(bot).__name__}")
        if self.discord.gateway.gateway is None:
            self.discord.gateway.attach(gateway)
        if not bot.is_alive:
            await bot.start()
            self._shared.started_bot = True

    async def close(self) -> None:
        """Close the bot if this session started it (views made by `as_user` close nothing)."""
        if self._owner and self._shared.started_bot:
            self._shared.started_bot = False
            await typing.cast("RESTBot | GatewayBot", self.client.app).close()

    async def __aenter__(self) -> typing.Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        await self.close()

    def as_user(
        self,
        user: object,
        *,
        dm: bool | None = None,
        channel_id: snowflakes.SnowflakeishOr | None = None,
        permissions: permissions_.Permissions | int | None = None,
        app_permissions: permissions_.Permissions | int | None = None,
    ) -> CommandSession:
        """Another user of the same bot (sharing this session's URL and replies).

        ```python
        moderator = user.as_user(discord.state.owner["id"])  # the guild's owner: every permission
        ```
        """
        other = CommandSession(
            self.client,
            self.discord,
            user=user,
            channel_id=channel_id if channel_id is not None else self._channel_id,
            dm=self.dm if dm is None else dm,
            permissions=permissions,
            app_permissions=app_permissions,
            locale=self.locale,
            settle_timeout=self.settle_timeout,
        )
        other._shared, other._owner = self._shared, False
        return other

    @property
    def url(self) -> str:
        """The bot's interactions URL."""
        if self._shared.url is None:
            raise RuntimeError("the session has not started: use `async with CommandSession(...)`")
        return self._shared.url

    @property
    def user(self) -> JSONObject:
        """The invoking user, as the emulator holds them."""
        if self._invoker is None:
            self._invoker = self._resolve_invoker()
        return self._invoker

    @property
    def replies(self) -> list[Reply]:
        """Every reply this session (and its `as_user` views) received, oldest first."""
        return list(self._shared.replies)

    # ---- what a user does ------------------------------------------------------------------------

    async def invoke(self, path: str, /, **options: object) -> Reply:
        """Use the slash command at `path` (`"ping"`, `"tag show"`) with options by parameter name.

        Users, members, roles, channels and attachments may be hikari_like objects, IDs, emulator
        dicts (or, for attachments, a filename): they land in `data.resolved` as Discord sends them.

        ```python
        reply = await user.invoke("greet", who=discord.add_user("kat")["id"], loud=True)
        ```
        """
        command = find_command(self.client, path)
        top = _top_of(command)
        origin = self._origin()
        references = self._references(origin)
        name, sent = nested(command, options_of(command, options, references))
        command_id, guild_id = self._registration(top, name, 1)
        payload = payloads.slash_command(
            name, sent, command_id=command_id, command_guild_id=guild_id, **origin
        )
        return await self.send(_with_resolved(payload, references))

    async def invoke_user_command(self, name: str, target: object, /) -> Reply:
        """Use the user command `name` (right-click a user > Apps) on `target` (as `invoke` takes users)."""
        menu = self._menu(commands.CommandType.USER, name)
        origin = self._origin()
        references = self._references(origin)
        target_id = references.user(target, f"user command {name!r}")
        target_json = references.resolved["users"][target_id]
        command_id, guild_id = self._registration(menu, name, int(commands.CommandType.USER))
        payload = payloads.user_command(name, target_id, target=target_json, command_id=command_id, **origin)
        return await self.send(_with_resolved(_in_guild(payload, guild_id), references))

    async def invoke_message_command(self, name: str, message: object, /) -> Reply:
        """Use the message command `name` on `message`: a `Reply` or `SentMessage` of the bot's,
        a message dict, a hikari_like message or an ID (the emulator's copy when it has one)."""
        menu = self._menu(commands.CommandType.MESSAGE, name)
        origin = self._origin()
        references = self._references(origin)
        target = _message_json(message) if isinstance(message, Reply) else message
        target_id = references.message(target, f"message command {name!r}")
        target_json = references.resolved["messages"][target_id]
        command_id, guild_id = self._registration(menu, name, int(commands.CommandType.MESSAGE))
        payload = payloads.message_command(
            name, target_id, target=target_json, command_id=command_id, **origin
        )
        return await self.send(_with_resolved(_in_guild(payload, guild_id), references))

    @typing.overload
    async def press(self, custom_id: str, /, *, values: object = None) -> Reply: ...

    @typing.overload
    async def press(self, on: _Messageish, custom_id: str, /, *, values: object = None) -> Reply: ...

    async def press(
        self, on: _Messageish | str, custom_id: str | None = None, /, *, values: object = None
    ) -> Reply:
        """Press a button, or choose `values` in a select menu.

        `press(reply, "vote:yes")` presses the component on that message (a `Reply`, a
        `SentMessage` or a message dict), which must carry it. `press("vote:yes")` presses it on
        the newest message of this session's replies that carries it, or, when none does, on a new
        message of the bot's holding just that button (a string select of `values` when given).

        ```python
        await user.press(reply, "colour", values=["red"])
        await user.press(reply, "assign", values=[discord.add_user("kat")["id"]])  # a user select
        ```
        """
        if custom_id is None:
            if not isinstance(on, str):
                raise TypeError("press(message, custom_id) or press(custom_id): the custom_id is missing")
            custom_id = on
            message = self._message_carrying(custom_id) or self._seed_message(custom_id, values)
        else:
            message = _message_json(typing.cast("_Messageish", on))
        component = find_component(message, custom_id)
        origin = self._origin(channel_id=str(message["channel_id"]))
        references = self._references(origin)
        payload = _pressed(component, copy.deepcopy(message), values, references, origin)
        return await self.send(_with_resolved(payload, references))

    async def submit(
        self, form: Reply | ModalForm, fields: Mapping[str, object] | None = None, /, **more: object
    ) -> Reply:
        """Submit the modal the bot answered with, its fields given by custom_id.

        Text inputs take a `str`, selects their values (IDs or objects for user, role, channel
        selects), file uploads filenames, checkboxes a `bool`. Pass `fields` for custom_ids that
        are not Python names.

        ```python
        await user.submit(form, text="Mention the FAQ channel")
        await user.submit(form, {"report:reason": "spam", "evidence": ["shot.png"]})
        ```
        """
        modal = form.modal if isinstance(form, Reply) else form
        if modal is None:
            answered = typing.cast("Reply", form).type
            raise TypeError(f"the bot answered with {answered.name if answered else 'nothing'}, not a modal")
        opened_by = form.payload if isinstance(form, Reply) else {}
        origin = self._origin(channel_id=opened_by.get("channel_id"))
        references = self._references(origin)
        components = submitted_components(modal, {**(fields or {}), **more}, references)
        message = self._current(opened_by.get("message"))
        payload = payloads.labelled_modal_submit(modal.custom_id, components, message=message, **origin)
        return await self.send(_with_resolved(payload, references))

    async def autocomplete(
        self, path: str, option: str, typed: str = "", /, **options: object
    ) -> list[commands.CommandChoice]:
        """The suggestions the bot offers while the user types `typed` into `option` (a parameter
        or option name) of the command at `path`; `options` are the others filled in so far."""
        command = find_command(self.client, path)
        spec = next((s for s in command.options if option in (s.parameter, s.name)), None)
        if spec is None or not spec.option.autocomplete:
            raise TypeError(f"/{command.path} has no autocomplete option {option!r}")
        if spec.parameter in options:
            raise TypeError(f"{option!r} is the option being typed: pass its text as `typed`")
        origin = self._origin()
        references = self._references(origin)
        name, sent = nested(command, options_of(command, options, references, partial=True))
        command_id, guild_id = self._registration(_top_of(command), name, 1)
        payload = payloads.autocomplete(
            name,
            sent,
            focused=spec.name,
            value=str(typed),
            focused_type=int(spec.type),
            command_id=command_id,
            command_guild_id=guild_id,
            **origin,
        )
        reply = await self.send(_with_resolved(payload, references))
        if reply.status not in (200, None) or reply.type is not ResponseType.AUTOCOMPLETE:
            raise RuntimeError(f"the bot answered autocomplete for /{command.path} with {reply!r}")
        return reply.choices

    async def send(self, payload: Mapping[str, typing.Any], /) -> Reply:
        """Deliver any interaction payload (see `hikari_like.testing.payloads`) and wait for the
        bot's work after its answer: the way to send what a declaration would not allow."""
        gateway = self._shared.gateway
        if gateway is not None:
            over_gateway = await gateway.send_interaction(self.discord, payload, timeout=self.settle_timeout)
            await self.settle()
            reply = Reply(dict(payload), None, over_gateway.record)
        else:
            http = await self.discord.send_interaction(self.url, payload)
            await self.settle()
            reply = Reply(dict(payload), http, self.discord.interactions[payload["token"]])
        self._shared.replies.append(reply)
        return reply

    # ---- the invoker and the place ---------------------------------------------------------------

    def _resolve_invoker(self) -> JSONObject:
        state = self.discord.state
        if self._user is None:
            user = self.discord.add_user(_DEFAULT_USERNAME)
        else:
            user_id = id_of(self._user, "user")
            user = state.users.get(user_id) or self._added_user(user_id)
        guild_id = self._guild_id()
        if guild_id is not None and World(self.discord).member(guild_id, user["id"]) is None:
            self.discord.add_member(user_id=user["id"], guild_id=guild_id)
        return user

    def _added_user(self, user_id: str) -> JSONObject:
        given = self._user
        if isinstance(given, Mapping) and "username" in given:
            self.discord.state.users[user_id] = dict(given)
            return self.discord.state.users[user_id]
        username = getattr(given, "username", None)
        return self.discord.add_user(
            username if isinstance(username, str) else f"user{user_id}", user_id=user_id
        )

    def _where(self) -> str:
        """The session's channel: the one given, the emulator's, or in a DM the user's with the bot."""
        if not self.dm:
            return self._channel_id or self.discord.channel_id
        user = self.user
        for channel in self.discord.state.channels.values():
            recipients = [recipient.get("id") for recipient in channel.get("recipients") or ()]
            if channel.get("type") == _DM_CHANNEL and recipients == [user["id"]]:
                return str(channel["id"])
        channel = self.discord.state.add_channel(name="dm", guild_id=None)
        channel["recipients"] = [user]
        return str(channel["id"])

    def _guild_id(self, channel_id: str | None = None) -> str | None:
        """The guild of the channel (the session's by default); `None` in a DM."""
        if self.dm:
            return None
        channel = World(self.discord).channel(channel_id or self._channel_id or self.discord.channel_id)
        return str((channel or {}).get("guild_id") or self.discord.guild_id)

    def _origin(self, *, channel_id: str | None = None) -> payloads.Origin:
        """Who and where, as Discord describes them in this interaction (read from the emulator
        now, so role and permission changes show up)."""
        user, world = self.user, World(self.discord)
        channel = channel_id or self._where()
        origin: payloads.Origin = {"user": user, "channel_id": channel, "locale": self.locale}
        guild_id = self._guild_id(channel)
        if guild_id is None:
            origin["guild"] = False
            return origin
        member = world.member(guild_id, user["id"]) or {}
        origin["guild_id"] = guild_id
        origin["roles"] = list(member.get("roles", ()))
        permissions = _or_computed(self.permissions, world.permissions(guild_id, user["id"], channel))
        if permissions is not None:
            origin["permissions"] = permissions
        bot_id = self.discord.application_id
        app_permissions = _or_computed(self.app_permissions, world.permissions(guild_id, bot_id, channel))
        if app_permissions is not None:
            origin["app_permissions"] = app_permissions
        return origin

    def _references(self, origin: payloads.Origin) -> References:
        guild_id = origin.get("guild_id")
        return References(
            world=World(self.discord),
            guild_id=None if guild_id is None else str(guild_id),
            channel_id=str(origin["channel_id"]),
            invoker_id=str(self.user["id"]),
        )

    # ---- declarations and messages -----------------------------------------------------------------

    def _menu(self, kind: commands.CommandType, name: str) -> declarations.ContextMenuCommand[typing.Any]:
        menu = self.client.registry.menus.get((int(kind), name))
        if menu is None:
            declared = [n for (k, n) in self.client.registry.menus if k == kind]
            what = kind.name.lower()
            raise TypeError(f"no {what} command {name!r} is declared (declared: {declared or 'none'})")
        return menu

    def _registration(self, top: typing.Any, name: str, kind: int) -> tuple[str | None, str | None]:
        """The command's ID once synced (`None` before) and its guild when it is a guild command;
        `ValueError` when Discord would not offer it here (another guild's, or not in this context)."""
        self._check_contexts(top, name)
        scopes = [str(guild) for guild in (top.settings.guilds or self.client.default_guilds)]
        guild_id = self._guild_id()
        if not scopes:
            registered = self.discord.commands
        elif guild_id in scopes:
            registered = self.discord.guild_commands.get(guild_id, [])
        else:
            where = "a DM" if guild_id is None else f"guild {guild_id}"
            raise ValueError(f"{name!r} is registered in guilds {scopes} only, not offered in {where}")
        found = next((c for c in registered if c.get("name") == name and c.get("type", 1) == kind), None)
        return (None if found is None else str(found["id"])), (guild_id if scopes else None)

    def _check_contexts(self, top: typing.Any, name: str) -> None:
        contexts = top.settings.contexts
        if contexts is undefined.UNDEFINED:
            return
        here = ApplicationContextType.BOT_DM if self.dm else ApplicationContextType.GUILD
        if here not in contexts:
            raise ValueError(f"{name!r} is not offered in {here.name} (its contexts: {list(contexts)})")

    def _message_carrying(self, custom_id: str) -> JSONObject | None:
        for reply in reversed(self._shared.replies):
            for message in reversed(reply.messages):
                if custom_id in message.custom_ids:
                    return message.json
        return None

    def _seed_message(self, custom_id: str, values: object) -> JSONObject:
        component: JSONObject = {
            "type": int(ComponentType.BUTTON),
            "id": 2,
            "custom_id": custom_id,
            "style": 1,
        }
        if values is not None:
            chosen = [str(value) for value in (values if isinstance(values, list | tuple) else [values])]
            options = [{"label": value, "value": value} for value in chosen]
            component = {"type": int(ComponentType.TEXT_SELECT_MENU), "id": 2, "custom_id": custom_id}
            component.update(options=options, min_values=1, max_values=len(chosen))
        else:
            component["label"] = custom_id[:80]
        message = self.discord.seed_message(self._where(), "", author=self.discord.bot_user)
        message.update(
            application_id=self.discord.application_id,
            webhook_id=self.discord.application_id,
            components=[{"type": int(ComponentType.ACTION_ROW), "id": 1, "components": [component]}],
        )
        return message

    def _current(self, message: JSONObject | None) -> JSONObject | None:
        """The message as the emulator holds it now (a modal opened from a component carries it)."""
        if message is None:
            return None
        return copy.deepcopy(World(self.discord).message(str(message["id"])) or message)

    async def settle(self) -> None:
        """Wait until the bot's work after its answers has finished (`settle_timeout` at most).

        Every call that sends an interaction already does this; call it yourself after work a
        test started some other way (a second user's interaction sent with `asyncio.gather`...).

        Raises `hikari_like.testing.ContinuationTimeoutError` (a `TimeoutError`) naming what is
        still running when the timeout runs out.
        """
        app = self.client.app
        if getattr(app, "interaction_server", None) is not None:
            await settling.wait_for_continuations(app, timeout=self.settle_timeout)


def _top_of(command: declarations.SlashCommand[typing.Any]) -> typing.Any:
    top: typing.Any = command
    while top.parent is not None:
        top = top.parent
    return top


def _or_computed(given: permissions_.Permissions | int | None, computed: str | None) -> str | None:
    return computed if given is None else str(int(given))


def _message_json(on: _Messageish) -> JSONObject:
    if isinstance(on, Reply):
        if on.message is None:
            raise ValueError(f"{on!r} has no message to press a component on")
        return on.message.json
    if isinstance(on, SentMessage):
        return on.json
    return dict(on)


def _pressed(
    component: JSONObject,
    message: JSONObject,
    values: object,
    references: References,
    origin: payloads.Origin,
) -> JSONObject:
    custom_id, kind = component["custom_id"], int(component["type"])
    if kind == ComponentType.BUTTON:
        if values is not None:
            raise TypeError(f"{custom_id!r} is a button: values= is for select menus")
        payload = payloads.button_press(custom_id, message=message, **origin)
    else:
        if values is None:
            raise TypeError(f"{custom_id!r} is a select menu: pass the chosen values=")
        chosen = chosen_values(component, values, references)
        payload = payloads.select_menu(custom_id, chosen, component_type=kind, message=message, **origin)
    payload["data"]["id"] = component.get("id", payload["data"]["id"])
    return payload


def _in_guild(payload: JSONObject, command_guild_id: str | None) -> JSONObject:
    if command_guild_id is not None:
        payload["data"]["guild_id"] = command_guild_id  # a guild command says whose it is
    return payload


def _with_resolved(payload: JSONObject, references: References) -> JSONObject:
    """`payload` with the `resolved` object the references gathered (the emulator's people and
    places, not the factory's forged ones)."""
    resolved = references.payload()
    if resolved:
        payload["data"]["resolved"] = resolved
    else:
        payload["data"].pop("resolved", None)
    return payload
