"""Port discovery: a small websocket server on the multicast port that tells a client the IPC port.

A client opens a websocket there and runs the handshake of `hikari_like.ipc.handshake` for
`Purpose.DISCOVERY`: the server's welcome carries the IPC port, covered by the server's proof, and
the connection ends. So the port is told only to a peer that holds the secret, and a client only
believes a peer that holds it too (a program that bound the port first cannot send it elsewhere).
"""

from __future__ import annotations

__all__ = ["MAX_FRAME_SIZE", "DiscoveryServer", "format_url"]

import typing

from aiohttp import web

from hikari_like.ipc import _gate
from hikari_like.ipc import handshake

MAX_FRAME_SIZE: typing.Final = 4096
"""The largest frame either side of discovery reads; handshake messages are a few hundred bytes."""
_CLOSE_TIMEOUT: typing.Final = 1.0


def format_url(scheme: str, host: str, port: int) -> str:
    """`scheme://host:port/`, with an IPv6 host in brackets."""
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}/"


class DiscoveryServer:
    """Tells authenticated clients `ipc_port` on `host:port` for as long as it runs."""

    __slots__ = ("_gate", "_host", "_ipc_port", "_port", "_runner")

    def __init__(self, *, host: str, port: int, ipc_port: int, gate: _gate.Gate) -> None:
        self._host = host
        self._port = port
        self._ipc_port = ipc_port
        self._gate = gate
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The bound port once started (useful with port 0), else the configured one."""
        return _gate.bound_port(self._runner, self._port)

    async def start(self) -> None:
        """Bind and serve; on failure nothing is left open."""
        self._runner = await _gate.bind(
            self._answer,
            host=self._host,
            port=self._port,
            handshake_timeout=self._gate.handshake_timeout,
            shutdown_timeout=_CLOSE_TIMEOUT,
        )

    async def close(self) -> None:
        """Stop serving and release the socket."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME_SIZE, timeout=_CLOSE_TIMEOUT)
        if await self._gate.open(request, ws, handshake.Purpose.DISCOVERY, port=self._ipc_port):
            await ws.close()  # the welcome carried the port: nothing more to say
        return ws
