"""Polls in interaction answers, and components v2 on deferred answers.

Discord's docs: the interaction callback's message data takes `poll` (receiving-and-responding,
"Messages"); Edit Webhook Message takes `poll` only "when editing a deferred interaction
response" (webhook resource); a DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE callback takes only the
EPHEMERAL flag, and a components-v2 answer after it is made by the edit of the original
response, which takes `IS_COMPONENTS_V2` (1 << 15) in its `flags`.
"""

from __future__ import annotations

import logging
import typing

import attrs
import pytest

import hikari_like
from hikari_like import errors
from hikari_like import impl
from hikari_like.impl.builders import responses
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

MESSAGE_CREATE = hikari_like.ResponseType.MESSAGE_CREATE
DEFERRED_CREATE = hikari_like.ResponseType.DEFERRED_MESSAGE_CREATE
V2 = hikari_like.MessageFlag.IS_COMPONENTS_V2
EPHEMERAL = hikari_like.MessageFlag.EPHEMERAL
EDIT_ORIGINAL = "PATCH /webhooks/{webhook}/{token}/messages/@original"
FOLLOWUP = "POST /webhooks/{webhook}/{token}"

_Listener = typing.Callable[[hikari_like.CommandInteraction], typing.AsyncGenerator[typing.Any, None]]


def lunch_poll() -> impl.PollBuilder:
    return impl.PollBuilder(question_text="Lunch?", allow_multiselect=False).add_answer(text="Pizza")


async def rule_refusing(call: typing.Awaitable[typing.Any]) -> str | None:
    """The rule a `DiscordRuleError` from `call` names; `None` when `call` went through."""
    try:
        await call
    except errors.DiscordRuleError as error:
        return error.rule
    return None


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


async def run_command(bot: hikari_like.RESTBot, discord: EmulatedDiscord, listener: _Listener) -> str:
    """Deliver a slash command to `listener`, wait for its code after `yield`; the token."""
    bot.set_listener(hikari_like.CommandInteraction, listener)
    payload = payloads.slash_command("lunch")
    await discord.send_interaction(url_of(bot), payload)
    await bot.interaction_server.close_continuations(grace_period=5)
    token: str = payload["token"]
    return token


def test_set_poll_puts_the_poll_in_the_answer() -> None:
    poll = lunch_poll()
    builder = impl.InteractionMessageBuilder(MESSAGE_CREATE, "vote!")

    before = builder.poll
    assert builder.set_poll(poll) is builder
    assert (before, builder.poll) == (hikari_like.UNDEFINED, poll)
    body, uploads = builder.build()

    assert body == {
        "type": 4,
        "data": {"content": "vote!", "poll": poll.build(), "allowed_mentions": {"parse": []}},
    }
    assert uploads == []
    assert (
        impl.InteractionMessageBuilder(MESSAGE_CREATE, poll=poll).build()[0]["data"]["poll"] == poll.build()
    )
    assert "poll" not in builder.set_poll(hikari_like.UNDEFINED).build()[0]["data"]


def test_a_poll_with_components_v2_is_refused_at_build_time() -> None:
    builder = impl.InteractionMessageBuilder(MESSAGE_CREATE).set_poll(lunch_poll())
    builder.add_component(impl.TextDisplayComponentBuilder(content="hi"))

    with pytest.raises(errors.DiscordRuleError) as raised:
        builder.build()

    assert raised.value.rule == "components_v2.poll"


@pytest.mark.parametrize("flags", [V2, V2 | EPHEMERAL, int(V2)])
def test_the_text_only_path_refuses_content_with_the_v2_flag(flags: int) -> None:
    builder = impl.InteractionMessageBuilder(MESSAGE_CREATE, "text", flags=flags)

    with pytest.raises(errors.DiscordRuleError) as raised:
        builder.build()

    assert raised.value.rule == "components_v2.content"
    # The general path agrees (an attachment takes it there).
    with pytest.raises(errors.DiscordRuleError):
        builder.add_attachment(hikari_like.Bytes(b"x", "x.txt")).build()


async def test_a_returned_answer_carries_its_poll(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().set_content("vote!").set_poll(lunch_poll())

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("lunch")

    response = await discord.send_interaction(url_of(bot), payload)

    assert response.json()["data"]["poll"] == lunch_poll().build()


async def test_create_initial_response_takes_a_poll(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        await interaction.create_initial_response(MESSAGE_CREATE, "vote!", poll=lunch_poll())

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("lunch")

    await discord.send_interaction(url_of(bot), payload)

    recorded = discord.interaction_responses[payload["token"]]
    assert recorded.data is not None
    assert recorded.data["poll"] == lunch_poll().build()


async def test_the_edit_completing_a_deferral_takes_a_poll(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_deferred_response()
        await interaction.edit_initial_response("vote!", poll=lunch_poll())

    await run_command(bot, discord, on_command)

    (edit,) = discord.requests_to(EDIT_ORIGINAL)
    assert edit.status == 200
    assert edit.json["poll"] == lunch_poll().build()


async def test_a_poll_on_any_other_edit_is_refused_before_sending(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    refused: list[str | None] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_deferred_response()
        await interaction.edit_initial_response("done")  # completes the deferral
        refused.append(await rule_refusing(interaction.edit_initial_response("vote!", poll=lunch_poll())))

    await run_command(bot, discord, on_command)

    assert refused == ["poll.edit"]
    assert len(discord.requests_to(EDIT_ORIGINAL)) == 1


async def test_a_followup_takes_a_poll(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_response().set_content("here it comes")
        await interaction.execute("vote!", poll=lunch_poll())

    await run_command(bot, discord, on_command)

    (followup,) = discord.requests_to(FOLLOWUP)
    assert followup.status == 200
    assert followup.json["poll"] == lunch_poll().build()


def test_a_deferral_leaves_the_v2_flag_out_and_remembers_it(caplog: pytest.LogCaptureFixture) -> None:
    responses._warn_v2_deferral.cache_clear()
    first = impl.InteractionDeferredBuilder(DEFERRED_CREATE, flags=V2 | EPHEMERAL)
    second = impl.InteractionDeferredBuilder(DEFERRED_CREATE).set_flags(V2)
    with caplog.at_level(logging.WARNING, logger="hikari_like.builders"):
        assert first.build() == ({"type": 5, "data": {"flags": 64}}, ())
        assert second.build() == ({"type": 5}, ())

    assert first.flags == V2 | EPHEMERAL  # kept as given: `attrs.evolve` and readers see it
    assert attrs.evolve(first).is_components_v2
    assert first.is_components_v2
    assert second.is_components_v2
    assert not second.set_flags(EPHEMERAL).is_components_v2
    assert len([record for record in caplog.records if "IS_COMPONENTS_V2" in record.message]) == 1


async def test_the_edit_after_a_v2_deferral_carries_the_flag(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_deferred_response().set_flags(V2)
        await interaction.edit_initial_response(
            components=[impl.TextDisplayComponentBuilder(content="v2 answer")]
        )

    token = await run_command(bot, discord, on_command)

    assert discord.interaction_responses[token].data is None  # the deferral carried no flags
    (edit,) = discord.requests_to(EDIT_ORIGINAL)
    assert edit.json["flags"] == int(V2)


async def test_content_on_the_edit_after_a_v2_deferral_is_refused(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    refused: list[str | None] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        await interaction.create_initial_response(DEFERRED_CREATE, flags=V2 | EPHEMERAL)
        yield None
        refused.append(await rule_refusing(interaction.edit_initial_response("plain text")))

    token = await run_command(bot, discord, on_command)

    assert discord.interaction_responses[token].data == {"flags": 64}
    assert refused == ["components_v2.content"]
    assert discord.requests_to(EDIT_ORIGINAL) == []
