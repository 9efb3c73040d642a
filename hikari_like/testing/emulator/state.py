"""Everything the emulated Discord knows: its application, users, channels, messages, commands and
the interactions it has issued, with what was answered to each."""

from __future__ import annotations

__all__ = ["EmulatorState", "IdMapping", "InteractionResponse", "IssuedInteraction", "RecordedEdit"]

import asyncio
import collections.abc
import secrets
import time
import typing

import attrs

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.application_world import ApplicationWorld
from hikari_like.testing.emulator.guild_world import GuildWorld
from hikari_like.testing.emulator.monetization_world import MonetizationWorld
from hikari_like.testing.emulator.oauth2_grants import OAuth2Grants
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.responses import DiscordError

_V = typing.TypeVar("_V")
_NONCE_WINDOW: typing.Final = 300.0
DEFAULT_ATTACHMENT_SIZE_LIMIT: typing.Final = 10 * 1024 * 1024
"""Discord's default per-file upload limit (10 MiB), when an interaction names none."""


class IdMapping(collections.abc.Mapping[str | int, _V]):
    """A read-only view keyed by Discord IDs, which accepts them as `int`, `str` or snowflakes."""

    __slots__ = ("_data",)

    def __init__(self, data: collections.abc.Mapping[str, _V]) -> None:
        self._data = data

    def __getitem__(self, key: str | int) -> _V:
        return self._data[str(key)]

    def __iter__(self) -> collections.abc.Iterator[str | int]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"IdMapping({dict(self._data)!r})"


@attrs.define(slots=True, kw_only=True)
class InteractionResponse:
    """The initial response a bot gave through `POST /interactions/{id}/{token}/callback`."""

    type: int
    """The callback type: 4 message, 5 deferred message, 6 deferred update, 7 update, 8 choices, 9 modal."""
    data: json.JSONObject | None
    """The response's `data` as the bot sent it (`None` when it sent none)."""
    files: tuple[RecordedFile, ...] = ()
    """The files uploaded with it."""
    time: float = attrs.field(factory=time.monotonic)
    """When it arrived (`time.monotonic()`)."""


@attrs.frozen(kw_only=True)
class RecordedEdit:
    """One edit the bot made through an interaction's token (`PATCH .../messages/@original` or a
    followup's ID, or the first followup after a deferral, which Discord turns into an edit)."""

    message_id: str
    """The message edited: the original response or a followup."""
    body: json.JSONObject
    """The edit's JSON exactly as the bot sent it (only the fields it changed)."""
    files: tuple[RecordedFile, ...] = ()
    """The files uploaded with it."""
    time: float = attrs.field(factory=time.monotonic)
    """When it arrived (`time.monotonic()`)."""


@attrs.define(slots=True, kw_only=True)
class IssuedInteraction:
    """An interaction the emulator created, and what the bot did with it."""

    id: str
    token: str
    application_id: str
    type: int
    channel_id: str | None
    guild_id: str | None
    message_id: str | None = None
    """For component interactions: the message the component is on (what an update edits)."""
    issued_at: float = attrs.field(factory=time.monotonic)
    response: InteractionResponse | None = None
    """The bot's initial response (over HTTP or the callback endpoint); `None` until it answers."""
    original: json.JSONObject | None = None
    """The original response message as it is now (after edits); `None` if none or deleted."""
    followups: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Message ID -> the followup messages that still exist, in creation order."""
    edits: list[RecordedEdit] = attrs.field(factory=list)
    """Every edit made with this interaction's token, in order."""
    http_delivery: asyncio.Event | None = attrs.field(default=None, repr=False)
    """Set once the bot's HTTP answer was recorded, when the emulator delivered the interaction."""
    attachment_size_limit: int = DEFAULT_ATTACHMENT_SIZE_LIMIT
    """The largest file, in bytes, Discord accepts on a message sent with this token (per file)."""
    authorizing_integration_owners: dict[str, str] = attrs.field(factory=lambda: {"0": "0"})
    """Integration type ("0" guild, "1" user install) -> the guild or user that installed the app."""
    followups_created: int = 0
    """Followup messages created (Discord allows 5 when the only owner is a user install)."""
    activity_instance_id: str | None = None
    """The Activity a LAUNCH_ACTIVITY answer launched."""
    user: json.JSONObject | None = None
    """The user who invoked the interaction, when its payload said (else the guild's owner)."""
    metadata_extras: json.JSONObject = attrs.field(factory=dict)
    """What its messages' `interaction_metadata` says beyond the common fields: a context-menu
    command's `target_user` or `target_message_id`, a modal submit's `triggering_interaction_metadata`."""

    @property
    def is_user_install_only(self) -> bool:
        """Whether the only authorizing integration owner is a user install (`{"1": user_id}`)."""
        return set(self.authorizing_integration_owners) == {"1"}

    def to_payload(self) -> json.JSONObject:
        """The minimal fields a test needs to build a full interaction payload around."""
        return {
            "id": self.id,
            "token": self.token,
            "application_id": self.application_id,
            "type": self.type,
            "channel_id": self.channel_id,
            "guild_id": self.guild_id,
        }


class EmulatorState:
    """The data behind the emulator's endpoints; handlers read and change it, tests inspect it."""

    def __init__(self, *, application_id: str | None, application_name: str) -> None:
        self.ids = payloads.SnowflakeFactory()
        app_id = application_id or self.ids()
        self.owner = payloads.user_payload(self.ids(), "emulated-owner", global_name="Emulated Owner")
        self.bot_user = payloads.user_payload(app_id, application_name.lower().replace(" ", "-"), bot=True)
        self.application = payloads.application_payload(
            application_id=app_id,
            name=application_name,
            verify_key=secrets.token_hex(32),
            bot=self.bot_user,
            owner=self.owner,
        )
        self.users: dict[str, json.JSONObject] = {u["id"]: u for u in (self.owner, self.bot_user)}
        self.channels: dict[str, json.JSONObject] = {}
        self.messages: dict[str, dict[str, json.JSONObject]] = {}
        self.global_commands: dict[str, json.JSONObject] = {}
        self.guild_commands: dict[str, dict[str, json.JSONObject]] = {}
        self.interactions: dict[str, IssuedInteraction] = {}
        self.poll_votes: dict[str, dict[int, list[str]]] = {}
        """Poll message ID -> answer ID -> the IDs of the users who voted for it, in vote order."""
        self.reactions: dict[str, dict[str, list[str]]] = {}
        """Message ID -> emoji key (`name:id` or the character) -> who reacted, in reaction order;
        the message's `reactions` field is the count of this (`routes_reactions.py`)."""
        self.burst_reactions: dict[str, dict[str, list[str]]] = {}
        """Message ID -> emoji key -> who super-reacted, as `reactions` (`routes_reactions.py`)."""
        self.pins: dict[str, dict[str, str]] = {}
        """Channel ID -> pinned message ID -> when it was pinned (ISO 8601), in pin order."""
        self.thread_members: dict[str, dict[str, json.JSONObject]] = {}
        """Thread ID -> user ID -> Discord's thread member object (`routes_threads.py`)."""
        self.opened_modals: dict[tuple[str, str], json.JSONObject] = {}
        """(user ID, modal custom ID) -> the `interaction_metadata` of the interaction that opened it."""
        self.applications = ApplicationWorld()
        """The application's emojis, linked-role records, connections and command permissions."""
        self.nonce_window = _NONCE_WINDOW
        """Seconds a message nonce is remembered for `enforce_nonce` (Discord: "a few minutes")."""
        self._nonces: dict[tuple[str, str], tuple[float, str, str]] = {}
        """(author id, nonce) -> (when, channel id, message id), oldest first."""
        self.world = GuildWorld(
            ids=self.ids, users=self.users, channels=self.channels, messages=self.messages
        )
        """Guilds, roles, members, bans and invites; the default guild is the owner's, the bot in it."""
        self.guild_id = self.ids()
        self.world.add_guild(
            "Emulated Guild", guild_id=self.guild_id, owner_id=self.owner["id"], bot_id=app_id
        )
        self.default_channel = self.add_channel(name="general")
        self.monetization = MonetizationWorld(ids=self.ids, application_id=app_id)
        """The application's SKUs, entitlements and subscriptions (`routes_monetization.py`)."""
        self.oauth2 = OAuth2Grants()
        """Authorization codes, and what each issued Bearer token stands for (`routes_oauth2.py`)."""

    @property
    def application_id(self) -> str:
        """The application's ID, which is also the bot user's."""
        return str(self.application["id"])

    def add_user(self, username: str, *, user_id: str | None = None, bot: bool = False) -> json.JSONObject:
        """Create a user that `GET /users/{id}` finds (a fresh ID unless `user_id` is given)."""
        user = payloads.user_payload(user_id or self.ids(), username, bot=bot)
        self.users[user["id"]] = user
        return user

    def add_channel(
        self, *, name: str = "channel", channel_id: str | None = None, guild_id: str | None = "default"
    ) -> json.JSONObject:
        """A guild text channel (in the emulator's guild by default), or a DM with `guild_id=None`."""
        guild = self.guild_id if guild_id == "default" else guild_id
        recipients = None if guild else [self.owner]
        channel = payloads.channel_payload(
            channel_id or self.ids(), guild_id=guild, name=name, recipients=recipients
        )
        self.channels[channel["id"]] = channel
        self.messages.setdefault(channel["id"], {})
        return channel

    def channel(self, channel_id: str, *, permissive: bool) -> json.JSONObject:
        """The channel, created on first use when `permissive`; otherwise Discord's 10003."""
        if channel_id in self.channels:
            return self.channels[channel_id]
        if permissive and channel_id.isdigit():
            return self.add_channel(name=f"channel-{channel_id}", channel_id=channel_id)
        raise DiscordError.unknown("Channel", 10003)

    def message(self, channel_id: str, message_id: str) -> json.JSONObject:
        """The message in this channel; Discord's 404 `Unknown Message` (10008) if there is none."""
        found = self.messages.get(channel_id, {}).get(message_id)
        if found is None:
            raise DiscordError.unknown("Message", 10008)
        return found

    def store_message(self, message: json.JSONObject) -> None:
        """Keep a new or edited message, updating the channel's last message and a thread's counts."""
        channel_id = message["channel_id"]
        stored = self.messages.setdefault(channel_id, {})
        is_new = message["id"] not in stored
        stored[message["id"]] = message
        channel = self.channels.get(channel_id)
        if channel is None:
            return
        channel["last_message_id"] = message["id"]
        if is_new and _counted_in_thread(channel, message["id"]):
            channel["message_count"] = int(channel.get("message_count") or 0) + 1
            channel["total_message_sent"] = int(channel.get("total_message_sent") or 0) + 1

    def remember_nonce(self, message: json.JSONObject) -> None:
        """Note a new message's nonce, so a create with the same one can be answered with it."""
        nonce = message.get("nonce")
        if nonce is None:
            return
        self._forget_old_nonces()
        key = (str(message["author"]["id"]), str(nonce))
        self._nonces[key] = (time.monotonic(), str(message["channel_id"]), str(message["id"]))

    def message_with_nonce(self, author_id: str, nonce: str | int) -> json.JSONObject | None:
        """The message `author_id` created with `nonce` within `nonce_window` and still exists."""
        self._forget_old_nonces()
        found = self._nonces.get((author_id, str(nonce)))
        if found is None:
            return None
        _, channel_id, message_id = found
        return self.messages.get(channel_id, {}).get(message_id)

    def _forget_old_nonces(self) -> None:
        # Insertion order is time order: the expired entries are at the front.
        horizon = time.monotonic() - self.nonce_window
        while self._nonces:
            key, (noted, _, _) = next(iter(self._nonces.items()))
            if noted >= horizon:
                return
            del self._nonces[key]

    def cast_poll_vote(
        self, channel_id: str | int, message_id: str | int, user_id: str | int, *answer_ids: int
    ) -> json.JSONObject:
        """Vote as a user would (apps cannot vote): `user_id`'s choice on the poll becomes `answer_ids`
        (none withdraws the vote). Returns the message, its poll's `results` recounted.

        ```python
        discord.add_user("kat", user_id=42)
        discord.state.cast_poll_vote(discord.channel_id, message.id, 42, 1)
        ```
        """
        if str(user_id) not in self.users:
            raise ValueError(f"user {user_id} is unknown: add it first (`discord.add_user`)")
        message = self.message(str(channel_id), str(message_id))
        votes = self.poll_votes.setdefault(str(message_id), {})
        message_ops.record_votes(message, votes, str(user_id), answer_ids)
        return message

    def discard_message(self, channel_id: str | None, message_id: str) -> None:
        """Forget a deleted message (nothing happens when it is not there)."""
        if channel_id is None or self.messages.get(channel_id, {}).pop(message_id, None) is None:
            return
        channel = self.channels.get(channel_id)
        if channel is not None and _counted_in_thread(channel, message_id):
            channel["message_count"] = max(0, int(channel.get("message_count") or 0) - 1)

    def issue_interaction(
        self,
        *,
        interaction_type: int,
        channel_id: str | None,
        guild_id: str | None,
        interaction_id: str | None = None,
        token: str | None = None,
        message_id: str | None = None,
        attachment_size_limit: int | None = None,
        authorizing_integration_owners: typing.Mapping[str, str] | None = None,
    ) -> IssuedInteraction:
        """Register an interaction; `None` limit or owners: Discord's defaults (10 MiB, guild install)."""
        interaction = IssuedInteraction(
            id=interaction_id or self.ids(),
            token=token or _interaction_token(),
            application_id=self.application_id,
            type=interaction_type,
            channel_id=channel_id,
            guild_id=guild_id,
            message_id=message_id,
        )
        if isinstance(attachment_size_limit, int) and attachment_size_limit > 0:
            interaction.attachment_size_limit = attachment_size_limit
        if isinstance(authorizing_integration_owners, typing.Mapping):
            interaction.authorizing_integration_owners = {
                str(kind): str(owner) for kind, owner in authorizing_integration_owners.items()
            }
        self.interactions[interaction.token] = interaction
        return interaction


def _counted_in_thread(channel: json.JSONObject, message_id: str) -> bool:
    # A thread counts its messages, not the one that starts a forum post (whose ID is the thread's).
    return channel.get("type") in _THREAD_TYPES and message_id != channel["id"]


_THREAD_TYPES: typing.Final = frozenset({10, 11, 12})


def _interaction_token() -> str:
    # Real interaction tokens are long, URL-safe and start with "aW50ZXJhY3Rpb246" ("interaction:").
    return "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(120)
