"""Issue #20: the same command client, unchanged, on RESTBot, on AsgiBot served by real uvicorn,
and on GatewayBot with interactions arriving over the emulated gateway (answered through the
callback endpoint instead of the HTTP response).

Every test runs on each transport and reads what the emulated Discord recorded: the initial
response, the original message and the followups, so one assertion holds for all three.
"""

from __future__ import annotations

import asyncio
import contextlib
import typing

import attrs
import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like.testing import payloads
from hikari_like.testing.gateway import EmulatedGateway
from tests.backends import serving_in_loop

if typing.TYPE_CHECKING:
    from hikari_like.impl.server.interaction_server import InteractionServer
    from hikari_like.testing.emulator import EmulatedDiscord
    from hikari_like.testing.emulator.state import IssuedInteraction

TRANSPORTS: typing.Final = ("rest", "asgi", "gateway")
"""Seconds a server may take to start before the test gives up (a bound, not a speed asserted)."""


def declare(client: app_commands.Client) -> None:
    @client.slash("ping", "Check the bot answers")
    async def ping(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("pong")

    @client.slash("greet", "Greet someone")
    async def greet(ctx: app_commands.SlashContext, who: hikari.User) -> None:
        await ctx.respond(f"hi {who.username}")
        await ctx.followup("and a followup", ephemeral=True)

    @client.slash("report", "A report that takes a while")
    async def report(
        ctx: app_commands.SlashContext,
        weeks: int = app_commands.option("How many weeks", min_value=1, default=1),
    ) -> None:
        await ctx.defer(ephemeral=True)
        await asyncio.sleep(0.01)  # the work the deferral makes room for
        await ctx.respond(f"the report for {weeks} week(s)")  # completes the deferral
        await ctx.respond("and the appendix")  # then a followup

    @client.slash("poll", "Ask a question")
    async def poll(
        ctx: app_commands.SlashContext,
    ) -> typing.AsyncIterator[hikari.impl.InteractionMessageBuilder]:
        yield ctx.interaction.build_response().set_content("Vote!")
        await ctx.followup("(voting is open)")

    @client.component("vote:{choice}")
    async def vote(ctx: app_commands.ComponentContext, choice: str) -> None:
        await ctx.update(f"you voted {choice}")

    @client.slash("suggest", "Suggest something")
    async def suggest(
        ctx: app_commands.SlashContext, topic: str = app_commands.option("Topic", autocomplete=True)
    ) -> None:
        await ctx.modal(
            "Your suggestion",
            suggestion.custom_id(topic=topic),
            hikari.impl.ModalActionRowBuilder().add_text_input("idea", "Idea"),
        )

    @suggest.autocomplete("topic")
    async def topics(ctx: app_commands.AutocompleteContext) -> list[str]:
        return [topic for topic in ("bots", "books", "games") if topic.startswith(ctx.value)]

    @client.modal("suggestion:{topic}")
    async def suggestion(ctx: app_commands.ModalContext, topic: str) -> None:
        await ctx.respond(f"{topic}: {ctx.value('idea')}", ephemeral=True)


@attrs.define
class Transport:
    """A started bot with the client on it, and how interactions reach it."""

    name: str
    discord: EmulatedDiscord
    server: InteractionServer
    url: str | None = None
    """Where the emulated Discord POSTs interactions; `None`: they go over the gateway."""
    gateway: EmulatedGateway | None = None

    async def deliver(self, payload: dict[str, typing.Any]) -> IssuedInteraction:
        """Deliver `payload` as Discord would; return it once answered and what follows has run."""
        if self.url is not None:
            await self.discord.send_interaction(self.url, payload)
        else:
            issued = await self._over_the_gateway(payload)
            assert self.gateway is not None
            await self.gateway.wait_until(lambda: issued.response is not None, within=10)
        await self.server.close_continuations(10)  # waits for the code after the answer
        return self.discord.interactions[payload["token"]]

    async def _over_the_gateway(self, payload: dict[str, typing.Any]) -> IssuedInteraction:
        assert self.gateway is not None
        payload = {**payload, "application_id": self.discord.application_id}
        issued = self.discord.issue_interaction(
            type=payload["type"],
            interaction_id=payload["id"],
            token=payload["token"],
            channel_id=payload.get("channel_id"),
            guild_id=payload.get("guild_id"),
            message_id=(payload.get("message") or {}).get("id"),
        )
        await self.gateway.dispatch("INTERACTION_CREATE", payload, shard_id=0)
        return issued


@contextlib.asynccontextmanager
async def started(name: str, discord: EmulatedDiscord) -> typing.AsyncIterator[Transport]:
    """The bot of transport `name`, with a client declared by `declare`, started and then closed."""
    options: dict[str, typing.Any] = {"rest_url": discord.url}
    if name == "rest":
        rest_bot = hikari.RESTBot(discord.token, banner=None, logs=None, **options)
        declare(app_commands.Client(rest_bot))
        await rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
        try:
            yield Transport(
                name, discord, rest_bot.interaction_server, url=rest_bot.interaction_server.urls[0]
            )
        finally:
            await rest_bot.close()
    elif name == "asgi":
        asgi_bot = hikari.AsgiBot(discord.token, shutdown_timeout=5, **options)  # its key: fetched at startup
        declare(app_commands.Client(asgi_bot))
        async with serving_in_loop("uvicorn", asgi_bot) as base:
            url = f"{base}/"
            yield Transport(name, discord, asgi_bot.interaction_server, url=url)
    else:
        async with EmulatedGateway(token=discord.token) as gateway:
            discord.gateway.attach(gateway, shards=1)
            gateway_bot = hikari.GatewayBot(discord.token, banner=None, logs=None, **options)
            declare(app_commands.Client(gateway_bot))
            await gateway_bot.start()
            try:
                yield Transport(name, discord, gateway_bot.interaction_server, gateway=gateway)
            finally:
                await gateway_bot.close()


@pytest.fixture(params=TRANSPORTS)
async def transport(
    request: pytest.FixtureRequest, discord: EmulatedDiscord
) -> typing.AsyncIterator[Transport]:
    async with started(request.param, discord) as ready:
        yield ready


def initial(issued: IssuedInteraction) -> tuple[int, typing.Any, int]:
    """The initial response's type, content and flags."""
    assert issued.response is not None, "the interaction was not answered"
    data = issued.response.data or {}
    return issued.response.type, data.get("content"), data.get("flags", 0)


def followups(issued: IssuedInteraction) -> list[tuple[str, int]]:
    return [(message["content"], message["flags"] & 64) for message in issued.followups.values()]


async def test_the_commands_are_synced_at_start(transport: Transport) -> None:
    registered = {command["name"]: command for command in transport.discord.commands}
    assert sorted(registered) == ["greet", "ping", "poll", "report", "suggest"]
    assert registered["report"]["options"][0]["min_value"] == 1


async def test_an_answer_then_a_followup(transport: Transport) -> None:
    issued = await transport.deliver(
        payloads.slash_command("greet", [payloads.option("who", 1234, type=hikari.OptionType.USER)])
    )
    kind, content, flags = initial(issued)
    assert (kind, flags) == (4, 0)
    assert content.startswith("hi ")
    assert issued.original is not None
    assert issued.original["content"] == content
    assert followups(issued) == [("and a followup", 64)]


async def test_a_deferral_completed_by_an_edit_then_a_followup(transport: Transport) -> None:
    issued = await transport.deliver(payloads.slash_command("report", {"weeks": 3}))
    assert initial(issued) == (5, None, 64)
    assert issued.original is not None
    assert issued.original["content"] == "the report for 3 week(s)"
    assert followups(issued) == [("and the appendix", 0)]


async def test_a_generator_handler_and_a_component_update(transport: Transport) -> None:
    issued = await transport.deliver(payloads.slash_command("poll"))
    assert initial(issued) == (4, "Vote!", 0)
    assert followups(issued) == [("(voting is open)", 0)]
    pressed = await transport.deliver(payloads.button_press("vote:yes"))
    assert initial(pressed) == (7, "you voted yes", 0)


async def test_autocomplete_a_modal_and_its_submission(transport: Transport) -> None:
    typing_ = await transport.deliver(payloads.autocomplete("suggest", focused="topic", value="bo"))
    assert typing_.response is not None
    assert typing_.response.type == 8
    assert typing_.response.data == {
        "choices": [{"name": "bots", "value": "bots"}, {"name": "books", "value": "books"}]
    }

    asked = await transport.deliver(payloads.slash_command("suggest", {"topic": "bots"}))
    assert asked.response is not None
    assert asked.response.type == 9
    assert asked.response.data is not None
    assert asked.response.data["custom_id"] == "suggestion:bots"
    submitted = await transport.deliver(payloads.modal_submit("suggestion:bots", {"idea": "a poll bot"}))
    assert initial(submitted) == (4, "bots: a poll bot", 64)


async def test_what_is_not_declared_is_refused_the_same_way(transport: Transport) -> None:
    unknown = await transport.deliver(payloads.slash_command("nope"))
    assert initial(unknown) == (4, app_commands.UnknownCommandError().message, 64)
    stale = await transport.deliver(payloads.button_press("poll:old"))
    assert initial(stale) == (4, app_commands.UnknownComponentError().message, 64)
