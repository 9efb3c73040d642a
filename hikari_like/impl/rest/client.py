"""The REST client (`RESTClientImpl`) with hikari's endpoint names, and `RESTApp`.

```python
app = hikari_like.RESTApp()
await app.start()
async with app.acquire(token, "Bot") as client:
    me = await client.fetch_my_user()
    await client.create_message(channel_id, "hello")
await app.close()
```

The machinery (rate limits, retries, errors) lives in `transport.py`, `buckets.py` and
`rate_limits.py` beside this module; the endpoint groups in `endpoints/` (`users.py`, `messages.py`,
`polls.py`, `interactions.py`, `webhooks.py`, `commands.py`, `channels.py`, `builder_factories.py`).
This module puts them together.
"""

from __future__ import annotations

__all__ = ["RESTApp", "RESTClientImpl"]

import asyncio
import concurrent.futures
import typing
import weakref

from hikari_like import applications
from hikari_like import errors
from hikari_like import sessions
from hikari_like.impl import config
from hikari_like.impl.rest import client_base as rest_client_base
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import application_emojis as rest_application_emojis
from hikari_like.impl.rest.endpoints import applications as rest_applications
from hikari_like.impl.rest.endpoints import audit_logs as rest_audit_logs
from hikari_like.impl.rest.endpoints import auto_mod as rest_auto_mod
from hikari_like.impl.rest.endpoints import bans as rest_bans
from hikari_like.impl.rest.endpoints import builder_factories as rest_builder_factories
from hikari_like.impl.rest.endpoints import channels as rest_channels
from hikari_like.impl.rest.endpoints import command_permissions as rest_command_permissions
from hikari_like.impl.rest.endpoints import commands as rest_commands
from hikari_like.impl.rest.endpoints import emojis as rest_emojis
from hikari_like.impl.rest.endpoints import guild_settings as rest_guild_settings
from hikari_like.impl.rest.endpoints import guilds as rest_guilds
from hikari_like.impl.rest.endpoints import interactions as rest_interactions
from hikari_like.impl.rest.endpoints import invites as rest_invites
from hikari_like.impl.rest.endpoints import members as rest_members
from hikari_like.impl.rest.endpoints import message_history as rest_message_history
from hikari_like.impl.rest.endpoints import messages as rest_messages
from hikari_like.impl.rest.endpoints import monetization as rest_monetization
from hikari_like.impl.rest.endpoints import oauth2 as rest_oauth2
from hikari_like.impl.rest.endpoints import polls as rest_polls
from hikari_like.impl.rest.endpoints import reactions as rest_reactions
from hikari_like.impl.rest.endpoints import roles as rest_roles
from hikari_like.impl.rest.endpoints import scheduled_events as rest_scheduled_events
from hikari_like.impl.rest.endpoints import stage_instances as rest_stage_instances
from hikari_like.impl.rest.endpoints import stickers as rest_stickers
from hikari_like.impl.rest.endpoints import threads as rest_threads
from hikari_like.impl.rest.endpoints import users as rest_users
from hikari_like.impl.rest.endpoints import voice_messages as rest_voice_messages
from hikari_like.impl.rest.endpoints import voice_states as rest_voice_states
from hikari_like.impl.rest.endpoints import webhook_management as rest_webhook_management
from hikari_like.impl.rest.endpoints import webhooks as rest_webhooks

if typing.TYPE_CHECKING:
    from hikari_like.api import entity_factory as entity_factory_api
    from hikari_like.impl.rest import rate_limit_store as rate_limit_store_
    from hikari_like.impl.rest import token_strategies


class RESTClientImpl(
    rest_users.UserEndpoints,
    rest_guilds.GuildEndpoints,
    rest_guild_settings.GuildSettingsEndpoints,
    rest_members.MemberEndpoints,
    rest_roles.RoleEndpoints,
    rest_messages.MessageEndpoints,
    rest_polls.PollEndpoints,
    rest_interactions.InteractionEndpoints,
    rest_webhooks.WebhookEndpoints,
    rest_commands.CommandEndpoints,
    rest_command_permissions.CommandPermissionEndpoints,
    rest_applications.ApplicationEndpoints,
    rest_application_emojis.ApplicationEmojiEndpoints,
    rest_channels.ChannelEndpoints,
    rest_bans.BanEndpoints,
    rest_invites.InviteEndpoints,
    rest_message_history.MessageHistoryEndpoints,
    rest_voice_messages.VoiceMessageEndpoints,
    rest_reactions.ReactionEndpoints,
    rest_threads.ThreadEndpoints,
    rest_webhook_management.WebhookManagementEndpoints,
    rest_emojis.EmojiEndpoints,
    rest_stickers.StickerEndpoints,
    rest_scheduled_events.ScheduledEventEndpoints,
    rest_stage_instances.StageInstanceEndpoints,
    rest_voice_states.VoiceStateEndpoints,
    rest_monetization.MonetizationEndpoints,
    rest_oauth2.OAuth2Endpoints,
    rest_audit_logs.AuditLogEndpoints,
    rest_auto_mod.AutoModEndpoints,
    rest_builder_factories.BuilderFactories,
    rest_client_base.RESTClientBase,
):
    """A Discord REST client for one token. Use it as `async with`.

    Standalone (`RESTClientImpl(token=..., token_type="Bot")`) it owns its connection pool and
    rate-limit state; from `RESTApp.acquire` it shares the app's. The endpoint groups live in
    `endpoints/` (users, messages, polls, interactions, webhooks, commands, builder factories);
    the documentation of every endpoint is on `hikari_like.api.rest.RESTClient`.
    """

    __slots__ = ("_entity_factory",)

    @property
    def entity_factory(self) -> entity_factory_api.EntityFactory:
        """The factory that reads raw Discord JSON into models bound to this client, made on first use.

        ```python
        message = rest.entity_factory.deserialize_message(await rest.request("GET", path))
        ```
        """
        factory: entity_factory_api.EntityFactory | None = getattr(self, "_entity_factory", None)
        if factory is None:
            from hikari_like.impl import entity_factory as entity_factory_impl

            factory = self._entity_factory = entity_factory_impl.EntityFactoryImpl(self)
        return factory

    async def fetch_application(self) -> applications.Application:
        """The application the bot token belongs to (its `public_key` verifies interactions).

        ```python
        application = await rest.fetch_application()
        ```
        """
        route = routes.GET_MY_APPLICATION.compile()
        return applications.Application.from_payload(await self.request(route), app=self)

    async def fetch_gateway_url(self) -> str:
        """The gateway's websocket URL (no token needed)."""
        payload = await self.request(routes.GET_GATEWAY.compile(), authorization=None)
        return str(payload["url"])

    async def fetch_gateway_bot_info(self) -> sessions.GatewayBotInfo:
        """The gateway URL, recommended shard count and session start limit for this bot."""
        payload = await self.request(routes.GET_GATEWAY_BOT.compile())
        return sessions.GatewayBotInfo.from_payload(payload)


class RESTApp(config.NetworkSettingsProperties):
    """One connection pool and one rate-limit state, shared by clients for any number of tokens.

    ```python
    async with RESTApp() as app, app.acquire(token, "Bot") as client:
        await client.fetch_my_user()
    ```

    `rate_limit_store` says where the rate-limit state lives: in this process by default, or in
    Redis so that every process using the token shares it
    (`RESTApp(rate_limit_store=RedisStore.from_url("redis://localhost:6379/0"))`).
    """

    __slots__ = (
        "_backoff",
        "_clients",
        "_executor",
        "_global_rate_limit",
        "_global_rate_limit_period",
        "_http_settings",
        "_max_rate_limit",
        "_max_retries",
        "_proxy_settings",
        "_rate_limit_store",
        "_shared",
        "_url",
    )

    def __init__(
        self,
        *,
        executor: concurrent.futures.Executor | None = None,
        http_settings: config.HTTPSettings | None = None,
        max_rate_limit: float = 300.0,
        max_retries: int = 3,
        proxy_settings: config.ProxySettings | None = None,
        url: str | None = None,
        global_rate_limit: int = 50,
        global_rate_limit_period: float = 1.0,
        backoff: rate_limits.ExponentialBackOff | None = None,
        rate_limit_store: rate_limit_store_.RateLimitStore | None = None,
    ) -> None:
        self._executor = executor
        self._rate_limit_store = rate_limit_store
        self._http_settings = http_settings or config.HTTPSettings()
        self._proxy_settings = proxy_settings or config.ProxySettings()
        self._max_rate_limit = max_rate_limit
        self._max_retries = max_retries
        self._url = url
        self._global_rate_limit = global_rate_limit
        self._global_rate_limit_period = global_rate_limit_period
        self._backoff = backoff
        self._shared: rest_client_base.SharedState | None = None
        self._clients: weakref.WeakSet[RESTClientImpl] = weakref.WeakSet()

    def __repr__(self) -> str:
        return f"RESTApp(url={self._url!r}, running={self._shared is not None})"

    async def start(self) -> None:
        """Open the connection pool."""
        if self._shared is not None:
            raise errors.ComponentStateConflictError("the RESTApp is already started")
        self._shared = rest_client_base.SharedState.open(
            self._http_settings,
            self._proxy_settings,
            max_rate_limit=self._max_rate_limit,
            global_rate_limit=self._global_rate_limit,
            global_rate_limit_period=self._global_rate_limit_period,
            rate_limit_store=self._rate_limit_store,
        )

    async def close(self) -> None:
        """Close every client acquired from it, then the pool.

        Requests still queued fail with a clear error; requests already on the wire get their
        client's close grace period to finish (see `RESTClientImpl.close`).
        """
        shared, self._shared = self._shared, None
        if shared is None:
            raise errors.ComponentStateConflictError("the RESTApp is not running")
        await asyncio.gather(*(client.close() for client in list(self._clients) if client.is_alive))
        await shared.close()

    async def __aenter__(self) -> RESTApp:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def acquire(
        self,
        token: str | token_strategies.TokenStrategy | None = None,
        token_type: str | None = None,
    ) -> RESTClientImpl:
        """A client for `token` sharing this app's pool and limits; `async with` it to use it.

        A str token defaults to `"Bearer"`, as in hikari; pass `"Bot"` for a bot token.
        """
        if self._shared is None:
            raise errors.ComponentStateConflictError("start the RESTApp before acquiring clients")
        if isinstance(token, str) and token_type is None:
            token_type = "Bearer"
        client = RESTClientImpl(
            token=token,
            token_type=token_type,
            executor=self._executor,
            http_settings=self._http_settings,
            proxy_settings=self._proxy_settings,
            max_rate_limit=self._max_rate_limit,
            max_retries=self._max_retries,
            backoff=self._backoff,
            rest_url=self._url,
            shared=self._shared,
        )
        self._clients.add(client)
        return client
