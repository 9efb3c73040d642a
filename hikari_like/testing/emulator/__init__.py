"""An emulated Discord REST API on loopback, for testing bots and REST clients without Discord.

It answers like Discord's API v10 (same JSON shapes, error codes and rate-limit headers), keeps the
state a bot changes (messages, interaction responses, followups, commands), records every request,
enforces per-route and global rate limits with real 429s, deduplicates message creations by
`nonce` + `enforce_nonce` as Discord does, and injects faults on request (before a request is
applied, or after it: the state changed and only the answer is lost).

Example:
    >>> limits = {"POST /channels/{channel}/messages": RouteLimit(limit=5, period=0.5)}
    >>> async with EmulatedDiscord(rate_limits=limits) as discord:
    ...     interaction = discord.issue_interaction()
    ...     discord.faults.add(route="POST /webhooks/{webhook}/{token}", kind="server_error", status=503)
    ...     # Apply the next message creation, then reset the connection instead of answering:
    ...     discord.faults.add(route="POST /channels/{channel}/messages", kind="connection_reset",
    ...                        after_applying=True)
    ...     ...  # point the bot's REST client at discord.url, with token discord.token
    ...     assert discord.stats.rate_limited == 0
"""

from __future__ import annotations

__all__ = [
    "EmulatedDiscord",
    "Fault",
    "FaultKind",
    "Faults",
    "GuildRecord",
    "GuildWorld",
    "IdMapping",
    "InitialResponse",
    "InteractionResponse",
    "IssuedInteraction",
    "ReceivedInteraction",
    "RecordedEdit",
    "RegisteredCommand",
    "SentMessage",
    "RateLimitStats",
    "RateLimiter",
    "RecordedFile",
    "RecordedRequest",
    "RouteLimit",
]

from hikari_like.testing.emulator.faults import Fault
from hikari_like.testing.emulator.faults import FaultKind
from hikari_like.testing.emulator.faults import Faults
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.guild_world import GuildWorld
from hikari_like.testing.emulator.rate_limits import RateLimiter
from hikari_like.testing.emulator.rate_limits import RateLimitStats
from hikari_like.testing.emulator.rate_limits import RouteLimit
from hikari_like.testing.emulator.received import InitialResponse
from hikari_like.testing.emulator.received import ReceivedInteraction
from hikari_like.testing.emulator.received import RegisteredCommand
from hikari_like.testing.emulator.received import SentMessage
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.records import RecordedRequest
from hikari_like.testing.emulator.server import EmulatedDiscord
from hikari_like.testing.emulator.state import IdMapping
from hikari_like.testing.emulator.state import InteractionResponse
from hikari_like.testing.emulator.state import IssuedInteraction
from hikari_like.testing.emulator.state import RecordedEdit
