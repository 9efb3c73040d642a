"""Every example bot starts against the emulated Discord, syncs its commands and answers over loopback."""

from __future__ import annotations

import contextlib
import importlib
import pathlib
import re
import typing

import attrs
import pytest

import hikari_like
from examples import ping_bot
from examples import plugins_bot
from examples import raw_listeners_bot
from examples import report_bot
from examples import tag_bot
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import serving_in_loop

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse

MANAGE_GUILD: typing.Final = str(int(hikari_like.Permissions.MANAGE_GUILD))
MANAGE_ROLES: typing.Final = str(int(hikari_like.Permissions.MANAGE_ROLES))
EXAMPLES: typing.Final = pathlib.Path(__file__).parent.parent / "examples"


@pytest.fixture(autouse=True)
def imports_as_in_a_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/ first on sys.path, as for `python examples/x.py`: examples load siblings by their
    top-level names."""
    monkeypatch.syspath_prepend(str(EXAMPLES))


@attrs.frozen
class Running:
    """An example bot serving on loopback, and the emulated Discord it talks to."""

    discord: EmulatedDiscord
    url: str

    async def send(self, payload: dict[str, typing.Any]) -> InteractionResponse:
        return await self.discord.send_interaction(self.url, payload)

    def original(self, payload: dict[str, typing.Any]) -> dict[str, typing.Any]:
        original = self.discord.interactions[payload["token"]].original
        assert original is not None, "Discord has no answer to show"
        return original

    def followups(self, payload: dict[str, typing.Any]) -> list[dict[str, typing.Any]]:
        return list(self.discord.interactions[payload["token"]].followups.values())

    def command_names(self) -> list[str]:
        return [command["name"] for command in self.discord.commands]


@contextlib.asynccontextmanager
async def running(
    build_bot: typing.Callable[..., hikari_like.RESTBot], discord: EmulatedDiscord
) -> typing.AsyncIterator[Running]:
    """`build_bot` started on loopback; on exit, what runs after its answers finishes first."""
    bot = build_bot(discord.token, rest_url=discord.url, banner=None, logs=None)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        yield Running(discord, bot.interaction_server.urls[0])
    finally:
        await bot.close()  # waits for the handlers' followups and edits


def answer(response: InteractionResponse) -> tuple[int, str | None, bool]:
    """The response type, the message text, and whether only the user sees it."""
    assert response.status == 200, response.body
    body = response.payload_json if response.content_type == "multipart/form-data" else response.json()
    data = body.get("data") or {}
    return body["type"], data.get("content"), bool(data.get("flags", 0) & 64)


def note(subcommand: str, options: dict[str, str] | None = None) -> dict[str, typing.Any]:
    """`/note <subcommand>`, always by the same user."""
    return payloads.slash_command("note", [payloads.subcommand(subcommand, options or {})], user_id=77)


async def test_ping_bot_syncs_its_command_and_answers(discord: EmulatedDiscord) -> None:
    async with running(ping_bot.build_bot, discord) as bot:
        response = await bot.send(payloads.slash_command("ping"))
        assert bot.command_names() == ["ping"]

    kind, content, _ = answer(response)
    assert kind == 4
    assert str(content).startswith("Pong! REST took ")


async def test_a_second_start_writes_no_commands(discord: EmulatedDiscord) -> None:
    async with running(ping_bot.build_bot, discord):
        pass
    discord.clear_requests()
    async with running(ping_bot.build_bot, discord):
        pass

    written = [request for request in discord.requests if request.method in ("PUT", "POST", "PATCH")]
    assert "commands" not in " ".join(request.path for request in written)


async def test_tag_bot_is_the_demo_bot(discord: EmulatedDiscord) -> None:
    show = payloads.slash_command("tag", [payloads.subcommand("show", [payloads.option("name", "faq")])])
    async with running(tag_bot.build_bot, discord) as bot:
        response = await bot.send(show)
        assert bot.command_names() == ["tag", "report", "Inspect"]

    embed = response.json()["data"]["embeds"][0]
    assert (embed["title"], embed["description"]) == ("faq", "Read the pinned messages first, then ask away.")


async def test_report_bot_defers_then_delivers_a_file_and_a_private_tip(discord: EmulatedDiscord) -> None:
    report = payloads.slash_command("report", user_id=42)
    async with running(report_bot.build_bot, discord) as bot:
        deferred = await bot.send(report)
        again = await bot.send(payloads.slash_command("report", user_id=42))
        someone_else = await bot.send(payloads.slash_command("report", user_id=43))

    assert answer(deferred)[0] == 5
    original = bot.original(report)
    assert original["content"] == "Here it is."
    assert [attachment["filename"] for attachment in original["attachments"]] == ["report.csv"]
    (tip,) = bot.followups(report)
    assert tip["content"].startswith("Only you can see this tip")
    assert tip["flags"] & 64
    # once per 30 s per user: the second is refused with the bot's own text, privately
    kind, refusal, ephemeral = answer(again)
    assert (kind, ephemeral) == (4, True)
    assert re.fullmatch(r"A report is on its way already; ask again in \d+ s\.", str(refusal))
    assert answer(someone_else)[0] == 5


async def test_report_bot_answers_errors_and_slow_work(discord: EmulatedDiscord) -> None:
    broken = payloads.slash_command("flaky", {"how": "broken"})
    slow = payloads.slash_command("flaky", {"how": "slow"})
    async with running(report_bot.build_bot, discord) as bot:
        failed = await bot.send(broken)
        late = await bot.send(slow)
        assert "flaky" in bot.command_names()

    assert answer(failed) == (4, "Sorry, that failed: the upstream service is down", True)
    assert answer(late)[0] == 5  # auto-defer answered in time
    assert bot.original(slow)["content"] == "Done (slow)."


async def test_report_bot_resets_stats_only_for_managers_in_servers(discord: EmulatedDiscord) -> None:
    async with running(report_bot.build_bot, discord) as bot:
        manager = await bot.send(payloads.slash_command("reset-stats", permissions=MANAGE_GUILD))
        member = await bot.send(payloads.slash_command("reset-stats", permissions="0"))
        in_dm = await bot.send(payloads.slash_command("reset-stats", guild=False))
        registered = {command["name"]: command for command in discord.commands}

    assert answer(manager) == (4, "This server's report statistics start again from zero.", True)
    assert answer(member) == (4, "You need these permissions: manage guild.", True)
    assert answer(in_dm) == (4, "This command can only be used in a server.", True)
    assert registered["reset-stats"]["default_member_permissions"] == MANAGE_GUILD


async def test_plugins_bot_loads_its_modules_and_reloads_them_for_the_owner(discord: EmulatedDiscord) -> None:
    owner = discord.application["owner"]["id"]
    reload = payloads.slash_command("reload", {"module": "plugins.notes"}, user_id=owner)
    async with running(plugins_bot.build_bot, discord) as bot:
        assert sorted(bot.command_names()) == ["note", "reload", "role-button"]
        added = await bot.send(note("add", {"text": "buy milk"}))
        listed = await bot.send(note("list"))
        refused = await bot.send(payloads.slash_command("reload", {"module": "plugins.notes"}))
        reloaded = await bot.send(reload)
        after_reload = await bot.send(note("list"))

    assert answer(added) == (4, "Noted, as note 1.", True)
    assert answer(listed) == (4, "1. buy milk", True)
    assert answer(refused) == (4, "Only the owner of this app can use this command.", True)
    assert answer(reloaded) == (5, None, True)
    assert bot.original(reload)["content"] == "Reloaded plugins.notes; commands unchanged."
    assert answer(after_reload) == (4, "No notes yet: /note add keeps one.", True)  # the module's new code


async def test_plugins_bot_role_buttons_give_and_take_a_role(discord: EmulatedDiscord) -> None:
    role = discord.add_role("artists")
    kat = discord.add_member("kat")["user"]["id"]
    guild, channel = discord.guild_id, discord.channel_id
    option = [payloads.option("role", role["id"], type=8)]
    post = payloads.slash_command(
        "role-button",
        option,
        resolved={"roles": {role["id"]: role}},  # the guild's role, as Discord resolves it
        permissions=MANAGE_ROLES,
        guild_id=guild,
        channel_id=channel,
    )
    async with running(plugins_bot.build_bot, discord) as bot:
        posted = await bot.send(post)
        custom_id = posted.json()["data"]["components"][0]["components"][0]["custom_id"]
        given = await bot.send(
            payloads.button_press(custom_id, user_id=kat, guild_id=guild, channel_id=channel)
        )
        roles_given = list(discord.world.guild(guild).members[kat]["roles"])
        taken = await bot.send(
            payloads.button_press(
                custom_id, user_id=kat, roles=[role["id"]], guild_id=guild, channel_id=channel
            )
        )
        not_allowed = await bot.send(payloads.slash_command("role-button", option, permissions="0"))
        bot_cannot = await bot.send(payloads.button_press(custom_id, app_permissions="0"))
        in_dm = await bot.send(payloads.slash_command("role-button", option, guild=False))
        admins = discord.add_role("admins", permissions=int(hikari_like.Permissions.ADMINISTRATOR))
        powerful = await bot.send(
            payloads.slash_command(
                "role-button",
                [payloads.option("role", admins["id"], type=8)],
                resolved={"roles": {admins["id"]: admins}},
                permissions=MANAGE_ROLES,
            )
        )

    assert custom_id == f"role:{role['id']}"
    assert answer(given) == (4, f"You now have <@&{role['id']}>.", True)
    assert roles_given == [role["id"]]
    assert answer(taken) == (4, f"You no longer have <@&{role['id']}>.", True)
    assert discord.world.guild(guild).members[kat]["roles"] == []
    assert answer(not_allowed) == (4, "You need these permissions: manage roles.", True)
    assert answer(bot_cannot) == (4, "I need these permissions here: manage roles.", True)
    assert answer(in_dm) == (4, "This command can only be used in a server.", True)
    assert answer(powerful) == (
        4,
        f"<@&{admins['id']}> grants permissions; pick a role that grants none.",
        True,
    )


async def test_the_raw_listeners_bot_registers_at_start_and_answers_itself(discord: EmulatedDiscord) -> None:
    async with running(raw_listeners_bot.build_bot, discord) as bot:
        ping = await bot.send(payloads.slash_command("ping"))
        other = await bot.send(payloads.slash_command("other"))
        assert bot.command_names() == ["ping"]

    assert str(answer(ping)[1]).startswith("Pong!")
    assert answer(other) == (4, "I only know /ping.", False)


async def test_the_asgi_example_serves_ping_under_uvicorn(
    discord: EmulatedDiscord, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", discord.token)  # the module builds its `bot` when imported
    monkeypatch.setenv("DISCORD_REST_URL", discord.url)
    module = importlib.import_module("examples.asgi_bot")
    bot = module.build_bot(discord.token, rest_url=discord.url, banner=None, logs=None)
    assert isinstance(module.bot, hikari_like.AsgiBot)

    async with serving_in_loop("uvicorn", bot) as url:
        response = await discord.send_interaction(url, payloads.slash_command("ping"))
        assert [command["name"] for command in discord.commands] == ["ping"]

    assert str(answer(response)[1]).startswith("Pong! REST took ")
