"""How long a client may take and how many connections it may hold, and the counts of those cut off.

Discord sends a whole interaction request in milliseconds over a connection it may keep open
for the next one. A client still sending a request seconds after it began, however steadily it
trickles, is not Discord; neither is one that opens connection after connection and sends
nothing. `ConnectionLimits` bounds both, and `ServerStats` counts every request or connection
refused for breaking them (or for not being HTTP at all), so a flood is visible without a line
of log per attempt: each event is one DEBUG line without a traceback, and at most one INFO
summary a minute says how many there were.

```python
server = hikari_like.InteractionServer(public_key=key)
await server.start(port=8080, request_timeout=5.0, max_connections=500)
...
print(server.stats.header_timeouts, server.stats.malformed_requests)
```
"""

from __future__ import annotations

__all__ = [
    "DEFAULT_HEADER_TIMEOUT",
    "DEFAULT_KEEP_ALIVE_TIMEOUT",
    "DEFAULT_REQUEST_TIMEOUT",
    "DRAIN_FACTOR",
    "ConnectionLimits",
    "ServerStats",
    "StatsEvent",
    "default_max_connections",
]

import logging
import time
import typing

import attrs

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

DEFAULT_HEADER_TIMEOUT: typing.Final = 5.0
DEFAULT_REQUEST_TIMEOUT: typing.Final = 10.0
# Longer than the idle timeouts of the proxies a bot is usually behind (nginx and AWS load
# balancers: 60 s), so a proxy never reuses a connection the bot is closing at that moment,
# which would fail the request it sent on it. `max_connections` keeps idle ones from crowding.
DEFAULT_KEEP_ALIVE_TIMEOUT: typing.Final = 75.0
DRAIN_FACTOR: typing.Final = 4
"""A body refused before it was read is still read and thrown away up to this many times
`max_body_size`, so the client, still sending, gets the answer rather than a reset connection."""
_MAX_DEFAULT_CONNECTIONS: typing.Final = 1000
_SUMMARY_INTERVAL: typing.Final = 60.0


def default_max_connections() -> int:
    """1000, or half this process's open-file limit (`ulimit -n`) when that is lower.

    Half, because the bot needs descriptors of its own (REST connections, Redis, files), and a
    server that runs out of them cannot even accept the connection that would evict an idle one.
    """
    try:
        import resource
    except ImportError:  # not on Windows
        return _MAX_DEFAULT_CONNECTIONS
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return _MAX_DEFAULT_CONNECTIONS
    return max(1, min(_MAX_DEFAULT_CONNECTIONS, soft // 2))


def _or_default_connections(value: int | None) -> int:
    return default_max_connections() if value is None else value


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be a positive number of seconds, got {value!r}")


def _at_least_one(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value!r}")


@attrs.frozen(slots=True, kw_only=True)
class ConnectionLimits:
    """The built-in server's timeouts and connection cap (the arguments of `start()` and `run()`)."""

    header_timeout: float = attrs.field(default=DEFAULT_HEADER_TIMEOUT, validator=_positive)
    """Seconds from a request's first byte to the end of its headers; then the connection is closed."""
    request_timeout: float = attrs.field(default=DEFAULT_REQUEST_TIMEOUT, validator=_positive)
    """Seconds from a request's first byte to the end of its body: later, it gets 408 and is closed."""
    keep_alive_timeout: float = attrs.field(default=DEFAULT_KEEP_ALIVE_TIMEOUT, validator=_positive)
    """Seconds a connection may stay open with no request on it (new connections too)."""
    max_connections: int = attrs.field(
        default=None, converter=_or_default_connections, validator=_at_least_one
    )
    """Open connections at most. One more evicts the connection that has been idle (or receiving
    its request) the longest; when every one is answering a verified request, it is refused."""

    @property
    def sweep_interval(self) -> float:
        """How often deadlines are checked: often enough that no timeout is overshot by much."""
        return min(1.0, self.header_timeout / 4, self.request_timeout / 4, self.keep_alive_timeout / 4)


StatsEvent = typing.Literal[
    "malformed_requests",
    "client_disconnects",
    "header_timeouts",
    "request_timeouts",
    "connections_evicted",
    "connections_refused",
    "replay_store_refusals",
]
"""The name of a `ServerStats` counter."""

_DESCRIPTIONS: typing.Final[dict[StatsEvent, str]] = {
    "malformed_requests": "malformed requests refused",
    "client_disconnects": "clients gone before their request arrived",
    "header_timeouts": "connections closed for slow headers",
    "request_timeouts": "requests refused for a slow body",
    "connections_evicted": "connections evicted at the connection cap",
    "connections_refused": "connections refused at the connection cap",
    "replay_store_refusals": "requests refused while the replay store failed",
}


@attrs.define(slots=True, kw_only=True, eq=False)
class ServerStats:
    """How many requests and connections were refused before reaching the bot, by reason.

    The counters only grow (read them, or diff two readings). Each event is logged at DEBUG,
    without a traceback; an INFO summary of the events since the last one is logged at most once
    a minute, when the next event comes.
    """

    malformed_requests: int = 0
    """Refused by the HTTP parser (not HTTP, a bad request line, headers too large, bad framing): 400."""
    client_disconnects: int = 0
    """The client hung up before its whole request arrived."""
    header_timeouts: int = 0
    """Closed because the headers had not arrived within `header_timeout`."""
    request_timeouts: int = 0
    """Answered 408 because the body had not arrived within `request_timeout`."""
    connections_evicted: int = 0
    """Idle or still-receiving connections closed to make room under `max_connections`."""
    connections_refused: int = 0
    """New connections closed at once: `max_connections` were all answering verified requests."""
    replay_store_refusals: int = 0
    """Verified requests answered 503 because the shared replay store failed."""
    _summarised: dict[StatsEvent, int] = attrs.field(factory=dict, init=False, repr=False)
    _last_summary: float = attrs.field(factory=time.monotonic, init=False, repr=False)

    def as_dict(self) -> dict[StatsEvent, int]:
        """Every counter by name."""
        return {name: getattr(self, name) for name in _DESCRIPTIONS}

    def record(self, event: StatsEvent, message: str, *args: object) -> None:
        """Count one `event` and log `message % args` at DEBUG (never with a traceback)."""
        setattr(self, event, getattr(self, event) + 1)
        _LOGGER.debug(message, *args)
        if time.monotonic() - self._last_summary >= _SUMMARY_INTERVAL:
            self.summarise()

    def summarise(self) -> None:
        """Log one INFO line with the events since the last summary, if there were any."""
        self._last_summary = time.monotonic()
        counts = self.as_dict()
        news = [
            f"{counts[name] - self._summarised.get(name, 0)} {description}"
            for name, description in _DESCRIPTIONS.items()
            if counts[name] != self._summarised.get(name, 0)
        ]
        self._summarised = dict(counts)
        if news:
            _LOGGER.info("refused before reaching the bot since the last summary: %s", ", ".join(news))
