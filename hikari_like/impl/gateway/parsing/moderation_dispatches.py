"""`ModerationDispatches`: auto-moderation rules and actions, audit log entries, guild scheduled
events and command permissions, each read by its model's parser.

```python
factory.deserialize_auto_mod_action_execution_event(shard, payload)  # AutoModActionExecutionEvent
```
"""

from __future__ import annotations

__all__ = ["ModerationDispatches"]

import typing

from hikari_like import audit_logs
from hikari_like import auto_mod
from hikari_like import commands
from hikari_like import scheduled_events
from hikari_like import snowflakes
from hikari_like.events import application_events
from hikari_like.events import auto_mod_events
from hikari_like.events import guild_events
from hikari_like.events import scheduled_events as scheduled_event_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class ModerationDispatches(DispatchParsers):
    """Auto-moderation, audit log entries, scheduled events and command permissions."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "AUTO_MODERATION_RULE_CREATE": "deserialize_auto_mod_rule_create_event",
        "AUTO_MODERATION_RULE_UPDATE": "deserialize_auto_mod_rule_update_event",
        "AUTO_MODERATION_RULE_DELETE": "deserialize_auto_mod_rule_delete_event",
        "AUTO_MODERATION_ACTION_EXECUTION": "deserialize_auto_mod_action_execution_event",
        "GUILD_AUDIT_LOG_ENTRY_CREATE": "deserialize_audit_log_entry_create_event",
        "GUILD_SCHEDULED_EVENT_CREATE": "deserialize_scheduled_event_create_event",
        "GUILD_SCHEDULED_EVENT_UPDATE": "deserialize_scheduled_event_update_event",
        "GUILD_SCHEDULED_EVENT_DELETE": "deserialize_scheduled_event_delete_event",
        "GUILD_SCHEDULED_EVENT_USER_ADD": "deserialize_scheduled_event_user_add_event",
        "GUILD_SCHEDULED_EVENT_USER_REMOVE": "deserialize_scheduled_event_user_remove_event",
        "APPLICATION_COMMAND_PERMISSIONS_UPDATE": "deserialize_application_command_permission_update_event",
    }

    # -- auto-moderation ---------------------------------------------------------------------------

    def _rule(self, payload: JSONObject) -> auto_mod.AutoModRule:
        return auto_mod.AutoModRule.from_payload(payload, app=self._app)

    def deserialize_auto_mod_rule_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> auto_mod_events.AutoModRuleCreateEvent:
        """AUTO_MODERATION_RULE_CREATE: the new rule."""
        return auto_mod_events.AutoModRuleCreateEvent(shard=shard, rule=self._rule(payload))

    def deserialize_auto_mod_rule_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> auto_mod_events.AutoModRuleUpdateEvent:
        """AUTO_MODERATION_RULE_UPDATE: the rule as it is now."""
        return auto_mod_events.AutoModRuleUpdateEvent(shard=shard, rule=self._rule(payload))

    def deserialize_auto_mod_rule_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> auto_mod_events.AutoModRuleDeleteEvent:
        """AUTO_MODERATION_RULE_DELETE: the rule as it was."""
        return auto_mod_events.AutoModRuleDeleteEvent(shard=shard, rule=self._rule(payload))

    def deserialize_auto_mod_action_execution_event(
        self, shard: Shard, payload: JSONObject
    ) -> auto_mod_events.AutoModActionExecutionEvent:
        """AUTO_MODERATION_ACTION_EXECUTION: the action taken, the rule, and what matched."""
        get = payload.get
        trigger = read.integer(get("rule_trigger_type"))
        return auto_mod_events.AutoModActionExecutionEvent(
            app=self._app,
            shard=shard,
            guild_id=snowflakes.parse(payload["guild_id"]),
            action=auto_mod.action_from_payload(read.required_object(payload, "action")),
            rule_id=snowflakes.parse(payload["rule_id"]),
            rule_trigger_type=None if trigger is None else auto_mod.AutoModTriggerType(trigger),
            user_id=snowflakes.parse(payload["user_id"]),
            channel_id=snowflakes.parse_or_none(get("channel_id")),
            message_id=snowflakes.parse_or_none(get("message_id")),
            alert_system_message_id=snowflakes.parse_or_none(get("alert_system_message_id")),
            content=read.text(get("content")),
            matched_keyword=read.text(get("matched_keyword")),
            matched_content=read.text(get("matched_content")),
        )

    # -- audit log ---------------------------------------------------------------------------------

    def deserialize_audit_log_entry_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.AuditLogEntryCreateEvent:
        """GUILD_AUDIT_LOG_ENTRY_CREATE: the new entry (with its `guild_id`)."""
        guild_id = snowflakes.parse(payload["guild_id"])
        entry = audit_logs.AuditLogEntry.from_payload(payload, app=self._app, guild_id=guild_id)
        return guild_events.AuditLogEntryCreateEvent(shard=shard, entry=entry)

    # -- scheduled events --------------------------------------------------------------------------

    def _scheduled(self, payload: JSONObject) -> scheduled_events.ScheduledEvent:
        return scheduled_events.ScheduledEvent.from_payload(payload, app=self._app)

    def _subscriber(self, payload: JSONObject) -> dict[str, typing.Any]:
        """The fields of a USER_ADD or USER_REMOVE: whose subscription to which event of which guild."""
        return {
            "app": self._app,
            "event_id": snowflakes.parse(payload["guild_scheduled_event_id"]),
            "user_id": snowflakes.parse(payload["user_id"]),
            "guild_id": snowflakes.parse(payload["guild_id"]),
        }

    def deserialize_scheduled_event_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> scheduled_event_events.ScheduledEventCreateEvent:
        """GUILD_SCHEDULED_EVENT_CREATE: the new scheduled event."""
        return scheduled_event_events.ScheduledEventCreateEvent(shard=shard, event=self._scheduled(payload))

    def deserialize_scheduled_event_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> scheduled_event_events.ScheduledEventUpdateEvent:
        """GUILD_SCHEDULED_EVENT_UPDATE: the scheduled event as it is now."""
        return scheduled_event_events.ScheduledEventUpdateEvent(shard=shard, event=self._scheduled(payload))

    def deserialize_scheduled_event_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> scheduled_event_events.ScheduledEventDeleteEvent:
        """GUILD_SCHEDULED_EVENT_DELETE: the scheduled event as it was."""
        return scheduled_event_events.ScheduledEventDeleteEvent(shard=shard, event=self._scheduled(payload))

    def deserialize_scheduled_event_user_add_event(
        self, shard: Shard, payload: JSONObject
    ) -> scheduled_event_events.ScheduledEventUserAddEvent:
        """GUILD_SCHEDULED_EVENT_USER_ADD: a user subscribed."""
        return scheduled_event_events.ScheduledEventUserAddEvent(shard=shard, **self._subscriber(payload))

    def deserialize_scheduled_event_user_remove_event(
        self, shard: Shard, payload: JSONObject
    ) -> scheduled_event_events.ScheduledEventUserRemoveEvent:
        """GUILD_SCHEDULED_EVENT_USER_REMOVE: a user unsubscribed."""
        return scheduled_event_events.ScheduledEventUserRemoveEvent(shard=shard, **self._subscriber(payload))

    # -- command permissions -----------------------------------------------------------------------

    def deserialize_application_command_permission_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> application_events.ApplicationCommandPermissionsUpdateEvent:
        """APPLICATION_COMMAND_PERMISSIONS_UPDATE: a command's overwrites in a guild, as they are now."""
        permissions = commands.GuildCommandPermissions.from_payload(payload)
        return application_events.ApplicationCommandPermissionsUpdateEvent(
            app=self._app, shard=shard, permissions=permissions
        )
