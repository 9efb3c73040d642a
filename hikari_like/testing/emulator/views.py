"""Read-only views of what the emulator holds, for tests to assert on."""

from __future__ import annotations

import datetime
import typing

__all__ = ["EmulatorViews"]


from hikari_like.internal import json
from hikari_like.testing.emulator import interactions
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import routes_emojis
from hikari_like.testing.emulator import routes_members
from hikari_like.testing.emulator import routes_reactions
from hikari_like.testing.emulator import routes_stickers
from hikari_like.testing.emulator import routes_users
from hikari_like.testing.emulator import routes_webhooks
from hikari_like.testing.emulator import thread_world
from hikari_like.testing.emulator.guild_world import BOT_PERMISSIONS
from hikari_like.testing.emulator.guild_world import EVERYONE_PERMISSIONS
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.guild_world import GuildWorld
from hikari_like.testing.emulator.rate_limits import RateLimiter
from hikari_like.testing.emulator.rate_limits import RateLimitStats
from hikari_like.testing.emulator.received import ReceivedInteraction
from hikari_like.testing.emulator.received import RegisteredCommand
from hikari_like.testing.emulator.received import SentMessage
from hikari_like.testing.emulator.records import RecordedRequest
from hikari_like.testing.emulator.state import EmulatorState
from hikari_like.testing.emulator.state import IdMapping
from hikari_like.testing.emulator.state import InteractionResponse
from hikari_like.testing.emulator.state import IssuedInteraction


class EmulatorViews:
    """The inspection and seeding side of `EmulatedDiscord` (kept apart from its server machinery)."""

    def __init__(self, *, state: EmulatorState, rate_limits: RateLimiter) -> None:
        self.state = state
        self.rate_limits = rate_limits
        """Per-route limits (`rate_limits.set(route, limit=, period=)`), `enabled`, and `stats`."""
        self.requests: list[RecordedRequest] = []
        """Every request received, in arrival order, credentials redacted."""

    @property
    def stats(self) -> RateLimitStats:
        """Rate-limit statistics: 429 counts and the busiest windows."""
        return self.rate_limits.stats

    @property
    def application(self) -> json.JSONObject:
        """The application object (`GET /applications/@me`): its ID, name, owner and verify key."""
        return self.state.application

    @property
    def application_id(self) -> str:
        """The application's ID, which is also the bot user's."""
        return self.state.application_id

    @property
    def bot_user(self) -> json.JSONObject:
        """The bot's user object (`GET /users/@me` with the bot token)."""
        return self.state.bot_user

    @property
    def guild_id(self) -> str:
        """The emulator's guild, home of the default channel and of new channels."""
        return self.state.guild_id

    @property
    def channel_id(self) -> str:
        """A text channel that exists from the start."""
        return str(self.state.default_channel["id"])

    @property
    def messages(self) -> IdMapping[list[json.JSONObject]]:
        """Channel ID -> its messages, oldest first."""
        return IdMapping({cid: list(messages.values()) for cid, messages in self.state.messages.items()})

    @property
    def interactions(self) -> IdMapping[IssuedInteraction]:
        """Interaction token -> the issued interaction and what happened to it."""
        return IdMapping(self.state.interactions)

    @property
    def interaction_responses(self) -> IdMapping[InteractionResponse]:
        """Interaction token -> the initial response the bot sent (only answered interactions)."""
        answered = {t: i.response for t, i in self.state.interactions.items() if i.response is not None}
        return IdMapping(answered)

    @property
    def followups(self) -> IdMapping[list[json.JSONObject]]:
        """Interaction token -> followup messages still existing, oldest first."""
        return IdMapping({t: list(i.followups.values()) for t, i in self.state.interactions.items()})

    @property
    def commands(self) -> list[json.JSONObject]:
        """The global application commands."""
        return list(self.state.global_commands.values())

    @property
    def guild_commands(self) -> IdMapping[list[json.JSONObject]]:
        """Guild ID -> that guild's application commands."""
        return IdMapping({g: list(c.values()) for g, c in self.state.guild_commands.items()})

    def received(self, interaction: str | typing.Mapping[str, typing.Any]) -> ReceivedInteraction:
        """What the bot sent for one interaction: its initial response, the original message, each
        edit and the followups, as typed views.

        `interaction` is its token or the payload that was delivered. `KeyError` if the emulator
        never issued it.

        ```python
        payload = payloads.slash_command("ping")
        await discord.send_interaction(url, payload)
        received = discord.received(payload)
        assert received.original is not None and received.original.content == "Pong!"
        ```
        """
        token = interaction if isinstance(interaction, str) else str(interaction["token"])
        return ReceivedInteraction(self.state.interactions[token])

    @property
    def last_received(self) -> ReceivedInteraction:
        """The most recently issued interaction's view (`LookupError` when none was issued)."""
        if not self.state.interactions:
            raise LookupError("no interaction was issued yet: send one first")
        return ReceivedInteraction(next(reversed(self.state.interactions.values())))

    def registered_commands(self, guild_id: str | int | None = None) -> list[RegisteredCommand]:
        """The application's commands as registered: global ones, or with `guild_id` that guild's.

        ```python
        assert [command.name for command in discord.registered_commands()] == ["ping"]
        ```
        """
        if guild_id is None:
            return [RegisteredCommand(command) for command in self.state.global_commands.values()]
        in_guild = self.state.guild_commands.get(str(guild_id), {})
        return [RegisteredCommand(command) for command in in_guild.values()]

    def channel_messages(self, channel_id: str | int | None = None) -> list[SentMessage]:
        """The messages in a channel (the default channel unless given), oldest first.

        Ephemeral messages are in no channel: read them through `received(token)`.
        """
        channel = self.channel_id if channel_id is None else str(channel_id)
        return [SentMessage(message) for message in self.state.messages.get(channel, {}).values()]

    def requests_to(self, route: str) -> list[RecordedRequest]:
        """The recorded requests for one route template, e.g. `"POST /channels/{channel}/messages"`."""
        return [request for request in self.requests if request.route == route]

    def issue_interaction(
        self,
        *,
        type: int = 2,  # Discord's field name, shadowing the builtin on purpose.
        channel_id: str | int | None = None,
        guild_id: str | int | None = None,
        interaction_id: str | int | None = None,
        token: str | None = None,
        message_id: str | int | None = None,
        attachment_size_limit: int | None = None,
        authorizing_integration_owners: typing.Mapping[str, str] | None = None,
    ) -> IssuedInteraction:
        """Register an interaction so its callback, original response and followups are accepted.

        Put its `id` and `token` into the payload you send to the bot (e.g. with
        `hikari_like.testing` payload factories). Defaults: a slash command in the default channel,
        Discord's default upload limit, installed to the guild. The limit and the owners are
        enforced as Discord does (413 for a larger file, 40094 for a sixth followup of a
        user-install-only interaction).
        """
        return self.state.issue_interaction(
            interaction_type=type,
            channel_id=str(channel_id) if channel_id is not None else self.channel_id,
            guild_id=str(guild_id) if guild_id is not None else self.guild_id,
            interaction_id=str(interaction_id) if interaction_id is not None else None,
            token=token,
            message_id=str(message_id) if message_id is not None else None,
            attachment_size_limit=attachment_size_limit,
            authorizing_integration_owners=authorizing_integration_owners,
        )

    def issue_interaction_for(self, payload: typing.Mapping[str, typing.Any]) -> IssuedInteraction:
        """Register the interaction `payload` describes (its `id`, `token`, type and place), so the
        bot's answers to it are accepted: what `send_interaction` does before delivering it.

        The upload limit and installation owners it states are enforced (well-typed ones only:
        tests also deliver hostile payloads, which the bot must refuse, not the emulator).
        """
        issued = self.issue_interaction(
            type=int(payload["type"]),
            channel_id=payload.get("channel_id"),
            guild_id=payload.get("guild_id"),
            interaction_id=payload["id"],
            token=payload["token"],
            message_id=(payload.get("message") or {}).get("id"),
            **_delivered_limits(payload),
        )
        interactions.note_origin(self.state, issued, payload)
        return issued

    def add_channel(self, *, name: str = "channel", channel_id: str | int | None = None) -> json.JSONObject:
        """Create a text channel in the emulator's guild."""
        return self.state.add_channel(
            name=name, channel_id=str(channel_id) if channel_id is not None else None
        )

    def add_user(
        self, username: str, *, user_id: str | int | None = None, bot: bool = False
    ) -> json.JSONObject:
        """Create a user that `GET /users/{id}` will find."""
        return self.state.add_user(username, user_id=str(user_id) if user_id is not None else None, bot=bot)

    def set_team(
        self, name: str = "Emulated Team", *, members: typing.Sequence[json.JSONObject] = ()
    ) -> json.JSONObject:
        """Make a developer team own the application, as `GET /applications/@me` then shows it.

        The team's owner is the emulator's owner user (an accepted admin); `members` (user objects,
        e.g. from `add_user`) join it as accepted developers. As on Discord, the application's
        `owner` becomes the team's placeholder user. Returns the team object.

        ```python
        team = discord.set_team("Kat's Team", members=[discord.add_user("dev")])
        ```
        """
        team = payloads.team_payload(
            self.state.ids(), name=name, owner=self.state.owner, members=tuple(members)
        )
        self.state.application["team"] = team
        self.state.application["owner"] = payloads.team_placeholder_user(team["id"])
        return team

    def seed_message(
        self,
        channel_id: str | int,
        content: str,
        *,
        author: json.JSONObject | None = None,
        created_at: datetime.datetime | None = None,
    ) -> json.JSONObject:
        """Put a message in a channel without a request (e.g. the message a button sits on);
        with `created_at` (an aware moment), one sent then: its ID and `timestamp` say so, and
        it takes its place in the channel's history (bulk delete refuses one two weeks old).

        ```python
        old = discord.seed_message(channel_id, "hi", created_at=now - datetime.timedelta(days=20))
        ```
        """
        channel = self.state.channel(str(channel_id), permissive=True)
        message = message_ops.new_message(
            self.state.ids,
            channel_id=str(channel["id"]),
            author=author or self.state.owner,
            body={"content": content},
            files=(),
        )
        if created_at is None:
            self.state.store_message(message)
            return message
        message["id"] = self.state.ids(created_at)
        message["timestamp"] = payloads.iso_timestamp(created_at)
        stored = self.state.messages.setdefault(str(channel["id"]), {})
        stored[message["id"]] = message
        # The history routes read a channel's messages in ID order, as Discord keeps them.
        ordered = sorted(stored.items(), key=lambda item: int(item[0]))
        stored.clear()
        stored.update(ordered)
        return message

    def cast_poll_vote(
        self, channel_id: str | int, message_id: str | int, user_id: str | int, *answer_ids: int
    ) -> json.JSONObject:
        """Vote on a poll as the user `user_id` (apps cannot vote); no `answer_ids` withdraws the vote.

        Returns the message with its poll's `results` recounted.

        ```python
        discord.add_user("kat", user_id=42)
        discord.cast_poll_vote(discord.channel_id, message.id, 42, 1)
        ```
        """
        return self.state.cast_poll_vote(channel_id, message_id, user_id, *answer_ids)

    def add_thread(
        self,
        name: str = "thread",
        *,
        parent_id: str | int | None = None,
        type: int = 11,
        thread_id: str | int | None = None,
        owner_id: str | int | None = None,
        archived: bool = False,
        archive_timestamp: datetime.datetime | None = None,
        locked: bool = False,
        invitable: bool = True,
        applied_tags: typing.Sequence[str | int] = (),
        members: typing.Sequence[str | int] = (),
    ) -> json.JSONObject:
        """Seed a thread (type 10 announcement, 11 public, 12 private) of a guild text,
        announcement, forum or media channel (the default channel by default): its owner (the bot
        unless `owner_id`) and `members` joined, archived at `archive_timestamp` (now by default)
        when `archived`. Returns the stored thread object.

        ```python
        old = discord.add_thread("old", archived=True, archive_timestamp=last_week, members=[42])
        ```
        """
        parent = self.state.channels[str(parent_id or self.channel_id)]
        return thread_world.add_thread(
            self.state,
            parent,
            name,
            type=type,
            thread_id=thread_id,
            owner_id=owner_id,
            archived=archived,
            archive_timestamp=archive_timestamp,
            locked=locked,
            invitable=invitable,
            applied_tags=applied_tags,
            members=members,
        )

    def add_emoji(
        self,
        name: str = "emoji",
        *,
        guild_id: str | int | None = None,
        emoji_id: str | int | None = None,
        user_id: str | int | None = None,
        roles: typing.Sequence[str | int] = (),
        animated: bool = False,
        managed: bool = False,
        available: bool = True,
    ) -> json.JSONObject:
        """Seed a custom emoji in a guild (the default one), uploaded by `user_id` if given; with
        `roles`, only members with one of them may use it. Returns Discord's emoji object.

        ```python
        party = discord.add_emoji("party", animated=True)
        await rest.add_reaction(channel, message, f"party:{party['id']}")
        ```
        """
        return routes_emojis.add_emoji(
            self.world,
            self._guild(guild_id),
            name,
            emoji_id=_id(emoji_id),
            user=self._user(user_id) if user_id is not None else None,
            roles=[str(role) for role in roles],
            animated=animated,
            managed=managed,
            available=available,
        )

    def add_sticker(
        self,
        name: str = "sticker",
        *,
        guild_id: str | int | None = None,
        sticker_id: str | int | None = None,
        tags: str = "smile",
        description: str | None = None,
        format_type: int = 1,
        user_id: str | int | None = None,
        available: bool = True,
    ) -> json.JSONObject:
        """Seed a guild sticker (the default guild's; `format_type` 1 PNG, 2 APNG, 3 Lottie,
        4 GIF), uploaded by `user_id` if given. Returns Discord's sticker object."""
        return routes_stickers.add_sticker(
            self.world,
            self._guild(guild_id),
            name,
            sticker_id=_id(sticker_id),
            tags=tags,
            description=description,
            format_type=format_type,
            user=self._user(user_id) if user_id is not None else None,
            available=available,
        )

    def add_webhook(
        self,
        name: str = "webhook",
        *,
        channel_id: str | int | None = None,
        user_id: str | int | None = None,
        type: int = 1,
        avatar: str | None = None,
        application_id: str | int | None = None,
        webhook_id: str | int | None = None,
        token: str | None = None,
    ) -> json.JSONObject:
        """Store a webhook of a guild channel (the default one), made by `user_id` (the owner by
        default; no application unless `application_id`: pass `discord.application_id` for one the
        bot's application owns). An incoming webhook (`type` 1, Discord's field) gets a token.
        Returns Discord's webhook object, token included.

        ```python
        hook = discord.add_webhook("deploys")
        await rest.execute_webhook(hook["id"], hook["token"], "shipped")
        ```
        """
        user = self.state.users[str(user_id)] if user_id is not None else self.state.owner
        return routes_webhooks.add_webhook(
            self.state,
            str(channel_id or self.channel_id),
            name,
            user=user,
            webhook_type=type,
            avatar=avatar,
            application_id=None if application_id is None else str(application_id),
            webhook_id=None if webhook_id is None else str(webhook_id),
            token=token,
        )

    def add_reaction(
        self,
        channel_id: str | int,
        message_id: str | int,
        user_id: str | int,
        emoji: str,
        *,
        burst: bool = False,
    ) -> json.JSONObject:
        """React to a message as the user `user_id` would in a client (apps cannot react for
        others); `burst=True` for a super reaction. `emoji` is a character, `"name:id"` or a
        custom emoji mention of an emoji some guild of the emulator has.

        Returns the message, its `reactions` field rewritten as Discord shows it.

        ```python
        discord.add_user("kat", user_id=42)
        discord.add_reaction(discord.channel_id, message["id"], 42, "👍")
        ```
        """
        return routes_reactions.react_as(self.state, channel_id, message_id, user_id, emoji, burst=burst)

    @property
    def world(self) -> GuildWorld:
        """Guilds, roles, members, bans and invites, as Discord's JSON (`world.guild(id).members`)."""
        return self.state.world

    def bot_role(self, guild_id: str | int | None = None) -> json.JSONObject:
        """The bot's managed role in a guild (the default one): change its `"permissions"` to test
        what the bot may not do, e.g. `discord.bot_role()["permissions"] = "0"`."""
        role = self.world.bot_role(self._guild(guild_id), self.application_id)
        if role is None:
            raise ValueError(f"the bot has no role in guild {guild_id}")
        return role

    def add_guild(
        self,
        name: str = "guild",
        *,
        guild_id: str | int | None = None,
        owner_id: str | int | None = None,
        features: typing.Sequence[str] = (),
        everyone_permissions: int = EVERYONE_PERMISSIONS,
        bot_member: bool = True,
        bot_permissions: int = BOT_PERMISSIONS,
    ) -> json.JSONObject:
        """Create a guild (owned by the application's owner by default) with its @everyone role and
        the owner as a member; with `bot_member`, the bot joins with its own managed role.
        Returns the guild object `GET /guilds/{id}` gives."""
        owner = self._user(owner_id) if owner_id is not None else self.state.owner
        guild = self.world.add_guild(
            name,
            owner_id=str(owner["id"]),
            guild_id=_id(guild_id),
            features=features,
            everyone_permissions=everyone_permissions,
            bot_id=self.application_id if bot_member else None,
            bot_permissions=bot_permissions,
        )
        return guild.payload()

    def add_role(
        self,
        name: str = "role",
        *,
        guild_id: str | int | None = None,
        role_id: str | int | None = None,
        permissions: int = 0,
        position: int | None = None,
        color: int = 0,
        hoist: bool = False,
        mentionable: bool = False,
        managed: bool = False,
    ) -> json.JSONObject:
        """Create a role; without `position` it goes where Discord puts new roles, just above
        @everyone (so below the bot's role, which the bot may then manage)."""
        return self.world.add_role(
            self._guild(guild_id),
            name,
            role_id=_id(role_id),
            permissions=permissions,
            position=position,
            color=color,
            hoist=hoist,
            mentionable=mentionable,
            managed=managed,
        )

    def add_member(
        self,
        username: str = "member",
        *,
        user_id: str | int | None = None,
        guild_id: str | int | None = None,
        roles: typing.Sequence[str | int] = (),
        nick: str | None = None,
        joined_at: datetime.datetime | None = None,
        communication_disabled_until: datetime.datetime | None = None,
        flags: int = 0,
        pending: bool = False,
    ) -> json.JSONObject:
        """Make a user a member of a guild (the default one): the user `user_id` if it exists,
        otherwise a new user called `username`. Returns the guild member object.

        ```python
        mods = discord.add_role("mods", permissions=int(Permissions.KICK_MEMBERS))
        discord.add_member("kat", user_id=42, roles=[mods["id"]])
        ```
        """
        known = self.state.users.get(str(user_id)) if user_id is not None else None
        user = known or self.add_user(username, user_id=user_id)
        return self.world.add_member(
            self._guild(guild_id),
            user,
            roles=[str(role) for role in roles],
            nick=nick,
            joined_at=joined_at,
            communication_disabled_until=communication_disabled_until,
            flags=flags,
            pending=pending,
        )

    def add_guild_channel(
        self,
        name: str = "channel",
        *,
        type: int = 0,  # Discord's field name, shadowing the builtin on purpose.
        guild_id: str | int | None = None,
        channel_id: str | int | None = None,
        parent_id: str | int | None = None,
        position: int | None = None,
        permission_overwrites: typing.Sequence[typing.Mapping[str, typing.Any]] = (),
        topic: str | None = None,
        nsfw: bool = False,
    ) -> json.JSONObject:
        """Create a guild channel of any guild type (0 text, 2 voice, 4 category, 5 announcement,
        13 stage, 15 forum, 16 media), optionally in a category, last by default.

        Overwrites are `{"id": ..., "type": 0 (role) or 1 (member), "allow": bits, "deny": bits}`,
        bits as ints or strings.
        """
        return self.world.add_channel(
            self._guild(guild_id),
            name,
            channel_type=type,
            channel_id=_id(channel_id),
            parent_id=_id(parent_id),
            position=position,
            permission_overwrites=permission_overwrites,
            topic=topic,
            nsfw=nsfw,
        )

    def add_ban(
        self, user_id: str | int, *, guild_id: str | int | None = None, reason: str | None = None
    ) -> json.JSONObject:
        """Ban a known user (`add_user` first) from a guild; a member is removed. Returns the ban."""
        return self.world.add_ban(self._guild(guild_id), self._user(user_id), reason=reason)

    def add_invite(
        self,
        channel_id: str | int | None = None,
        *,
        code: str | None = None,
        inviter_id: str | int | None = None,
        max_age: int = 86400,
        max_uses: int = 0,
        temporary: bool = False,
        uses: int = 0,
        created_at: datetime.datetime | None = None,
    ) -> json.JSONObject:
        """Create an invite to a channel (the default one), made by the bot unless `inviter_id`
        says otherwise; Discord's defaults: expires after a day, unlimited uses. Returns the
        invite object with its metadata."""
        channel = self.state.channel(str(channel_id or self.channel_id), permissive=False)
        inviter = self._user(inviter_id) if inviter_id is not None else self.bot_user
        stored = self.world.add_invite(
            channel,
            inviter=inviter,
            code=code,
            max_age=max_age,
            max_uses=max_uses,
            temporary=temporary,
            uses=uses,
            created_at=created_at,
        )
        return self.world.invite_payload(stored, metadata=True)

    def _guild(self, guild_id: str | int | None) -> GuildRecord:
        found = self.world.guilds.get(str(guild_id or self.guild_id))
        if found is None:
            raise ValueError(f"guild {guild_id} is unknown: add it first (`discord.add_guild`)")
        return found

    def _user(self, user_id: str | int) -> json.JSONObject:
        found = self.state.users.get(str(user_id))
        if found is None:
            raise ValueError(f"user {user_id} is unknown: add it first (`discord.add_user`)")
        return found

    def grant_gdm_join(self, user_id: str | int) -> str:
        """An OAuth2 access token (`gdm.join` scope) with which user `user_id` lets the application
        add them to group DMs (`create_group_dm_channel`, `add_recipient_to_group_dm`)."""
        return routes_users.grant_gdm_join(self.state, str(user_id))

    def grant_guilds_join(self, user_id: str | int) -> str:
        """An OAuth2 access token (`guilds.join` scope) with which user `user_id` lets the
        application add them to a guild (`add_user_to_guild`)."""
        return routes_members.grant_guilds_join(self.state, str(user_id))

    def clear_requests(self) -> None:
        """Forget the recorded requests (state and statistics stay)."""
        self.requests.clear()

    def connect_voice(
        self, user_id: str | int, channel_id: str | int | None, *, guild_id: str | int | None = None
    ) -> None:
        """Put a member in a voice channel of their guild (the default one), or take them out
        with `None`: Discord mutes, deafens and moves only members connected to voice (40032)."""
        guild = self._guild(guild_id)
        guild.member(str(user_id))
        if channel_id is None:
            guild.voice.pop(str(user_id), None)
        else:
            guild.voice[str(user_id)] = self.world.guild_channel(guild, str(channel_id))["id"]


def _id(value: str | int | None) -> str | None:
    return None if value is None else str(value)


class _Limits(typing.TypedDict, total=False):
    attachment_size_limit: int
    authorizing_integration_owners: dict[str, str]


def _delivered_limits(sent: typing.Mapping[str, typing.Any]) -> _Limits:
    """The well-typed limits a delivered payload states, for the emulator to enforce."""
    limits: _Limits = {}
    size = sent.get("attachment_size_limit")
    if isinstance(size, int) and not isinstance(size, bool):
        limits["attachment_size_limit"] = size
    owners = sent.get("authorizing_integration_owners")
    if isinstance(owners, dict) and all(isinstance(value, str) for value in owners.values()):
        limits["authorizing_integration_owners"] = {str(key): value for key, value in owners.items()}
    return limits
