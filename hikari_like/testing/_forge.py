"""Realistic Discord objects (users, members, roles, channels, messages...) for test payloads.

A `Forge` draws every random choice from one `random.Random` and reads time from one clock, so a
seeded forge produces the same objects byte for byte, and an unseeded one produces fresh IDs
minted from the current time, as Discord's own are.
"""

from __future__ import annotations

__all__ = ["Forge"]

import base64
import datetime
import itertools
import mimetypes
import random
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.channels import ChannelType
from hikari_like.internal.json import JSONObject

_FIXED_NOW: typing.Final = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
"""The clock of a seeded forge: any fixed moment keeps seeded output reproducible."""
_OLDEST_ACCOUNT: typing.Final = datetime.datetime(2016, 1, 1, tzinfo=datetime.UTC)
# Discord's increment field is per-process; a process-wide counter keeps unseeded IDs unique even
# when two are minted in the same millisecond.
_INCREMENTS: typing.Final = itertools.count()

_FIRST_NAMES: typing.Final = ("alice", "bruno", "chen", "dana", "emeka", "farah", "gus", "hana")
_LAST_NAMES: typing.Final = ("river", "stone", "maple", "ember", "quill", "north", "vale", "frost")
_CHANNEL_NAMES: typing.Final = ("general", "bot-commands", "support", "off-topic", "announcements")
_ROLE_NAMES: typing.Final = ("Moderator", "Helper", "Member", "Supporter", "Event Team")
_GUILD_FEATURES: typing.Final = (
    "COMMUNITY",
    "NEWS",
    "ANIMATED_ICON",
    "INVITE_SPLASH",
    "THREADS_ENABLED",
    "SOUNDBOARD",
    "AUTO_MODERATION",
    "GUILD_ONBOARDING",
)

_PLACEHOLDER: typing.Final = "4BgKFYCJeHh3iIeGeHiIhog="
"""A thumbhash, as Discord sends for images and videos."""

MEMBER_PERMISSIONS: typing.Final = "2248473465835073"
"""A regular member's permissions in the channel (view, send, embed, attach, history, ...)."""
APP_PERMISSIONS: typing.Final = "2251799813685247"
"""The application's permissions in the channel (everything short of administrator)."""


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@attrs.define(slots=True, kw_only=True)
class Forge:
    """Makes Discord objects for one payload; see the module docstring."""

    rng: random.Random
    now: datetime.datetime
    seeded: bool

    @classmethod
    def create(
        cls,
        *,
        rng: random.Random | None = None,
        seed: int | str | bytes | None = None,
        now: datetime.datetime | None = None,
    ) -> Forge:
        """A forge: deterministic when given `rng` or `seed`, fresh otherwise."""
        seeded = rng is not None or seed is not None
        if rng is None:
            rng = random.Random(seed) if seed is not None else random.Random()
        if now is None:
            now = _FIXED_NOW if seeded else datetime.datetime.now(datetime.UTC)
        return cls(rng=rng, now=now, seeded=seeded)

    # ---- scalars -------------------------------------------------------------------------------

    def snowflake(self, at: datetime.datetime | None = None) -> str:
        """An ID minted at `at` (default: now), as the string Discord sends."""
        milliseconds = int((at or self.now).timestamp() * 1000) - snowflakes.DISCORD_EPOCH
        worker, process = self.rng.randrange(32), self.rng.randrange(32)
        increment = self.rng.randrange(4096) if self.seeded else next(_INCREMENTS) % 4096
        return str(milliseconds << 22 | worker << 17 | process << 12 | increment)

    def past_snowflake(self) -> str:
        """An ID minted some time between 2016 and a day ago (accounts, guilds, channels...)."""
        return self.snowflake(self.past_moment())

    def past_moment(self) -> datetime.datetime:
        """A moment between 2016 and a day before `now`."""
        span = (self.now - _OLDEST_ACCOUNT).total_seconds() - 86_400
        return _OLDEST_ACCOUNT + datetime.timedelta(seconds=self.rng.uniform(0, max(span, 0)))

    def token(self, interaction_id: str) -> str:
        """An interaction token shaped like Discord's: long, URL-safe, about 200 characters."""
        secret = base64.urlsafe_b64encode(self.rng.randbytes(128)).decode().rstrip("=")
        prefix = base64.urlsafe_b64encode(f"interaction:{interaction_id}:".encode()).decode()
        return prefix.rstrip("=") + secret

    def image_hash(self) -> str:
        """An avatar/icon hash: 32 hex digits."""
        return self.rng.randbytes(16).hex()

    # ---- objects -------------------------------------------------------------------------------

    def user(self, user_id: str | None = None, *, bot: bool = False) -> JSONObject:
        """A user object as interactions carry it."""
        first, last = self.rng.choice(_FIRST_NAMES), self.rng.choice(_LAST_NAMES)
        user: JSONObject = {
            "id": user_id or self.past_snowflake(),
            "username": f"{first}_{last}{self.rng.randrange(100)}",
            "global_name": f"{first.title()} {last.title()}",
            "discriminator": "0",
            "avatar": self.image_hash(),
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
            "public_flags": self.rng.choice((0, 64, 128, 256, 4194304)),
        }
        if bot:
            user.update(bot=True, username=f"{first}-bot", global_name=None, public_flags=524288)
        return user

    def member(self, user: JSONObject | None, *, roles: list[str], permissions: str) -> JSONObject:
        """A guild member; a partial one (no user, deaf, mute) when `user` is None, as in `resolved`."""
        member: JSONObject = {
            "avatar": None,
            "banner": None,
            "communication_disabled_until": None,
            "flags": 0,
            "joined_at": _iso(self.past_moment()),
            "nick": None,
            "pending": False,
            "permissions": permissions,
            "premium_since": None,
            "roles": roles,
            "unusual_dm_activity_until": None,
        }
        if user is not None:
            member.update(user=user, deaf=False, mute=False)
        return member

    def guild(self, guild_id: str, locale: str) -> JSONObject:
        """The partial guild an interaction carries."""
        count = self.rng.randrange(2, len(_GUILD_FEATURES))
        return {"id": guild_id, "locale": locale, "features": list(_GUILD_FEATURES[:count])}

    def role(self, role_id: str, guild_id: str | None) -> JSONObject:
        """A role object, as in `resolved.roles`."""
        return {
            "id": role_id,
            "name": self.rng.choice(_ROLE_NAMES),
            "description": None,
            "color": self.rng.randrange(0x1000000),
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": self.rng.random() < 0.5,
            "icon": None,
            "unicode_emoji": None,
            "position": self.rng.randrange(1, 20),
            "permissions": MEMBER_PERMISSIONS,
            "managed": False,
            "mentionable": True,
            "flags": 0,
        } | ({} if guild_id is None else {"guild_id": guild_id})

    def guild_channel(self, channel_id: str, guild_id: str, *, permissions: str) -> JSONObject:
        """A partial guild text channel, as interactions and `resolved.channels` carry it."""
        return {
            "id": channel_id,
            "type": int(ChannelType.GUILD_TEXT),
            "guild_id": guild_id,
            "name": self.rng.choice(_CHANNEL_NAMES),
            "topic": None,
            "position": self.rng.randrange(0, 30),
            "parent_id": self.past_snowflake(),
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": self.snowflake(),
            "last_pin_timestamp": None,
            "flags": 0,
            "permissions": permissions,
        }

    def dm_channel(self, channel_id: str, recipient: JSONObject) -> JSONObject:
        """The partial DM channel between the invoking user and the bot."""
        return {
            "id": channel_id,
            "type": int(ChannelType.DM),
            "flags": 0,
            "last_message_id": self.snowflake(),
            "recipient_flags": 0,
            "recipients": [recipient],
        }

    def attachment(self, attachment_id: str, *, filename: str = "") -> JSONObject:
        """An uploaded attachment, as in `resolved.attachments`; its media type follows the
        filename's extension, and images and videos carry a size and a placeholder."""
        filename = filename or f"upload_{self.rng.randrange(1000)}.png"
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        url = f"https://cdn.discordapp.com/ephemeral-attachments/{self.past_snowflake()}/{attachment_id}"
        attachment: JSONObject = {
            "id": attachment_id,
            "filename": filename,
            "size": self.rng.randrange(1_000, 2_000_000),
            "content_type": content_type,
            "url": f"{url}/{filename}?ex=6839f1a2&is=68389f22&hm={self.image_hash()}",
            "proxy_url": f"{url.replace('cdn.discordapp.com', 'media.discordapp.net')}/{filename}",
            "ephemeral": True,
        }
        if content_type.startswith(("image/", "video/")):
            # Discord measures visual media and sends a thumbhash placeholder for it.
            attachment.update(width=1280, height=720, placeholder=_PLACEHOLDER, placeholder_version=1)
        return attachment

    def message(self, *, channel_id: str, author: JSONObject, message_id: str | None = None) -> JSONObject:
        """A plain message (no components), as in `resolved.messages` or a component's message."""
        sent_at = self.past_moment()
        return {
            "id": message_id or self.snowflake(sent_at),
            "type": 0,
            "channel_id": channel_id,
            "author": author,
            "content": "Release notes are up, have a look!",
            "timestamp": _iso(sent_at),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "flags": 0,
        }
