"""Auto-moderation rules against the emulated Discord over loopback: the five endpoints, the
trigger and action builders, the parsed models, and auto-moderation.mdx's limits and checks."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import auto_mod
from hikari_like import errors
from hikari_like import impl
from hikari_like.api import special_endpoints
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

MESSAGE_SEND = auto_mod.AutoModEventType.MESSAGE_SEND


def error_code_at(caught: errors.HTTPResponseError, path: str) -> str:
    """The code of Discord's 50035 at a dotted `path` (`"actions.0.metadata.channel_id"`)."""
    assert isinstance(caught, errors.BadRequestError)
    node: typing.Any = caught.errors
    for part in path.split("."):
        node = node[part]
    return str(node["_errors"][0]["code"])


async def keyword_rule(rest: RESTClientImpl, guild: int, **fields: typing.Any) -> auto_mod.AutoModRule:
    return await rest.create_auto_mod_rule(
        guild,
        name=fields.pop("name", "no invites"),
        event_type=MESSAGE_SEND,
        trigger=fields.pop("trigger", impl.AutoModKeywordTriggerBuilder(keyword_filter=["discord.gg/*"])),
        actions=fields.pop("actions", [impl.AutoModBlockMessageActionBuilder(custom_message="No invites")]),
        enabled=fields.pop("enabled", True),
        **fields,
    )


async def test_create_fetch_and_list_a_keyword_rule(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    alerts = discord.add_guild_channel("alerts")
    mods = discord.add_role("mods")
    trigger = impl.AutoModKeywordTriggerBuilder(
        keyword_filter=["cat*", "*dog"], regex_patterns=["(b|c)at"], allow_list=["category"]
    )
    actions = [
        impl.AutoModBlockMessageActionBuilder(custom_message="Please, no pets"),
        impl.AutoModSendAlertMessageActionBuilder(channel_id=int(alerts["id"])),
        impl.AutoModTimeoutActionBuilder(duration_seconds=60),
    ]

    rule = await keyword_rule(
        rest,
        guild,
        name="pets",
        trigger=trigger,
        actions=actions,
        exempt_roles=[int(mods["id"])],
        reason="calm",
    )

    assert (rule.name, rule.guild_id, rule.event_type, rule.is_enabled) == ("pets", guild, MESSAGE_SEND, True)
    assert rule.creator_id == int(discord.state.bot_user["id"])
    assert isinstance(rule.trigger, auto_mod.KeywordTrigger)
    assert rule.trigger.type is auto_mod.AutoModTriggerType.KEYWORD
    assert (rule.trigger.keyword_filter, rule.trigger.regex_patterns) == (["cat*", "*dog"], ["(b|c)at"])
    assert rule.trigger.allow_list == ["category"]
    block, alert, timeout = rule.actions
    assert isinstance(block, auto_mod.AutoModBlockMessage)
    assert block.custom_message == "Please, no pets"
    assert isinstance(alert, auto_mod.AutoModSendAlertMessage)
    assert alert.channel_id == int(alerts["id"])
    assert isinstance(timeout, auto_mod.AutoModTimeout)
    assert timeout.duration == datetime.timedelta(seconds=60)
    assert (rule.exempt_role_ids, rule.exempt_channel_ids) == ([int(mods["id"])], [])
    assert await rest.fetch_auto_mod_rule(guild, rule) == rule
    assert [r.id for r in await rest.fetch_auto_mod_rules(guild)] == [rule.id]


async def test_every_trigger_type_round_trips(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    presets = [auto_mod.AutoModKeywordPresetType.PROFANITY, auto_mod.AutoModKeywordPresetType.SLURS]
    block = [impl.AutoModBlockMessageActionBuilder()]

    spam = await keyword_rule(rest, guild, name="spam", trigger=impl.AutoModSpamTriggerBuilder())
    preset = await keyword_rule(
        rest, guild, trigger=impl.AutoModKeywordPresetTriggerBuilder(presets=presets, allow_list=["heck"])
    )
    mentions = await keyword_rule(
        rest,
        guild,
        trigger=impl.AutoModMentionSpamTriggerBuilder(
            mention_total_limit=5, mention_raid_protection_enabled=True
        ),
        actions=block,
    )
    profile = await rest.create_auto_mod_rule(
        guild,
        name="profiles",
        event_type=auto_mod.AutoModEventType.MEMBER_UPDATE,
        trigger=impl.AutoModMemberProfileTriggerBuilder(keyword_filter=["admin"]),
        actions=[impl.AutoModBlockMemberInteractionActionBuilder()],
        enabled=False,
    )

    assert isinstance(spam.trigger, auto_mod.SpamTrigger)
    assert isinstance(preset.trigger, auto_mod.KeywordPresetTrigger)
    assert (preset.trigger.presets, preset.trigger.allow_list) == (presets, ["heck"])
    assert isinstance(mentions.trigger, auto_mod.MentionSpamTrigger)
    assert (mentions.trigger.mention_total_limit, mentions.trigger.mention_raid_protection_enabled) == (
        5,
        True,
    )
    assert isinstance(profile.trigger, auto_mod.MemberProfileTrigger)
    assert profile.trigger.keyword_filter == ["admin"]
    assert isinstance(profile.actions[0], auto_mod.AutoModBlockMemberAction)
    assert not profile.is_enabled
    assert profile.event_type is auto_mod.AutoModEventType.MEMBER_UPDATE


async def test_a_rule_is_disabled_unless_enabled(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    # As with hikari's implementation, `enabled` is only sent when given; Discord's default is off.
    rule = await rest.create_auto_mod_rule(
        int(discord.guild_id),
        name="quiet",
        event_type=MESSAGE_SEND,
        trigger=impl.AutoModSpamTriggerBuilder(),
        actions=[impl.AutoModBlockMessageActionBuilder()],
    )

    assert not rule.is_enabled
    assert "enabled" not in discord.requests[-1].json


async def test_edit_changes_only_what_is_given(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    channel = discord.add_guild_channel("memes")
    rule = await keyword_rule(rest, guild)

    edited = await rest.edit_auto_mod_rule(
        guild,
        rule,
        name="no links",
        trigger=impl.AutoModKeywordTriggerBuilder(keyword_filter=["http*"]),
        enabled=False,
        exempt_channels=[int(channel["id"])],
    )

    assert (edited.id, edited.name, edited.is_enabled) == (rule.id, "no links", False)
    assert isinstance(edited.trigger, auto_mod.KeywordTrigger)
    assert edited.trigger.keyword_filter == ["http*"]
    assert edited.exempt_channel_ids == [int(channel["id"])]
    assert [type(action) for action in edited.actions] == [auto_mod.AutoModBlockMessage]  # kept
    assert (await rest.fetch_auto_mod_rule(guild, rule)).name == "no links"


async def test_delete_then_unknown(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    rule = await keyword_rule(rest, guild)

    await rest.delete_auto_mod_rule(guild, rule, reason="done")

    assert await rest.fetch_auto_mod_rules(guild) == []
    await refused(10066, rest.fetch_auto_mod_rule(guild, rule))
    await refused(10066, rest.edit_auto_mod_rule(guild, rule, name="x"))
    await refused(10066, rest.delete_auto_mod_rule(guild, rule))


async def test_rules_per_trigger_type_are_limited(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    for number in range(6):
        await keyword_rule(rest, guild, name=f"keywords {number}")
    await keyword_rule(rest, guild, trigger=impl.AutoModSpamTriggerBuilder())

    too_many_keywords = await refused(50035, keyword_rule(rest, guild))
    second_spam = await refused(50035, keyword_rule(rest, guild, trigger=impl.AutoModSpamTriggerBuilder()))

    for caught in (too_many_keywords, second_spam):
        assert error_code_at(caught, "trigger_type") == "AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED"


@pytest.mark.parametrize(
    ("trigger", "path"),
    [
        (impl.AutoModKeywordTriggerBuilder(keyword_filter=["x" * 61]), "trigger_metadata.keyword_filter.0"),
        (impl.AutoModKeywordTriggerBuilder(keyword_filter=["w"] * 1001), "trigger_metadata.keyword_filter"),
        (impl.AutoModKeywordTriggerBuilder(regex_patterns=["a"] * 11), "trigger_metadata.regex_patterns"),
        (impl.AutoModKeywordTriggerBuilder(allow_list=["a"] * 101), "trigger_metadata.allow_list"),
        (
            impl.AutoModMentionSpamTriggerBuilder(
                mention_total_limit=51, mention_raid_protection_enabled=False
            ),
            "trigger_metadata.mention_total_limit",
        ),
    ],
)
async def test_trigger_metadata_limits(
    discord: EmulatedDiscord,
    rest: RESTClientImpl,
    trigger: special_endpoints.AutoModTriggerBuilder,
    path: str,
) -> None:
    caught = await refused(50035, keyword_rule(rest, int(discord.guild_id), trigger=trigger))

    assert error_code_at(caught, path)


async def test_a_preset_allow_list_takes_a_thousand(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    rule = await keyword_rule(
        rest,
        int(discord.guild_id),
        trigger=impl.AutoModKeywordPresetTriggerBuilder(allow_list=[f"w{i}" for i in range(1000)]),
    )

    assert isinstance(rule.trigger, auto_mod.KeywordPresetTrigger)
    assert len(rule.trigger.allow_list) == 1000


async def test_action_checks(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    long_message = impl.AutoModBlockMessageActionBuilder(custom_message="x" * 151)
    nowhere = impl.AutoModSendAlertMessageActionBuilder(channel_id=123)
    too_long = impl.AutoModTimeoutActionBuilder(duration_seconds=2419201)
    spam = impl.AutoModSpamTriggerBuilder()

    message = await refused(50035, keyword_rule(rest, guild, actions=[long_message]))
    channel = await refused(50035, keyword_rule(rest, guild, actions=[nowhere]))
    duration = await refused(50035, keyword_rule(rest, guild, actions=[too_long]))
    not_for_spam = await refused(
        50035,
        keyword_rule(
            rest, guild, trigger=spam, actions=[impl.AutoModTimeoutActionBuilder(duration_seconds=1)]
        ),
    )

    assert error_code_at(message, "actions.0.metadata.custom_message") == "BASE_TYPE_MAX_LENGTH"
    assert error_code_at(channel, "actions.0.metadata.channel_id")
    assert error_code_at(duration, "actions.0.metadata.duration_seconds")
    assert error_code_at(not_for_spam, "actions.0.type")
    assert await rest.fetch_auto_mod_rules(guild) == []


async def test_exemptions_are_the_guilds_and_limited(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    roles = [int(discord.add_role(f"r{i}")["id"]) for i in range(21)]

    too_many = await refused(50035, keyword_rule(rest, guild, exempt_roles=roles))
    unknown = await refused(50035, keyword_rule(rest, guild, exempt_channels=[123]))

    assert error_code_at(too_many, "exempt_roles") == "BASE_TYPE_MAX_LENGTH"
    assert error_code_at(unknown, "exempt_channels.0")


async def test_permissions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    rule = await keyword_rule(rest, guild)
    take_from_bot(discord, Permissions.MODERATE_MEMBERS)

    await refused(
        50013, keyword_rule(rest, guild, actions=[impl.AutoModTimeoutActionBuilder(duration_seconds=60)])
    )
    take_from_bot(discord, Permissions.MANAGE_GUILD)
    await refused(50013, rest.fetch_auto_mod_rules(guild))
    await refused(50013, rest.fetch_auto_mod_rule(guild, rule))
    await refused(50013, rest.delete_auto_mod_rule(guild, rule))


def test_unknown_trigger_and_action_types_are_kept() -> None:
    payload = {
        "id": "1",
        "guild_id": "2",
        "name": "future",
        "creator_id": "3",
        "event_type": 9,
        "trigger_type": 99,
        "trigger_metadata": {"something": True},
        "actions": [{"type": 42, "metadata": {}}, {"type": 2, "metadata": {}}, {"type": 1}],
        "enabled": True,
        "exempt_roles": ["4", "not an id"],
        "exempt_channels": None,
    }

    rule = auto_mod.AutoModRule.from_payload(payload, app=None)

    assert type(rule.trigger) is auto_mod.PartialAutoModTrigger
    assert rule.trigger.type == 99
    assert not auto_mod.AutoModTriggerType(99).is_known
    assert rule.event_type == 9
    # The alert without a channel cannot be read and is left out; the unknown type is kept.
    assert [type(action) for action in rule.actions] == [
        auto_mod.PartialAutoModAction,
        auto_mod.AutoModBlockMessage,
    ]
    assert rule.actions[0].type == 42
    assert (rule.exempt_role_ids, rule.exempt_channel_ids) == ([4], [])


def test_builders_build_discords_objects() -> None:
    assert impl.AutoModTimeoutActionBuilder(duration_seconds=5).build() == {
        "type": 3,
        "metadata": {"duration_seconds": 5},
    }
    assert impl.AutoModSendAlertMessageActionBuilder(channel_id=7).build() == {
        "type": 2,
        "metadata": {"channel_id": "7"},
    }
    assert impl.AutoModSpamTriggerBuilder().build() == {}
    assert isinstance(impl.AutoModKeywordTriggerBuilder(), special_endpoints.AutoModTriggerBuilder)
    assert isinstance(impl.AutoModKeywordTriggerBuilder(), special_endpoints.AutoModKeywordTriggerBuilder)
    assert isinstance(impl.AutoModBlockMessageActionBuilder(), special_endpoints.AutoModActionBuilder)
