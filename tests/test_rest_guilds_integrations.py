"""Integration models read as Discord documents them (resources/guild.mdx, "Integration Object"),
from minimal payloads and from wrong-typed fields, and compared with hikari 2.7's reading of the same
payloads; the welcome screen channel is built as hikari builds it."""

from __future__ import annotations

import datetime
import typing

import hikari
import pytest
from hikari.impl import entity_factory

from hikari_like import guilds
from hikari_like import snowflakes
from tests.helpers import APP

TWITCH: typing.Final = {
    "id": "33590653072239123",
    "name": "A Name",
    "type": "twitch",
    "enabled": True,
    "syncing": False,
    "role_id": "41771983423143936",
    "enable_emoticons": True,
    "expire_behavior": 0,
    "expire_grace_period": 30,
    "user": {"id": "80351110224678912", "username": "Nelly", "discriminator": "1337", "avatar": None},
    "account": {"id": "1234", "name": "cat_streams"},
    "synced_at": "2021-01-01T00:00:00+00:00",
    "subscriber_count": 7,
    "revoked": False,
}
BOT: typing.Final = {
    "id": "33590653072239124",
    "name": "Mason",
    "type": "discord",
    "enabled": True,
    "account": {"id": "53908232506183680", "name": "Mason"},
    "application": {
        "id": "53908232506183680",
        "name": "Mason",
        "icon": "a3f0c6bb3b9b6b0d0d9b2b3b4b5b6b7b",
        "description": "",
        "bot": {
            "id": "53908232506183680",
            "username": "Mason",
            "discriminator": "0",
            "avatar": None,
            "bot": True,
        },
    },
    "scopes": ["bot"],
}
GUILD_ID: typing.Final = snowflakes.Snowflake(197038439483310086)


def read(payload: typing.Mapping[str, typing.Any]) -> guilds.Integration:
    return guilds.Integration.from_payload(dict(payload), app=APP, guild_id=GUILD_ID)


def test_a_twitch_integration_reads_every_documented_field() -> None:
    integration = read(TWITCH)

    assert (integration.id, integration.name, integration.type) == (
        33590653072239123,
        "A Name",
        guilds.IntegrationType.TWITCH,
    )
    assert (integration.account.id, str(integration.account)) == ("1234", "cat_streams")
    assert integration.expire_behavior is guilds.IntegrationExpireBehaviour.REMOVE_ROLE
    assert integration.expire_grace_period == datetime.timedelta(days=30)
    assert (integration.is_enabled, integration.is_syncing, integration.is_emojis_enabled) == (
        True,
        False,
        True,
    )
    assert integration.is_revoked is False
    assert integration.last_synced_at == datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
    assert integration.role_id == 41771983423143936
    assert integration.user is not None
    assert integration.user.username == "Nelly"
    assert (integration.subscriber_count, integration.application) == (7, None)


def test_a_bot_integration_has_its_application_and_none_for_what_discord_leaves_out() -> None:
    integration = read(BOT)

    assert integration.type is guilds.IntegrationType.DISCORD_BOT
    assert integration.application is not None
    assert integration.application.bot is not None
    assert integration.application.bot.is_bot is True
    assert integration.application.description is None  # "" as hikari reads it
    url = integration.application.make_icon_url(size=64)
    assert (
        str(url)
        == "https://cdn.discordapp.com/app-icons/53908232506183680/a3f0c6bb3b9b6b0d0d9b2b3b4b5b6b7b.png?size=64"
    )
    absent = (integration.is_syncing, integration.expire_behavior, integration.expire_grace_period)
    assert absent == (None, None, None)
    assert (
        integration.last_synced_at,
        integration.role_id,
        integration.user,
        integration.subscriber_count,
    ) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize("payload", [TWITCH, BOT])
def test_hikari_reads_the_same_payloads_the_same_way(payload: typing.Mapping[str, typing.Any]) -> None:
    theirs = entity_factory.EntityFactoryImpl(typing.cast("typing.Any", object())).deserialize_integration(
        dict(payload), guild_id=hikari.Snowflake(GUILD_ID)
    )
    ours = read(payload)

    fields = (
        *("id", "name", "guild_id", "is_enabled", "is_syncing", "is_emojis_enabled", "is_revoked"),
        *("last_synced_at", "role_id", "subscriber_count", "expire_grace_period"),
    )
    assert {name: getattr(ours, name) for name in fields} == {name: getattr(theirs, name) for name in fields}
    assert (str(ours.type), ours.account.id, ours.account.name) == (
        str(theirs.type),
        theirs.account.id,
        theirs.account.name,
    )
    assert (ours.expire_behavior is None) == (theirs.expire_behavior is None)
    assert (ours.application is None) == (theirs.application is None)


def test_an_unknown_type_and_wrong_typed_fields_never_raise() -> None:
    integration = read(
        {
            "id": "1",
            "type": "new_service",
            "name": 5,
            "enabled": "yes",
            "account": "nope",
            "expire_behavior": 9,
            "expire_grace_period": -3,
            "synced_at": "not a time",
            "user": {"no": "id"},
            "application": [],
            "subscriber_count": "many",
        }
    )

    assert str(integration.type) == "new_service"
    assert isinstance(integration.type, guilds.IntegrationType)
    assert not integration.type.is_known
    assert (integration.name, integration.is_enabled, integration.account.id) == ("", False, "")
    assert int(integration.expire_behavior or 0) == 9
    assert integration.expire_grace_period is None
    assert (integration.last_synced_at, integration.user, integration.application) == (None, None, None)
    assert integration.subscriber_count is None
    with pytest.raises(KeyError):
        read({"name": "no id"})


def test_welcome_channel_is_built_as_hikari_builds_it() -> None:
    ours = guilds.WelcomeChannel(snowflakes.Snowflake(1), "Rules", emoji_id=snowflakes.Snowflake(2))
    theirs = hikari.guilds.WelcomeChannel(hikari.Snowflake(1), "Rules", emoji_id=hikari.Snowflake(2))

    assert (ours.channel_id, ours.description, ours.emoji_name, ours.emoji_id) == (
        theirs.channel_id,
        theirs.description,
        theirs.emoji_name,
        theirs.emoji_id,
    )
