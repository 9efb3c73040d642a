"""Read-only views of what the emulator holds, for tests to assert on."""

from __future__ import annotations

import typing

__all__ = ["EmulatorViews"]


from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator.rate_limits import RateLimiter
from hikari_like.testing.emulator.rate_limits import RateLimitStats
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
        return self.state.application

    @property
    def application_id(self) -> str:
        return self.state.application_id

    @property
    def bot_user(self) -> json.JSONObject:
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

    def seed_message(
        self, channel_id: str | int, content: str, *, author: json.JSONObject | None = None
    ) -> json.JSONObject:
        """Put a message in a channel without a request (e.g. the message a button sits on)."""
        channel = self.state.channel(str(channel_id), permissive=True)
        message = message_ops.new_message(
            self.state.ids,
            channel_id=str(channel["id"]),
            author=author or self.state.owner,
            body={"content": content},
            files=(),
        )
        self.state.store_message(message)
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

    def clear_requests(self) -> None:
        """Forget the recorded requests (state and statistics stay)."""
        self.requests.clear()
