"""The door of the IPC and discovery ports: Origin, throttling, then the handshake, on a deadline.

Both ports share one `Gate`, so failed handshakes on either count against the same peer.
"""

from __future__ import annotations

__all__ = ["Gate", "bind", "bound_port", "refusal"]

import asyncio
import logging
import math
import typing

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from hikari_like.internal import json
from hikari_like.ipc import handshake
from hikari_like.ipc._refusals import Refusal
from hikari_like.ipc._refusals import RefusalLog
from hikari_like.ipc._throttle import PeerThrottle
from hikari_like.ipc._throttle import peer_key

_LOGGER: typing.Final = logging.getLogger("hikari_like.ipc")

_REFUSAL_OF: typing.Final = {
    handshake.Verdict.ADMITTED: None,
    handshake.Verdict.WRONG_SECRET: Refusal.WRONG_SECRET,
    handshake.Verdict.MALFORMED: Refusal.MALFORMED,
    handshake.Verdict.ABANDONED: Refusal.ABANDONED,
}
_GUESSES: typing.Final = frozenset({Refusal.WRONG_SECRET, Refusal.MALFORMED})


class _QuietHTTPLogger(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server logger for the IPC ports.

    A request that does not parse is the peer's doing, before it proved anything: DEBUG without
    a traceback, never an ERROR. Anything else aiohttp says (a handler's exception: a bug of
    ours) passes unchanged.
    """

    def log(
        self,
        level: int,
        msg: object,
        *args: object,
        exc_info: typing.Any = None,
        stack_info: bool = False,
        stacklevel: int = 1,
        extra: typing.Mapping[str, object] | None = None,
        **kwargs: object,
    ) -> None:
        if isinstance(exc_info, HttpProcessingError):  # not a handler's exception: those stay
            level, exc_info = logging.DEBUG, None
        self.logger.log(
            level,
            msg,
            *args,
            exc_info=exc_info,
            stack_info=stack_info,
            stacklevel=stacklevel + 1,
            extra=extra,
        )


_HTTP_LOGGER: typing.Final = _QuietHTTPLogger(logging.getLogger("hikari_like.ipc.http"))


async def bind(
    handler: typing.Callable[[web.Request], typing.Awaitable[web.StreamResponse]],
    *,
    host: str,
    port: int,
    handshake_timeout: float,
    shutdown_timeout: float,
) -> web.AppRunner:
    """Serve `handler` as `GET /` on `host:port`; on failure nothing is left open."""
    app = web.Application()
    app.router.add_get("/", handler)
    runner = web.AppRunner(
        app,
        handle_signals=False,
        access_log=None,
        shutdown_timeout=shutdown_timeout,
        # aiohttp's idle timer runs from the accept until a whole request head arrived, however
        # it trickles: a socket that sends no request goes as soon as one that does not prove.
        keepalive_timeout=handshake_timeout,
        logger=_HTTP_LOGGER,
    )
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner


def bound_port(runner: web.AppRunner | None, configured: int) -> int:
    """The port `runner` listens on, else the configured one."""
    if runner is None or not runner.addresses:
        return configured
    return int(runner.addresses[0][1])


def refusal(
    error: type[web.HTTPError], code: str, message: str, *, headers: typing.Mapping[str, str] | None = None
) -> web.HTTPError:
    """An HTTP refusal with the JSON body of an IPC error."""
    body = json.dumps({"id": None, "error": {"code": code, "message": message}}).decode()
    return error(text=body, content_type="application/json", headers=headers)


class Gate:
    """Admits a websocket once its peer proved it holds the key, and refuses the rest cheaply."""

    __slots__ = ("_admit_all", "_allowed_origins", "_key", "_refusals", "_throttle", "handshake_timeout")

    def __init__(
        self, *, key: bytes, admit_all: bool, allowed_origins: typing.Iterable[str], handshake_timeout: float
    ) -> None:
        self.handshake_timeout = handshake_timeout
        """Seconds a peer has to prove itself once its upgrade request arrived."""
        self._key = key
        self._admit_all = admit_all
        self._allowed_origins = frozenset(origin.rstrip("/").lower() for origin in allowed_origins)
        self._throttle = PeerThrottle()
        self._refusals = RefusalLog(_LOGGER)

    def close(self) -> None:
        """Write the last summary of refusals."""
        self._refusals.close()

    async def open(
        self,
        request: web.Request,
        ws: web.WebSocketResponse,
        purpose: handshake.Purpose,
        *,
        port: int | None = None,
    ) -> bool:
        """Upgrade `request` to `ws` and run the handshake; `True` once the peer proved itself.

        Raises an HTTP error (400, 403, 429) for a request refused before the upgrade; after a failed
        handshake `ws` is closed and `False` returned.
        """
        remote, peer = request.remote, peer_key(request.remote)
        self._check_origin(request, remote, peer)
        if not ws.can_prepare(request):
            self._refusals.note(Refusal.MALFORMED, remote=remote, peer=peer)
            message = "this is an IPC port: open a websocket and run the handshake of docs/ipc.md"
            raise refusal(web.HTTPBadRequest, "bad_request", message)
        retry_after = self._throttle.retry_after(peer)
        if retry_after is not None:
            self._refusals.note(Refusal.THROTTLED, remote=remote, peer=peer)
            message = "too many failed or pending handshakes from this address"
            retry_header = {"Retry-After": str(math.ceil(retry_after))}
            raise refusal(web.HTTPTooManyRequests, "too_many_attempts", message, headers=retry_header)
        with self._throttle.pending(peer):
            refused = await self._handshake(request, ws, purpose, port)
        if refused is None:
            self._throttle.succeeded(peer)
            return True
        if refused in _GUESSES:
            self._throttle.failed(peer)
        self._refusals.note(refused, remote=remote, peer=peer)
        if ws.prepared:
            code = (
                handshake.CLOSE_HANDSHAKE_TIMEOUT
                if refused is Refusal.TIMED_OUT
                else handshake.CLOSE_UNAUTHORISED
            )
            await ws.close(code=code, message=refused.value.encode())
        return False

    def _check_origin(self, request: web.Request, remote: str | None, peer: str) -> None:
        # Browsers send Origin with every websocket; our client never does. Without this check a
        # web page the bot's owner visits could drive a server that has no secret.
        origin = request.headers.get("Origin")
        if origin is not None and origin.rstrip("/").lower() not in self._allowed_origins:
            self._refusals.note(Refusal.ORIGIN, remote=remote, peer=peer)
            raise refusal(web.HTTPForbidden, "origin_not_allowed", "this Origin is not allowed to connect")

    async def _handshake(
        self, request: web.Request, ws: web.WebSocketResponse, purpose: handshake.Purpose, port: int | None
    ) -> Refusal | None:
        try:
            async with asyncio.timeout(self.handshake_timeout):
                await ws.prepare(request)
                verdict = await handshake.challenge_client(
                    ws, self._key, purpose, admit_all=self._admit_all, port=port
                )
        except TimeoutError:
            return Refusal.TIMED_OUT
        except ConnectionError:
            return Refusal.ABANDONED
        return _REFUSAL_OF[verdict]
