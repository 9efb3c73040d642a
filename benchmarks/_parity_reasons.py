"""Why each hikari name that hikari_like does not have is missing: what the report prints beside it.

Every missing top-level, `hikari.impl` and `hikari.api` name has a reason here, and every name here
is missing (tests/test_parity.py holds both ways), so the list cannot drift from the code: adding
one of these names means deleting its line.
"""

from __future__ import annotations

__all__ = ["MISSING_REASONS"]

import typing

_NO_CACHE: typing.Final = (
    "no cache: an interaction carries what its handler needs, and each worker of an HTTP bot would "
    "hold its own stale copy; fetch over REST (`bot.rest.fetch_*`) instead"
)
_NO_VOICE: typing.Final = (
    "no voice connections (audio over UDP is outside an interactions library); voice states are "
    "there over REST (`fetch_voice_state`, `edit_voice_state`)"
)
_RATE_LIMIT_INTERNALS: typing.Final = (
    "hikari's rate-limiter internals: hikari_like's buckets (`impl.buckets`, `impl.rate_limits`) are "
    "its own design, shareable across processes through Redis; programs never build them"
)
_EVENT_MANAGER_INTERNALS: typing.Final = (
    "the event manager, factory and stream are concrete (`impl.EventManagerImpl`, "
    "`impl.EventFactoryImpl`, `impl.EventStream`) with no abstract interface or shared base"
)
_SHARD_INTERFACE: typing.Final = (
    "the gateway shard has one implementation (`hikari_like.impl.gateway.GatewayShardImpl`) and no "
    "abstract interface in `api`; its compression and format are chosen by the shard itself"
)
_SETTINGS_INTERFACE: typing.Final = (
    "settings are concrete classes (`hikari_like.impl.HTTPSettings`, `ProxySettings`), with no "
    "abstract interface in `api`"
)
_SHARD_REQUESTS: typing.Final = (
    "channel info requests (opcode 43) and the gateway's RATE_LIMITED answer are not sent or "
    "parsed yet: such a dispatch reaches listeners as a `ShardPayloadEvent` with the raw payload"
)
_NO_GUILD_DEFINITION: typing.Final = (
    "a GUILD_CREATE is read straight into the guild events' fields (`GuildAvailableEvent.guild`, "
    "`.members`, `.channels`...): there is no lazy definition object in between"
)

_REASONS: typing.Final[dict[str, tuple[str, ...]]] = {
    _NO_CACHE: (
        "top-level:CacheAware",
        "impl:CacheComponents",
        "impl:CacheImpl",
        "impl:CacheSettings",
        "impl:cache",
        "api:Cache",
        "api:CacheComponents",
        "api:CacheSettings",
        "api:CacheView",
        "api:MutableCache",
        "api:cache",
    ),
    _NO_VOICE: (
        "top-level:VoiceAware",
        "top-level:VoiceError",
        "impl:VoiceComponentImpl",
        "impl:voice",
        "api:VoiceComponent",
        "api:VoiceConnection",
        "api:voice",
    ),
    _RATE_LIMIT_INTERNALS: (
        "impl:BaseRateLimiter",
        "impl:BurstRateLimiter",
        "impl:ManualRateLimiter",
        "impl:WindowedBurstRateLimiter",
        "impl:RESTBucket",
        "impl:RESTBucketManager",
        "impl:UNKNOWN_HASH",
        "impl:ExponentialBackOff",
    ),
    _EVENT_MANAGER_INTERNALS: (
        "impl:EventManagerBase",
        "impl:event_manager_base",
        "impl:filtered",
        "api:EventFactory",
        "api:EventManager",
        "api:EventStream",
        "api:event_factory",
        "api:event_manager",
    ),
    _SHARD_INTERFACE: (
        "api:GatewayShard",
        "api:GatewayCompression",
        "api:GatewayDataFormat",
        "api:ChannelInfoField",
        "api:shard",
    ),
    _SETTINGS_INTERFACE: ("api:HTTPSettings", "api:ProxySettings", "api:config"),
    _SHARD_REQUESTS: tuple(
        f"{area}:{name}"
        for area in ("top-level", "events")
        for name in (
            "ChannelInfo",
            "ChannelInfoEvent",
            "RequestGuildMembersRateLimitedEvent",
            "ShardRateLimitedEvent",
        )
    ),
    _NO_GUILD_DEFINITION: ("api:GatewayGuildDefinition",),
}

MISSING_REASONS: typing.Final[typing.Mapping[str, str]] = {
    key: reason for reason, keys in _REASONS.items() for key in keys
}
"""Report key (`area:name`) -> why hikari_like has no such name."""
