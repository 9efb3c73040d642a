"""Cooldowns: at most `rate` uses per `per` seconds, per user, member, channel, guild or everyone.

Uses are counted in the client's `CommandStore`: with a `RedisStore` as the bot's rate-limit
store, every worker counts in the same place, so four workers still allow `rate` uses, not four
times as many. A use over the rate is refused with `OnCooldownError` (answered with an ephemeral
"try again in ..." message) and is not counted.

```python
@client.slash("roll", "Roll a die")
@app_commands.cooldown(2, 10.0, bucket=app_commands.BucketType.CHANNEL)
async def roll(ctx: app_commands.SlashContext) -> None: ...
```

The window opens at the first use and lasts `per` seconds (a fixed window, not a sliding one):
with `cooldown(2, 10.0)`, two uses at 0 s and 9 s let the third in at 10 s.
"""

from __future__ import annotations

__all__ = ["BucketType", "Cooldown", "CooldownContext", "cooldown", "pending_cooldown"]

import enum
import typing

import attrs

from hikari_like.app_commands import errors
from hikari_like.internal import fixed_windows

if typing.TYPE_CHECKING:
    from hikari_like import snowflakes
    from hikari_like import users
    from hikari_like.app_commands import store as store_

_T = typing.TypeVar("_T")
_STASH: typing.Final = "__app_commands_cooldown__"
_MAX_COMMAND_KEY: typing.Final = 150
"""Longer command keys are shortened, so a cooldown key stays under the store's 200 characters."""


class CooldownContext(typing.Protocol):
    """What a cooldown reads from a context to choose its bucket; every context has it."""

    @property
    def command_key(self) -> str:
        """A stable name of what was invoked (`"/tag show"`, `"component:role:{role_id:int}"`)."""
        ...

    @property
    def user(self) -> users.User:
        """Who invoked it."""
        ...

    @property
    def guild_id(self) -> snowflakes.Snowflake | None:
        """Where (`None` outside guilds)."""
        ...

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """In which channel."""
        ...


class BucketType(enum.Enum):
    """Whose uses a cooldown counts together."""

    USER = "user"
    """Each user, wherever they use it."""
    MEMBER = "member"
    """Each user in each guild (in DMs: in that DM)."""
    CHANNEL = "channel"
    """Everyone in a channel together."""
    GUILD = "guild"
    """Everyone in a guild together (in DMs: that DM)."""
    GLOBAL = "global"
    """Everyone everywhere together."""


def _whole_uses(_: object, attribute: attrs.Attribute[int], rate: object) -> None:
    if isinstance(rate, bool) or not isinstance(rate, int) or rate < 1:
        raise ValueError(f"a cooldown's rate is a whole number of uses >= 1, got {rate!r}")


def _seconds(_: object, attribute: attrs.Attribute[float], per: object) -> None:
    valid = isinstance(per, int | float) and not isinstance(per, bool) and 0 < per <= fixed_windows.MAX_PERIOD
    if not valid:
        raise ValueError(
            f"a cooldown's per is a number of seconds > 0 and <= {fixed_windows.MAX_PERIOD:.0f} "
            f"(a year), got {per!r}"
        )


def _bucket_type(_: object, attribute: attrs.Attribute[BucketType], bucket: object) -> None:
    if not isinstance(bucket, BucketType):
        raise errors.DeclarationError(
            f"a cooldown's bucket is a BucketType (such as BucketType.USER), got {bucket!r}"
        )


@attrs.frozen
class Cooldown:
    """At most `rate` uses per `per` seconds in each `bucket`; made by the `cooldown` decorator.

    ```python
    slow = Cooldown(1, 30.0, BucketType.GUILD)
    slow.key(ctx)  # "/announce:guild:81384788765712384"
    await slow.acquire(client.store, ctx)  # raises OnCooldownError(retry_after) when over
    ```
    """

    rate: int = attrs.field(validator=_whole_uses)
    per: float = attrs.field(validator=_seconds)
    bucket: BucketType = attrs.field(default=BucketType.USER, validator=_bucket_type)

    def key(self, ctx: CooldownContext) -> str:
        """The store key of `ctx`'s bucket: `"{command_key}:{bucket}:{id}"`, at most 200 characters."""
        command = fixed_windows.bounded_key(ctx.command_key, max_length=_MAX_COMMAND_KEY)
        return f"{command}:{self.bucket.value}:{self._bucket_id(ctx)}"

    def _bucket_id(self, ctx: CooldownContext) -> str:
        bucket = self.bucket
        if bucket is BucketType.USER:
            return str(ctx.user.id)
        if bucket is BucketType.CHANNEL:
            return str(ctx.channel_id)
        if bucket is BucketType.GLOBAL:
            return "*"
        # A DM has no guild: the DM channel stands in for it (a guild ID and a channel ID never clash).
        place = ctx.channel_id if ctx.guild_id is None else ctx.guild_id
        return str(place) if bucket is BucketType.GUILD else f"{place}:{ctx.user.id}"

    async def acquire(self, store: store_.CommandStore, ctx: CooldownContext) -> None:
        """Count one use in `ctx`'s bucket, or raise `OnCooldownError` (not counted) when over the rate."""
        retry_after = await store.hit(self.key(ctx), limit=self.rate, period=self.per)
        if retry_after > 0.0:
            raise errors.OnCooldownError(retry_after)


def cooldown(rate: int, per: float, *, bucket: BucketType = BucketType.USER) -> typing.Callable[[_T], _T]:
    """Allow `rate` uses per `per` seconds in each `bucket` (each user, by default).

    One cooldown per command: a second is a `DeclarationError`. `ValueError` for a `rate` below 1
    or a `per` that is not a positive number of seconds.

    ```python
    @client.slash("daily", "Claim your daily reward")
    @app_commands.cooldown(1, 24 * 3600.0)
    async def daily(ctx: app_commands.SlashContext) -> None: ...
    ```
    """
    limit = Cooldown(rate, per, bucket)

    def decorate(target: _T) -> _T:
        return _set(target, limit)

    return decorate


def pending_cooldown(function: object) -> Cooldown | None:
    """The cooldown the decorator left on a handler function, if any.

    ```python
    @app_commands.cooldown(1, 5.0)
    async def handler(ctx: app_commands.SlashContext) -> None: ...

    pending_cooldown(handler)  # Cooldown(rate=1, per=5.0, bucket=<BucketType.USER: 'user'>)
    ```
    """
    namespace = getattr(function, "__dict__", None)
    found = namespace.get(_STASH) if isinstance(namespace, dict) else None
    return found if isinstance(found, Cooldown) else None


def _set(target: _T, limit: Cooldown) -> _T:
    # A declaration has `checks` and `cooldown`; a bare handler keeps its cooldown until its
    # command decorator reads it (`pending_cooldown`).
    is_declaration = isinstance(getattr(target, "checks", None), list) and hasattr(target, "cooldown")
    existing = getattr(target, "cooldown", None) if is_declaration else pending_cooldown(target)
    if existing is not None:
        raise errors.DeclarationError(
            f"{_name_of(target)} has two cooldowns ({existing} and {limit}); keep one"
        )
    if is_declaration:
        setattr(target, "cooldown", limit)  # noqa: B010 - the declaration's type is not known here
        return target
    namespace = getattr(target, "__dict__", None)
    if not callable(target) or not isinstance(namespace, dict):
        raise errors.DeclarationError(
            f"cooldown(...) decorates a command handler or declaration, not {target!r}"
        )
    namespace[_STASH] = limit
    return target


def _name_of(target: object) -> str:
    name = getattr(getattr(target, "handler", target), "__qualname__", None)
    return name if isinstance(name, str) else repr(target)
