# A hikari REST-bot program answering with polls and an Activity, written against hikari 2.7's public
# API. The test runs this exact source twice: with `import hikari` (the reference) and with
# `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

ANSWERS: list[typing.Any] = []


def lunch_poll() -> hikari.impl.PollBuilder:
    poll = hikari.impl.PollBuilder(question_text="Lunch?", allow_multiselect=False, duration=4)
    return poll.add_answer(text="Pizza").add_answer(text="Soup")


async def on_vote(interaction: hikari.CommandInteraction) -> typing.AsyncGenerator[typing.Any, None]:
    yield interaction.build_response().set_content("vote!").set_poll(lunch_poll())
    followup = await interaction.execute("and once more", poll=lunch_poll())
    ANSWERS.append(("followup poll", followup.poll.question.text if followup.poll else None))


async def on_ask(interaction: hikari.CommandInteraction) -> None:
    await interaction.create_initial_response(hikari.ResponseType.MESSAGE_CREATE, "asked", poll=lunch_poll())


async def on_play(interaction: hikari.CommandInteraction) -> None:
    response = await interaction.create_initial_response(hikari.ResponseType.LAUNCH_ACTIVITY)
    resource = response.resource
    assert resource is not hikari.UNDEFINED
    assert resource.activity_instance is not hikari.UNDEFINED
    ANSWERS.append(
        (
            "activity",
            int(resource.type),
            resource.activity_instance.id == response.interaction.activity_instance_id,
            resource.message is hikari.UNDEFINED,
        )
    )


async def route(interaction: hikari.CommandInteraction) -> typing.AsyncGenerator[typing.Any, None]:
    if interaction.command_name == "vote":
        async for step in on_vote(interaction):
            yield step
        return
    await (on_ask if interaction.command_name == "ask" else on_play)(interaction)
    yield None


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)
    bot.set_listener(hikari.CommandInteraction, route)
    return bot
