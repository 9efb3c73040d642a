"""Make Discord's registered commands the declared ones, writing only what changed.

For each scope (the global commands, or one guild's) the registered commands are fetched,
compared with the declared builders (`command_diff.diff_scope`), and only when they differ is
the scope bulk-overwritten, with one `PUT`. Entry point commands that Discord registered and the
declaration does not replace are sent back unchanged (Discord refuses an overwrite that drops
one). A declared scope with an empty list clears it.

```python
report = await sync_commands(rest, application_id, {None: [ping, echo], guild_id: [admin]})
print(report)  # the diff per scope, and what was written
report = await sync_commands(rest, application_id, declared, dry_run=True)  # only tells
```
"""

from __future__ import annotations

__all__ = ["SyncReport", "sync_commands"]

import logging
import typing

import attrs

from hikari_like import commands
from hikari_like import snowflakes
from hikari_like.app_commands import command_diff
from hikari_like.impl.builders import commands as command_builders
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like.api import rest as rest_api
    from hikari_like.internal.json import JSONObject

_LOGGER: typing.Final = logging.getLogger("hikari_like.app_commands.sync")
_ENTRY_POINT: typing.Final = int(commands.CommandType.PRIMARY_ENTRY_POINT)

Declared = typing.Mapping[snowflakes.Snowflake | None, typing.Sequence[command_builders.CommandBuilder]]
"""Scope (a guild ID, or `None` for the global commands) -> the commands declared for it."""


@attrs.frozen(kw_only=True)
class SyncReport:
    """What a sync found per scope, and which scopes it wrote (`None` is the global scope).

    ```python
    report = await sync_commands(rest, application_id, declared)
    if report.written:
        print(report)
    ```
    """

    scopes: typing.Sequence[command_diff.ScopeDiff]
    written: typing.Sequence[snowflakes.Snowflake | None]
    """The scopes bulk-overwritten; with `dry_run`, the ones that would have been."""
    dry_run: bool

    @property
    def has_changes(self) -> bool:
        """Whether any scope differed from what Discord had."""
        return any(scope.has_changes for scope in self.scopes)

    def __str__(self) -> str:
        parts = [str(scope) for scope in self.scopes]
        if not self.written:
            parts.append("nothing to write")
        else:
            verb = "would write" if self.dry_run else "wrote"
            parts.append(f"{verb}: " + ", ".join(_scope_name(guild_id) for guild_id in self.written))
        return "\n".join(parts)


def _scope_name(guild_id: snowflakes.Snowflake | None) -> str:
    return "global commands" if guild_id is None else f"guild {guild_id} commands"


async def sync_commands(
    rest: rest_api.RESTClient,
    application: snowflakes.SnowflakeishOr,
    declared: Declared,
    *,
    dry_run: bool = False,
) -> SyncReport:
    """Write each scope of `declared` to Discord when, and only when, it differs from what is registered.

    One `GET` per scope (asked `with_localizations=true`, so localized commands compare
    faithfully) and one bulk `PUT` per scope that changed. Every scope is checked against
    Discord's rules (`check_command_set`) before any request: a mistake raises
    `DiscordRuleError` and nothing is written. HTTP errors propagate. The diff of each scope
    is logged at INFO.

    ```python
    report = await sync_commands(bot.rest, application_id, {None: [ping]}, dry_run=True)
    ```
    """
    for guild_id, builders in declared.items():
        command_builders.check_command_set(builders, for_guild=guild_id is not None)
    application_id = snowflakes.snowflake_of(application)
    scopes: list[command_diff.ScopeDiff] = []
    written: list[snowflakes.Snowflake | None] = []
    for raw_guild_id, builders in declared.items():
        guild_id = None if raw_guild_id is None else snowflakes.snowflake_of(raw_guild_id)
        registered = await _fetch_registered(rest, application_id, guild_id)
        diff = command_diff.diff_scope(builders, registered, guild_id=guild_id)
        _LOGGER.info("%s%s", "(dry run) " if dry_run else "", diff)
        scopes.append(diff)
        if not diff.has_changes:
            continue
        written.append(guild_id)
        if not dry_run:
            await _overwrite(rest, application_id, guild_id, _payload(rest, builders, registered, diff))
    return SyncReport(scopes=scopes, written=written, dry_run=dry_run)


def _routes_for(guild_id: snowflakes.Snowflake | None) -> tuple[routes.Route, routes.Route]:
    if guild_id is None:
        return routes.GET_APPLICATION_COMMANDS, routes.PUT_APPLICATION_COMMANDS
    return routes.GET_APPLICATION_GUILD_COMMANDS, routes.PUT_APPLICATION_GUILD_COMMANDS


def _compile(
    route: routes.Route, application_id: snowflakes.Snowflake, guild_id: snowflakes.Snowflake | None
) -> routes.CompiledRoute:
    if guild_id is None:
        return route.compile(application=application_id)
    return route.compile(application=application_id, guild=guild_id)


async def _fetch_registered(
    rest: rest_api.RESTClient, application_id: snowflakes.Snowflake, guild_id: snowflakes.Snowflake | None
) -> list[JSONObject]:
    # Raw JSON, not models: the diff needs every field exactly as Discord stored it.
    route = _compile(_routes_for(guild_id)[0], application_id, guild_id)
    return list(await rest.request(route, query={"with_localizations": "true"}))


def _payload(
    rest: rest_api.RESTClient,
    builders: typing.Sequence[command_builders.CommandBuilder],
    registered: typing.Sequence[JSONObject],
    diff: command_diff.ScopeDiff,
) -> list[JSONObject]:
    """The declared commands, plus the registered entry point commands the diff keeps (same ID, fields)."""
    payload = [builder.build() for builder in builders]
    if not diff.kept:
        return payload
    entry_points = [
        commands.command_from_payload(command, app=rest)
        for command in registered
        if command.get("type") == _ENTRY_POINT
    ]
    return payload + [
        command_builders.EntryPointCommandBuilder.from_command(model).build()
        for model in entry_points
        if isinstance(model, commands.EntryPointCommand)
    ]


async def _overwrite(
    rest: rest_api.RESTClient,
    application_id: snowflakes.Snowflake,
    guild_id: snowflakes.Snowflake | None,
    payload: list[JSONObject],
) -> None:
    route = _compile(_routes_for(guild_id)[1], application_id, guild_id)
    await rest.request(route, json=payload)
    _LOGGER.info("wrote %s (%s commands)", _scope_name(guild_id), len(payload))
