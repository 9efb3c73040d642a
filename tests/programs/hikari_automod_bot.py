# A hikari REST program that sets up a guild's auto-moderation and reads the audit log, written
# against hikari 2.7's public API: it creates a keyword rule (block, alert, timeout), a mention-spam
# rule and a preset rule, lists and edits them, refuses a second spam rule, bans and unbans a user
# with reasons, and reads what the audit log says about all of it. The test runs this exact
# source with `import hikari` (the reference) and `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like
from hikari.impl import special_endpoints


async def run(url: str, token: str, guild_id: int, channel_id: int, user_id: int) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            return await moderate(rest, guild_id, channel_id, user_id)
    finally:
        await app.close()


async def moderate(
    rest: hikari.api.RESTClient, guild_id: int, channel_id: int, user_id: int
) -> dict[str, typing.Any]:
    keywords = await rest.create_auto_mod_rule(
        guild_id,
        name="no invites",
        event_type=hikari.AutoModEventType.MESSAGE_SEND,
        trigger=special_endpoints.AutoModKeywordTriggerBuilder(
            keyword_filter=["discord.gg/*"], allow_list=["discord.gg/ours"]
        ),
        actions=[
            special_endpoints.AutoModBlockMessageActionBuilder(custom_message="No invites, please."),
            special_endpoints.AutoModSendAlertMessageActionBuilder(channel_id=hikari.Snowflake(channel_id)),
            special_endpoints.AutoModTimeoutActionBuilder(duration_seconds=600),
        ],
        reason="keep it clean",
    )
    mentions = await rest.create_auto_mod_rule(
        guild_id,
        name="mention spam",
        event_type=hikari.AutoModEventType.MESSAGE_SEND,
        trigger=special_endpoints.AutoModMentionSpamTriggerBuilder(
            mention_total_limit=5, mention_raid_protection_enabled=True
        ),
        actions=[special_endpoints.AutoModBlockMessageActionBuilder()],
        enabled=False,
    )
    await rest.create_auto_mod_rule(
        guild_id,
        name="profanity",
        event_type=hikari.AutoModEventType.MESSAGE_SEND,
        trigger=special_endpoints.AutoModKeywordPresetTriggerBuilder(
            presets=[hikari.AutoModKeywordPresetType.PROFANITY]
        ),
        actions=[special_endpoints.AutoModBlockMessageActionBuilder()],
    )
    await rest.create_auto_mod_rule(
        guild_id,
        name="spam",
        event_type=hikari.AutoModEventType.MESSAGE_SEND,
        trigger=special_endpoints.AutoModSpamTriggerBuilder(),
        actions=[special_endpoints.AutoModBlockMessageActionBuilder()],
    )
    try:
        await rest.create_auto_mod_rule(
            guild_id,
            name="spam again",
            event_type=hikari.AutoModEventType.MESSAGE_SEND,
            trigger=special_endpoints.AutoModSpamTriggerBuilder(),
            actions=[special_endpoints.AutoModBlockMessageActionBuilder()],
        )
        second_spam = "created"
    except hikari.BadRequestError as error:
        second_spam = f"refused {error.code}"
    enabled = await rest.edit_auto_mod_rule(
        guild_id, mentions, enabled=True, name="mentions", reason="turn on"
    )
    fetched = await rest.fetch_auto_mod_rule(guild_id, keywords.id)
    await rest.ban_user(guild_id, user_id, reason="posted invites")
    await rest.unban_user(guild_id, user_id, reason="appeal")
    await rest.delete_auto_mod_rule(guild_id, keywords, reason="replaced")
    rules = await rest.fetch_auto_mod_rules(guild_id)
    log = [entry async for page in rest.fetch_audit_log(guild_id) for entry in page]
    bans = await rest.fetch_audit_log(guild_id, event_type=hikari.AuditLogEventType.MEMBER_BAN_ADD).flatten()
    trigger = fetched.trigger
    assert isinstance(trigger, hikari.KeywordTrigger)
    return {
        "keywords": (
            fetched.name,
            list(trigger.keyword_filter),
            list(trigger.allow_list),
            fetched.is_enabled,
        ),
        "actions": [type(action).__name__ for action in fetched.actions],
        "timeout": [
            a.duration.total_seconds() for a in fetched.actions if isinstance(a, hikari.AutoModTimeout)
        ],
        "mentions": (enabled.name, enabled.is_enabled, type(enabled.trigger).__name__),
        "second_spam": second_spam,
        "rules": sorted(rule.name for rule in rules),
        "log": [(entry.action_type, entry.reason) for entry in log],
        "bans": [(entry.target_id, entry.reason) for entry in bans],
    }
