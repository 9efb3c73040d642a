"""What a server answers besides interactions: your routes, `/metrics`, the health answer, uptime.

Backends consult this only after `http_checks.check_request` refused a request (another path, or
GET on the interaction path), so the interaction path pays nothing for it.

```python
async def status(request: aiohttp.web.BaseRequest) -> aiohttp.web.Response:
    return aiohttp.web.json_response({"guilds": 3})

bot.interaction_server.extras.add_route("GET", "/status", status)  # the built-in server
```
"""

from __future__ import annotations

__all__ = ["IndexPingT", "RouteHandlerT", "ServerExtras"]

import datetime
import hmac
import logging
import typing

from hikari_like.impl.metrics import exposition
from hikari_like.impl.metrics import hooks
from hikari_like.impl.server import http_checks
from hikari_like.impl.server.http_response import Response
from hikari_like.impl.server.http_response import json_response
from hikari_like.impl.server.http_response import text_response

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.api import interaction_server as interaction_server_api
    from hikari_like.impl.metrics.registry import Metrics
    from hikari_like.impl.metrics.settings import MetricsSettings

RouteHandlerT = typing.Callable[["web.BaseRequest"], typing.Awaitable["web.StreamResponse"]]
"""An aiohttp handler: `async def handler(request: web.BaseRequest) -> web.StreamResponse`."""
IndexPingT = typing.Callable[[], typing.Awaitable[typing.Any]]
"""`async def index_ping() -> JSON-able`: the body of GET on the interaction path (200).

If it raises, the answer is 503 `{"status": "unavailable"}`: a health check that fails.
"""

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_UNAUTHORIZED: typing.Final = text_response(
    401, "Unauthorized", headers={"WWW-Authenticate": 'Bearer realm="metrics"'}
)
_METRICS_GET_ONLY: typing.Final = text_response(405, "Method not allowed", headers={"Allow": "GET, HEAD"})
_UNAVAILABLE: typing.Final = json_response(503, {"status": "unavailable"})
_METHODS: typing.Final = frozenset(("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"))


class ServerExtras:
    """Your routes, the metrics endpoint, the health answer and the start time of one server."""

    __slots__ = ("_endpoint", "_metrics", "_metrics_settings", "_routes", "index_ping", "started_at")

    def __init__(self, endpoint: http_checks.EndpointConfig, metrics: MetricsSettings | None = None) -> None:
        self._endpoint = endpoint
        self._routes: dict[tuple[str, str], RouteHandlerT] = {}
        self.index_ping: IndexPingT | None = None
        """Answers GET on the interaction path when set (the health check must be on)."""
        self.started_at: datetime.datetime | None = None
        """When the server started serving (UTC), `None` while it is not."""
        self._metrics_settings = metrics
        self._metrics: Metrics | None = None
        if metrics is not None:
            if http_checks.normalize_path(metrics.path) == endpoint.path:
                raise ValueError(f"the metrics path {metrics.path!r} is the interaction path")
            exposition.require_prometheus_client()
            self._metrics = hooks.install()

    @property
    def metrics(self) -> Metrics | None:
        """The collector, when metrics are on."""
        return self._metrics

    @property
    def uptime(self) -> datetime.timedelta:
        """How long the server has been serving (zero while it is not)."""
        if self.started_at is None:
            return datetime.timedelta()
        return datetime.datetime.now(tz=datetime.UTC) - self.started_at

    def mark_started(self) -> None:
        """The server serves from now on (if it was not already)."""
        if self.started_at is None:
            self.started_at = datetime.datetime.now(tz=datetime.UTC)

    def mark_stopped(self) -> None:
        """The server stopped serving."""
        self.started_at = None

    def add_route(self, method: str, path: str, handler: RouteHandlerT, /) -> None:
        """Serve `handler` for `method` on `path` (built-in aiohttp server only; for ASGI, mount).

        `ValueError` for an unknown method, a path not starting with `/`, or the interaction or
        metrics path. What the handler raises is logged and answered 500 (an aiohttp
        `HTTPException` is answered as it says); interactions are never affected.
        """
        method = method.upper()
        if method not in _METHODS:
            raise ValueError(f"unknown HTTP method {method!r}")
        if not path.startswith("/"):
            raise ValueError(f"a route's path must start with '/', got {path!r}")
        path = http_checks.normalize_path(path)
        if path == self._endpoint.path or (
            self._metrics_settings is not None
            and path == http_checks.normalize_path(self._metrics_settings.path)
        ):
            raise ValueError(f"{path!r} is already served (the interaction or metrics endpoint)")
        self._routes[(method, path)] = handler

    def route_for(self, method: str, path: str) -> RouteHandlerT | None:
        """Your handler for this request, if any."""
        if not self._routes:
            return None
        return self._routes.get((method, path)) or self._routes.get(
            (method, http_checks.normalize_path(path))
        )

    async def answer(
        self, refusal: interaction_server_api.Response, *, method: str, path: str, authorization: str | None
    ) -> interaction_server_api.Response:
        """The answer to a request the interaction checks refused: metrics, health, or `refusal`."""
        if refusal is http_checks.HEALTH:
            return refusal if self.index_ping is None else await self._ping()
        settings = self._metrics_settings
        if settings is None or http_checks.normalize_path(path) != http_checks.normalize_path(settings.path):
            return refusal
        if method not in ("GET", "HEAD"):
            return _METRICS_GET_ONLY
        if settings.token is not None and not _bearer_matches(authorization, settings.token):
            return _UNAUTHORIZED
        body = exposition.render(typing.cast("Metrics", self._metrics))
        return Response(200, body, "text/plain", charset="utf-8")

    async def _ping(self) -> Response:
        ping = typing.cast("IndexPingT", self.index_ping)
        try:
            body = await ping()
            return json_response(200, body)
        except Exception:
            _LOGGER.exception("the index_ping handler raised; answering 503")
            return _UNAVAILABLE


def _bearer_matches(authorization: str | None, token: str) -> bool:
    if authorization is None:
        return False
    scheme, _, value = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())
