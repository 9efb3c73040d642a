"""Auto-moderation endpoints: a guild's rules, fetched, created, edited and deleted (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/auto-moderation.md,
"List/Get/Create/Modify/Delete Auto Moderation Rule"). Every call needs MANAGE_GUILD.

```python
rule = await rest.create_auto_mod_rule(
    guild_id,
    name="no invites",
    event_type=hikari.AutoModEventType.MESSAGE_SEND,
    trigger=hikari.impl.AutoModKeywordTriggerBuilder(keyword_filter=["discord.gg/*"]),
    actions=[hikari.impl.AutoModBlockMessageActionBuilder()],
)
await rest.edit_auto_mod_rule(guild_id, rule, enabled=False)
```
"""

from __future__ import annotations

__all__ = ["AutoModEndpoints"]

import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like import auto_mod
    from hikari_like.api import special_endpoints
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never manage auto-moderation.
    auto_mod = lazy_imports.module("hikari_like.auto_mod")

_UNDEFINED: typing.Final = undefined.UNDEFINED


class AutoModEndpoints(rest_api.RESTClient):
    """`fetch_auto_mod_rule(s)`, `create_auto_mod_rule`, `edit_auto_mod_rule`, `delete_auto_mod_rule`."""

    __slots__ = ()

    def _auto_mod_rule(self, payload: JSONObject) -> auto_mod.AutoModRule:
        return auto_mod.AutoModRule.from_payload(payload, app=self)

    async def fetch_auto_mod_rule(
        self, guild: snowflakes.SnowflakeishOr, rule: snowflakes.SnowflakeishOr, /
    ) -> auto_mod.AutoModRule:
        """One rule; `NotFoundError` (10066) for an unknown one.

        ```python
        rule = await rest.fetch_auto_mod_rule(guild_id, rule_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_AUTO_MODERATION_RULE, guild=guild, rule=rule)
        return self._auto_mod_rule(await self.request(route))

    async def fetch_auto_mod_rules(
        self, guild: snowflakes.SnowflakeishOr, /
    ) -> typing.Sequence[auto_mod.AutoModRule]:
        """Every rule of the guild.

        ```python
        names = [rule.name for rule in await rest.fetch_auto_mod_rules(guild_id)]
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_AUTO_MODERATION_RULES, guild=guild)
        return [self._auto_mod_rule(payload) for payload in await self.request(route)]

    async def create_auto_mod_rule(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        name: str,
        event_type: auto_mod.AutoModEventType | int,
        trigger: special_endpoints.AutoModTriggerBuilder,
        actions: typing.Sequence[special_endpoints.AutoModActionBuilder],
        enabled: undefined.UndefinedOr[bool] = _UNDEFINED,
        exempt_roles: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = _UNDEFINED,
        exempt_channels: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> auto_mod.AutoModRule:
        """A new rule. Discord's limits: 6 KEYWORD rules, one each of SPAM, KEYWORD_PRESET,
        MENTION_SPAM and MEMBER_PROFILE; up to 20 exempt roles and 50 exempt channels. `enabled` is
        sent only when given, as hikari's implementation does: Discord makes a rule without it
        disabled.

        ```python
        trigger = hikari.impl.AutoModMentionSpamTriggerBuilder(
            mention_total_limit=5, mention_raid_protection_enabled=True
        )
        rule = await rest.create_auto_mod_rule(
            guild_id, name="mentions", event_type=1, trigger=trigger,
            actions=[hikari.impl.AutoModTimeoutActionBuilder(duration_seconds=60)],
        )
        ```
        """
        body = _rule_body(
            name=name,
            event_type=event_type,
            enabled=enabled,
            exempt_roles=exempt_roles,
            exempt_channels=exempt_channels,
            actions=actions,
        )
        body.put("trigger_type", int(trigger.type))
        body.put("trigger_metadata", trigger.build())
        route = routes.compile_ids(routes.POST_GUILD_AUTO_MODERATION_RULE, guild=guild)
        return self._auto_mod_rule(await self.request(route, json=body, reason=reason))

    async def edit_auto_mod_rule(
        self,
        guild: snowflakes.SnowflakeishOr,
        rule: snowflakes.SnowflakeishOr,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        event_type: undefined.UndefinedOr[auto_mod.AutoModEventType | int] = _UNDEFINED,
        trigger: undefined.UndefinedOr[special_endpoints.AutoModTriggerBuilder] = _UNDEFINED,
        actions: undefined.UndefinedOr[typing.Sequence[special_endpoints.AutoModActionBuilder]] = _UNDEFINED,
        enabled: undefined.UndefinedOr[bool] = _UNDEFINED,
        exempt_roles: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = _UNDEFINED,
        exempt_channels: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> auto_mod.AutoModRule:
        """Change what is given; a rule's trigger type cannot change (`trigger` sets its metadata).

        ```python
        await rest.edit_auto_mod_rule(guild_id, rule, exempt_roles=[moderators_role_id])
        ```
        """
        body = _rule_body(
            name=name,
            event_type=event_type,
            enabled=enabled,
            exempt_roles=exempt_roles,
            exempt_channels=exempt_channels,
            actions=actions,
        )
        if not isinstance(trigger, undefined.UndefinedType):
            body.put("trigger_metadata", trigger.build())
        route = routes.compile_ids(routes.PATCH_GUILD_AUTO_MODERATION_RULE, guild=guild, rule=rule)
        return self._auto_mod_rule(await self.request(route, json=body, reason=reason))

    async def delete_auto_mod_rule(
        self,
        guild: snowflakes.SnowflakeishOr,
        rule: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Delete a rule.

        ```python
        await rest.delete_auto_mod_rule(guild_id, rule, reason="no longer needed")
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_AUTO_MODERATION_RULE, guild=guild, rule=rule)
        await self.request(route, reason=reason)


def _rule_body(
    *,
    name: undefined.UndefinedOr[str],
    event_type: undefined.UndefinedOr[auto_mod.AutoModEventType | int],
    enabled: undefined.UndefinedOr[bool],
    exempt_roles: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]],
    exempt_channels: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]],
    actions: undefined.UndefinedOr[typing.Sequence[special_endpoints.AutoModActionBuilder]],
) -> payloads.Payload:
    body = payloads.Payload()
    body.put("name", name)
    body.put("event_type", event_type, conversion=int)
    body.put("enabled", enabled)
    body.put_snowflake_array("exempt_roles", exempt_roles)
    body.put_snowflake_array("exempt_channels", exempt_channels)
    body.put_array("actions", actions, conversion=lambda action: action.build())
    return body
