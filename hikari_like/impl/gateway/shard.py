"""`GatewayShardImpl`: one gateway session, kept alive across reconnects for as long as it can be.

```python
def on_event(shard: GatewayShardImpl, name: str, data: JSONObject) -> None:
    print(shard.id, name)

shard = GatewayShardImpl(token=token, url=info.url, intents=hikari.Intents.GUILDS, event_consumer=on_event)
await shard.start()   # returns once READY arrived
await shard.join()    # until close(), or a fatal close code
```

What happens when (the keep-alive task decides; `_run_connection` is one connection's life):

| event | reaction |
|---|---|
| HELLO | heartbeat task starts (jittered); RESUME if we hold a session, else IDENTIFY |
| no ACK since the previous beat | zombie: close with 3000 and RESUME |
| opcode 1 | one heartbeat at once; the loop keeps its schedule |
| opcode 7 | close with 3000 and RESUME |
| opcode 9 | `d` true: RESUME; false: forget the session, wait 1-5 s, IDENTIFY |
| close 4004, 4010-4014 | stop; `join()` raises `GatewayServerClosedConnectionError` naming the cause |
| close 4007, 4009 | forget the session and IDENTIFY |
| other closes, network errors | reconnect with capped, jittered backoff and RESUME |
| a protocol error (below) | one WARNING; reconnect with backoff, never reset by that connection, and RESUME |

A protocol error is any payload the gateway should never send: a frame that is not JSON, not UTF-8,
not an object, over `max_payload_size` (as received or once inflated), a broken zlib or zstd
stream, an `op` that is not an opcode or not one the gateway sends after HELLO, a `s` that is not a
sequence number, a DISPATCH without an event name, a `d` of the wrong type for its opcode
(`payloads`), or a READY without a usable session, user or guild list. None of them stops the
shard. A DISPATCH whose number could be read counts as handled, so the resume does not replay it
(a replay would fail the same way, forever); it is lost, and the WARNING says so ("dispatch N,
dropped"). A READY refused this way never reaches the consumer; the resume's RESUMED does.

Only `close()` closes with 1000, which ends the session on Discord's side.
"""

from __future__ import annotations

__all__ = ["EventConsumerT", "GatewayShardImpl"]

import asyncio
import contextlib
import logging
import math
import random
import typing

import aiohttp

from hikari_like import errors
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.capabilities import GatewayCapabilities
from hikari_like.errors import GatewayError
from hikari_like.errors import GatewayServerClosedConnectionError
from hikari_like.errors import GatewayTransportError
from hikari_like.impl.gateway import close_codes
from hikari_like.impl.gateway import commands
from hikari_like.impl.gateway import compression as compression_module
from hikari_like.impl.gateway import payloads
from hikari_like.impl.gateway.backoff import Backoff
from hikari_like.impl.gateway.connection import GatewayConnection
from hikari_like.impl.gateway.heartbeat import Heartbeat
from hikari_like.impl.gateway.payloads import GatewayOpcode
from hikari_like.impl.gateway.payloads import GatewayPayload
from hikari_like.impl.gateway.payloads import MalformedPayloadError
from hikari_like.impl.gateway.ratelimit import IdentifyLimiter
from hikari_like.impl.gateway.ratelimit import SendLimiter
from hikari_like.impl.gateway.timings import GatewayTimings
from hikari_like.impl.metrics import hooks as metrics_hooks

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import snowflakes
    from hikari_like.impl import config
    from hikari_like.intents import Intents
    from hikari_like.internal.json import JSONObject

EventConsumerT = typing.Callable[["GatewayShardImpl", str, "JSONObject"], None]
"""Called synchronously, in sequence order, for every dispatch and for CONNECTED / DISCONNECTED."""

_LOGGER = logging.getLogger("hikari_like.gateway")
# Any code but 1000/1001 keeps the session resumable; 3000 is private-use, so Discord never sends it.
_RESUMABLE_CLOSE: typing.Final = 3000
_NORMAL_CLOSE: typing.Final = 1000
_SERVER_OPCODES: typing.Final = frozenset(
    {
        GatewayOpcode.DISPATCH,
        GatewayOpcode.HEARTBEAT,
        GatewayOpcode.RECONNECT,
        GatewayOpcode.INVALID_SESSION,
        GatewayOpcode.HEARTBEAT_ACK,
    }
)
"""What the gateway may send once HELLO is past; any other opcode is a protocol error."""
_LOGGED_NAME: typing.Final = 40


class GatewayShardImpl:
    """One shard of a bot's gateway connection (API v10, JSON), resuming whenever Discord allows.

    `max_payload_size` (bytes, default `DEFAULT_MAX_PAYLOAD_SIZE`, 64 MiB) caps every payload the
    gateway sends, both the websocket message as received and what it inflates to under
    `zlib-stream` or `zstd-stream`. A bigger one is refused before it is read (or while it
    inflates) and handled as a protocol error: the shard reconnects and resumes. Discord's largest
    real payloads are a few MiB (a GUILD_CREATE of a very large guild), so the default leaves a
    wide margin while keeping a compression bomb from taking all the memory; raise it only if a
    shard logs that a payload was too large.

    `capabilities` (default `GatewayCapabilities.NONE`) are the gateway behaviours the shard opts
    into in IDENTIFY, as in hikari.
    """

    def __init__(
        self,
        *,
        token: str,
        url: str,
        intents: Intents,
        event_consumer: EventConsumerT,
        shard_id: int = 0,
        shard_count: int = 1,
        large_threshold: int = 250,
        compression: str | None = "zlib-stream",
        initial_activity: presences.Activity | None = None,
        initial_status: presences.Status = presences.Status.ONLINE,
        initial_idle_since: datetime.datetime | None = None,
        initial_is_afk: bool = False,
        identify_limiter: IdentifyLimiter | None = None,
        http_settings: config.HTTPSettings | None = None,
        proxy_settings: config.ProxySettings | None = None,
        timings: GatewayTimings | None = None,
        max_payload_size: int = compression_module.DEFAULT_MAX_PAYLOAD_SIZE,
        capabilities: GatewayCapabilities = GatewayCapabilities.NONE,
    ) -> None:
        self._token = token
        self._capabilities = GatewayCapabilities(capabilities)
        self._url = url
        self._intents = intents
        self._consumer = event_consumer
        self._id = shard_id
        self._count = shard_count
        self._large_threshold = large_threshold
        # An unknown or unavailable codec, or a cap below 1 byte, fails here rather than on connecting.
        compression_module.make_decompressor(compression)
        self._compression = compression
        self._max_payload_size = compression_module.check_max_payload_size(max_payload_size)
        self._presence = commands.Presence(
            status=initial_status,
            activity=initial_activity,
            idle_since=initial_idle_since,
            afk=initial_is_afk,
        )
        # Like hikari: without an explicit initial presence, IDENTIFY leaves the presence alone.
        self._send_initial_presence = (
            initial_activity,
            initial_status,
            initial_idle_since,
            initial_is_afk,
        ) != (
            None,
            presences.Status.ONLINE,
            None,
            False,
        )
        self._identify_limiter = identify_limiter or IdentifyLimiter(
            1, remaining=1_000_000, reset_after=86_400.0
        )
        self._http_settings = http_settings
        self._proxy_settings = proxy_settings
        self._timings = timings or GatewayTimings()
        self._session_id: str | None = None
        self._user_id: snowflakes.Snowflake | None = None
        self._sequence: int | None = None
        self._resume_url: str | None = None
        self._connection: GatewayConnection | None = None
        self._heartbeat: Heartbeat | None = None
        self._send_limiter = self._new_send_limiter()
        self._handshake = asyncio.Event()
        self._closing = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._next_delay = 0.0
        self._handshakes = 0
        """READY or RESUMED count: a connection that got one resets the backoff."""

    def __repr__(self) -> str:
        return f"GatewayShardImpl(id={self._id}, shard_count={self._count}, is_alive={self.is_alive})"

    # -- what the shard is -------------------------------------------------------------------

    @property
    def id(self) -> int:
        """The shard's number, from 0 to `shard_count - 1`."""
        return self._id

    @property
    def shard_count(self) -> int:
        """How many shards the bot runs; Discord sends a guild to shard `(guild_id >> 22) % shard_count`."""
        return self._count

    @property
    def intents(self) -> Intents:
        """The gateway intents the shard identifies with: the events Discord sends it."""
        return self._intents

    @property
    def capabilities(self) -> GatewayCapabilities:
        """The gateway capabilities the shard declares in IDENTIFY (`GatewayCapabilities.NONE` by default)."""
        return self._capabilities

    @property
    def is_alive(self) -> bool:
        """Whether the shard is running (connected or reconnecting)."""
        return self._task is not None and not self._task.done()

    @property
    def is_connected(self) -> bool:
        """Whether a connection is open and its session is READY or RESUMED."""
        return self._connection is not None and self._handshake.is_set()

    @property
    def heartbeat_latency(self) -> float:
        """Seconds between the last heartbeat and its ACK; `nan` before the first ACK."""
        return self._heartbeat.latency if self._heartbeat is not None else math.nan

    @property
    def session_id(self) -> str | None:
        """The session READY started (what a RESUME names), or `None` before READY."""
        return self._session_id

    def get_user_id(self) -> snowflakes.Snowflake:
        """The bot's user ID, as the session's READY gave it (hikari's method).

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            Before the first READY.
        """
        if self._user_id is None:
            raise errors.ComponentStateConflictError(f"shard {self._id} has not received READY yet")
        return self._user_id

    @property
    def sequence(self) -> int | None:
        """The last dispatch sequence number handled (what a RESUME asks to continue after)."""
        return self._sequence

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect and return once READY (or RESUMED) arrived; raises `GatewayError` if it is fatal."""
        if self._task is not None:
            raise errors.ComponentStateConflictError(f"shard {self._id} was already started")
        self._closing.clear()
        self._task = asyncio.create_task(self._keep_alive(), name=f"gateway shard {self._id}")
        handshake = asyncio.create_task(self._handshake.wait())
        try:
            await asyncio.wait({handshake, self._task}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            handshake.cancel()
        if not self._handshake.is_set():
            self._task.result()  # Raises the error that stopped it.
            raise GatewayError(f"shard {self._id} stopped before it was ready")

    async def close(self) -> None:
        """Close with code 1000 (ending the session) and wait for the shard's tasks. Idempotent."""
        task = self._task
        if task is None or self._closing.is_set():
            if task is not None:
                await asyncio.gather(task, return_exceptions=True)
            return
        _LOGGER.info("shard %s closing", self._id)
        self._closing.set()
        if self._connection is not None:
            await self._connection.close(_NORMAL_CLOSE, "shard closing")
        done, _ = await asyncio.wait({task}, timeout=self._timings.close_timeout)
        if not done:
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    async def join(self) -> None:
        """Wait until the shard stops; re-raises the fatal error that stopped it, if one did."""
        if self._task is None:
            raise errors.ComponentStateConflictError(f"shard {self._id} is not running")
        await asyncio.shield(self._task)

    # -- commands ------------------------------------------------------------------------------

    async def update_presence(
        self,
        *,
        idle_since: undefined.UndefinedNoneOr[datetime.datetime] = undefined.UNDEFINED,
        afk: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        activity: undefined.UndefinedNoneOr[presences.Activity] = undefined.UNDEFINED,
        status: undefined.UndefinedOr[presences.Status] = undefined.UNDEFINED,
    ) -> None:
        """Change the bot's presence; fields left `UNDEFINED` keep their current value."""
        presence = self._presence.updated(idle_since=idle_since, afk=afk, activity=activity, status=status)
        await self._send(GatewayOpcode.PRESENCE_UPDATE, commands.presence(presence))
        # Kept for the IDENTIFY after a lost session, so the presence survives it.
        self._presence = presence
        self._send_initial_presence = True

    async def request_guild_members(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        include_presences: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        query: str = "",
        limit: int = 0,
        users: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
        nonce: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> None:
        """Ask for a guild's members (opcode 8); they arrive as GUILD_MEMBERS_CHUNK dispatches."""
        data = commands.request_guild_members(
            guild,
            intents=self._intents,
            include_presences=include_presences,
            query=query,
            limit=limit,
            users=users,
            nonce=nonce,
        )
        await self._send(GatewayOpcode.REQUEST_GUILD_MEMBERS, data)

    async def _send(self, op: GatewayOpcode, data: typing.Any, *, priority: bool = False) -> None:
        if self._connection is None or not self._handshake.is_set():
            raise errors.ComponentStateConflictError(f"shard {self._id} is not connected")
        await self._send_now(op, data, priority=priority)

    async def _send_now(self, op: GatewayOpcode, data: typing.Any, *, priority: bool = False) -> None:
        limiter = self._send_limiter
        await limiter.acquire(priority=priority)
        connection = self._connection
        if connection is None or limiter is not self._send_limiter:
            raise GatewayError(f"shard {self._id} lost its connection while waiting to send")
        await connection.send(GatewayPayload(op=op, d=data))

    # -- keeping the session alive -----------------------------------------------------------

    async def _keep_alive(self) -> None:
        backoff = Backoff(base=self._timings.reconnect_base, cap=self._timings.reconnect_cap)
        connector = aiohttp.TCPConnector(ssl=self._http_settings.ssl if self._http_settings else True)
        trust_env = self._proxy_settings.trust_env if self._proxy_settings else False
        connected_before = False
        async with aiohttp.ClientSession(connector=connector, trust_env=trust_env) as session:
            while not self._closing.is_set():
                await self._pause(max(backoff.next_delay(), self._next_delay))
                self._next_delay = 0.0
                if self._closing.is_set():
                    break
                handshakes_before = self._handshakes
                if connected_before and metrics_hooks.current is not None:
                    metrics_hooks.current.gateway_reconnected(self._id)
                connected_before = True
                healthy = await self._connect_once(session)
                if healthy and self._handshakes != handshakes_before:
                    backoff.reset()  # This connection worked: the next reconnect is immediate.
        _LOGGER.info("shard %s closed", self._id)

    async def _connect_once(self, session: aiohttp.ClientSession) -> bool:
        """Run one connection; `False` if it ended in a protocol error (the backoff then keeps growing).

        Only a fatal close code propagates: nothing the gateway sends stops the shard otherwise.
        """
        try:
            await self._run_connection(session)
        except GatewayServerClosedConnectionError as exc:
            self._after_server_close(exc)
        except GatewayTransportError as exc:
            if not self._closing.is_set():
                next_step = "resume" if self._session_id is not None else "identify"
                _LOGGER.warning("shard %s: %s; reconnecting to %s", self._id, exc, next_step)
            return False
        except GatewayError as exc:
            if not self._closing.is_set():
                _LOGGER.warning("shard %s connection lost (%s); reconnecting", self._id, exc)
        except Exception:
            # A bug of ours, reached by some payload no check foresaw: worth a traceback, not the bot.
            _LOGGER.exception("shard %s: unexpected error; reconnecting", self._id)
            return False
        return True

    async def _pause(self, delay: float) -> None:
        if delay > 0:
            _LOGGER.debug("shard %s waits %.2f s before connecting", self._id, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), delay)

    def _after_server_close(self, exc: GatewayServerClosedConnectionError) -> None:
        action = close_codes.action_for(exc.code)
        if action is close_codes.CloseAction.FATAL:
            _LOGGER.error("shard %s: the gateway closed the connection: %s", self._id, exc)
            raise exc
        if action is close_codes.CloseAction.REIDENTIFY:
            _LOGGER.warning("shard %s: %s; starting a new session", self._id, exc)
            self._forget_session()
        else:
            _LOGGER.warning("shard %s: %s; reconnecting to resume", self._id, exc)

    def _forget_session(self) -> None:
        self._session_id = None
        self._sequence = None
        self._resume_url = None

    async def _run_connection(self, session: aiohttp.ClientSession) -> None:
        # The identify slot is taken before connecting: waiting for it after HELLO would leave
        # heartbeat ACKs unread, and the connection would look like a zombie.
        slot: contextlib.AbstractAsyncContextManager[None] = (
            contextlib.nullcontext()
            if self._session_id is not None
            else self._identify_limiter.acquire(self._id)
        )
        async with slot:
            connection = await self._open(session)
            try:
                await self._greet(connection)
            except BaseException:
                await self._end_connection(connection)
                raise
        try:
            await self._receive_loop(connection)
        finally:
            await self._end_connection(connection)

    async def _open(self, session: aiohttp.ClientSession) -> GatewayConnection:
        resuming = self._session_id is not None
        url = self._resume_url if resuming and self._resume_url else self._url
        _LOGGER.info("shard %s connecting to the gateway", self._id)
        connection = await GatewayConnection.open(
            session,
            url,
            compression=self._compression,
            close_timeout=self._timings.close_timeout,
            proxy_settings=self._proxy_settings,
            max_payload_size=self._max_payload_size,
        )
        self._handshake.clear()
        self._send_limiter = self._new_send_limiter()
        self._connection = connection
        self._consume("CONNECTED", {})
        return connection

    async def _end_connection(self, connection: GatewayConnection) -> None:
        if self._heartbeat is not None:
            await self._heartbeat.stop()
        code = _NORMAL_CLOSE if self._closing.is_set() else _RESUMABLE_CLOSE
        await connection.close(code, "shard closing" if code == _NORMAL_CLOSE else "reconnecting")
        self._connection = None
        self._handshake.clear()
        self._consume("DISCONNECTED", {})

    async def _greet(self, connection: GatewayConnection) -> None:
        try:
            hello = await asyncio.wait_for(self._receive(connection), self._timings.hello_timeout)
        except TimeoutError:
            raise GatewayTransportError("the gateway sent no HELLO") from None
        if hello.op is not GatewayOpcode.HELLO:
            raise GatewayTransportError(f"the gateway sent opcode {int(hello.op)} where HELLO was expected")
        # `decode` checked that HELLO's d holds a positive, finite number of milliseconds.
        interval = float(hello.d["heartbeat_interval"]) / 1000
        self._heartbeat = Heartbeat(interval=interval, send=self._send_heartbeat, on_zombie=self._on_zombie)
        self._heartbeat.start()
        if self._session_id is not None:
            _LOGGER.info("shard %s resuming session after sequence %s", self._id, self._sequence)
            await self._send_now(GatewayOpcode.RESUME, self._resume_payload(self._session_id))
        else:
            self._sequence = None  # A new session numbers its dispatches from 1.
            await self._identify()

    def _resume_payload(self, session_id: str) -> JSONObject:
        return commands.resume(token=self._token, session_id=session_id, sequence=self._sequence)

    async def _identify(self) -> None:
        payload = commands.identify(
            token=self._token,
            intents=self._intents,
            shard=(self._id, self._count),
            large_threshold=self._large_threshold,
            initial_presence=self._presence if self._send_initial_presence else None,
            capabilities=self._capabilities,
        )
        _LOGGER.info("shard %s identifying (shard %s of %s)", self._id, self._id, self._count)
        await self._send_now(GatewayOpcode.IDENTIFY, payload)

    async def _send_heartbeat(self) -> None:
        await self._send_now(GatewayOpcode.HEARTBEAT, self._sequence, priority=True)

    async def _on_zombie(self) -> None:
        connection = self._connection
        if connection is not None:
            _LOGGER.warning("shard %s: no heartbeat ACK; reconnecting to resume", self._id)
            await connection.close(_RESUMABLE_CLOSE, "zombie connection")

    def _new_send_limiter(self) -> SendLimiter:
        timings = self._timings
        return SendLimiter(
            limit=timings.send_limit, period=timings.send_period, reserve=timings.heartbeat_reserve
        )

    # -- what the gateway says ----------------------------------------------------------------

    async def _receive(self, connection: GatewayConnection) -> GatewayPayload:
        try:
            return await connection.receive()
        except MalformedPayloadError as exc:
            if exc.sequence is not None:
                self._advance(exc.sequence)
            raise

    def _advance(self, sequence: int) -> None:
        """Count a dispatch that cannot be read as handled: the resume must not replay it."""
        if self._sequence is None or sequence > self._sequence:
            self._sequence = sequence
            _LOGGER.debug("shard %s counts dispatch %s as handled; it was dropped", self._id, sequence)

    async def _receive_loop(self, connection: GatewayConnection) -> None:
        """Handle payloads in order until the connection must be replaced (then return or raise)."""
        while True:
            payload = await self._receive(connection)
            op = payload.op
            if op is GatewayOpcode.DISPATCH:
                self._on_dispatch(payload)
            elif op is GatewayOpcode.HEARTBEAT_ACK:
                if self._heartbeat is not None:
                    self._heartbeat.ack()
            elif op is GatewayOpcode.HEARTBEAT:
                if self._heartbeat is not None:
                    await self._heartbeat.beat_now()
            elif op is GatewayOpcode.RECONNECT:
                _LOGGER.info("shard %s: the gateway asked us to reconnect", self._id)
                return
            elif op is GatewayOpcode.INVALID_SESSION:
                self._on_invalid_session(resumable=payload.d is True)
                return
            elif op not in _SERVER_OPCODES:
                raise GatewayTransportError(
                    f"the gateway sent opcode {int(op)}, which it never sends after HELLO"
                )

    def _on_invalid_session(self, *, resumable: bool) -> None:
        if resumable:
            _LOGGER.info("shard %s: session invalidated but resumable; resuming", self._id)
            return
        low, high = self._timings.invalid_session_wait
        self._next_delay = random.uniform(low, high)
        _LOGGER.warning(
            "shard %s: session invalidated; identifying again in %.2f s", self._id, self._next_delay
        )
        self._forget_session()

    def _on_dispatch(self, payload: GatewayPayload) -> None:
        # `decode` checked the envelope: a dispatch has a sequence number, a name and an object.
        sequence = payload.s
        if sequence is not None:
            if self._sequence is not None and sequence <= self._sequence:
                _LOGGER.debug("shard %s skipped a replayed dispatch (sequence %s)", self._id, sequence)
                return
            self._sequence = sequence
        name = payload.t or ""
        data: JSONObject = payload.d
        if name == "READY":
            self._on_ready(data)
        elif name == "RESUMED":
            _LOGGER.info("shard %s resumed its session", self._id)
            self._handshakes += 1
            self._handshake.set()
        self._consume(name, data)

    def _on_ready(self, data: JSONObject) -> None:
        problem = payloads.ready_problem(data, gateway_url=self._url)
        session_id = data.get("session_id")
        if problem is not None:
            # A usable session ID is kept, so the reconnect resumes (through the configured URL);
            # without one the reconnect identifies, and the new session counts from 1 again.
            if payloads.is_session_id(session_id):
                self._session_id, self._resume_url = session_id, None
            else:
                self._forget_session()
            raise GatewayTransportError(f"the gateway sent a READY {problem}")
        self._session_id = session_id
        self._resume_url = data.get("resume_gateway_url") or None
        self._user_id = snowflakes.parse_or_none(data["user"].get("id"))
        username = data["user"].get("username")
        shown = username[:_LOGGED_NAME] if isinstance(username, str) else "?"
        guilds = len(data.get("guilds") or ())
        _LOGGER.info("shard %s ready as %r with %s guilds", self._id, shown, guilds)
        self._handshakes += 1
        self._handshake.set()

    def _consume(self, name: str, data: JSONObject) -> None:
        try:
            self._consumer(self, name, data)
        except Exception:
            # A consumer bug must not cost the session; it is reported and the next event follows.
            _LOGGER.exception("shard %s: the event consumer raised on %s", self._id, name)
