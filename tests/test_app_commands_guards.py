"""Issue #20: checks, cooldowns and late answers on the command layer, end to end.

A RESTBot with a command client serves on loopback; the emulated Discord signs and delivers each
interaction. A refused invocation is answered with an ephemeral message and never reaches the
handler; a slow handler under auto-defer is deferred for, then delivered.
"""

from __future__ import annotations

import asyncio
import typing

import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like import testing
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse

MANAGE_ROLES: typing.Final = str(int(hikari.Permissions.MANAGE_ROLES))


class Bot:
    """A started bot, its client, what its handlers ran, and the emulated Discord behind it."""

    def __init__(self, discord: EmulatedDiscord, **options: typing.Any) -> None:
        self.discord = discord
        self.rest_bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None, **options)
        self.client = app_commands.Client(self.rest_bot, sync_on_start=False)
        self.ran: list[str] = []

    async def send(self, payload: dict[str, typing.Any]) -> InteractionResponse:
        response = await self.discord.send_interaction(self.rest_bot.interaction_server.urls[0], payload)
        await self.rest_bot.interaction_server.close_continuations(5)
        return response


@pytest.fixture
async def bot(discord: EmulatedDiscord) -> typing.AsyncIterator[Bot]:
    served = Bot(discord, auto_defer_after=0.2)
    declare(served)
    await served.rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        yield served
    finally:
        await served.rest_bot.close()


def declare(bot: Bot) -> None:
    client = bot.client

    @client.slash("roles", "Manage roles")
    @app_commands.guild_only
    @app_commands.has_permissions(hikari.Permissions.MANAGE_ROLES)
    async def roles(ctx: app_commands.SlashContext) -> None:
        bot.ran.append("roles")
        await ctx.respond("ok")

    @client.slash("roll", "Roll a die")
    @app_commands.cooldown(2, 60.0)
    async def roll(ctx: app_commands.SlashContext) -> None:
        bot.ran.append("roll")
        await ctx.respond("4")

    @client.slash("secret", "Owners only")
    @app_commands.owner_only
    async def secret(ctx: app_commands.SlashContext) -> None:
        bot.ran.append("secret")
        await ctx.respond("hi owner")

    @client.slash("slow", "Takes its time")
    async def slow(ctx: app_commands.SlashContext) -> None:
        await asyncio.sleep(0.5)  # past auto_defer_after
        await ctx.respond("late but here")
        await ctx.followup("and a followup")

    @client.slash("halfway", "Answers, then fails")
    async def halfway(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("answered")
        raise RuntimeError("after the answer")

    plugin = app_commands.Plugin(
        "staff", checks=[app_commands.check(lambda ctx: False, message="Staff only.")]
    )

    @plugin.slash("audit", "Staff tool")
    async def audit(ctx: app_commands.SlashContext) -> None:
        bot.ran.append("audit")

    client.add_plugin(plugin)


def refusal(response: InteractionResponse) -> str | None:
    body = response.json()
    if body["type"] != 4 or body["data"].get("flags") != 64:
        return None
    return typing.cast("str", body["data"]["content"])


async def test_a_failed_check_is_answered_privately_and_the_handler_never_runs(bot: Bot) -> None:
    in_dm = await bot.send(payloads.slash_command("roles", guild=False))
    assert refusal(in_dm) == app_commands.GuildOnlyError().message
    no_permission = await bot.send(payloads.slash_command("roles", permissions="0"))
    assert refusal(no_permission) == "You need these permissions: manage roles."
    allowed = await bot.send(payloads.slash_command("roles", permissions=MANAGE_ROLES))
    assert allowed.json()["data"]["content"] == "ok"
    assert bot.ran == ["roles"]


async def test_a_cooldown_refuses_the_third_use_with_the_time_to_wait(bot: Bot) -> None:
    user = {"user_id": 42}
    answers = [await bot.send(payloads.slash_command("roll", **user)) for _ in range(3)]  # type: ignore[arg-type]
    assert [a.json()["data"]["content"] for a in answers[:2]] == ["4", "4"]
    assert (refusal(answers[2]) or "").startswith("Slow down: try again in")
    other_user = await bot.send(payloads.slash_command("roll", user_id=43))
    assert other_user.json()["data"]["content"] == "4"
    assert bot.ran == ["roll", "roll", "roll"]


async def test_owner_only_asks_discord_who_owns_the_application(bot: Bot, discord: EmulatedDiscord) -> None:
    stranger = await bot.send(payloads.slash_command("secret", user_id=12345))
    assert refusal(stranger) == app_commands.NotOwnerError().message
    owner_id = (await bot.rest_bot.rest.fetch_application()).owner
    assert owner_id is not None
    owner = await bot.send(payloads.slash_command("secret", user_id=owner_id.id))
    assert owner.json()["data"]["content"] == "hi owner"


async def test_a_plugin_check_guards_its_commands(bot: Bot) -> None:
    assert refusal(await bot.send(payloads.slash_command("audit"))) == "Staff only."
    assert bot.ran == []


async def test_a_slow_handler_is_deferred_for_then_its_answer_delivered(
    bot: Bot, discord: EmulatedDiscord
) -> None:
    payload = payloads.slash_command("slow")
    response = await bot.send(payload)
    assert response.json()["type"] == 5
    issued = discord.interactions[payload["token"]]
    assert issued.original is not None
    assert issued.original["content"] == "late but here"
    assert [m["content"] for m in issued.followups.values()] == ["and a followup"]


async def test_an_answer_given_before_an_error_still_goes_out(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    response = await bot.send(payloads.slash_command("halfway"))
    assert response.json()["data"]["content"] == "answered"
    assert "after the answer" in caplog.text


async def test_set_failure_messages_chooses_the_text(bot: Bot) -> None:
    def messages(ctx: app_commands.Context[typing.Any], error: app_commands.CommandRefused) -> str | None:
        return None if isinstance(error, app_commands.GuildOnlyError) else f"nope: {type(error).__name__}"

    bot.client.set_failure_messages(messages)
    assert (
        refusal(await bot.send(payloads.slash_command("roles", permissions="0")))
        == "nope: MissingPermissionsError"
    )
    silent = await bot.send(payloads.slash_command("roles", guild=False))
    assert silent.status == 204


async def test_a_refusal_raised_after_the_answer_follows_it(discord: EmulatedDiscord) -> None:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=False)

    @client.slash("late", "Refuses after answering")
    async def late(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("answered")
        raise app_commands.CheckFailedError("no more")

    @client.slash("later", "Refuses after awaiting")
    async def later(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("answered")
        await asyncio.sleep(0)
        raise app_commands.CheckFailedError("no more")

    async with testing.CommandSession(client, discord) as user:
        for name in ("late", "later"):
            reply = await user.invoke(name)
            assert reply.content == "answered"
            assert [(m.content, m.is_ephemeral) for m in reply.followups] == [("no more", True)]
