"""`EmulatedDiscord`: a real aiohttp server on loopback that answers like Discord's REST API v10."""

from __future__ import annotations

__all__ = ["API_PREFIX", "DEFAULT_ROUTE_LIMITS", "EmulatedDiscord"]

import asyncio
import functools
import logging
import time
import types
import typing

import aiohttp
from aiohttp import web

from hikari_like.testing import client as client_
from hikari_like.testing import signing
from hikari_like.testing.emulator import routes_application_emojis
from hikari_like.testing.emulator import routes_applications
from hikari_like.testing.emulator import routes_audit_logs
from hikari_like.testing.emulator import routes_auto_mod
from hikari_like.testing.emulator import routes_channels
from hikari_like.testing.emulator import routes_command_permissions
from hikari_like.testing.emulator import routes_commands
from hikari_like.testing.emulator import routes_core
from hikari_like.testing.emulator import routes_emojis
from hikari_like.testing.emulator import routes_gateway
from hikari_like.testing.emulator import routes_guild_settings
from hikari_like.testing.emulator import routes_guilds
from hikari_like.testing.emulator import routes_interactions
from hikari_like.testing.emulator import routes_members
from hikari_like.testing.emulator import routes_message_history
from hikari_like.testing.emulator import routes_messages
from hikari_like.testing.emulator import routes_moderation
from hikari_like.testing.emulator import routes_monetization
from hikari_like.testing.emulator import routes_oauth2
from hikari_like.testing.emulator import routes_playground
from hikari_like.testing.emulator import routes_polls
from hikari_like.testing.emulator import routes_reactions
from hikari_like.testing.emulator import routes_scheduled_events
from hikari_like.testing.emulator import routes_stages
from hikari_like.testing.emulator import routes_stickers
from hikari_like.testing.emulator import routes_threads
from hikari_like.testing.emulator import routes_voice_states
from hikari_like.testing.emulator import routes_webhooks
from hikari_like.testing.emulator.auth import Credentials
from hikari_like.testing.emulator.auth import redact_headers
from hikari_like.testing.emulator.body import read_body
from hikari_like.testing.emulator.faults import Fault
from hikari_like.testing.emulator.faults import FaultKind
from hikari_like.testing.emulator.faults import Faults
from hikari_like.testing.emulator.faults import fault_response
from hikari_like.testing.emulator.oauth2_grants import Grant
from hikari_like.testing.emulator.rate_limits import RateLimiter
from hikari_like.testing.emulator.rate_limits import RouteLimit
from hikari_like.testing.emulator.rate_limits import Verdict
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.records import RecordedRequest
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import EmulatorOptions
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.routing import major_parameters
from hikari_like.testing.emulator.state import EmulatorState
from hikari_like.testing.emulator.state import IssuedInteraction
from hikari_like.testing.emulator.views import EmulatorViews
from hikari_like.testing.emulator.webhook_delivery import WebhookDeliveries
from hikari_like.testing.emulator.webhook_delivery import WebhookDelivery

API_PREFIX: typing.Final = "/api/v10"
ROUTES: typing.Final = (
    routes_core.ROUTES
    # before routes_commands: `/commands/permissions` is no command ID
    + routes_command_permissions.ROUTES
    + routes_applications.ROUTES
    + routes_application_emojis.ROUTES
    + routes_oauth2.ROUTES
    + routes_monetization.ROUTES
    # before routes_messages: `/messages/pins` and `/messages/bulk-delete` are no message IDs
    + routes_message_history.ROUTES
    + routes_messages.ROUTES
    + routes_reactions.ROUTES
    + routes_threads.ROUTES
    # before routes_interactions: `/webhooks/{webhook}/{token}` is an incoming webhook's or an
    # interaction's token
    + routes_webhooks.ROUTES
    + routes_polls.ROUTES
    + routes_interactions.ROUTES
    + routes_commands.ROUTES
    + routes_gateway.ROUTES
    + routes_members.ROUTES  # before routes_guilds: `/members/search` is not a member's ID
    + routes_guilds.ROUTES
    + routes_guild_settings.ROUTES
    + routes_channels.ROUTES
    + routes_moderation.ROUTES
    + routes_audit_logs.ROUTES
    + routes_auto_mod.ROUTES
    + routes_emojis.ROUTES
    + routes_stickers.ROUTES
    + routes_scheduled_events.ROUTES
    + routes_stages.ROUTES
    + routes_voice_states.ROUTES
    + routes_playground.ROUTES
)
DEFAULT_ROUTE_LIMITS: typing.Final[typing.Mapping[str, RouteLimit]] = types.MappingProxyType(
    {
        # Discord's long-standing limits for the routes bots hit hardest.
        "POST /channels/{channel}/messages": RouteLimit(limit=5, period=5.0),
        "POST /webhooks/{webhook}/{token}": RouteLimit(limit=5, period=2.0),
        # Discord's reaction limit: one of the bot's own reactions per 250 ms per channel, adding
        # and removing counted together.
        "PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me": RouteLimit(
            limit=1, period=0.25, bucket="reactions-own"
        ),
        "DELETE /channels/{channel}/messages/{message}/reactions/{emoji}/@me": RouteLimit(
            limit=1, period=0.25, bucket="reactions-own"
        ),
    }
)
_DEFAULT_LIMIT = RouteLimit(limit=10, period=1.0)
_MAX_UPLOAD = 64 * 1024 * 1024
_LOGGER = logging.getLogger("hikari_like.testing.emulator")


class EmulatedDiscord(EmulatorViews):
    """Discord's REST API on a loopback port: state, recorded requests, rate limits and faults.

    Example:
        >>> async with EmulatedDiscord(token="test-token") as discord:
        ...     async with aiohttp.ClientSession() as session:
        ...         url = f"{discord.url}/channels/{discord.channel_id}/messages"
        ...         headers = {"Authorization": "Bot test-token"}
        ...         await session.post(url, json={"content": "hi"}, headers=headers)
        ...     assert discord.messages[discord.channel_id][0]["content"] == "hi"
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = "emulated-bot-token",
        application_id: str | int | None = None,
        application_name: str = "Emulated App",
        client_secret: str = "emulated-client-secret",
        global_limit: int = 50,
        global_period: float = 1.0,
        default_limit: RouteLimit = _DEFAULT_LIMIT,
        rate_limits: typing.Mapping[str, RouteLimit] | None = None,
        permissive: bool = False,
        response_deadline: float | None = 3.0,
        token_lifetime: float = 900.0,
        key_pair: signing.KeyPair | None = None,
    ) -> None:
        """Configure the emulator; nothing listens until `start()` (or `async with`).

        `key_pair` is Discord's signing key for this application (default: a new one): pass the
        key pair your own test client signs with, and a bot that fetches its public key from
        the emulator verifies those requests.
        """
        state = EmulatorState(
            application_id=str(application_id) if application_id is not None else None,
            application_name=application_name,
        )
        limiter = RateLimiter(
            default=default_limit,
            routes={**DEFAULT_ROUTE_LIMITS, **(rate_limits or {})},
            global_limit=global_limit,
            global_period=global_period,
        )
        super().__init__(state=state, rate_limits=limiter)
        self.faults = Faults()
        self.gateway = routes_gateway.GatewayLink()
        """What `/gateway/bot` answers: `discord.gateway.attach(emulated_gateway)` points bots at it."""
        self.credentials = Credentials(
            bot_token=token, client_id=state.application_id, client_secret=client_secret
        )
        self.options = EmulatorOptions(
            permissive=permissive,
            response_deadline=response_deadline,
            token_lifetime=token_lifetime,
            client_secret=client_secret,
        )
        self.key_pair = signing.KeyPair.generate() if key_pair is None else key_pair
        """Discord's signing key for this application; the application's `verify_key` matches it."""
        state.application["verify_key"] = self.key_pair.public_key_hex
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._delivery: aiohttp.ClientSession | None = None
        """Carries `send_interaction` requests to bots (one pool for every delivery)."""
        self._url: str | None = None
        self._webhook_deliveries = WebhookDeliveries()

    @property
    def url(self) -> str:
        """The REST base URL, e.g. `http://127.0.0.1:53117/api/v10` (pass it as `rest_url`)."""
        if self._url is None:
            raise RuntimeError("the emulated Discord is not running; call start() or use `async with`")
        return self._url

    @property
    def token(self) -> str:
        """The bot token the emulator accepts (`Authorization: Bot <token>`)."""
        return self.credentials.bot_token

    async def send_interaction(
        self, url: str, payload: typing.Mapping[str, typing.Any]
    ) -> client_.InteractionResponse:
        """Deliver `payload` to the bot at `url` as Discord would: issued, then signed and POSTed.

        The payload's `id` and `token` are registered first, so the bot's callback, original
        response and followups for it are accepted; its `application_id` is set to this
        application's. Build payloads with `hikari_like.testing.payloads`.

        ```python
        async with EmulatedDiscord() as discord:
            bot = RESTBot(discord.token, rest_url=discord.url)  # fetches discord.key_pair's public key
            ...
            response = await discord.send_interaction(bot_url, payloads.slash_command("ping"))
        ```
        """
        sent = {**payload, "application_id": self.application_id}
        issued = self.issue_interaction_for(sent)
        issued.http_delivery = asyncio.Event()
        try:
            if self._delivery is None:
                self._delivery = aiohttp.ClientSession()
            async with client_.InteractionClient(url, self.key_pair, session=self._delivery) as client:
                response = await client.send(sent)
            self._record_http_answer(issued, response)
        finally:
            issued.http_delivery.set()
        return response

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook event `send_webhook_event` delivered, with the status the bot answered."""
        return self._webhook_deliveries.records

    async def send_webhook_event(
        self, url: str, event: typing.Mapping[str, typing.Any], *, timestamp: int | None = None
    ) -> WebhookDelivery:
        """Deliver a webhook event (or PING) to the bot's Webhook Events URL, as Discord would.

        The envelope's `application_id` is set to this application's; it is signed with
        `key_pair` (at `timestamp`, default now) and POSTed. The answer is recorded in
        `webhook_deliveries` and returned. Forge events with `hikari_like.testing.webhook_events`.

        ```python
        delivery = await discord.send_webhook_event(events_url, webhook_events.entitlement_create())
        assert delivery.status == 204
        ```
        """
        sent = {**event, "application_id": self.application_id}
        self._know_user_of(sent)
        return await self._webhook_deliveries.deliver(
            self._delivery_session(), self.key_pair, url, sent, timestamp=timestamp
        )

    async def redeliver_webhook_event(self, delivery: WebhookDelivery | None = None) -> WebhookDelivery:
        """Send a delivered event again (default: the last one), as Discord retries one it saw no
        204 for: the same body under a new timestamp, so a new signature."""
        original = delivery or self._webhook_deliveries.last_to()
        return await self._webhook_deliveries.deliver(
            self._delivery_session(), self.key_pair, original.url, original.payload, is_redelivery=True
        )

    def _know_user_of(self, event: typing.Mapping[str, typing.Any]) -> None:
        # Whoever installed the app is a Discord user: the bot may fetch or DM them.
        body = event.get("event")
        data = body.get("data") if isinstance(body, dict) else None
        user = data.get("user") if isinstance(data, dict) else None
        if isinstance(user, dict) and isinstance(user.get("id"), str) and user["id"] not in self.state.users:
            self.state.users[user["id"]] = dict(user)

    def _delivery_session(self) -> aiohttp.ClientSession:
        if self._delivery is None:
            self._delivery = aiohttp.ClientSession()
        return self._delivery

    def _record_http_answer(self, issued: IssuedInteraction, response: client_.InteractionResponse) -> None:
        if response.status != 200:
            return
        if response.content_type != "multipart/form-data":
            routes_interactions.record_http_answer(self.state, issued, response.json())
            return
        uploads = [
            RecordedFile(
                field=part.name, filename=part.filename, content_type=part.content_type, data=part.content
            )
            for part in response.parts
            if part.filename is not None
        ]
        routes_interactions.record_http_answer(self.state, issued, response.payload_json, uploads)

    def authorize_user(
        self,
        user_id: str | int,
        scopes: typing.Sequence[str],
        redirect_uri: str,
        *,
        code_challenge: str | None = None,
        guild_id: str | int | None = None,
    ) -> str:
        """Play the user who clicks "Authorize": the code Discord appends to `redirect_uri`.

        The bot exchanges it with `authorize_access_token` (once, within ten minutes, for the same
        `redirect_uri`; with the PKCE verifier of `code_challenge` if given).
        """
        grant = Grant(
            user_id=str(user_id),
            scopes=tuple(scopes),
            redirect_uri=redirect_uri,
            code_challenge=code_challenge,
            guild_id=None if guild_id is None else str(guild_id),
        )
        return self.state.oauth2.issue_code(grant)

    def revoke_bearer_tokens(self) -> None:
        """Invalidate the Bearer tokens `/oauth2/token` issued (to test re-acquiring after a 401)."""
        self.credentials.revoke_bearer_tokens()

    async def start(self) -> None:
        """Start serving on `host:port` (port 0 picks a free one)."""
        if self._runner is not None:
            raise RuntimeError("the emulated Discord is already running")
        runner = web.AppRunner(self._build_app(), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        port = runner.addresses[0][1]
        self._url = f"http://{self._host}:{port}{API_PREFIX}"

    async def close(self) -> None:
        """Stop serving; the recorded state stays readable. Closing twice is harmless."""
        runner, self._runner = self._runner, None
        delivery, self._delivery = self._delivery, None
        if delivery is not None:
            await delivery.close()
        if runner is not None:
            await runner.cleanup()

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

    def _build_app(self) -> web.Application:
        app = web.Application(client_max_size=_MAX_UPLOAD, middlewares=[self._unknown_routes])
        app[routes_gateway.GATEWAY_LINK] = self.gateway
        app[routes_playground.DELIVERY] = self.send_interaction
        for spec in ROUTES:
            app.router.add_route(
                spec.method, API_PREFIX + spec.template, functools.partial(self._handle, spec)
            )
        return app

    @web.middleware
    async def _unknown_routes(
        self,
        request: web.Request,
        handler: typing.Callable[[web.Request], typing.Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPException as error:
            # Only the router raises these (our handlers answer with Discord's JSON themselves).
            self.requests.append(self._record(None, request, status=error.status))
            reason = "Not Found" if error.status == 404 else error.reason
            return json_response({"message": f"{error.status}: {reason}", "code": 0}, status=error.status)

    def _record(
        self, spec: RouteSpec | None, request: web.Request, *, status: int | None = None
    ) -> RecordedRequest:
        return RecordedRequest(
            method=request.method,
            path=request.path,
            route=spec.key if spec else None,
            params=dict(request.match_info),
            query=dict(request.query),
            headers=redact_headers(request.headers),
            time=time.monotonic(),
            status=status,
        )

    async def _handle(self, spec: RouteSpec, request: web.Request) -> web.StreamResponse:
        record = self._record(spec, request)
        self.requests.append(record)
        response, reset = await self._answer(spec, request, record)
        record.status = None if reset else response.status
        return response

    async def _answer(
        self, spec: RouteSpec, request: web.Request, record: RecordedRequest
    ) -> tuple[web.Response, bool]:
        try:
            body = await read_body(request)
            record.json, record.form, record.files = body.json, body.form, body.files
            identity = self._authorize(spec, request)
        except DiscordError as error:
            return error.to_response(), False
        fault = self.faults.take(spec.key)
        if fault is not None and fault.kind is not FaultKind.SLOW:
            return _faulted(fault, request)
        if fault is not None:
            await asyncio.sleep(fault.delay)
        verdict = self._limit(spec, request, identity)
        if not verdict.allowed:
            refused = json_response(verdict.body, status=verdict.status)
            refused.headers.update(verdict.headers)
            return refused, False
        context = RequestContext(
            request=request,
            params=dict(request.match_info),
            body=body,
            state=self.state,
            options=self.options,
            credentials=self.credentials,
        )
        response = await _run(spec, context)
        response.headers.update(verdict.headers)
        return await self._fault_after_applying(spec, request, response)

    async def _fault_after_applying(
        self, spec: RouteSpec, request: web.Request, response: web.Response
    ) -> tuple[web.Response, bool]:
        if response.status >= 300:
            return response, False  # refused: nothing was applied
        fault = self.faults.take(spec.key, after_applying=True)
        if fault is None:
            return response, False
        if fault.kind is FaultKind.SLOW:
            await asyncio.sleep(fault.delay)  # the answer may now reach a client that gave up
            return response, False
        return _faulted(fault, request)

    def _authorize(self, spec: RouteSpec, request: web.Request) -> str | None:
        if spec.auth is Auth.NONE:
            return None
        identity = self.credentials.identify(request.headers.get("Authorization"))
        if identity is None:
            raise DiscordError.unauthorized()
        return identity

    def _limit(self, spec: RouteSpec, request: web.Request, identity: str | None) -> Verdict:
        # Requests without a token are counted per address, as Discord does for unauthenticated calls.
        caller = identity or f"ip:{request.remote}"
        major = major_parameters(request.match_info)
        global_key = None if spec.global_exempt else caller
        return self.rate_limits.check(route=spec.key, major=f"{major}|{caller}", global_key=global_key)


def _faulted(fault: Fault, request: web.Request) -> tuple[web.Response, bool]:
    return fault_response(fault, request), fault.kind is FaultKind.CONNECTION_RESET


async def _run(spec: RouteSpec, context: RequestContext) -> web.Response:
    try:
        return await spec.handler(context)
    except DiscordError as error:
        return error.to_response()
    except (KeyError, TypeError, ValueError):
        # A body of the wrong shape (a string where Discord wants an object...) is the client's error.
        _LOGGER.debug("malformed request to %s", spec.key, exc_info=True)
        return json_response({"message": "400: Bad Request", "code": 0}, status=400)
