"""docs/commands.md: every Python example runs as written, in order, as the page's one bot.

The page's blocks are its program (`bot.py`), a plugin module (`suggestions.py`, written out and
imported by `load_module`) and a test file (`test_suggestions.py`, whose tests are awaited). The
program runs against the emulated Discord over loopback (`DISCORD_TOKEN` and `DISCORD_REST_URL`
point it there, as the page says); then real signed interactions check that each command, button
and form answers as the page says. Other tests run the page's command line on its program, its
`with_commands` on an AsgiBot and a GatewayBot, its `build_bot` as two workers on one real Redis,
and mypy over its blocks, which must report exactly the mistakes the page marks `# mypy:`.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import os
import pathlib
import re
import sys
import tempfile
import typing

import attrs
import pytest

import hikari_like as hikari
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.backends import serving_in_loop
from tests.redis_server import running_redis
from tests.test_gateway_bot import deliver

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.state import IssuedInteraction

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
PAGE: typing.Final = ROOT / "docs" / "commands.md"
TEXT: typing.Final = PAGE.read_text(encoding="utf-8")
FENCES: typing.Final = re.findall(r"```(\w*)\n(.*?)```", TEXT, flags=re.DOTALL)
BLOCKS: typing.Final = [body for language, body in FENCES if language == "python"]
EPHEMERAL: typing.Final = 64
MANAGE_GUILD: typing.Final = str(int(hikari.Permissions.MANAGE_GUILD))
ROLE_IDS: typing.Final = ("700000000000000001", "700000000000000002")
DECLARED: typing.Final = {
    *("ping", "order", "welcome", "tag", "Account age", "Quote", "stats", "roll", "export"),
    *("rules", "roles", "help", "feedback", "announce", "servers", "suggest"),
}
"""Every command the page's bot declares (`/remind` is refused; the typing block's stay undeclared)."""
Json = dict[str, typing.Any]


def file_name(block: str) -> str | None:
    """The file a block is, when its first line names one (`# suggestions.py`)."""
    found = re.fullmatch(r"# (\w+\.py)", block.split("\n", 1)[0])
    return None if found is None else found[1]


def program_blocks() -> list[str]:
    """The blocks that make `bot.py`, the page's program, in order."""
    return [block for block in BLOCKS if file_name(block) in (None, "bot.py")]


def console_commands() -> list[tuple[str, list[str]]]:
    """Each `$ command` of the page's console blocks, with the lines shown after it."""
    shown: list[tuple[str, list[str]]] = []
    for language, body in FENCES:
        for line in body.splitlines() if language == "console" else ():
            if line.startswith("$ "):
                shown.append((line[2:].split("  #")[0].strip(), []))
            else:
                shown[-1][1].append(line)
    return shown


def answer(response: Json) -> tuple[int, typing.Any, int]:
    """The callback type, content and flags of an HTTP answer."""
    data = response.get("data") or {}
    return response["type"], data.get("content"), data.get("flags", 0)


@attrs.define
class Page:
    """The page's blocks, run in order: the program in one namespace, its files written in `folder`."""

    discord: EmulatedDiscord
    folder: pathlib.Path
    namespace: Json = attrs.field(factory=lambda: {"__name__": "bot"})
    tests: list[typing.Callable[[], typing.Awaitable[None]]] = attrs.field(factory=list)

    def __getitem__(self, name: str) -> typing.Any:
        return self.namespace[name]

    @property
    def bot(self) -> hikari.RESTBot:
        bot: hikari.RESTBot = self.namespace["bot"]
        return bot

    async def run(self) -> None:
        for number, block in enumerate(BLOCKS):
            name = file_name(block)
            if name is not None and name.startswith("test_"):
                self.tests.extend(_tests_in(block, name))
            elif name not in (None, "bot.py"):
                (self.folder / name).write_text(block, encoding="utf-8")  # for load_module to import
            else:
                await self._run_block(block, number)
        await self.start()

    async def start(self) -> None:
        if not self.bot.is_alive:
            await self.bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)

    async def close(self) -> None:
        if "bot" in self.namespace and self.bot.is_alive:
            await self.bot.close()

    async def _run_block(self, block: str, number: int) -> None:
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        result = eval(compile(block, f"{PAGE.name} example {number}", "exec", flags=flags), self.namespace)
        if result is not None:  # a top-level await makes the block a coroutine: the bot must be up
            await self.start()
            await result

    async def send(self, payload: Json) -> Json:
        """Deliver `payload` as Discord does; the bot's HTTP answer, once its work after it is done."""
        response = await self.discord.send_interaction(self.bot.interaction_server.urls[0], payload)
        await self.bot.interaction_server.close_continuations(5)
        assert response.status == 200, (response.status, response.body)
        sent: Json = response.json()
        return sent

    def record(self, payload: Json) -> IssuedInteraction:
        """What Discord holds for `payload`'s interaction: its original response, followups."""
        return self.discord.interactions[payload["token"]]

    def original(self, payload: Json) -> Json:
        """The first answer to `payload` as Discord now holds it (after edits)."""
        original = self.record(payload).original
        assert original is not None
        return original

    def here(self, **origin: typing.Any) -> typing.Any:
        """Origin arguments for the emulator's guild and channel (as a member, by default)."""
        return {"guild_id": self.discord.guild_id, "channel_id": self.discord.channel_id, **origin}


def _tests_in(block: str, name: str) -> list[typing.Callable[[], typing.Awaitable[None]]]:
    module: Json = {"__name__": name.removesuffix(".py")}
    exec(compile(block, f"{PAGE.name} {name}", "exec"), module)
    return [test for key, test in module.items() if key.startswith("test_") and callable(test)]


@pytest.fixture
def folder(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> typing.Iterator[pathlib.Path]:
    """Where the page's files go, importable; the page's modules are forgotten afterwards."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for module in ("bot", "suggestions"):
        sys.modules.pop(module, None)


@pytest.fixture
async def page(
    discord: EmulatedDiscord, folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> typing.AsyncIterator[Page]:
    """The page, run: its bot serving on loopback, its REST API the emulated Discord."""
    monkeypatch.setenv("DISCORD_TOKEN", discord.token)
    monkeypatch.setenv("DISCORD_REST_URL", discord.url)
    ran = Page(discord, folder)
    try:
        await ran.run()
        yield ran
    finally:
        await ran.close()


def test_every_example_is_python_or_a_shell_transcript() -> None:
    # A fence the runner's pattern misses (```py, say) would be an example left unrun.
    assert TEXT.count("```") == 2 * len(FENCES)
    assert {language for language, _ in FENCES} == {"python", "console", "text"}
    assert [file_name(block) for block in BLOCKS if file_name(block)] == [
        "bot.py",
        "suggestions.py",
        "test_suggestions.py",
    ]


# -- what the page's bot answers ------------------------------------------------------------------


async def check_first_command_and_sync(page: Page) -> None:
    """/ping answers; the sync at start registered every declared command, once."""
    user = page.discord.add_user("kat")
    assert answer(await page.send(payloads.slash_command("ping", user=user))) == (4, "Pong, kat!", 0)
    assert {command["name"] for command in page.discord.commands} == DECLARED
    assert len(page.discord.requests_to("PUT /applications/{application}/commands")) == 1
    assert "has no Discord option type" in str(page["refusal"])
    assert str(page["refusal"]).startswith("remind, parameter 'at'")


async def check_options(page: Page) -> None:
    """Choices from the Literal and the enum, the option named `for`, the defaults, a resolved user."""
    (order,) = [command for command in page.discord.commands if command["name"] == "order"]
    assert [option["name"] for option in order["options"]] == ["drink", "size", "sugars", "note", "for"]
    assert order["options"][1]["choices"] == [
        {"name": "Small", "value": "small"},
        {"name": "Extra Large", "value": "extra large"},
    ]
    friend = page.discord.add_user("ana")
    options = [
        payloads.option("drink", "tea"),
        payloads.option("size", "extra large"),
        payloads.option("note", "oat milk"),
        payloads.option("for", friend["id"], type=6),
    ]
    full = await page.send(
        payloads.slash_command("order", options, resolved={"users": {friend["id"]: friend}})
    )
    assert answer(full)[1] == "One extra large tea with 0 sugar for ana (oat milk)."
    plain = await page.send(payloads.slash_command("order", {"drink": "coffee", "sugars": 2}))
    assert answer(plain)[1] == "One small coffee with 2 sugar for you."


async def check_resolved_objects(page: Page) -> None:
    member = page.discord.add_member("newcomer", nick="Newbie")
    options = [
        payloads.option("member", member["user"]["id"], type=6),
        payloads.option("channel", page.discord.channel_id, type=7),
    ]
    user_id = member["user"]["id"]
    resolved = {"users": {user_id: member["user"]}, "members": {user_id: {**member, "user": None}}}
    welcomed = await page.send(payloads.slash_command("welcome", options, resolved=resolved, **page.here()))
    assert answer(welcomed)[1] == f"Welcome, Newbie! Say hi in <#{page.discord.channel_id}>."


async def check_groups_and_autocomplete(page: Page) -> None:
    show = payloads.subcommand("show", [payloads.option("name", "faq")])
    assert (
        answer(await page.send(payloads.slash_command("tag", [show])))[1] == "Read the pinned messages first."
    )
    typing_ = payloads.subcommand("show", [payloads.option("name", "F", focused=True)])
    suggestions = await page.send(payloads.autocomplete("tag", [typing_]))
    assert suggestions == {"type": 8, "data": {"choices": [{"name": "faq", "value": "faq"}]}}
    delete = payloads.subcommand_group("admin", [payloads.subcommand("delete", {"name": "old"})])
    refused = await page.send(payloads.slash_command("tag", [delete], permissions="0"))
    assert answer(refused) == (4, "You need these permissions: manage messages.", EPHEMERAL)
    allowed = str(int(hikari.Permissions.MANAGE_MESSAGES))
    deleted = await page.send(payloads.slash_command("tag", [delete], permissions=allowed))
    assert answer(deleted) == (4, "Deleted old.", EPHEMERAL)


async def check_context_menus(page: Page) -> None:
    someone = page.discord.add_user("old-timer", user_id=80351110224678912)
    age = await page.send(payloads.user_command("Account age", someone["id"], target=someone))
    assert answer(age)[1] == "old-timer joined Discord on 2015-08-10."  # the date in the ID
    message = page.discord.seed_message(page.discord.channel_id, "Ship it")
    quoted = await page.send(payloads.message_command("Quote", message["id"], target=message, **page.here()))
    assert answer(quoted)[1] == f"> Ship it\n- {message['author']['username']}"


async def check_answering(page: Page) -> None:
    """A deferral completed then a private followup; an edit; a generator; a returned builder."""
    stats = payloads.slash_command("stats")
    assert answer(await page.send(stats)) == (5, None, 0)
    assert page.original(stats)["content"] == "1234 messages this week."
    (followup,) = page.record(stats).followups.values()
    assert (followup["content"], followup["flags"] & EPHEMERAL) == ("Only you see this one.", EPHEMERAL)
    roll = payloads.slash_command("roll")
    assert answer(await page.send(roll)) == (4, "Rolling...", 0)
    assert re.fullmatch(r"You rolled [1-6]\.", page.original(roll)["content"])
    export = payloads.slash_command("export")
    assert answer(await page.send(export)) == (5, None, EPHEMERAL)
    exported = page.original(export)
    assert exported["content"] == "Here they are."
    assert [attachment["filename"] for attachment in exported["attachments"]] == ["tags.csv"]
    rules = await page.send(payloads.slash_command("rules"))
    assert answer(rules) == (4, "Be kind. No spam.", EPHEMERAL)


async def check_role_buttons_and_the_error_handler(page: Page) -> None:
    """The buttons carry their role; a press gives it; a role above the bot's: the error handler."""
    discord = page.discord
    discord.add_role("Announcements", role_id=ROLE_IDS[0])
    discord.add_role("Events", role_id=ROLE_IDS[1], position=5)  # above the bot's own role
    member = discord.add_member("kat")
    offered = await page.send(payloads.slash_command("roles", **page.here()))
    buttons = offered["data"]["components"][0]["components"]
    assert [button["custom_id"] for button in buttons] == [f"role:{role}" for role in ROLE_IDS]
    pressed = await page.send(
        payloads.button_press(f"role:{ROLE_IDS[0]}", **page.here(user_id=member["user"]["id"]))
    )
    assert answer(pressed) == (4, f"You now have <@&{ROLE_IDS[0]}>.", EPHEMERAL)
    assert ROLE_IDS[0] in discord.world.guild(discord.guild_id).members[member["user"]["id"]]["roles"]
    forbidden = await page.send(
        payloads.button_press(f"role:{ROLE_IDS[1]}", **page.here(user_id=member["user"]["id"]))
    )
    assert answer(forbidden) == (4, "I am not allowed to do that here.", EPHEMERAL)
    in_a_dm = await page.send(payloads.slash_command("roles", guild=False))
    assert answer(in_a_dm) == (4, "This command can only be used in a server.", EPHEMERAL)


async def check_pager(page: Page) -> None:
    shown = await page.send(payloads.slash_command("help"))
    assert answer(shown)[1] == "/ping checks the bot."
    buttons = shown["data"]["components"][0]["components"]
    assert [(b["custom_id"], b.get("disabled", False)) for b in buttons] == [
        ("help:-1", True),
        ("help:1", False),
        ("help:close", False),
    ]
    assert answer(await page.send(payloads.button_press("help:1"))) == (7, "/order orders a drink.", 0)
    assert answer(await page.send(payloads.button_press("help:99")))[1] == "/tag show shows a tag."
    closed = await page.send(payloads.button_press("help:close"))
    assert (answer(closed)[1], closed["data"]["components"]) == ("Closed.", [])
    stale = await page.send(payloads.button_press("poll:3"))
    assert answer(stale) == (4, "This no longer works. Run the command again.", EPHEMERAL)


async def check_forms(page: Page) -> None:
    form = await page.send(payloads.slash_command("feedback", {"about": "bot"}))
    assert (form["type"], form["data"]["custom_id"], form["data"]["title"]) == (
        9,
        "feedback:bot",
        "Feedback on the bot",
    )
    sent = await page.send(payloads.modal_submit("feedback:bot", [payloads.text_answer("text", "Lovely")]))
    assert answer(sent) == (4, "Thanks! Your feedback on the bot was: Lovely", EPHEMERAL)


async def check_checks_and_cooldowns(page: Page) -> None:
    """Each refusal in the order written, then one announcement per guild a minute (the page's words)."""

    def announce(**origin: typing.Any) -> Json:
        return payloads.slash_command("announce", {"text": "Party at 8"}, **page.here(**origin))

    assert answer(await page.send(payloads.slash_command("announce", {"text": "x"}, guild=False)))[1] == (
        "This command can only be used in a server."
    )
    assert (
        answer(await page.send(announce(permissions="0")))[1] == "You need these permissions: manage guild."
    )
    lacking = await page.send(announce(permissions=MANAGE_GUILD, app_permissions="0"))
    assert answer(lacking)[1] == "I need these permissions here: mention roles."
    assert answer(await page.send(announce(permissions=MANAGE_GUILD))) == (4, "@everyone Party at 8", 0)
    again = await page.send(announce(permissions=MANAGE_GUILD))
    assert re.fullmatch(r"One announcement a minute, please: try again in (59|60) s\.", answer(again)[1])


async def check_owner_only(page: Page) -> None:
    owner = page.discord.state.owner
    refused = await page.send(payloads.slash_command("servers"))
    assert answer(refused) == (4, "Only the owner of this app can use this command.", EPHEMERAL)
    counted = await page.send(payloads.slash_command("servers", user=owner))
    assert answer(counted) == (4, "I am in 1 servers.", EPHEMERAL)
    quiet = page.discord.channel_id
    page["QUIET_CHANNELS"].add(hikari.Snowflake(quiet))
    hushed = await page.send(payloads.slash_command("servers", user=owner, channel_id=quiet))
    assert answer(hushed) == (4, "Not here, please: this channel is quiet.", EPHEMERAL)


async def check_plugin(page: Page) -> None:
    form = await page.send(payloads.slash_command("suggest"))
    assert (form["type"], form["data"]["custom_id"]) == (9, "suggestion")
    idea = await page.send(payloads.modal_submit("suggestion", [payloads.text_answer("idea", "Pets")]))
    assert answer(idea)[1] == "Idea: Pets"
    assert idea["data"]["components"][0]["components"][0]["custom_id"] == "vote:0"
    voted = await page.send(payloads.button_press("vote:0"))
    assert voted["type"] == 7
    assert voted["data"]["components"][0]["components"][0]["label"] == "+1 (1)"


async def test_the_pages_bot_answers_as_the_page_says(page: Page) -> None:
    await check_first_command_and_sync(page)
    await check_options(page)
    await check_resolved_objects(page)
    await check_groups_and_autocomplete(page)
    await check_context_menus(page)
    await check_answering(page)
    await check_role_buttons_and_the_error_handler(page)
    await check_pager(page)
    await check_forms(page)
    await check_checks_and_cooldowns(page)
    await check_owner_only(page)
    await check_plugin(page)
    assert "nothing to write" in str(page["report"])  # the dry run after the sync at start


async def test_the_pages_test_file_passes(page: Page) -> None:
    assert [test.__name__ for test in page.tests] == ["test_a_suggestion_gets_votes"]
    for test in page.tests:
        await test()


# -- the command line, on the page's program -------------------------------------------------------


def is_a_module_block(block: str) -> bool:
    """Whether `block` can stand in a module (one with a top-level `await` is a running program's)."""
    code = compile(block, "block", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    return not code.co_flags & inspect.CO_COROUTINE


async def run_cli(page: Page, command: str) -> tuple[int, str, str]:
    """Run one of the page's shell commands in its folder, against the emulated Discord."""
    arguments = command.replace("1234567890", page.discord.guild_id).split()
    assert arguments[:2] == ["python", "-m"]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *arguments[1:],
        cwd=page.folder,
        env={**os.environ, "DISCORD_TOKEN": page.discord.token, "DISCORD_REST_URL": page.discord.url},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def as_an_older_deploy(discord: EmulatedDiscord) -> None:
    """Discord's commands as a previous version left them: no /feedback, /order allowing 5 sugars."""
    registered = discord.state.global_commands
    (feedback,) = [key for key, command in registered.items() if command["name"] == "feedback"]
    del registered[feedback]
    (order,) = [command for command in registered.values() if command["name"] == "order"]
    order["options"][2]["max_value"] = 5


async def test_the_command_line_diffs_and_syncs_the_pages_bot(page: Page) -> None:
    program = "\n\n".join(block for block in program_blocks() if is_a_module_block(block))
    (page.folder / "bot.py").write_text(program, encoding="utf-8")
    as_an_older_deploy(page.discord)
    commands = console_commands()
    assert [command.split()[4] for command, _ in commands] == ["diff", "sync", "sync", "sync"]
    for command, shown in commands:
        code, out, err = await run_cli(page, command)
        assert (code, err) == (0, ""), command
        printed = out.splitlines()
        expected = [line.replace("1234567890", page.discord.guild_id) for line in shown]
        if "..." in expected:  # the page leaves lines out: the rest are printed, in order
            assert_in_order([line for line in expected if line != "..."], printed)
        else:
            assert printed == expected, command
    # The syncs wrote what the diff showed.
    assert {command["name"] for command in page.discord.commands} == DECLARED
    guild_commands = page.discord.guild_commands[page.discord.guild_id]
    assert {command["name"] for command in guild_commands} == DECLARED


def assert_in_order(expected: list[str], printed: list[str]) -> None:
    remaining = iter(printed)
    missing = [line for line in expected if line not in remaining]  # `in` consumes the iterator
    assert not missing, (missing, printed)


# -- the same client on other transports ----------------------------------------------------------


async def check_suggestions(send: typing.Callable[[Json], typing.Awaitable[Json]]) -> None:
    """The plugin's form, its submission and a vote, whatever carries them."""
    form = await send(payloads.slash_command("suggest"))
    assert (form["type"], form["data"]["custom_id"]) == (9, "suggestion")
    idea = await send(payloads.modal_submit("suggestion", [payloads.text_answer("idea", "Pets")]))
    assert (idea["type"], idea["data"]["content"]) == (4, "Idea: Pets")
    voted = await send(payloads.button_press("vote:2"))
    assert (voted["type"], voted["data"]["components"][0]["components"][0]["label"]) == (7, "+1 (3)")


async def test_with_commands_serves_an_asgi_bot_under_uvicorn(page: Page) -> None:
    discord = page.discord
    asgi_bot = hikari.AsgiBot(discord.token, rest_url=discord.url)
    page["with_commands"](asgi_bot)
    async with serving_in_loop("uvicorn", asgi_bot) as url:

        async def send(payload: Json) -> Json:
            response = await discord.send_interaction(url + "/", payload)
            assert response.status == 200
            sent: Json = response.json()
            return sent

        await check_suggestions(send)
    assert [command["name"] for command in discord.commands] == ["suggest"]  # its own sync, at start


async def test_with_commands_serves_a_gateway_bot(page: Page, gateway: EmulatedGateway) -> None:
    discord = page.discord
    discord.gateway.attach(gateway, shards=1, max_concurrency=1)
    gateway_bot = hikari.GatewayBot(
        discord.token, intents=hikari.Intents.NONE, rest_url=discord.url, banner=None, logs=None
    )
    page["with_commands"](gateway_bot)

    async def send(payload: Json) -> Json:
        token = await deliver(discord, gateway, payload)
        await gateway.wait_until(lambda: discord.interactions[token].response is not None)
        response = discord.interactions[token].response
        assert response is not None
        return {"type": response.type, "data": response.data}

    await gateway_bot.start()
    try:
        await check_suggestions(send)
    finally:
        await gateway_bot.close()
    assert [command["name"] for command in discord.commands] == ["suggest"]


@pytest.fixture
async def gateway(discord: EmulatedDiscord) -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=discord.token) as emulated:
        yield emulated


# -- several workers on one Redis -----------------------------------------------------------------


@pytest.mark.redis
async def test_two_workers_on_one_redis_share_the_cooldown_and_sync_once(
    page: Page, monkeypatch: pytest.MonkeyPatch
) -> None:
    discord = page.discord
    with running_redis() as redis_server:
        monkeypatch.setenv("REDIS_URL", redis_server.url)
        workers = [page["build_bot"](), page["build_bot"]()]
        for worker in workers:
            await worker.start(host="127.0.0.1", port=0, shutdown_timeout=5)
        try:
            user = discord.add_user("kat")
            urls = [worker.interaction_server.urls[0] for worker in workers]
            first = await discord.send_interaction(urls[0], payloads.slash_command("suggest", user=user))
            second = await discord.send_interaction(urls[1], payloads.slash_command("suggest", user=user))
        finally:
            for worker in workers:
                await worker.close()
    assert first.json()["type"] == 9
    assert answer(second.json())[::2] == (4, EPHEMERAL)
    assert re.fullmatch(r"Slow down: try again in (59\.\d|60\.0) s\.", answer(second.json())[1])
    # The page's bot synced its commands at start; of the two workers, one synced theirs.
    assert len(discord.requests_to("PUT /applications/{application}/commands")) == 2
    assert [command["name"] for command in discord.commands] == ["suggest"]


# -- the README's command layer -------------------------------------------------------------------


def readme_section(title: str) -> list[str]:
    """The Python blocks of the README's section `title`."""
    section = (
        (ROOT / "README.md").read_text(encoding="utf-8").split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    )
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


async def test_the_readmes_bot_in_ten_lines_and_its_commands_section_run(discord: EmulatedDiscord) -> None:
    # The ten-line bot as written, but on the emulated Discord, and started here instead of run().
    (first,) = readme_section("A bot in ten lines")
    assert first.count('hikari.RESTBot("BOT_TOKEN")') == 1
    assert first.rstrip().splitlines()[-1].startswith("bot.run(")
    program = first.replace(
        'hikari.RESTBot("BOT_TOKEN")', "hikari.RESTBot(TOKEN, rest_url=URL, banner=None, logs=None)"
    )
    namespace: Json = {"TOKEN": discord.token, "URL": discord.url}
    exec(program.rstrip().rsplit("\n", 1)[0], namespace)
    for block in readme_section("Commands"):
        exec(block, namespace)
    bot: hikari.RESTBot = namespace["bot"]
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        page = Page(discord, ROOT, namespace)
        await check_readme_commands(page)
    finally:
        await bot.close()
    assert {command["name"] for command in discord.commands} == {"ping", "tag", "kick"}


async def check_readme_commands(page: Page) -> None:
    discord = page.discord
    user = discord.add_user("kat")
    assert answer(await page.send(payloads.slash_command("ping", user=user)))[1] == "Pong, kat!"
    show = [payloads.subcommand("show", {"name": "faq"})]
    shown = await page.send(payloads.slash_command("tag", show, user=user))
    assert answer(shown) == (4, "Read the pinned messages first.", EPHEMERAL)
    assert shown["data"]["components"][0]["components"][0]["custom_id"] == "helpful:faq:0"
    again = await page.send(payloads.slash_command("tag", show, user=user))
    assert answer(again)[1].startswith("Slow down: try again in ")
    typing_ = [payloads.subcommand("show", [payloads.option("name", "r", focused=True)])]
    assert (await page.send(payloads.autocomplete("tag", typing_)))["data"]["choices"] == [
        {"name": "rules", "value": "rules"}
    ]
    pressed = await page.send(payloads.button_press("helpful:faq:0"))
    assert pressed["data"]["components"][0]["components"][0]["label"] == "Helpful (1)"
    member = discord.add_member("spammer")
    kick = payloads.slash_command(
        "kick",
        [payloads.option("member", member["user"]["id"], type=6)],
        permissions=str(int(hikari.Permissions.KICK_MEMBERS)),
        **page.here(),
    )
    assert answer(await page.send(kick)) == (5, None, EPHEMERAL)
    assert page.original(kick)["content"].startswith("Kicked ")
    assert member["user"]["id"] not in discord.world.guild(discord.guild_id).members


# -- mypy judges the page ------------------------------------------------------------------------


def as_a_module(blocks: list[str]) -> str:
    """The program's blocks as one module; a block with a top-level await becomes a function's body."""
    parts = []
    for number, block in enumerate(blocks):
        if is_a_module_block(block):
            parts.append(block)
        else:
            body = "".join(f"    {line}\n" if line else "\n" for line in block.splitlines())
            parts.append(f"async def example_{number}() -> None:\n{body}")
    return "\n\n".join(parts)


@pytest.mark.slow
def test_mypy_finds_exactly_the_mistakes_the_page_marks_and_none_in_the_readme(folder: pathlib.Path) -> None:
    from mypy import api

    files = {"bot.py": as_a_module(program_blocks())}
    files.update({name: block for block in BLOCKS if (name := file_name(block)) not in (None, "bot.py")})
    files["readme_bot.py"] = "\n\n".join(readme_section("A bot in ten lines") + readme_section("Commands"))
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    # A cache of its own: the page is checked against the library as installed, without racing
    # a mypy run over the tree for the project's cache.
    cache = pathlib.Path(tempfile.gettempdir()) / "hikari_like-docs-mypy-cache"
    arguments = ["--config-file", str(ROOT / "mypy.ini"), "--cache-dir", str(cache), "--no-error-summary"]
    out, err, _ = api.run([*arguments, *(str(folder / name) for name in files)])
    assert not err, err
    errors = {
        (pathlib.Path(where).name, int(line))
        for where, line, *_ in (row.split(":", 3) for row in out.splitlines() if ": error:" in row)
    }
    marked = {
        (name, number)
        for name, text in files.items()
        for number, line in enumerate(text.splitlines(), 1)
        if "# mypy:" in line
    }
    assert len(marked) == 3
    assert errors == marked, out
