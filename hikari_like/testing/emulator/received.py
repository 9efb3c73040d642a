"""Typed, read-only views of what the emulated Discord received from a bot.

Each view wraps the emulator's live record, so it shows the state now: read it after the bot's
work has finished (`hikari_like.testing.wait_for_continuations`). The raw JSON stays available
(`json`, `record`) for fields the views do not name.

- `ReceivedInteraction` (`discord.received(token)`, `discord.last_received`): the initial response,
  the original message, each edit, the followups.
- `InitialResponse` (`ReceivedInteraction.response`): the response type and its `data` as sent.
- `RecordedEdit` (`ReceivedInteraction.edits`): one edit's JSON as sent, and the message it changed.
- `SentMessage` (`.original`, `.followups`, `discord.channel_messages(channel)`): a message now.
- `RegisteredCommand` (`discord.registered_commands(guild_id=None)`): a command as registered.
"""

from __future__ import annotations

__all__ = [
    "InitialResponse",
    "ReceivedInteraction",
    "RecordedEdit",
    "RegisteredCommand",
    "SentMessage",
    "walk_components",
]

import typing
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence

import attrs

from hikari_like import snowflakes
from hikari_like.commands import CommandType
from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.messages import MessageFlag
from hikari_like.testing.emulator.state import RecordedEdit

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing.emulator.records import RecordedFile
    from hikari_like.testing.emulator.state import InteractionResponse
    from hikari_like.testing.emulator.state import IssuedInteraction

_EPHEMERAL: typing.Final = int(MessageFlag.EPHEMERAL)


def walk_components(components: Sequence[JSONObject]) -> Iterator[JSONObject]:
    """Every component, depth first: rows, containers, sections' accessories, labels' inputs."""
    for component in components:
        yield component
        yield from walk_components(component.get("components") or ())
        for single in ("component", "accessory"):
            if isinstance(inner := component.get(single), Mapping):
                yield from walk_components([typing.cast("JSONObject", inner)])


@attrs.frozen(repr=False)
class SentMessage:
    """A message as the emulated Discord holds it now (edits show up here as they happen).

    ```python
    reply = await user.invoke("poll")
    assert reply.message is not None and reply.message.custom_ids == ["vote:yes", "vote:no"]
    ```
    """

    json: JSONObject
    """The message object, as `GET /channels/{channel}/messages/{message}` would return it."""

    def __repr__(self) -> str:
        return f"SentMessage(id={self.json.get('id')}, content={self.content!r})"

    @property
    def id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        return snowflakes.Snowflake(self.json["id"])

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel it was sent in."""
        return snowflakes.Snowflake(self.json["channel_id"])

    @property
    def content(self) -> str:
        """Its text (`""` when it has none)."""
        return str(self.json.get("content") or "")

    @property
    def embeds(self) -> list[JSONObject]:
        """Its embeds, as Discord's embed objects."""
        return list(self.json.get("embeds") or ())

    @property
    def components(self) -> list[JSONObject]:
        """Its top-level components (action rows, or components v2 layouts)."""
        return list(self.json.get("components") or ())

    @property
    def attachments(self) -> list[JSONObject]:
        """Its attachments, as Discord's attachment objects (filename, size, url...)."""
        return list(self.json.get("attachments") or ())

    @property
    def flags(self) -> MessageFlag:
        """Its message flags."""
        return MessageFlag(int(self.json.get("flags") or 0))

    @property
    def is_ephemeral(self) -> bool:
        """Whether only the invoking user sees it."""
        return bool(self.flags & _EPHEMERAL)

    @property
    def custom_ids(self) -> list[str]:
        """The custom_ids of its buttons and select menus, in order."""
        return [c["custom_id"] for c in walk_components(self.components) if "custom_id" in c]

    def component(self, custom_id: str) -> JSONObject | None:
        """The button or select menu with this custom_id (`None` if it has none)."""
        return next((c for c in walk_components(self.components) if c.get("custom_id") == custom_id), None)


@attrs.frozen(repr=False)
class InitialResponse:
    """The bot's initial response to an interaction, however it came (HTTP answer or callback)."""

    record: InteractionResponse
    """The emulator's record of it."""

    def __repr__(self) -> str:
        return f"InitialResponse({self.type.name}, data={self.data!r})"

    @property
    def type(self) -> ResponseType:
        """What kind of answer: a message, a deferral, an update, choices, a modal..."""
        return ResponseType(self.record.type)

    @property
    def data(self) -> JSONObject:
        """The response's `data` exactly as the bot sent it (`{}` when it had none)."""
        return dict(self.record.data or {})

    @property
    def files(self) -> tuple[RecordedFile, ...]:
        """The files uploaded with it."""
        return self.record.files

    @property
    def content(self) -> str | None:
        """The `content` it sent (`None` when it sent none)."""
        content = self.data.get("content")
        return None if content is None else str(content)

    @property
    def is_ephemeral(self) -> bool:
        """Whether it asked for an ephemeral message (a message or a deferral with the flag)."""
        return bool(int(self.data.get("flags") or 0) & _EPHEMERAL)


@attrs.frozen(repr=False)
class ReceivedInteraction:
    """Everything the bot sent Discord for one interaction, in the order Discord saw it.

    ```python
    received = discord.received(payload["token"])
    assert received.response is not None
    assert received.response.type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert [edit.body.get("content") for edit in received.edits] == ["done"]
    assert [message.content for message in received.followups] == ["and one more"]
    ```
    """

    record: IssuedInteraction
    """The emulator's live record (`discord.interactions[token]`)."""

    def __repr__(self) -> str:
        answer = None if self.response is None else self.response.type.name
        return f"ReceivedInteraction(id={self.record.id}, response={answer}, followups={len(self.followups)})"

    @property
    def id(self) -> snowflakes.Snowflake:
        """The interaction's ID."""
        return snowflakes.Snowflake(self.record.id)

    @property
    def token(self) -> str:
        """The interaction's token (what `discord.interactions` is keyed by)."""
        return self.record.token

    @property
    def type(self) -> InteractionType:
        """The interaction's type: a command, a component, autocomplete, a modal submit..."""
        return InteractionType(self.record.type)

    @property
    def channel_id(self) -> snowflakes.Snowflake | None:
        """Where it was used."""
        return None if self.record.channel_id is None else snowflakes.Snowflake(self.record.channel_id)

    @property
    def guild_id(self) -> snowflakes.Snowflake | None:
        """The guild it was used in (`None` in a DM)."""
        return None if self.record.guild_id is None else snowflakes.Snowflake(self.record.guild_id)

    @property
    def response(self) -> InitialResponse | None:
        """The initial response; `None` while unanswered."""
        return None if self.record.response is None else InitialResponse(self.record.response)

    @property
    def original(self) -> SentMessage | None:
        """The original response message as it is now; `None` if there is none or it was deleted."""
        return None if self.record.original is None else SentMessage(self.record.original)

    @property
    def edits(self) -> list[RecordedEdit]:
        """Every edit made with the token (of the original or a followup), oldest first."""
        return list(self.record.edits)

    @property
    def followups(self) -> list[SentMessage]:
        """The followup messages that still exist, oldest first."""
        return [SentMessage(message) for message in self.record.followups.values()]

    @property
    def messages(self) -> list[SentMessage]:
        """The original message (if any), then the followups."""
        original = self.original
        return ([original] if original is not None else []) + self.followups


@attrs.frozen(repr=False)
class RegisteredCommand:
    """An application command as the emulated Discord registered it (global or in one guild)."""

    json: JSONObject
    """The command object, as `GET /applications/{app}/commands/{command}` would return it."""

    def __repr__(self) -> str:
        where = "global" if self.guild_id is None else f"guild {self.guild_id}"
        return f"RegisteredCommand({self.name!r}, {self.type.name}, {where})"

    @property
    def id(self) -> snowflakes.Snowflake:
        """The ID Discord gave it (what interactions invoking it carry as `data.id`)."""
        return snowflakes.Snowflake(self.json["id"])

    @property
    def name(self) -> str:
        """Its name."""
        return str(self.json["name"])

    @property
    def type(self) -> CommandType:
        """Slash, user or message command."""
        return CommandType(int(self.json.get("type", 1)))

    @property
    def description(self) -> str:
        """Its description (`""` for context menu commands)."""
        return str(self.json.get("description") or "")

    @property
    def guild_id(self) -> snowflakes.Snowflake | None:
        """The guild it is registered in; `None` for a global command."""
        guild = self.json.get("guild_id")
        return None if guild is None else snowflakes.Snowflake(guild)

    @property
    def options(self) -> list[JSONObject]:
        """Its options (and subcommands), as Discord's option objects."""
        return list(self.json.get("options") or ())

    @property
    def option_names(self) -> list[str]:
        """The names of its top-level options, in order."""
        return [str(option["name"]) for option in self.options]
