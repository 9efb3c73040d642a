"""Checks: who may use a command, button or form, and where; a refusal is answered for you.

Put them below the command decorator (or above it: both add to the same declaration). A check
that says no raises a `CommandRefused` subclass; the client answers it with an ephemeral
message and the handler never runs. Applied to a `Client` or a plugin, a check guards every
command it declares: `app_commands.guild_only(client)`.

```python
@client.slash("ban", "Ban a member")
@app_commands.guild_only
@app_commands.has_permissions(Permissions.BAN_MEMBERS)
@app_commands.bot_has_permissions(Permissions.BAN_MEMBERS)
@app_commands.check(lambda ctx: ctx.channel_id != RULES_CHANNEL, message="Not in #rules.")
async def ban(ctx: app_commands.SlashContext, member: hikari.InteractionMember) -> None: ...
```

Checks below the command decorator run in the order written (top first); checks added above it
run after them, in the order applied (bottom first). A predicate may be sync or async and may
raise its own `CommandRefused` (such as `CheckFailedError("...")`) to choose the message.
"""

from __future__ import annotations

__all__ = [
    "Check",
    "CheckContext",
    "CheckT",
    "OwnerSource",
    "as_check",
    "bot_has_permissions",
    "check",
    "guild_only",
    "has_permissions",
    "owner_only",
    "pending_checks",
    "run_checks",
]

import functools
import inspect
import operator
import typing
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Sequence

from hikari_like.app_commands import cooldowns
from hikari_like.app_commands import errors
from hikari_like.permissions import Permissions

if typing.TYPE_CHECKING:
    from hikari_like import snowflakes
    from hikari_like.interactions import base_interactions

_T = typing.TypeVar("_T")
_STASH: typing.Final = "__app_commands_checks__"


class OwnerSource(typing.Protocol):
    """What `owner_only` asks: the application's owners (the command `Client`)."""

    async def fetch_owner_ids(self) -> frozenset[snowflakes.Snowflake]:
        """The owner's and team members' IDs."""
        ...


class CheckContext(cooldowns.CooldownContext, typing.Protocol):
    """What checks read from a context; every `app_commands` context has it."""

    @property
    def member(self) -> base_interactions.InteractionMember | None:
        """The invoker as a member, with their permissions; `None` outside guilds."""
        ...

    @property
    def app_permissions(self) -> Permissions | None:
        """The application's permissions in the channel, as Discord sent them."""
        ...

    @property
    def client(self) -> OwnerSource:
        """The command client."""
        ...


CheckT = Callable[[CheckContext], bool | Awaitable[bool]]
"""A check: `False` (or raising a `CommandRefused`) refuses the invocation."""

_ContextT = typing.TypeVar("_ContextT", bound=CheckContext)


@typing.final
class Check:
    """A named check, as the decorators add it: `False` from its predicate refuses with `message`.

    ```python
    is_staff = Check(lambda ctx: ctx.member is not None and STAFF in ctx.member.role_ids, name="is_staff")
    client.checks.append(is_staff)  # every command of the client runs it
    ```
    """

    __slots__ = ("_predicate", "message", "name")

    def __init__(
        self,
        predicate: Callable[[typing.Any], bool | Awaitable[bool]],
        *,
        name: str,
        message: str | None = None,
    ) -> None:
        self._predicate = predicate
        self.name = name
        """How logs and reprs show it (`guild_only`, `has_permissions(BAN_MEMBERS)`, `check(is_mod)`)."""
        self.message = message
        """The refusal's text when the predicate returns `False` (`None`: `CheckFailedError`'s)."""

    def __repr__(self) -> str:
        return f"<check {self.name}>"

    def __call__(self, ctx: CheckContext) -> bool | Awaitable[bool]:
        """`True`, or raise the `CommandRefused` that says why not (awaitable for async predicates)."""
        outcome = self._predicate(ctx)
        # A sync predicate is answered without a coroutine: most checks are sync and cheap.
        if not isinstance(outcome, bool) and inspect.isawaitable(outcome):
            return self._settle(outcome)
        return self._verdict(outcome)

    async def _settle(self, pending: Awaitable[bool]) -> bool:
        return self._verdict(await pending)

    def _verdict(self, outcome: object) -> bool:
        if not outcome:
            raise errors.CheckFailedError() if self.message is None else errors.CheckFailedError(self.message)
        return True


async def run_checks(checks: Sequence[CheckT], ctx: CheckContext) -> None:
    """Run `checks` in order; raise the first refusal (`False` becomes `CheckFailedError`).

    ```python
    await run_checks(command.checks, ctx)  # returns: every check passed
    ```
    """
    for check_ in checks:
        outcome = check_(ctx)
        if outcome is True:
            continue  # the usual sync answer, without asking whether it is awaitable
        if inspect.isawaitable(outcome):
            outcome = await outcome
        if not outcome:
            raise errors.CheckFailedError()


def pending_checks(function: object) -> list[CheckT]:
    """The checks decorators left on a handler function, top first (a new list each time).

    ```python
    @app_commands.guild_only
    async def handler(ctx: app_commands.SlashContext) -> None: ...

    pending_checks(handler)  # [<check guild_only>]
    ```
    """
    namespace = _namespace(function)
    return list(namespace.get(_STASH, ())) if namespace is not None else []


def _adding(check_: CheckT) -> Callable[[_T], _T]:
    def decorate(target: _T) -> _T:
        return _add(target, check_)

    decorate.check = check_  # type: ignore[attr-defined] # what `as_check` finds on the decorator
    return decorate


def as_check(item: object) -> CheckT:
    """The check behind `item`: a `Check`, or a check decorator (`guild_only`, `check(...)`,
    `has_permissions(...)`, ...), as `Plugin(checks=[...])` takes them."""
    if isinstance(item, Check):
        return item
    inner = getattr(item, "check", None)
    if isinstance(inner, Check):
        return inner
    raise errors.DeclarationError(
        f"{item!r} is not a check: pass app_commands.Check(...) or a check decorator such as "
        "app_commands.guild_only or app_commands.has_permissions(...)"
    )


def _add(target: _T, check_: CheckT) -> _T:
    # A declaration, client or plugin keeps a `checks` list; a bare handler keeps them until its
    # command decorator reads them (`pending_checks`).
    existing = getattr(target, "checks", None)
    if isinstance(existing, list):
        existing.append(check_)
        return target
    namespace = _namespace(target)
    if not callable(target) or namespace is None:
        raise errors.DeclarationError(
            f"{check_!r} decorates a command handler, a declaration, a client or a plugin, not {target!r}"
        )
    # Decorators run bottom first: inserting at the front keeps the order they are written in.
    namespace.setdefault(_STASH, []).insert(0, check_)
    return target


def _namespace(function: object) -> dict[str, typing.Any] | None:
    namespace = getattr(function, "__dict__", None)
    return namespace if isinstance(namespace, dict) else None


# -- the checks ----------------------------------------------------------------------------------


def check(
    predicate: Callable[[_ContextT], bool | Awaitable[bool]], /, *, message: str | None = None
) -> Callable[[_T], _T]:
    """A custom check: `predicate(ctx)` returning `False` refuses with `message` (`CheckFailedError`).

    ```python
    async def is_registered(ctx: app_commands.SlashContext) -> bool:
        return await db.has_user(ctx.user.id)

    @client.slash("daily", "Claim your reward")
    @app_commands.check(is_registered, message="Use /register first.")
    async def daily(ctx: app_commands.SlashContext) -> None: ...
    ```
    """
    if not callable(predicate):
        raise errors.DeclarationError(f"check(...) takes a function of the context, got {predicate!r}")
    named = Check(predicate, name=f"check({_name_of(predicate)})", message=message)
    return _adding(named)


def guild_only(target: _T) -> _T:
    """Refuse use outside guilds (in DMs and group DMs) with `GuildOnlyError`.

    ```python
    @client.slash("ban", "Ban a member")
    @app_commands.guild_only
    async def ban(ctx: app_commands.SlashContext) -> None: ...
    ```
    """
    return _add(target, _GUILD_ONLY)


def has_permissions(*permissions: Permissions) -> Callable[[_T], _T]:
    """Refuse members who lack any of `permissions` in the channel (`MissingPermissionsError`).

    `ADMINISTRATOR` passes; outside guilds there is no member and the refusal is
    `GuildOnlyError`. Discord can hide a command from members without permissions too:
    `default_member_permissions` on the command; this check holds wherever servers set it.

    ```python
    @app_commands.has_permissions(Permissions.MANAGE_MESSAGES, Permissions.MANAGE_THREADS)
    ```
    """
    required = _combine("has_permissions", permissions)
    required_bits = int(required)

    def member_has(ctx: CheckContext) -> bool:
        member = ctx.member
        if member is None:
            raise errors.GuildOnlyError()
        if missing := _missing(required_bits, member.permissions):
            raise errors.MissingPermissionsError(Permissions(missing))
        return True

    named = Check(member_has, name=f"has_permissions({_flag_names(required)})")
    return _adding(named)


def bot_has_permissions(*permissions: Permissions) -> Callable[[_T], _T]:
    """Refuse when the application lacks any of `permissions` in the channel (`BotMissingPermissionsError`).

    It reads `app_permissions`, which Discord sends with every interaction; when it is absent the
    check passes (Discord will refuse what is not allowed). Use it before work that would fail
    halfway, such as banning after a confirmation.

    ```python
    @app_commands.bot_has_permissions(Permissions.MANAGE_ROLES)
    ```
    """
    required = _combine("bot_has_permissions", permissions)
    required_bits = int(required)

    def app_has(ctx: CheckContext) -> bool:
        have = ctx.app_permissions
        if have is not None and (missing := _missing(required_bits, have)):
            raise errors.BotMissingPermissionsError(Permissions(missing))
        return True

    named = Check(app_has, name=f"bot_has_permissions({_flag_names(required)})")
    return _adding(named)


def owner_only(target: _T) -> _T:
    """Refuse everyone but the application's owner and team members (`NotOwnerError`).

    The owners come from `Client.fetch_owner_ids()` (fetched from Discord once, or the
    `owner_ids=` given to the client).

    ```python
    @client.slash("reload", "Reload a plugin")
    @app_commands.owner_only
    async def reload(ctx: app_commands.SlashContext, name: str) -> None: ...
    ```
    """
    return _add(target, _OWNER_ONLY)


def _require_guild(ctx: CheckContext) -> bool:
    if ctx.guild_id is None:
        raise errors.GuildOnlyError()
    return True


async def _require_owner(ctx: CheckContext) -> bool:
    if ctx.user.id not in await ctx.client.fetch_owner_ids():
        raise errors.NotOwnerError()
    return True


_GUILD_ONLY: typing.Final = Check(_require_guild, name="guild_only")
_OWNER_ONLY: typing.Final = Check(_require_owner, name="owner_only")


def _combine(where: str, permissions: tuple[Permissions, ...]) -> Permissions:
    if not permissions:
        raise errors.DeclarationError(f"{where}() needs at least one permission")
    for permission in permissions:
        if not isinstance(permission, Permissions):
            raise errors.DeclarationError(f"{where}(...) takes Permissions flags, got {permission!r}")
    return functools.reduce(operator.or_, permissions)


def _missing(required: int, have: Permissions) -> int:
    # Plain ints: flag arithmetic costs a microsecond a check, and this runs on every invocation.
    bits = int(have)
    return 0 if bits & _ADMINISTRATOR else required & ~bits


_ADMINISTRATOR: typing.Final = int(Permissions.ADMINISTRATOR)


def _flag_names(value: Permissions) -> str:
    flags = sorted(value.split(), key=int)  # lowest bit first, as Discord's table lists them
    return " | ".join(flag.name or str(flag.value) for flag in flags) or "NONE"


def _name_of(predicate: object) -> str:
    name = getattr(predicate, "__qualname__", None) or getattr(predicate, "__name__", None)
    # A check defined inside a function reads better as `is_mod` than `setup.<locals>.is_mod`.
    return name.rpartition("<locals>.")[2] if isinstance(name, str) else repr(predicate)


guild_only.check = _GUILD_ONLY  # type: ignore[attr-defined] # see `as_check`
owner_only.check = _OWNER_ONLY  # type: ignore[attr-defined]
