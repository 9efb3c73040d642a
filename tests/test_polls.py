"""Polls: the builder's limits, the model's total parsing, and the poll endpoints against the
emulated Discord (create, vote, voters, end; polls on followups and on the edit after a deferral)."""

from __future__ import annotations

import typing

import pytest

from hikari_like import emojis
from hikari_like import errors
from hikari_like import messages
from hikari_like import polls
from hikari_like.impl import PollAnswerBuilder
from hikari_like.impl import PollBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import APP

CREATE = "POST /channels/{channel}/messages"


def tea_poll(**options: typing.Any) -> PollBuilder:
    poll = PollBuilder(question_text="Tea or coffee?", allow_multiselect=False, **options)
    return poll.add_answer(text="Tea", emoji=emojis.UnicodeEmoji("🍵")).add_answer(text="Coffee")


# -- the builder -------------------------------------------------------------------------------------


def test_the_builder_builds_discords_poll_create_request_object() -> None:
    poll = tea_poll(duration=48, layout_type=polls.PollLayoutType.DEFAULT)
    poll.add_answer(text="Water", emoji=emojis.CustomEmoji(id=123, name="glass", is_animated=False))

    assert poll.build() == {
        "question": {"text": "Tea or coffee?"},
        "answers": [
            {"poll_media": {"text": "Tea", "emoji": {"name": "🍵"}}},
            {"poll_media": {"text": "Coffee"}},
            {"poll_media": {"text": "Water", "emoji": {"id": "123"}}},
        ],
        "allow_multiselect": False,
        "duration": 48,
        "layout_type": 1,
    }
    assert (poll.question_text, poll.duration, poll.allow_multiselect) == ("Tea or coffee?", 48, False)
    assert [answer.text for answer in poll.answers] == ["Tea", "Coffee", "Water"]


def test_an_answer_builds_alone_as_hikari_shapes_it() -> None:
    assert PollAnswerBuilder(text="Tea").build() == {"poll_media": {"text": "Tea"}}


@pytest.mark.parametrize(
    ("poll", "rule"),
    [
        (PollBuilder(question_text="q" * 301, allow_multiselect=False).add_answer(text="a"), "poll.question"),
        (PollBuilder(question_text="", allow_multiselect=False).add_answer(text="a"), "poll.question"),
        (
            PollBuilder(question_text="q", allow_multiselect=False).add_answer(text="a" * 56),
            "poll.answer_text",
        ),
        (
            PollBuilder(question_text="q", allow_multiselect=False).add_answer(
                emoji=emojis.UnicodeEmoji("🍵")
            ),
            "poll.answer_text",
        ),
        (PollBuilder(question_text="q", allow_multiselect=False), "poll.answer_count"),
        (
            PollBuilder(question_text="q", allow_multiselect=False, duration=0).add_answer(text="a"),
            "poll.duration",
        ),
        (
            PollBuilder(question_text="q", allow_multiselect=False, duration=769).add_answer(text="a"),
            "poll.duration",
        ),
        (
            PollBuilder(
                question_text="q", allow_multiselect=False, layout_type=polls.PollLayoutType(2)
            ).add_answer(text="a"),
            "poll.layout_type",
        ),
    ],
)
def test_the_builder_refuses_what_discord_refuses(poll: PollBuilder, rule: str) -> None:
    with pytest.raises(errors.DiscordRuleError) as caught:
        poll.build()

    assert caught.value.rule == rule


def test_an_eleventh_answer_is_refused_when_added() -> None:
    poll = PollBuilder(question_text="q", allow_multiselect=True)
    for number in range(10):
        poll.add_answer(text=str(number))

    with pytest.raises(errors.DiscordRuleError, match="at most 10"):
        poll.add_answer(text="one too many")


def test_the_longest_texts_and_durations_discord_takes_pass() -> None:
    poll = PollBuilder(question_text="q" * 300, allow_multiselect=False, duration=768).add_answer(
        text="a" * 55
    )

    assert poll.build()["duration"] == 768


# -- the model ------------------------------------------------------------------------------------


def message_with(poll: object) -> dict[str, typing.Any]:
    return {
        "id": "10",
        "channel_id": "20",
        "author": {"id": "30", "username": "kat"},
        "timestamp": "2026-02-12T10:00:00.000000+00:00",
        "poll": poll,
    }


def test_a_message_poll_is_read_with_its_results() -> None:
    poll = {
        "question": {"text": "Tea?"},
        "answers": [
            {"answer_id": 1, "poll_media": {"text": "Yes", "emoji": {"name": "🍵"}}},
            {"answer_id": 2, "poll_media": {"text": "No", "emoji": {"id": "5", "name": "no"}}},
        ],
        "expiry": "2026-02-13T10:00:00.000000+00:00",
        "allow_multiselect": True,
        "layout_type": 1,
        "results": {"is_finalized": True, "answer_counts": [{"id": 1, "count": 3, "me_voted": False}]},
    }

    read = messages.Message.from_payload(message_with(poll), app=APP).poll

    assert read is not None
    assert read.question.text == "Tea?"
    assert [(a.answer_id, a.poll_media.text) for a in read.answers] == [(1, "Yes"), (2, "No")]
    assert read.answers[0].poll_media.emoji == emojis.UnicodeEmoji("🍵")
    assert isinstance(read.answers[1].poll_media.emoji, emojis.CustomEmoji)
    assert read.expiry is not None
    assert read.expiry.day == 13
    assert read.allow_multiselect
    assert read.layout_type is polls.PollLayoutType.DEFAULT
    assert read.results == polls.PollResult(
        is_finalized=True, answer_counts=[polls.PollAnswerCount(id=1, count=3, me_voted=False)]
    )


def test_no_poll_is_none_and_missing_results_are_unknown() -> None:
    assert messages.Message.from_payload(message_with(None), app=APP).poll is None
    poll = messages.Message.from_payload(
        message_with({"question": {"text": "q"}, "answers": []}), app=APP
    ).poll
    assert poll is not None
    assert poll.results is None


@pytest.mark.parametrize(
    "hostile",
    [
        "a poll",
        {"question": 5, "answers": "x", "expiry": 3, "allow_multiselect": "yes", "layout_type": "1"},
        {"answers": [5, {"answer_id": "1"}, {"poll_media": []}, {"answer_id": 2, "poll_media": "x"}]},
        {"results": {"is_finalized": 1, "answer_counts": [{"id": None}, 3, {"id": 1, "count": -4}]}},
        {"layout_type": 99, "expiry": "not a time", "question": {"text": 7, "emoji": "🍵"}},
    ],
)
def test_a_malformed_poll_never_raises(hostile: object) -> None:
    message = messages.Message.from_payload(message_with(hostile), app=APP)

    if message.poll is not None:
        assert all(isinstance(answer.answer_id, int) for answer in message.poll.answers)
        assert isinstance(message.poll.layout_type, polls.PollLayoutType)
        if message.poll.results is not None:
            assert all(count.count >= 0 for count in message.poll.results.answer_counts)


# -- the endpoints, against the emulated Discord -------------------------------------------------------


async def test_create_message_sends_the_poll_and_discord_answers_with_expiry_and_results(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, poll=tea_poll(duration=2))

    assert discord.requests_to(CREATE)[0].json["poll"] == tea_poll(duration=2).build()
    assert message.poll is not None
    assert [answer.answer_id for answer in message.poll.answers] == [1, 2]
    assert message.poll.expiry is not None
    assert (message.poll.expiry - message.timestamp).total_seconds() == pytest.approx(7200, abs=5)
    assert message.poll.results == polls.PollResult(is_finalized=False, answer_counts=[])


async def test_votes_are_counted_and_voters_listed_by_id(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, poll=tea_poll())
    for user_id in (300, 100, 200):
        discord.add_user(f"user-{user_id}", user_id=user_id)
        discord.cast_poll_vote(discord.channel_id, message.id, user_id, 1)
    discord.cast_poll_vote(discord.channel_id, message.id, 300, 2)  # a changed vote

    first = await rest.fetch_poll_voters(discord.channel_id, message, 1, limit=1)
    rest_of_them = await rest.fetch_poll_voters(discord.channel_id, message, 1, after=first[0])
    fetched = await rest.fetch_message(discord.channel_id, message)

    assert [user.id for user in first] == [100]
    assert [user.id for user in rest_of_them] == [200]
    assert fetched.poll is not None
    assert fetched.poll.results is not None
    assert [(c.id, c.count) for c in fetched.poll.results.answer_counts] == [(1, 2), (2, 1)]


async def test_end_poll_finalises_the_results(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = await rest.create_message(discord.channel_id, poll=tea_poll())
    discord.add_user("kat", user_id=42)
    discord.cast_poll_vote(discord.channel_id, message.id, 42, 2)

    ended = await rest.end_poll(discord.channel_id, message)

    assert ended.poll is not None
    assert ended.poll.results is not None
    assert ended.poll.results.is_finalized
    assert [(c.id, c.count) for c in ended.poll.results.answer_counts] == [(2, 1)]
    with pytest.raises(errors.BadRequestError) as again:
        await rest.end_poll(discord.channel_id, message)
    assert again.value.code == 520001  # Poll expired
    with pytest.raises(ValueError, match="Poll expired"):
        discord.cast_poll_vote(discord.channel_id, message.id, 42, 1)


async def test_end_poll_on_a_message_without_one_is_discords_520006(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, "no poll here")

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.end_poll(discord.channel_id, message)

    assert caught.value.code == 520006


async def test_end_poll_refuses_another_authors_poll(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seeded = discord.seed_message(discord.channel_id, "their poll")
    seeded["poll"] = {"question": {"text": "q"}, "answers": [], "expiry": None, "allow_multiselect": False}

    with pytest.raises(errors.ForbiddenError) as caught:
        await rest.end_poll(discord.channel_id, seeded["id"])

    assert caught.value.code == 50005


async def test_the_builders_check_and_the_emulators_agree(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    too_long = PollBuilder(question_text="q" * 301, allow_multiselect=False).add_answer(text="a")
    with pytest.raises(errors.DiscordRuleError):
        await rest.create_message(discord.channel_id, poll=too_long)
    assert discord.requests_to(CREATE) == []  # refused before anything was sent

    raw = {"poll": {"question": {"text": "q" * 301}, "answers": [{"poll_media": {"text": "a"}}]}}
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("POST", f"/channels/{discord.channel_id}/messages", json=raw)
    assert caught.value.code == 50035
    assert "question" in str(caught.value.errors)


async def test_a_followup_carries_a_poll(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    interaction = discord.issue_interaction()
    await rest.create_interaction_response(interaction.id, interaction.token, 4, "asking")

    followup = await rest.execute_webhook(interaction.application_id, interaction.token, poll=tea_poll())

    assert followup.poll is not None
    assert discord.followups[interaction.token][0]["poll"]["answers"][0]["answer_id"] == 1


async def test_a_poll_is_added_on_the_edit_after_a_deferral_and_nowhere_else(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    deferred = discord.issue_interaction()
    await rest.create_interaction_response(deferred.id, deferred.token, 5)

    edited = await rest.edit_webhook_message(
        deferred.application_id, deferred.token, "@original", poll=tea_poll()
    )

    assert edited.poll is not None
    assert [a.poll_media.text for a in edited.poll.answers] == ["Tea", "Coffee"]
    with pytest.raises(errors.BadRequestError) as twice:
        await rest.edit_webhook_message(deferred.application_id, deferred.token, "@original", poll=tea_poll())
    assert twice.value.code == 520003  # Cannot edit a poll message

    answered = discord.issue_interaction()
    await rest.create_interaction_response(answered.id, answered.token, 4, "already answered")
    with pytest.raises(errors.BadRequestError) as late:
        await rest.edit_webhook_message(answered.application_id, answered.token, "@original", poll=tea_poll())
    assert late.value.code == 50035
