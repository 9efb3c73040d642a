"""Every example runs as its docstring says, offline: `python examples/x.py` against the emulators.

Each runnable file in examples/ is found by glob, started as a subprocess from the repository root
with the docstring's offline command line (its placeholders filled in with the emulated Discord's
URL and token), sent real signed interactions, then interrupted: it must exit 0 with no traceback.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import os
import pathlib
import shlex
import signal
import sys
import typing

import attrs
import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.backends import free_port
from tests.test_gateway_bot import deliver

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
EXAMPLES: typing.Final = ROOT / "examples"
NOT_SCRIPTS: typing.Final = {
    "__init__.py": "the package marker that lets the tests import the examples",
    "asgi_bot.py": "an ASGI app run by an ASGI server's command: tests/test_asgi_servers_cli.py runs it",
    "plugins/__init__.py": "the package of modules plugins_bot.py loads",
    "plugins/notes.py": "a plugin module plugins_bot.py loads",
    "plugins/roles.py": "a plugin module plugins_bot.py loads",
}
STARTUP_TIMEOUT: typing.Final = 30.0


def scripts() -> list[str]:
    found = sorted(str(path.relative_to(EXAMPLES)) for path in EXAMPLES.rglob("*.py"))
    return [name for name in found if name not in NOT_SCRIPTS]


@attrs.frozen
class Command:
    """A command line from an example's docstring: its environment variables and its arguments."""

    environment: dict[str, str]
    arguments: list[str]


def documented(script: str, *, containing: str) -> Command:
    """The one command line of `script`'s docstring that runs it and contains `containing`."""
    docstring = ast.get_docstring(ast.parse((EXAMPLES / script).read_text())) or ""
    runs = f"python examples/{script}"
    (line,) = [line for line in docstring.splitlines() if runs in line and containing in line]
    words = shlex.split(line)
    start = words.index("python")
    assert all("=" in word for word in words[:start]), line
    return Command(dict(word.split("=", 1) for word in words[:start]), words[start + 1 :])


@attrs.frozen
class Running:
    """An example running as a subprocess, and the emulators it talks to."""

    discord: EmulatedDiscord
    gateway: EmulatedGateway
    environment: dict[str, str]
    process: asyncio.subprocess.Process

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.environment['PORT']}/"

    async def send(self, payload: dict[str, typing.Any]) -> InteractionResponse:
        return await self.discord.send_interaction(self.url, payload)

    def command_names(self) -> list[str]:
        return sorted(command["name"] for command in self.discord.commands)


def filled(command: Command, discord: EmulatedDiscord, **overrides: str) -> dict[str, str]:
    """The command's environment with the emulated Discord's URL and token in the placeholders."""
    values = {"<token>": discord.token, "<url>": discord.url, "...": "a-long-random-secret"}
    environment = {name: values.get(value, value) for name, value in command.environment.items()}
    environment |= {name: value for name, value in overrides.items() if name in environment}
    fixed = {name for name, value in command.environment.items() if value not in values}
    assert fixed <= set(overrides), f"{fixed - set(overrides)} would be used as written"
    return environment | overrides


def clean_environment() -> dict[str, str]:
    """This process's environment without the variables the examples read."""
    ours = {"DISCORD_TOKEN", "DISCORD_PUBLIC_KEY", "DISCORD_REST_URL", "PORT", "IPC_SECRET", "IPC_PORT"}
    return {name: value for name, value in os.environ.items() if name not in ours}


async def start(command: Command, environment: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *command.arguments,
        cwd=ROOT,
        env={**clean_environment(), **environment},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def until(
    condition: typing.Callable[[], typing.Awaitable[bool]], process: asyncio.subprocess.Process
) -> None:
    """Poll `condition` until it holds; fail at once if the example exits first."""
    deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT
    while not await condition():
        if process.returncode is not None:
            _, stderr = await process.communicate()
            raise AssertionError(f"the example exited with {process.returncode}:\n{stderr.decode()[-3000:]}")
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the example did not come up within 30 s")
        await asyncio.sleep(0.2)


def answering(url: str, discord: EmulatedDiscord) -> typing.Callable[[], typing.Awaitable[bool]]:
    async def answers() -> bool:
        try:
            return (await discord.send_interaction(url, payloads.ping())).status == 200
        except OSError:
            return False

    return answers


async def exited_cleanly(process: asyncio.subprocess.Process) -> tuple[str, str]:
    """The example's stdout and stderr, once it exited with 0 and no traceback."""
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=STARTUP_TIMEOUT)
    assert b"Traceback" not in stderr, stderr.decode()[-3000:]
    assert process.returncode == 0, stderr.decode()[-3000:]
    return stdout.decode(), stderr.decode()


async def interrupted(process: asyncio.subprocess.Process) -> tuple[str, str]:
    """SIGINT, as Ctrl+C sends it, then `exited_cleanly`."""
    process.send_signal(signal.SIGINT)
    return await exited_cleanly(process)


@contextlib.asynccontextmanager
async def running(script: str, discord: EmulatedDiscord, **extra: str) -> typing.AsyncIterator[Running]:
    """`script` started by its documented offline command; on exit, interrupted and checked."""
    async with EmulatedGateway(token=discord.token) as gateway:
        discord.gateway.attach(gateway)
        command = documented(script, containing="DISCORD_REST_URL=")
        port = {"PORT": str(free_port())} if "PORT" in command.environment else {}
        environment = filled(command, discord, **port, **extra)
        process = await start(command, environment)
        run = Running(discord, gateway, environment, process)
        try:
            if port:
                await until(answering(run.url, discord), process)
            yield run
        except BaseException:
            if process.returncode is None:
                process.kill()
            await process.communicate()
            raise
        await interrupted(process)


def content(response: InteractionResponse) -> str:
    assert response.status == 200, response.body
    return str(response.json()["data"].get("content"))


async def ping(run: Running) -> None:
    assert content(await run.send(payloads.slash_command("ping"))).startswith("Pong!")
    assert run.command_names() == ["ping"]


async def plugins(run: Running) -> None:
    add = payloads.slash_command("note", [payloads.subcommand("add", {"text": "buy milk"})])
    assert content(await run.send(add)) == "Noted, as note 1."
    assert run.command_names() == ["note", "reload", "role-button"]


async def report(run: Running) -> None:
    assert content(await run.send(payloads.slash_command("flaky", {"how": "fast"}))) == "Done (fast)."
    assert run.command_names() == ["flaky", "report", "reset-stats"]


async def tags(run: Running) -> None:
    show = payloads.slash_command("tag", [payloads.subcommand("show", [payloads.option("name", "faq")])])
    assert (await run.send(show)).json()["data"]["embeds"][0]["title"] == "faq"
    assert run.command_names() == ["Inspect", "report", "tag"]


async def gateway(run: Running) -> None:
    gateway, discord = run.gateway, run.discord
    identified = 2  # the IDENTIFY opcode: the shard is in its session
    await gateway.wait_until(lambda: identified in gateway.ops_sent(0), within=STARTUP_TIMEOUT)
    await gateway.wait_until(lambda: bool(discord.commands), within=STARTUP_TIMEOUT)
    token = await deliver(discord, gateway, payloads.slash_command("ping"))
    await gateway.dispatch("MESSAGE_CREATE", message("!ping", discord), shard_id=0)
    await gateway.wait_until(lambda: discord.interactions[token].original is not None, within=STARTUP_TIMEOUT)
    await gateway.wait_until(lambda: bool(discord.messages[discord.channel_id]), within=STARTUP_TIMEOUT)
    original = discord.interactions[token].original
    assert original is not None
    assert str(original["content"]).startswith("Pong!")
    assert discord.messages[discord.channel_id][-1]["content"] == "Pong! (from shard 0)"
    assert run.command_names() == ["ping"]


def message(content: str, discord: EmulatedDiscord) -> dict[str, typing.Any]:
    """A MESSAGE_CREATE payload: a person writing `content` in the emulated guild's channel."""
    return {
        "id": "300000000000000003",
        "channel_id": discord.channel_id,
        "guild_id": discord.guild_id,
        "author": {"id": "200000000000000002", "username": "someone"},
        "content": content,
        "timestamp": "2024-05-01T12:00:00.000000+00:00",
    }


async def dashboard(run: Running) -> None:
    command = documented("ipc_dashboard.py", containing=" dashboard")
    environment = filled(command, run.discord) | {"IPC_PORT": run.environment["IPC_PORT"]}
    stdout, _ = await exited_cleanly(await start(command, environment))  # it asks and exits
    assert stdout == "The bot is in 1 guild.\n"  # the emulated application's count


async def install_greeter(run: Running) -> None:
    from hikari_like.testing import webhook_events

    events_url = run.url + "events"
    user = {"id": "200000000000000002", "username": "newcomer", "discriminator": "0"}
    installed = await run.discord.send_webhook_event(
        events_url, webhook_events.application_authorized(user=user)
    )
    bought = await run.discord.send_webhook_event(events_url, webhook_events.entitlement_create())
    assert (installed.status, bought.status) == (204, 204)
    greeted = "Thanks for adding me, newcomer!"
    deadline = asyncio.get_running_loop().time() + STARTUP_TIMEOUT
    while greeted not in [
        message["content"] for messages in run.discord.messages.values() for message in messages
    ]:
        assert asyncio.get_running_loop().time() < deadline, "no welcome DM"
        await asyncio.sleep(0.1)


SCENARIOS: typing.Final[dict[str, typing.Callable[[Running], typing.Awaitable[None]]]] = {
    "gateway_bot.py": gateway,
    "install_greeter_bot.py": install_greeter,
    "ipc_dashboard.py": dashboard,
    "ping_bot.py": ping,
    "plugins_bot.py": plugins,
    "raw_listeners_bot.py": ping,
    "report_bot.py": report,
    "tag_bot.py": tags,
}


def test_every_script_in_examples_has_a_scenario() -> None:
    assert scripts() == sorted(SCENARIOS), "a new example needs a scenario here (or a reason in NOT_SCRIPTS)"


def test_no_example_imports_a_sibling_through_the_examples_package() -> None:
    # Run as a script, an example's imports start in examples/ itself: `examples.ping_bot` only
    # resolves where the checkout is on sys.path (an editable install), never for a copied example.
    for script in [*scripts(), *NOT_SCRIPTS]:
        if script == "asgi_bot.py":  # imported by its ASGI server's command, run from the repository root
            continue
        source = (EXAMPLES / script).read_text()
        for reference in ('"examples.', "from examples", "import examples"):
            assert reference not in source, f"{script}: {reference}"


@pytest.mark.slow
@pytest.mark.parametrize("script", scripts())
async def test_the_example_runs_offline_as_its_docstring_says(script: str, discord: EmulatedDiscord) -> None:
    # IPC_PORT: the discovery port both halves of ipc_dashboard.py share, free for this run.
    extra = {"IPC_PORT": str(free_port())} if script == "ipc_dashboard.py" else {}
    async with running(script, discord, **extra) as run:
        await SCENARIOS.get(script, ping)(run)
