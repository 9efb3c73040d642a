"""The audit log endpoint: a guild's log, one page (an `AuditLog`) at a time (#23).

A mixin of `RESTClientImpl`; hikari's name and signature (Discord: resources/audit-log.md, "Get
Guild Audit Log"). Needs VIEW_AUDIT_LOG.

```python
async for page in rest.fetch_audit_log(guild_id, event_type=hikari.AuditLogEventType.MEMBER_BAN_ADD):
    for entry in page:
        print(entry.user_id, entry.target_id, entry.reason)
```
"""

from __future__ import annotations

__all__ = ["AuditLogEndpoints", "AuditLogPages"]

import typing

from hikari_like import iterators
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import audit_logs
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never read the audit log.
    audit_logs = lazy_imports.module("hikari_like.audit_logs")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_PAGE_SIZE: typing.Final = 100

_Searchable: typing.TypeAlias = snowflakes.SearchableSnowflakeishOr


def _cursor(value: _Searchable) -> str:
    return str(snowflakes.search_id_of(value))


class AuditLogPages(iterators.LazyIterator["audit_logs.AuditLog"]):
    """The pages of a guild's audit log, each of up to 100 entries: older ones by `before`
    (newest first, from the newest), or newer ones by `after`."""

    __slots__ = ("_cursor", "_direction", "_guild_id", "_query", "_rest")

    def __init__(
        self,
        rest: rest_api.RESTClient,
        guild_id: snowflakes.Snowflake,
        *,
        direction: typing.Literal["before", "after"],
        cursor: str | None,
        query: dict[str, str],
    ) -> None:
        self._rest, self._guild_id, self._direction = rest, guild_id, direction
        self._cursor, self._query = cursor, query

    async def __anext__(self) -> audit_logs.AuditLog:
        """The next page; `StopAsyncIteration` once a page comes back empty."""
        query = dict(self._query)
        if self._cursor is not None:
            query[self._direction] = self._cursor
        route = routes.GET_GUILD_AUDIT_LOGS.compile(guild=self._guild_id)
        payload = read.mapping(await self._rest.request(route, query=query))
        ids = [int(entry["id"]) for entry in read.objects(payload.get("audit_log_entries")) if "id" in entry]
        if not ids:
            raise StopAsyncIteration
        # From the raw IDs: an entry the parser leaves out must still move the cursor on.
        self._cursor = str(min(ids) if self._direction == "before" else max(ids))
        return audit_logs.AuditLog.from_payload(payload, app=self._rest.rest, guild_id=self._guild_id)


class AuditLogEndpoints(rest_api.RESTClient):
    """`fetch_audit_log`."""

    __slots__ = ()

    def fetch_audit_log(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        before: undefined.UndefinedOr[_Searchable] = _UNDEFINED,
        after: undefined.UndefinedOr[_Searchable] = _UNDEFINED,
        user: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        event_type: undefined.UndefinedOr[audit_logs.AuditLogEventType | int] = _UNDEFINED,
    ) -> iterators.LazyIterator[audit_logs.AuditLog]:
        """The guild's audit log as pages of up to 100 entries: newest first from `before` (an
        entry, an ID or a moment; the newest when not given), or from `after` on. Filter by who
        acted (`user`) and by `event_type`. `ValueError` for both `before` and `after`.

        ```python
        bans = await rest.fetch_audit_log(guild_id, event_type=22).flatten()
        ```
        """
        if not isinstance(before, undefined.UndefinedType) and not isinstance(after, undefined.UndefinedType):
            raise ValueError("Can not specify 'before' and 'after' together.")
        query = {"limit": str(_PAGE_SIZE)}
        if not isinstance(user, undefined.UndefinedType):
            query["user_id"] = str(snowflakes.snowflake_of(user))
        if not isinstance(event_type, undefined.UndefinedType):
            query["action_type"] = str(int(event_type))
        direction: typing.Literal["before", "after"] = "before"
        cursor: str | None = None
        if not isinstance(after, undefined.UndefinedType):
            direction, cursor = "after", _cursor(after)
        elif not isinstance(before, undefined.UndefinedType):
            cursor = _cursor(before)
        return AuditLogPages(
            self, snowflakes.snowflake_of(guild), direction=direction, cursor=cursor, query=query
        )
