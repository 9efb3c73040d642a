"""Port discovery: a tiny HTTP server on the multicast port that tells a client the IPC port.

It answers `GET /` carrying the secret in `Authorization` with `{"port": <ipc port>}`, and
anything without the right secret with 401, so the port is no easier to learn than to use.
"""

from __future__ import annotations

__all__ = ["DiscoveryServer", "discover_port", "format_url", "unauthorised_response"]

import typing

import aiohttp
from aiohttp import web

from hikari_like.internal import json
from hikari_like.ipc import errors
from hikari_like.ipc import protocol


def format_url(scheme: str, host: str, port: int) -> str:
    """`scheme://host:port/`, with an IPv6 host in brackets."""
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}/"


def _json_response(body: json.JSONObject, *, status: int = 200) -> web.Response:
    return web.Response(body=json.dumps(body), status=status, content_type="application/json")


def unauthorised_response() -> web.Response:
    """The 401 both the IPC handshake and discovery send for a missing or wrong secret."""
    error = {"code": "unauthorized", "message": "missing or wrong secret key"}
    return _json_response({"id": None, "error": error}, status=401)


class DiscoveryServer:
    """Serves the IPC port on `host:port` for as long as it runs."""

    __slots__ = ("_host", "_ipc_port", "_port", "_runner", "_secret_key")

    def __init__(self, *, host: str, port: int, ipc_port: int, secret_key: str | None) -> None:
        self._host = host
        self._port = port
        self._ipc_port = ipc_port
        self._secret_key = secret_key
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The bound port once started (useful with port 0), else the configured one."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return int(self._runner.addresses[0][1])

    async def start(self) -> None:
        """Bind and serve; on failure nothing is left open."""
        app = web.Application()
        app.router.add_get("/", self._answer)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner

    async def close(self) -> None:
        """Stop serving and release the socket."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _answer(self, request: web.Request) -> web.Response:
        if not protocol.is_authorised(request.headers.get(protocol.AUTHORIZATION_HEADER), self._secret_key):
            return unauthorised_response()
        return _json_response({"port": self._ipc_port})


async def discover_port(
    session: aiohttp.ClientSession, *, host: str, multicast_port: int, secret_key: str | None
) -> int:
    """Ask the discovery server on `host:multicast_port` for the IPC port.

    Raises `IPCUnauthorizedError` when the secret is refused; connection errors propagate as
    aiohttp raised them (the caller decides whether to try again).
    """
    headers = {} if secret_key is None else {protocol.AUTHORIZATION_HEADER: secret_key}
    async with session.get(format_url("http", host, multicast_port), headers=headers) as response:
        if response.status == 401:
            raise errors.IPCUnauthorizedError("the discovery server refused the secret key")
        body = _loads_or_none(await response.read()) if response.status == 200 else None
    port = body.get("port") if isinstance(body, dict) else None
    if type(port) is not int or not 0 < port < 65536:
        raise errors.IPCError(f"the discovery server on port {multicast_port} gave no usable port")
    return port


def _loads_or_none(raw: bytes) -> typing.Any:
    try:
        return json.loads(raw)
    except ValueError:  # something else answers on that port
        return None
