"""The poll a message is sent with: `PollBuilder` and its `PollAnswerBuilder`s (hikari's names).

`build()` gives Discord's poll create request object and refuses, with `errors.DiscordRuleError`,
what Discord would answer with a 400: a question over 300 characters, an answer over 55, an
answer without text, no answers or more than 10, a duration outside 1 to 768 hours (32 days),
a layout type other than DEFAULT.

```python
poll = PollBuilder(question_text="Tea or coffee?", allow_multiselect=False, duration=24)
poll.add_answer(text="Tea", emoji=UnicodeEmoji("🍵")).add_answer(text="Coffee")
await rest.create_message(channel_id, poll=poll)
```
"""

from __future__ import annotations

__all__ = [
    "MAX_ANSWERS",
    "MAX_ANSWER_LENGTH",
    "MAX_DURATION_HOURS",
    "MAX_QUESTION_LENGTH",
    "PollAnswerBuilder",
    "PollBuilder",
]

import typing

import attrs

from hikari_like import emojis
from hikari_like import errors
from hikari_like import polls
from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED

MAX_QUESTION_LENGTH: typing.Final = 300
MAX_ANSWER_LENGTH: typing.Final = 55
MAX_ANSWERS: typing.Final = 10
MAX_DURATION_HOURS: typing.Final = 32 * 24
"""Discord: "up to 32 days"; the duration is in hours."""


def _check_text(rule: str, what: str, text: str | undefined.UndefinedType, maximum: int) -> str:
    if not isinstance(text, str) or not text:
        raise errors.DiscordRuleError(rule, f"{what} needs a text of 1 to {maximum} characters")
    if len(text) > maximum:
        raise errors.DiscordRuleError(rule, f"{what} is {len(text)} characters long; at most {maximum}")
    return text


def _emoji_payload(emoji: emojis.Emoji) -> JSONObject:
    # Discord wants only the ID of a custom emoji, or only the name of a Unicode one.
    if isinstance(emoji, emojis.CustomEmoji):
        return {"id": str(emoji.id)}
    return {"name": str(emoji.name)}


@attrs.define(kw_only=True)
class PollAnswerBuilder:
    """One answer of a poll: its text (required by Discord, up to 55 characters) and an emoji.

    >>> PollAnswerBuilder(text="Tea").build()
    {'poll_media': {'text': 'Tea'}}
    """

    _text: str | undefined.UndefinedType = attrs.field(alias="text", default=_UNDEFINED)
    _emoji: emojis.Emoji | undefined.UndefinedType = attrs.field(alias="emoji", default=_UNDEFINED)

    @property
    def text(self) -> str | undefined.UndefinedType:
        """The answer's text."""
        return self._text

    @property
    def emoji(self) -> emojis.Emoji | undefined.UndefinedType:
        """The answer's emoji."""
        return self._emoji

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The poll answer object (`{"poll_media": {...}}`); `DiscordRuleError` for a bad text."""
        media: JSONObject = {
            "text": _check_text("poll.answer_text", "a poll answer", self._text, MAX_ANSWER_LENGTH)
        }
        if self._emoji is not _UNDEFINED:
            media["emoji"] = _emoji_payload(self._emoji)
        return {"poll_media": media}


@attrs.define(kw_only=True)
class PollBuilder:
    """A poll to send with a message (`create_message`, `execute_webhook`, interaction answers).

    `duration` is in hours (Discord's default: 24); `allow_multiselect` is required, as in hikari.

    >>> poll = PollBuilder(question_text="Lunch?", allow_multiselect=True).add_answer(text="Pizza")
    >>> poll.build()["question"]
    {'text': 'Lunch?'}
    """

    _question_text: str = attrs.field(alias="question_text")
    _answers: list[PollAnswerBuilder] = attrs.field(alias="answers", factory=list)
    _duration: int | undefined.UndefinedType = attrs.field(alias="duration", default=_UNDEFINED)
    _allow_multiselect: bool = attrs.field(alias="allow_multiselect")
    _layout_type: polls.PollLayoutType | undefined.UndefinedType = attrs.field(
        alias="layout_type", default=_UNDEFINED
    )

    @property
    def question_text(self) -> str:
        """The question (up to 300 characters)."""
        return self._question_text

    @property
    def answers(self) -> typing.Sequence[PollAnswerBuilder]:
        """The answers, in order (Discord numbers them from 1)."""
        return self._answers

    @property
    def duration(self) -> int | undefined.UndefinedType:
        """Hours the poll stays open (1 to 768)."""
        return self._duration

    @property
    def allow_multiselect(self) -> bool:
        """Whether a user may choose more than one answer."""
        return self._allow_multiselect

    @property
    def layout_type(self) -> polls.PollLayoutType | undefined.UndefinedType:
        """The layout; Discord has only `PollLayoutType.DEFAULT`."""
        return self._layout_type

    def add_answer(
        self,
        *,
        text: str | undefined.UndefinedType = _UNDEFINED,
        emoji: emojis.Emoji | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add an answer; an eleventh is refused here (`DiscordRuleError`, rule `poll.answer_count`)."""
        if len(self._answers) >= MAX_ANSWERS:
            raise errors.DiscordRuleError("poll.answer_count", f"a poll has at most {MAX_ANSWERS} answers")
        self._answers.append(PollAnswerBuilder(text=text, emoji=emoji))
        return self

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """Discord's poll create request object; `DiscordRuleError` for anything Discord refuses."""
        question = _check_text("poll.question", "a poll's question", self._question_text, MAX_QUESTION_LENGTH)
        payload: JSONObject = {
            "question": {"text": question},
            "answers": [answer.build() for answer in self._checked_answers()],
            "allow_multiselect": self._allow_multiselect,
        }
        if self._duration is not _UNDEFINED:
            payload["duration"] = self._checked_duration(self._duration)
        if self._layout_type is not _UNDEFINED:
            payload["layout_type"] = self._checked_layout(self._layout_type)
        return payload

    def _checked_answers(self) -> list[PollAnswerBuilder]:
        if not 1 <= len(self._answers) <= MAX_ANSWERS:
            msg = f"a poll needs 1 to {MAX_ANSWERS} answers, it has {len(self._answers)}"
            raise errors.DiscordRuleError("poll.answer_count", msg)
        return self._answers

    @staticmethod
    def _checked_duration(duration: object) -> int:
        # Typed `object`: a float or a bool (an int to Python) reaches here from untyped code.
        if (
            isinstance(duration, bool)
            or not isinstance(duration, int)
            or not 1 <= duration <= MAX_DURATION_HOURS
        ):
            msg = f"a poll's duration is 1 to {MAX_DURATION_HOURS} hours (32 days), got {duration!r}"
            raise errors.DiscordRuleError("poll.duration", msg)
        return duration

    @staticmethod
    def _checked_layout(layout_type: polls.PollLayoutType | int) -> int:
        if layout_type != polls.PollLayoutType.DEFAULT:
            msg = f"Discord has one poll layout, DEFAULT (1); got {int(layout_type)}"
            raise errors.DiscordRuleError("poll.layout_type", msg)
        return int(layout_type)
