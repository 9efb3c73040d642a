"""Polls on messages: the question, the answers, the expiry and the results Discord counts.

A message with a poll carries it as `Message.poll` (`None` when it has none). Reading it never
raises: a field of the wrong type reads as absent, and an answer that cannot be read is left out.

```python
poll = message.poll
if poll is not None and poll.results is not None:
    counts = {count.id: count.count for count in poll.results.answer_counts}
    for answer in poll.answers:
        print(answer.poll_media.text, counts.get(answer.answer_id, 0))
```

To send one, build it with `hikari_like.impl.PollBuilder` and pass it as `poll=`.
"""

from __future__ import annotations

__all__ = ["Poll", "PollAnswer", "PollAnswerCount", "PollLayoutType", "PollMedia", "PollResult"]

import typing

import attrs

from hikari_like import emojis
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like.internal.json import JSONObject


def _required_integer(payload: JSONObject, key: str) -> int:
    value = read.integer(payload.get(key))
    if value is None:
        raise TypeError(f"{key} is required and an integer")
    return value


class PollLayoutType(enums.TolerantIntEnum):
    """How a poll is laid out; Discord has one layout so far, and unknown values are kept."""

    DEFAULT = 1


@attrs.define(kw_only=True)
class PollMedia:
    """The text (and, for an answer, the emoji) of a poll's question or of one answer.

    >>> PollMedia(text="Tea").text
    'Tea'
    """

    text: str | None = None
    emoji: emojis.Emoji | None = None

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PollMedia:
        """Read a poll media object; every field is optional."""
        emoji = payload.get("emoji")
        return cls(
            text=read.text(payload.get("text")),
            emoji=emojis.deserialize_emoji(emoji) if isinstance(emoji, dict) else None,
        )


@attrs.define(kw_only=True)
class PollAnswer:
    """One answer of a poll; `answer_id` is what votes and `fetch_poll_voters` refer to.

    >>> PollAnswer(answer_id=1, poll_media=PollMedia(text="Tea")).answer_id
    1
    """

    answer_id: int
    poll_media: PollMedia

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PollAnswer:
        """Read a poll answer object; its `answer_id` is required (`TypeError` without it)."""
        media = PollMedia.from_payload(read.mapping(payload.get("poll_media")))
        return cls(answer_id=_required_integer(payload, "answer_id"), poll_media=media)


@attrs.define(kw_only=True)
class PollAnswerCount:
    """The votes one answer has; an answer nobody voted for may have no count at all.

    >>> PollAnswerCount(id=1, count=3, me_voted=False).count
    3
    """

    id: int
    """The answer's `answer_id`."""
    count: int
    me_voted: bool
    """Whether the current user voted for it (an application never does: apps cannot vote)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PollAnswerCount:
        """Read an answer count object; its `id` is required (`TypeError` without it)."""
        return cls(
            id=_required_integer(payload, "id"),
            count=read.natural(payload.get("count")) or 0,
            me_voted=payload.get("me_voted") is True,
        )


@attrs.define(kw_only=True)
class PollResult:
    """The counts so far; `is_finalized` once Discord has counted precisely after the poll ended.

    >>> PollResult(is_finalized=False, answer_counts=[]).is_finalized
    False
    """

    is_finalized: bool
    answer_counts: typing.Sequence[PollAnswerCount]

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PollResult:
        """Read a poll results object; counts that cannot be read are left out."""
        return cls(
            is_finalized=payload.get("is_finalized") is True,
            answer_counts=read.each(read.objects(payload.get("answer_counts")), PollAnswerCount.from_payload),
        )


@attrs.define(kw_only=True)
class Poll:
    """A poll as a message carries it.

    `results` is `None` when Discord did not send them, which means "unknown", not "no votes".

    >>> poll = Poll.from_payload({"question": {"text": "Tea?"}, "answers": [], "allow_multiselect": False})
    >>> (poll.question.text, poll.layout_type)
    ('Tea?', <PollLayoutType.DEFAULT: 1>)
    """

    question: PollMedia
    answers: typing.Sequence[PollAnswer]
    expiry: datetime.datetime | None
    """When the poll ends (every poll has one today; Discord keeps the field nullable)."""
    allow_multiselect: bool
    layout_type: PollLayoutType
    results: PollResult | None

    @classmethod
    def from_payload(cls, payload: JSONObject) -> Poll:
        """Read a poll object as Discord sends it; no field is required."""
        results = payload.get("results")
        return cls(
            question=PollMedia.from_payload(read.mapping(payload.get("question"))),
            answers=read.each(read.objects(payload.get("answers")), PollAnswer.from_payload),
            expiry=read.timestamp(payload.get("expiry")),
            allow_multiselect=payload.get("allow_multiselect") is True,
            layout_type=PollLayoutType(read.integer(payload.get("layout_type")) or PollLayoutType.DEFAULT),
            results=PollResult.from_payload(results) if isinstance(results, dict) else None,
        )
