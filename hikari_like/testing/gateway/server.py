"""`EmulatedGateway`: Discord's gateway on a loopback port, scriptable from tests.

```python
async with EmulatedGateway(token="t", heartbeat_interval=0.1) as gateway:
    shard = GatewayShardImpl(token="t", url=gateway.url, intents=Intents.GUILDS, event_consumer=consumer)
    await shard.start()
    await gateway.dispatch("MESSAGE_CREATE", {"id": "1", "content": "hi"})
    await gateway.reconnect()          # opcode 7: the shard comes back and resumes
    await gateway.wait_until(lambda: gateway.resumes == 1)
```
"""

from __future__ import annotations

__all__ = ["EmulatedGateway"]

import asyncio
import logging
import secrets
import time
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import interactions
from hikari_like.testing.gateway import member_requests
from hikari_like.testing.gateway.connection import EmulatedConnection
from hikari_like.testing.gateway.connection import PayloadRewrite
from hikari_like.testing.gateway.connection import PendingRewrites
from hikari_like.testing.gateway.connection import ReceivedCommand
from hikari_like.testing.gateway.encoding import SUPPORTED_COMPRESSIONS
from hikari_like.testing.gateway.session import EmulatedSession

if typing.TYPE_CHECKING:
    from hikari_like.testing._command_replies import Reply
    from hikari_like.testing.emulator import EmulatedDiscord

_LOGGER = logging.getLogger("hikari_like.testing.gateway")
_DEFAULT_USER: typing.Final = {
    **payloads.user_payload("100000000000000001", "emulated-bot", bot=True),
    # READY's user is the bot's own, with the private fields `GET /users/@me` has too.
    "mfa_enabled": False,
    "verified": True,
    "locale": "en-US",
    "email": None,
}


class EmulatedGateway:
    """A websocket server speaking the v10 gateway protocol (JSON; plain, zlib-stream or zstd-stream).

    It checks IDENTIFY and RESUME, numbers dispatches per session, replays what a resumed session
    missed, enforces 120 commands per 60 s per connection (close 4008), and records every command.
    It answers Request Guild Members (op 8) from `guild_members` with GUILD_MEMBERS_CHUNK dispatches.
    Scripting: `dispatch`, `request_heartbeat` (op 1), `reconnect` (op 7), `invalidate_session`
    (op 9), `close_connections(code)`, `drop_connections()`, `ack_heartbeats = False`,
    `split_frames = n`. Breaking the protocol, as a faulty or hostile gateway would: `send_raw`
    (any bytes, compressed like a payload), `send_frame` (one frame as given, outside the
    compression), `rewrite_next` (change the next HELLO, READY or any payload once).
    """

    def __init__(
        self,
        *,
        token: str = "emulated-bot-token",
        heartbeat_interval: float = 41.25,
        host: str = "127.0.0.1",
        port: int = 0,
        user: json.JSONObject | None = None,
        guild_ids: typing.Sequence[str] = (),
        allowed_intents: int | None = None,
        send_limit: int = 120,
        send_period: float = 60.0,
    ) -> None:
        self.token = token
        self.heartbeat_interval = heartbeat_interval
        """Seconds, sent in HELLO (as milliseconds) to every new connection."""
        self.user = dict(user or _DEFAULT_USER)
        self.guild_ids = list(guild_ids)
        self.allowed_intents = allowed_intents
        """Intents this application may use; asking for others closes with 4014 (`None`: all)."""
        self.send_limit = send_limit
        self.send_period = send_period
        self.ack_heartbeats = True
        """Set to `False` to play a zombie connection: heartbeats are received but never ACKed."""
        self.split_frames = 1
        """Under zlib-stream, send every payload in this many binary frames (zstd-stream never splits:
        Discord documents one websocket message per gateway message there)."""
        self.identifies = 0
        self.resumes = 0
        self.heartbeats = 0
        self.connections = 0
        self.commands: list[ReceivedCommand] = []
        """Every command received, in order."""
        self.sessions: dict[str, EmulatedSession] = {}
        self.close_codes: list[int | None] = []
        """The close code of every connection that ended (from the client's close frame, if any)."""
        self.guild_members: dict[str, list[json.JSONObject]] = {}
        """Each guild's member objects (with `user`), by guild ID: what Request Guild Members
        (opcode 8) answers from, in GUILD_MEMBERS_CHUNK dispatches."""
        self.guild_presences: dict[str, dict[str, json.JSONObject]] = {}
        """Presence objects by guild ID, then user ID, sent with the chunks that ask for them."""
        self._live: set[EmulatedConnection] = set()
        self._rewrites = PendingRewrites()
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """`ws://127.0.0.1:<port>/`: the gateway URL (and every session's `resume_gateway_url`)."""
        if self._url is None:
            raise RuntimeError("the emulated gateway is not running; call start() or use `async with`")
        return self._url

    async def start(self) -> None:
        """Start listening (on `port`, a free one when 0); `url` is known from then on."""
        app = web.Application()
        app.router.add_get("/", self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        await site.start()
        self._runner = runner
        port = runner.addresses[0][1]
        self._url = f"ws://{self._host}:{port}/"

    async def close(self) -> None:
        """Drop every connection and stop listening."""
        for connection in list(self._live):
            connection.drop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> typing.Self:
        await self.start()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    # -- what tests read -------------------------------------------------------------------------

    def ops_sent(self, shard_id: int | None = None) -> list[int]:
        """The opcodes received, from one shard or from every client."""
        return [c.op for c in self.commands if shard_id is None or c.shard_id == shard_id]

    def open_connections(self, shard_id: int | None = None) -> list[EmulatedConnection]:
        """The connections still open (from one shard, or all)."""
        return [c for c in self._live if c.is_open and (shard_id is None or c.shard_id == shard_id)]

    async def wait_until(self, condition: typing.Callable[[], bool], *, within: float = 5.0) -> None:
        """Poll `condition` until it holds; `TimeoutError` after `within` seconds."""
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the emulated gateway did not reach the expected state")
            await asyncio.sleep(0.005)

    # -- scripting -------------------------------------------------------------------------------

    async def dispatch(self, event_name: str, data: typing.Any, *, shard_id: int | None = None) -> None:
        """Send a dispatch to every live session (or one shard's), numbered per session.

        A session whose connection is down keeps the event and replays it on RESUME.
        """
        for session in list(self.sessions.values()):
            if shard_id is None or session.shard[0] == shard_id:
                await self._send_dispatch(session, event_name, data)

    async def send_interaction(
        self,
        discord: EmulatedDiscord,
        payload: typing.Mapping[str, typing.Any],
        /,
        *,
        shard_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - one bound for the whole exchange
    ) -> Reply:
        """Deliver an interaction to the gateway bot connected here, as Discord does, and return
        what Discord received once the bot has answered and finished its work after the answer.

        The counterpart of `EmulatedDiscord.send_interaction` for gateway bots: the interaction is
        issued in `discord` (so its callback, edits and followups are accepted), dispatched as
        INTERACTION_CREATE on the shard Discord picks for its guild (or `shard_id`), and answered
        by the bot through `discord`'s callback endpoint. See `hikari_like.testing.gateway.interactions`.

        ```python
        reply = await gateway.send_interaction(discord, payloads.slash_command("ping"))
        assert reply.content == "Pong!"
        ```
        """
        return await interactions.send_interaction(self, discord, payload, shard_id=shard_id, timeout=timeout)

    async def send_op(self, op: int, d: typing.Any = None, *, shard_id: int | None = None) -> None:
        """Send any opcode to every open connection (or one shard's)."""
        for connection in self.open_connections(shard_id):
            await connection.send({"op": op, "d": d}, split=self.split_frames)

    async def send_raw(self, data: bytes | typing.Iterable[bytes], *, shard_id: int | None = None) -> None:
        """Send bytes as a payload would go (compressed with each connection's context, or as a
        text frame) to every open connection, or one shard's: not JSON, not UTF-8, a bomb...

        They are not numbered nor kept for replay. An iterable of pieces is compressed piece by
        piece (see `padded_heartbeat_ack`), so a huge payload is never whole in memory.
        """
        pieces = (data,) if isinstance(data, bytes) else tuple(data)
        for connection in self.open_connections(shard_id):
            await connection.send_raw(pieces, split=self.split_frames)

    async def send_frame(self, data: bytes, *, text: bool = False, shard_id: int | None = None) -> None:
        """Send one websocket frame exactly as given, outside the compression stream (binary, or
        a text frame with `text=True`, UTF-8 or not), to every open connection or one shard's."""
        for connection in self.open_connections(shard_id):
            await connection.send_frame(data, text=text)

    def rewrite_next(self, op: int, rewrite: PayloadRewrite, *, t: str | None = None) -> None:
        """Send the next payload with opcode `op` (and event name `t`) as `rewrite(payload)`, once.

        `rewrite` returns any JSON value, or bytes sent as they are. The session keeps the original,
        so a resume replays the original.

        ```python
        gateway.rewrite_next(0, lambda p: {**p, "d": {**p["d"], "user": "nobody"}}, t="READY")
        gateway.rewrite_next(10, lambda p: {"op": 10, "d": {"heartbeat_interval": "soon"}})
        ```
        """
        self._rewrites.add(op, rewrite, t=t)

    async def request_heartbeat(self, *, shard_id: int | None = None) -> None:
        """Opcode 1: ask for a heartbeat now."""
        await self.send_op(1, None, shard_id=shard_id)

    async def reconnect(self, *, shard_id: int | None = None) -> None:
        """Opcode 7: ask clients to reconnect and resume."""
        await self.send_op(7, None, shard_id=shard_id)

    async def invalidate_session(self, *, resumable: bool, shard_id: int | None = None) -> None:
        """Opcode 9; when not resumable the sessions are forgotten, so a RESUME would fail too."""
        for connection in self.open_connections(shard_id):
            if not resumable and connection.session is not None:
                self.sessions.pop(connection.session.session_id, None)
            await connection.send({"op": 9, "d": resumable}, split=self.split_frames)

    async def close_connections(self, code: int, reason: str = "", *, shard_id: int | None = None) -> None:
        """Close with `code` (4007/4009 also forget the session, as Discord does)."""
        for connection in self.open_connections(shard_id):
            if code in (4007, 4009) and connection.session is not None:
                self.sessions.pop(connection.session.session_id, None)
            await connection.close(code, reason)

    def drop_connections(self, *, shard_id: int | None = None) -> None:
        """Cut the TCP connections with no close frame."""
        for connection in self.open_connections(shard_id):
            connection.drop()

    # -- the protocol ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self.connections += 1
        compress = request.query.get("compress")
        connection = EmulatedConnection(
            number=self.connections, ws=ws, request=request, compress=compress, rewrites=self._rewrites
        )
        self._live.add(connection)
        try:
            if await self._check_query(connection, request.query):
                await connection.send(
                    {"op": 10, "d": {"heartbeat_interval": int(self.heartbeat_interval * 1000)}},
                    split=self.split_frames,
                )
                await self._serve(connection)
        finally:
            self._live.discard(connection)
            self._detach(connection)
        return ws

    async def _check_query(self, connection: EmulatedConnection, query: typing.Mapping[str, str]) -> bool:
        if query.get("v") != "10":
            await connection.close(4012, "Invalid API version")
            return False
        if query.get("encoding", "json") != "json" or connection.compress not in (
            None,
            *SUPPORTED_COMPRESSIONS,
        ):
            await connection.close(4002, "Error while decoding payload")
            return False
        return True

    async def _serve(self, connection: EmulatedConnection) -> None:
        async for message in connection.ws:
            if not isinstance(message.data, str | bytes):
                continue
            try:
                payload = json.loads(message.data)
                op = int(payload["op"])
            except (ValueError, KeyError, TypeError):
                await connection.close(4002, "Error while decoding payload")
                return
            if connection.note_command(self.send_period) > self.send_limit:
                await connection.close(4008, "Rate limited")
                return
            self.commands.append(
                ReceivedCommand(
                    connection=connection.number,
                    shard_id=_shard_of(payload, connection),
                    op=op,
                    d=payload.get("d"),
                )
            )
            await self._on_command(connection, op, payload.get("d"))

    def _detach(self, connection: EmulatedConnection) -> None:
        code = connection.ws.close_code
        self.close_codes.append(code)
        session = connection.session
        if session is None:
            return
        if session.connection is connection:
            session.connection = None
        # A client closing with 1000/1001 ends its session; any other code keeps it resumable.
        if code in (1000, 1001) and not connection.closed_by_server:
            self.sessions.pop(session.session_id, None)

    async def _on_command(self, connection: EmulatedConnection, op: int, d: typing.Any) -> None:
        if op == 1:
            self.heartbeats += 1
            if self.ack_heartbeats:
                await connection.send({"op": 11}, split=self.split_frames)
        elif op == 2:
            await self._identify(connection, d if isinstance(d, dict) else {})
        elif op == 6:
            await self._resume(connection, d if isinstance(d, dict) else {})
        elif op not in (3, 4, 8):
            await connection.close(4001, "Unknown opcode")
        elif not connection.identified:
            await connection.close(4003, "Not authenticated")
        elif op == 8 and isinstance(d, dict):
            await self._answer_member_request(connection, d)

    async def _answer_member_request(self, connection: EmulatedConnection, d: json.JSONObject) -> None:
        session = connection.session
        guild_id = str(d.get("guild_id"))
        if session is None or guild_id not in self.guild_members:
            return  # Discord sends nothing for a guild the bot is not in
        chunks = member_requests.member_chunks(
            d, self.guild_members[guild_id], self.guild_presences.get(guild_id, {})
        )
        for chunk in chunks:
            await self._send_dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _identify(self, connection: EmulatedConnection, d: json.JSONObject) -> None:
        problem = self._identify_problem(connection, d)
        if problem is not None:
            await connection.close(*problem)
            return
        self.identifies += 1
        shard = d.get("shard") or [0, 1]
        session = EmulatedSession(
            session_id=secrets.token_hex(16),
            shard=(int(shard[0]), int(shard[1])),
            intents=int(d["intents"]),
            capabilities=int(d.get("capabilities", 0)),
        )
        self.sessions[session.session_id] = session
        connection.session = session
        connection.identified = True
        session.connection = connection
        ready = {
            "v": 10,
            "user": self.user,
            "guilds": [{"id": guild_id, "unavailable": True} for guild_id in self.guild_ids],
            "session_id": session.session_id,
            "resume_gateway_url": self.url,
            "shard": list(session.shard),
            "application": {"id": self.user["id"], "flags": 0},
        }
        await self._send_dispatch(session, "READY", ready)

    def _identify_problem(self, connection: EmulatedConnection, d: json.JSONObject) -> tuple[int, str] | None:
        if connection.identified:
            return 4005, "Already authenticated"
        if d.get("token") != self.token:
            return 4004, "Authentication failed"
        shard = d.get("shard") or [0, 1]
        if not (isinstance(shard, list) and len(shard) == 2 and 0 <= shard[0] < shard[1]):
            return 4010, "Invalid shard"
        return self._bits_problem(d)

    def _bits_problem(self, d: json.JSONObject) -> tuple[int, str] | None:
        intents = d.get("intents")
        if not _is_bitfield(intents) or intents >= 1 << 26:
            return 4013, "Invalid intent(s)"
        if self.allowed_intents is not None and intents & ~self.allowed_intents:
            return 4014, "Disallowed intent(s)"
        if not _is_bitfield(d.get("capabilities", 0)):
            # Discord documents no close code of its own for this; a bad IDENTIFY field is a decode error.
            return 4002, "Decode error"
        return None

    async def _resume(self, connection: EmulatedConnection, d: json.JSONObject) -> None:
        if d.get("token") != self.token:
            await connection.close(4004, "Authentication failed")
            return
        session = self.sessions.get(str(d.get("session_id")))
        sequence = d.get("seq") or 0
        if session is None or not isinstance(sequence, int) or sequence > session.sequence:
            await connection.send({"op": 9, "d": False}, split=self.split_frames)
            return
        self.resumes += 1
        previous = session.connection
        connection.session = session
        connection.identified = True
        if previous is not None and previous is not connection:
            previous.drop()
        await self._replay(connection, session, sequence)
        await self._send_dispatch(session, "RESUMED", {})

    async def _replay(self, connection: EmulatedConnection, session: EmulatedSession, sequence: int) -> None:
        sent = sequence
        # Dispatches may be added while we replay: keep going until caught up, then attach with no
        # await in between, so every later dispatch goes out live and none is missed.
        while sent < session.sequence:
            for payload in session.events_after(sent):
                await connection.send(payload, split=self.split_frames)
                sent += 1
        session.connection = connection

    async def _send_dispatch(self, session: EmulatedSession, event_name: str, data: typing.Any) -> None:
        payload = session.next_dispatch(event_name, data)
        connection = session.connection
        if connection is not None and not await connection.send(payload, split=self.split_frames):
            _LOGGER.debug("dispatch %s kept for replay: the connection is gone", payload["s"])


def _shard_of(payload: json.JSONObject, connection: EmulatedConnection) -> int | None:
    if connection.shard_id is not None:
        return connection.shard_id
    d = payload.get("d")
    if payload.get("op") == 2 and isinstance(d, dict) and isinstance(d.get("shard"), list):
        return int(d["shard"][0])
    return None


def _is_bitfield(value: object) -> typing.TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
