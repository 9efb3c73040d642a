"""`python -m hikari_like commands sync|diff module:attr`: show or write a bot's declared commands.

```console
$ python -m hikari_like commands diff mybot:bot
global commands: 1 to add, 1 to change, 3 unchanged
+ /tag
~ /echo  options[0].max_length: 100 -> 200
$ python -m hikari_like commands sync mybot:bot --guild 1234567890  # everything in one guild (testing)
$ python -m hikari_like commands sync mybot:bot --dry-run             # tell, write nothing
```

`module:attr` names an `app_commands.Client`, a bot that has one (the module's globals are
searched for the Client whose `.app` it is), or a function taking no arguments that returns
either; `attr` may be dotted (`mybot:setup.client`). The module is imported from the current
directory as `python -m` does. The exit code is 0, or 1 with a one-line message on stderr when
the module, the attribute or the Client cannot be found, or Discord refuses a request.
"""

from __future__ import annotations

__all__ = ["CommandLineError", "find_client", "main"]

import argparse
import asyncio
import importlib
import inspect
import sys
import typing

if typing.TYPE_CHECKING:
    import types

    from hikari_like.app_commands.client import Client
    from hikari_like.app_commands.sync import SyncReport


class CommandLineError(Exception):
    """A mistake the command line reports in one line (exit code 1)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hikari_like commands",
        description="Diff or sync a bot's declared application commands with Discord.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    sync = actions.add_parser("sync", help="write the declared commands to Discord where they differ")
    diff = actions.add_parser("diff", help="show how the declared commands differ from Discord's")
    for action in (sync, diff):
        action.add_argument("target", metavar="module:attr", help="a Client, a bot with one, or a factory")
        action.add_argument(
            "--guild", type=int, metavar="ID", help="put every declared command in this guild instead"
        )
    sync.add_argument("--dry-run", action="store_true", help="only show what would be written")
    return parser


def main(argv: typing.Sequence[str] | None = None) -> int:
    """Run `sync` or `diff` with the arguments after `commands`; returns the exit code.

    ```python
    exit_code = main(["diff", "mybot:bot", "--guild", "1234567890"])
    ```
    """
    arguments = _parser().parse_args(argv)
    dry_run = arguments.action == "diff" or bool(getattr(arguments, "dry_run", False))
    try:
        client = find_client(arguments.target)
        report = asyncio.run(_sync(client, guild=arguments.guild, dry_run=dry_run))
    except CommandLineError as exc:
        return _fail(str(exc))
    except Exception as exc:
        from hikari_like import errors

        if not isinstance(exc, errors.HikariLikeError):
            raise
        return _fail(f"{type(exc).__name__}: {exc}")
    if arguments.action == "diff":
        print("\n".join(str(scope) for scope in report.scopes) or "no commands declared")
    else:
        print(report)
    return 0


def _fail(message: str) -> int:
    print(
        "error: " + "; ".join(line.strip() for line in message.splitlines() if line.strip()), file=sys.stderr
    )
    return 1


async def _sync(client: Client, *, guild: int | None, dry_run: bool) -> SyncReport:
    from hikari_like.app_commands import sync as sync_

    rest = client.app.rest
    opened_here = not rest.is_alive
    if opened_here:
        rest.start()
    try:
        application = await rest.fetch_application()
        return await sync_.sync_commands(rest, application, client.declared_commands(guild), dry_run=dry_run)
    finally:
        if opened_here:
            await rest.close()


def find_client(target: str) -> Client:
    """The `Client` that `module:attr` names (see the module's docs); `CommandLineError` if none.

    ```python
    client = find_client("mybot:bot")
    ```
    """
    module_name, _, path = target.partition(":")
    if not module_name or not path:
        raise CommandLineError(f"expected module:attr (such as mybot:bot), got {target!r}")
    module = _import(module_name)
    found: object = module
    for name in path.split("."):
        try:
            found = getattr(found, name)
        except AttributeError:
            raise CommandLineError(f"{module_name} has no attribute {path!r}") from None
    client = _client_for(found, module)
    if client is None and _takes_no_arguments(found):
        client = _client_for(typing.cast("typing.Callable[[], object]", found)(), module)
    if client is None:
        raise CommandLineError(f"no app_commands.Client found for {target} (make one with Client(bot))")
    return client


def _import(name: str) -> types.ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (name == exc.name or name.startswith(exc.name + ".")):
            raise CommandLineError(f"module not found: {name}") from None
        raise CommandLineError(f"importing {name} failed: {exc}") from None
    except Exception as exc:
        raise CommandLineError(f"importing {name} failed: {type(exc).__name__}: {exc}") from None


def _client_for(found: object, module: types.ModuleType) -> Client | None:
    """`found` if it is a Client, else the Client whose `.app` is `found`, if there is one."""
    from hikari_like.app_commands.client import Client

    if isinstance(found, Client):
        return found
    for value in vars(module).values():
        if isinstance(value, Client) and value.app is found:
            return value
    return _client_listening_on(found, Client)


def _client_listening_on(bot: object, client_type: type[Client]) -> Client | None:
    """The Client that set `bot`'s command listener (a bot built in a factory has no global Client)."""
    from hikari_like.interactions import CommandInteraction

    get_listener = getattr(bot, "get_listener", None)
    if not callable(get_listener):
        return None
    owner = getattr(get_listener(CommandInteraction), "__self__", None)
    return owner if isinstance(owner, client_type) else None


def _takes_no_arguments(found: object) -> bool:
    if not callable(found) or isinstance(found, type):
        return False
    try:
        inspect.signature(found).bind()
    except (TypeError, ValueError):
        return False
    return True
