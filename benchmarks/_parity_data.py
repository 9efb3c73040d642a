"""What the parity report groups by, and the parameters hikari_like adds on purpose.

`REST_PARTS` follows the issues that bring hikari's REST client over (#18, #19, #23), each split by
Discord resource as the issue lists it; a hikari method in none of them is reported under "other".
"""

from __future__ import annotations

__all__ = ["EXTENSIONS", "REST_PARTS"]

import typing

_Groups: typing.TypeAlias = dict[str, tuple[str, ...]]

_PART_1: typing.Final[_Groups] = {
    "builders": (
        "build_message_action_row",
        "build_modal_action_row",
        "interaction_message_builder",
        "interaction_deferred_builder",
        "interaction_modal_builder",
        "interaction_autocomplete_builder",
    ),
    "guilds": (
        "fetch_guild",
        "fetch_guild_preview",
        "edit_guild",
        "delete_guild",
        "fetch_my_guilds",
        "leave_guild",
        "fetch_guild_channels",
        "fetch_guild_voice_regions",
        "fetch_voice_regions",
        "fetch_vanity_url",
        "fetch_widget",
        "edit_widget",
        "fetch_welcome_screen",
        "edit_welcome_screen",
        "fetch_guild_onboarding",
        "edit_guild_onboarding",
        "fetch_integrations",
        "set_guild_incident_actions",
        "fetch_template",
        "fetch_guild_templates",
        "create_template",
        "edit_template",
        "delete_template",
        "sync_guild_template",
        "estimate_guild_prune_count",
        "begin_guild_prune",
    ),
    "members": (
        "fetch_member",
        "fetch_members",
        "search_members",
        "edit_member",
        "fetch_my_member",
        "edit_my_member",
        "add_user_to_guild",
        "kick_user",
        "kick_member",
    ),
    "roles": (
        "fetch_roles",
        "fetch_role",
        "create_role",
        "edit_role",
        "delete_role",
        "reposition_roles",
        "add_role_to_member",
        "remove_role_from_member",
        "fetch_role_member_counts",
    ),
    "bans": (
        "ban_user",
        "ban_member",
        "unban_user",
        "unban_member",
        "fetch_ban",
        "fetch_bans",
        "bulk_ban_users",
    ),
    "channels": (
        "create_guild_text_channel",
        "create_guild_voice_channel",
        "create_guild_news_channel",
        "create_guild_media_channel",
        "create_guild_category",
        "edit_channel",
        "delete_channel",
        "reposition_channels",
        "edit_permission_overwrite",
        "delete_permission_overwrite",
        "set_voice_channel_status",
    ),
    "invites": (
        "create_invite",
        "fetch_invite",
        "delete_invite",
        "fetch_channel_invites",
        "fetch_guild_invites",
    ),
    "DMs": (
        "create_dm_channel",
        "create_group_dm_channel",
        "add_recipient_to_group_dm",
        "remove_recipient_from_group_dm",
    ),
    "fixes": ("fetch_application_commands", "fetch_my_user"),
}

_PART_2: typing.Final[_Groups] = {
    "messages": (
        "fetch_messages",
        "delete_messages",
        "crosspost_message",
        "trigger_typing",
        "search_messages",
        "create_message",
        "fetch_pins",
        "pin_message",
        "unpin_message",
        "create_voice_message",
        "execute_webhook_voice_message",
        "follow_channel",
    ),
    "reactions": (
        "add_reaction",
        "delete_my_reaction",
        "delete_reaction",
        "delete_all_reactions",
        "delete_all_reactions_for_emoji",
        "fetch_reactions_for_emoji",
    ),
    "threads and forums": (
        "create_thread",
        "create_message_thread",
        "create_forum_post",
        "create_guild_forum_channel",
        "join_thread",
        "leave_thread",
        "add_thread_member",
        "remove_thread_member",
        "fetch_thread_member",
        "fetch_thread_members",
        "fetch_active_threads",
        "fetch_public_archived_threads",
        "fetch_private_archived_threads",
        "fetch_joined_private_archived_threads",
    ),
    "webhooks": (
        "create_webhook",
        "fetch_webhook",
        "edit_webhook",
        "delete_webhook",
        "fetch_channel_webhooks",
        "fetch_guild_webhooks",
        "execute_webhook",
    ),
    "emojis and stickers": (
        "fetch_emoji",
        "fetch_guild_emojis",
        "create_emoji",
        "edit_emoji",
        "delete_emoji",
        "fetch_sticker",
        "fetch_guild_sticker",
        "fetch_guild_stickers",
        "create_sticker",
        "edit_sticker",
        "delete_sticker",
        "fetch_available_sticker_packs",
        "fetch_sticker_pack",
    ),
}

_PART_3: typing.Final[_Groups] = {
    "applications and commands": (
        "edit_application",
        "fetch_application_command",
        "edit_application_command",
        "fetch_application_command_permissions",
        "fetch_application_guild_commands_permissions",
        "set_application_command_permissions",
        "fetch_application_emoji",
        "fetch_application_emojis",
        "create_application_emoji",
        "edit_application_emoji",
        "delete_application_emoji",
        "fetch_application_role_connection_metadata_records",
        "set_application_role_connection_metadata_records",
        "fetch_my_user_application_role_connection",
        "set_my_user_application_role_connection",
        "fetch_activity_instance",
        "edit_my_user",
        "fetch_my_connections",
    ),
    "monetization": (
        "fetch_skus",
        "fetch_entitlements",
        "fetch_entitlement",
        "consume_entitlement",
        "create_test_entitlement",
        "delete_test_entitlement",
    ),
    "OAuth2": (
        "authorize_access_token",
        "authorize_client_credentials_token",
        "refresh_access_token",
        "revoke_access_token",
        "fetch_authorization",
    ),
    "audit logs": ("fetch_audit_log",),
    "auto-moderation": (
        "fetch_auto_mod_rule",
        "fetch_auto_mod_rules",
        "create_auto_mod_rule",
        "edit_auto_mod_rule",
        "delete_auto_mod_rule",
    ),
    "scheduled events": (
        "create_stage_event",
        "create_voice_event",
        "create_external_event",
        "edit_scheduled_event",
        "delete_scheduled_event",
        "fetch_scheduled_event",
        "fetch_scheduled_events",
        "fetch_scheduled_event_users",
    ),
    "stages": (
        "create_stage_instance",
        "edit_stage_instance",
        "delete_stage_instance",
        "fetch_stage_instance",
        "create_guild_stage_channel",
    ),
    "voice": (
        "fetch_voice_state",
        "fetch_my_voice_state",
        "edit_voice_state",
        "edit_my_voice_state",
        "create_interaction_voice_message_response",
        "edit_interaction_voice_message_response",
    ),
}

REST_PARTS: typing.Final[dict[str, _Groups]] = {
    "REST part 1 (#18)": _PART_1,
    "REST part 2 (#19)": _PART_2,
    "REST part 3 (#23)": _PART_3,
}
"""Section title -> resource -> hikari `RESTClient` method names, in the issues' order."""

EXTENSIONS: typing.Final[dict[str, frozenset[str]]] = {
    # Discord takes a poll on the edit that completes a deferred answer; hikari 2.7 has no way to send it.
    # The edit that completes a deferral asked with IS_COMPONENTS_V2 carries the flag Discord refuses
    # on the deferral itself.
    "rest:edit_interaction_response": frozenset({"poll", "flags"}),
    "rest:edit_webhook_message": frozenset({"poll"}),
    # How long requests under way may take to finish before closing fails them with a clear error.
    "rest:close": frozenset({"grace"}),
    # Discord takes X-Audit-Log-Reason on Follow Announcement Channel; hikari's implementation
    # takes `reason=`, its interface does not.
    "rest:follow_channel": frozenset({"reason"}),
    # Discord sends a blocking action's explanation (`metadata.custom_message`); hikari drops it.
    "top-level:AutoModBlockMessage": frozenset({"custom_message"}),
    # Alt text for an upload (Discord's attachment `description`).
    "top-level:Bytes": frozenset({"description"}),
    "top-level:File": frozenset({"description"}),
    "top-level:URL": frozenset({"description"}),
    # Discord's attachment flags (IS_SPOILER, IS_CLIP...).
    "top-level:Attachment": frozenset({"flags"}),
}
"""Report key -> parameters hikari lacks. Each must be keyword-only with a default, so that a call
written for hikari never notices it; any other parameter hikari lacks is a difference."""
