"""Which shards a `GatewayBot` process runs, how they are built, and closing them together.

```python
plan = await gateway_shards.plan(rest, shard_ids=None, shard_count=None, ignore_limit=False)
shard = gateway_shards.make_shard(plan, 0, settings=settings, consumer=on_event)
```

`GET /gateway/bot` gives the URL, Discord's recommended shard count and the session start limit;
one `IdentifyLimiter` made from that limit is shared by every shard of the process, so their
IDENTIFYs respect `max_concurrency` and the number of sessions left.
"""

from __future__ import annotations

__all__ = ["InitialPresence", "ShardPlan", "ShardSettings", "close_all", "make_shard", "plan"]

import asyncio
import logging
import typing

import attrs

from hikari_like import presences
from hikari_like.capabilities import GatewayCapabilities
from hikari_like.impl.gateway import GatewayError
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import IdentifyLimiter
from hikari_like.impl.gateway.compression import DEFAULT_MAX_PAYLOAD_SIZE

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like.impl import config
    from hikari_like.impl.gateway import EventConsumerT
    from hikari_like.impl.gateway import GatewayTimings
    from hikari_like.impl.rest import client as rest_impl
    from hikari_like.intents import Intents

_LOGGER: typing.Final = logging.getLogger("hikari_like.gateway_bot")


@attrs.frozen(slots=True, kw_only=True)
class InitialPresence:
    """The presence shards identify with."""

    activity: presences.Activity | None = None
    afk: bool = False
    idle_since: datetime.datetime | None = None
    status: presences.Status = presences.Status.ONLINE


@attrs.frozen(slots=True, kw_only=True)
class ShardSettings:
    """What every shard of a bot is built with, besides its ID."""

    token: str = attrs.field(repr=False)
    intents: Intents
    presence: InitialPresence
    capabilities: GatewayCapabilities = GatewayCapabilities.NONE
    large_threshold: int = 250
    http_settings: config.HTTPSettings | None = None
    proxy_settings: config.ProxySettings | None = None
    timings: GatewayTimings | None = None
    max_payload_size: int = DEFAULT_MAX_PAYLOAD_SIZE
    """The cap on a gateway payload, as received and inflated (`GatewayShardImpl`)."""


@attrs.frozen(slots=True, kw_only=True)
class ShardPlan:
    """Where to connect, how many shards exist, which ones this process runs."""

    url: str
    shard_count: int
    shard_ids: tuple[int, ...]
    identify_limiter: IdentifyLimiter = attrs.field(repr=False)


def _shard_ids(shard_ids: typing.Sequence[int] | None, shard_count: int) -> tuple[int, ...]:
    if shard_count < 1:
        raise ValueError(f"shard_count must be at least 1, got {shard_count}")
    if shard_ids is None:
        return tuple(range(shard_count))
    chosen = tuple(sorted(set(shard_ids)))
    if not chosen or chosen[0] < 0 or chosen[-1] >= shard_count:
        raise ValueError(
            f"shard_ids must be a non-empty subset of range({shard_count}), got {list(shard_ids)}"
        )
    return chosen


async def plan(
    rest: rest_impl.RESTClientImpl,
    *,
    shard_ids: typing.Sequence[int] | None,
    shard_count: int | None,
    ignore_limit: bool,
) -> ShardPlan:
    """Ask Discord where and how to connect, and decide which shards to run.

    Raises
    ------
    ValueError
        If `shard_ids` is not a non-empty subset of `range(shard_count)`.
    hikari_like.impl.gateway.GatewayError
        If fewer sessions are left today than shards to start (unless `ignore_limit`).
    """
    info = await rest.fetch_gateway_bot_info()
    count = shard_count if shard_count is not None else info.shard_count
    ids = _shard_ids(shard_ids, count)
    limit = info.session_start_limit
    if not ignore_limit and limit.remaining < len(ids):
        raise GatewayError(
            f"only {limit.remaining} of {limit.total} session starts are left for {len(ids)} shards; "
            f"the limit resets around {limit.reset_at:%Y-%m-%d %H:%M} UTC"
        )
    limiter = IdentifyLimiter(
        max(limit.max_concurrency, 1),
        limit.remaining,
        limit.reset_after.total_seconds(),
        total=limit.total or None,
    )
    _LOGGER.info("running shards %s of %s (max_concurrency %s)", list(ids), count, limit.max_concurrency)
    return ShardPlan(url=info.url, shard_count=count, shard_ids=ids, identify_limiter=limiter)


def make_shard(
    plan: ShardPlan, shard_id: int, *, settings: ShardSettings, consumer: EventConsumerT
) -> GatewayShardImpl:
    """A shard of `plan`, not started yet."""
    presence = settings.presence
    return GatewayShardImpl(
        token=settings.token,
        url=plan.url,
        intents=settings.intents,
        event_consumer=consumer,
        shard_id=shard_id,
        shard_count=plan.shard_count,
        large_threshold=settings.large_threshold,
        initial_activity=presence.activity,
        initial_status=presence.status,
        initial_idle_since=presence.idle_since,
        initial_is_afk=presence.afk,
        identify_limiter=plan.identify_limiter,
        http_settings=settings.http_settings,
        proxy_settings=settings.proxy_settings,
        timings=settings.timings,
        max_payload_size=settings.max_payload_size,
        capabilities=settings.capabilities,
    )


async def close_all(shards: typing.Iterable[GatewayShardImpl]) -> None:
    """Close the shards concurrently; a failure is logged, and never stops the others closing."""
    shards = list(shards)
    outcomes = await asyncio.gather(*(shard.close() for shard in shards), return_exceptions=True)
    for shard, outcome in zip(shards, outcomes, strict=True):
        if isinstance(outcome, Exception):
            _LOGGER.error("shard %s did not close cleanly: %r", shard.id, outcome)
