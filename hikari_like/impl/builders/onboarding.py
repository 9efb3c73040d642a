"""Onboarding prompts for `edit_guild_onboarding`: a question new members answer, and its options
(the roles and channels each answer gives). hikari's `GuildOnboardingPromptBuilder` and
`GuildOnboardingPromptOptionBuilder`, with their constructors and setters.

Discord's shapes: resources/guild.mdx, "Onboarding Prompt Structure" and "Prompt Option Structure".

```python
prompt = GuildOnboardingPromptBuilder("What do you play?", False, False, True)  # multi, optional, shown
prompt.add_option("Chess", role_ids=[chess_role], emoji="♟️")
await rest.edit_guild_onboarding(guild_id, prompts=[prompt])
```
"""

from __future__ import annotations

__all__ = ["GuildOnboardingPromptBuilder", "GuildOnboardingPromptOptionBuilder"]

import typing

from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like import undefined

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Emojiish: typing.TypeAlias = "int | emojis.Emoji | str"
_Ids: typing.TypeAlias = "typing.Sequence[snowflakes.SnowflakeishOr]"


def _emoji_fields(emoji: _Emojiish | undefined.UndefinedType) -> tuple[str | None, str | None]:
    """`(emoji_id, emoji_name)`: a custom emoji (or its ID) by ID, anything else by its text."""
    if emoji is _UNDEFINED:
        return None, None
    if isinstance(emoji, emojis.CustomEmoji):
        return str(emoji.id), None
    if isinstance(emoji, int):
        return str(emoji), None
    return None, str(emoji)


def _id_strings(ids: _Ids) -> list[str]:
    return [str(snowflakes.snowflake_of(value)) for value in ids]


class GuildOnboardingPromptOptionBuilder:
    """One answer of a prompt.

    ```python
    option = GuildOnboardingPromptOptionBuilder("Chess", role_ids=[chess_role], emoji="♟️")
    ```
    """

    __slots__ = ("_channel_ids", "_description", "_emoji", "_role_ids", "_title")

    def __init__(
        self,
        title: str,
        *,
        role_ids: _Ids = (),
        channel_ids: _Ids = (),
        description: str | undefined.UndefinedType = _UNDEFINED,
        emoji: _Emojiish | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        self._title = title
        self._role_ids = role_ids
        self._channel_ids = channel_ids
        self._description = description
        self._emoji = emoji

    @property
    def title(self) -> str:
        """The answer's text, as members see it among the prompt's options."""
        return self._title

    @property
    def role_ids(self) -> _Ids:
        """The roles a member is given for choosing this answer (sent as ID strings)."""
        return self._role_ids

    @property
    def channel_ids(self) -> _Ids:
        """The channels a member is shown for choosing this answer (sent as ID strings)."""
        return self._channel_ids

    @property
    def description(self) -> str | undefined.UndefinedType:
        """A line under the title explaining the answer; `UNDEFINED` when there is none."""
        return self._description

    @property
    def emoji(self) -> _Emojiish | undefined.UndefinedType:
        """The emoji beside the answer: a custom emoji or its ID, or a Unicode emoji string.

        `UNDEFINED` when there is none.
        """
        return self._emoji

    def set_title(self, title: str, /) -> typing.Self:
        """Set `title`: the answer's text. Returns the builder, for chaining."""
        self._title = title
        return self

    def set_role_ids(self, role_ids: _Ids, /) -> typing.Self:
        """Set `role_ids`: the roles a member is given for choosing this answer.

        Returns the builder, for chaining.
        """
        self._role_ids = role_ids
        return self

    def set_channel_ids(self, channel_ids: _Ids, /) -> typing.Self:
        """Set `channel_ids`: the channels a member is shown for choosing this answer.

        Returns the builder, for chaining.
        """
        self._channel_ids = channel_ids
        return self

    def set_description(self, description: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `description`: the line under the answer's title; `UNDEFINED` sends none.

        Returns the builder, for chaining.
        """
        self._description = description
        return self

    def set_emoji(self, emoji: _Emojiish | undefined.UndefinedType, /) -> typing.Self:
        """Set `emoji`: a custom emoji (sent by its ID), an emoji ID, or a Unicode emoji string.

        `UNDEFINED` sends none. Returns the builder, for chaining.
        """
        self._emoji = emoji
        return self

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The prompt option object; an emoji goes as its ID (custom) or its text (Unicode)."""
        emoji_id, emoji_name = _emoji_fields(self._emoji)
        body: dict[str, typing.Any] = {
            "title": self._title,
            "channel_ids": _id_strings(self._channel_ids),
            "role_ids": _id_strings(self._role_ids),
        }
        optional = {"description": self._description, "emoji_id": emoji_id, "emoji_name": emoji_name}
        body.update({key: value for key, value in optional.items() if value not in (None, _UNDEFINED)})
        return body


class GuildOnboardingPromptBuilder:
    """A question onboarding asks; `edit_guild_onboarding` gives a new one an ID.

    ```python
    prompt = GuildOnboardingPromptBuilder("Pronouns?", single_select=True, required=False, in_onboarding=True)
    ```
    """

    __slots__ = ("_id", "_in_onboarding", "_options", "_required", "_single_select", "_title")

    def __init__(
        self,
        title: str,
        single_select: bool,
        required: bool,
        in_onboarding: bool,
        options: typing.Sequence[GuildOnboardingPromptOptionBuilder] = (),
    ) -> None:
        self._title = title
        self._single_select = single_select
        self._required = required
        self._in_onboarding = in_onboarding
        self._options = list(options)
        self._id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED

    @property
    def id(self) -> snowflakes.SnowflakeishOr | undefined.UndefinedType:
        """The prompt this replaces; `UNDEFINED` for a new one."""
        return self._id

    @property
    def title(self) -> str:
        """The question members are asked."""
        return self._title

    @property
    def single_select(self) -> bool:
        """Whether a member may pick only one answer (`False` allows several)."""
        return self._single_select

    @property
    def required(self) -> bool:
        """Whether a member must answer before finishing onboarding."""
        return self._required

    @property
    def in_onboarding(self) -> bool:
        """Whether the prompt is asked during onboarding.

        `False` keeps it only in the guild's Channels & Roles page, answered later.
        """
        return self._in_onboarding

    @property
    def options(self) -> typing.Sequence[GuildOnboardingPromptOptionBuilder]:
        """The prompt's answers, in the order members see them (the list itself, not a copy)."""
        return self._options

    def set_id(self, id: snowflakes.SnowflakeishOr | undefined.UndefinedType, /) -> typing.Self:
        """Set `id`: the ID of the existing prompt this one replaces; `UNDEFINED` makes a new one.

        Returns the builder, for chaining.
        """
        self._id = id
        return self

    def set_title(self, title: str, /) -> typing.Self:
        """Set `title`: the question members are asked. Returns the builder, for chaining."""
        self._title = title
        return self

    def set_single_select(self, single_select: bool, /) -> typing.Self:
        """Set `single_select`: whether a member may pick only one answer.

        Returns the builder, for chaining.
        """
        self._single_select = single_select
        return self

    def set_required(self, required: bool, /) -> typing.Self:
        """Set `required`: whether a member must answer before finishing onboarding.

        Returns the builder, for chaining.
        """
        self._required = required
        return self

    def set_in_onboarding(self, in_onboarding: bool, /) -> typing.Self:
        """Set `in_onboarding`: whether the prompt is asked during onboarding.

        Returns the builder, for chaining.
        """
        self._in_onboarding = in_onboarding
        return self

    def set_options(self, options: typing.Sequence[GuildOnboardingPromptOptionBuilder], /) -> typing.Self:
        """Replace every answer with `options` (copied into a new list). Returns the builder, for chaining."""
        self._options = list(options)
        return self

    def add_option(
        self,
        title: str,
        role_ids: _Ids | undefined.UndefinedType | None = _UNDEFINED,
        channel_ids: _Ids | undefined.UndefinedType | None = _UNDEFINED,
        description: str | undefined.UndefinedType | None = _UNDEFINED,
        emoji: _Emojiish | undefined.UndefinedType | None = _UNDEFINED,
    ) -> typing.Self:
        """Add an answer (`None` reads as not given, as in hikari).

        ```python
        prompt.add_option("Chess", role_ids=[chess_role], emoji="♟️")
        ```
        """
        option = GuildOnboardingPromptOptionBuilder(
            title,
            role_ids=role_ids or (),
            channel_ids=channel_ids or (),
            description=description or _UNDEFINED,
            emoji=_UNDEFINED if emoji is None else emoji,
        )
        self._options.append(option)
        return self

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The onboarding prompt object, with its options' objects."""
        body: dict[str, typing.Any] = {
            "title": self._title,
            "options": [option.build() for option in self._options],
            "single_select": self._single_select,
            "required": self._required,
            "in_onboarding": self._in_onboarding,
        }
        if self._id is not _UNDEFINED:
            body["id"] = str(snowflakes.snowflake_of(self._id))
        return body
