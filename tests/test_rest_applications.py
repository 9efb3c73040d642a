"""Application and command endpoints of REST part 3 (#23) against the emulated Discord over
loopback: editing the application and the bot user, fetching and editing one command, command
permissions (Bearer only for writes), application emojis, linked-role metadata and the user's
role connection, connections and Activity instances."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import applications
from hikari_like import commands
from hikari_like import errors
from hikari_like import files
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.permissions import Permissions
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_rest_emojis import GIF
from tests.test_rest_emojis import field_code
from tests.test_rest_members import PNG

_Record = applications.ApplicationRoleConnectionMetadataRecord
_RecordType = applications.ApplicationRoleConnectionMetadataRecordType


@pytest.fixture
async def user_rest(discord: EmulatedDiscord) -> typing.AsyncIterator[RESTClientImpl]:
    """A client with a Bearer token (it acts for the application's owner)."""
    token = discord.credentials.issue_bearer()
    async with RESTClientImpl(token=token, token_type="Bearer", rest_url=discord.url) as client:
        yield client


def _body(discord: EmulatedDiscord, route: str) -> typing.Any:
    return discord.requests_to(route)[-1].json


async def test_edit_application_sends_the_event_webhook_settings(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    install = applications.ApplicationInstallParameters(scopes=["bot"], permissions=Permissions.ADMINISTRATOR)
    config = applications.ApplicationIntegrationConfiguration(
        oauth2_install_parameters=applications.OAuth2InstallParameters(
            scopes=["applications.commands"], permissions=Permissions.NONE
        )
    )
    edited = await rest.edit_application(
        description="Cats on demand",
        tags=["cats"],
        install_params=install,
        integration_types_config={applications.ApplicationIntegrationType.USER_INSTALL: config},
        icon=files.Bytes(PNG, "icon.png"),
        event_webhooks_url="https://bot.example/events",
        event_webhooks_status=applications.ApplicationEventWebhookStatus.ENABLED,
        event_webhooks_types=[applications.ApplicationEventWebhookType.ENTITLEMENT_CREATE],
    )

    body = _body(discord, "PATCH /applications/@me")
    assert body["install_params"] == {"scopes": ["bot"], "permissions": "8"}
    assert body["integration_types_config"] == {
        "1": {"oauth2_install_params": {"scopes": ["applications.commands"], "permissions": "0"}}
    }
    assert body["icon"].startswith("data:image/png;base64,")
    assert body["event_webhooks_types"] == ["ENTITLEMENT_CREATE"]
    assert (edited.description, edited.tags, edited.icon_hash is not None) == (
        "Cats on demand",
        ["cats"],
        True,
    )
    assert edited.event_webhooks_url == "https://bot.example/events"
    assert edited.event_webhooks_status is applications.ApplicationEventWebhookStatus.ENABLED
    assert edited.event_webhooks_types == [applications.ApplicationEventWebhookType.ENTITLEMENT_CREATE]
    assert edited.install_parameters == install
    assert edited.integration_types_config[applications.ApplicationIntegrationType.USER_INSTALL] == config


async def test_edit_application_refuses_what_discord_refuses(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.BadRequestError) as status:
        await rest.edit_application(
            event_webhooks_status=applications.ApplicationEventWebhookStatus.DISABLED_BY_DISCORD
        )
    with pytest.raises(errors.BadRequestError) as flags:
        await rest.edit_application(flags=applications.ApplicationFlags.EMBEDDED)

    assert field_code(status.value, "event_webhooks_status") == "BASE_TYPE_CHOICES"
    assert field_code(flags.value, "flags") == "APPLICATION_FLAGS_INVALID"


async def test_edit_my_user(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    me = await rest.edit_my_user(username="Kitty", avatar=files.Bytes(PNG, "a.png"), banner=None)

    assert (me.username, me.avatar_hash is not None) == ("Kitty", True)
    assert _body(discord, "PATCH /users/@me")["banner"] is None
    assert (await rest.fetch_my_user()).username == "Kitty"
    with pytest.raises(errors.BadRequestError):
        await rest.edit_my_user(username="x")


async def test_fetch_and_edit_one_command(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ping = await rest.create_slash_command(discord.application_id, "ping", "Ping", guild=discord.guild_id)
    option = commands.CommandOption(type=commands.OptionType.STRING, name="note", description="A note")

    edited = await rest.edit_application_command(
        discord.application_id,
        ping,
        discord.guild_id,
        description="Pong!",
        options=[option],
        default_member_permissions=0,
    )
    fetched = await rest.fetch_application_command(discord.application_id, ping.id, discord.guild_id)

    assert _body(discord, "PATCH /applications/{application}/guilds/{guild}/commands/{command}") == {
        "description": "Pong!",
        "options": [{"type": 3, "name": "note", "description": "A note"}],
        "default_member_permissions": None,
    }
    assert isinstance(fetched, commands.SlashCommand)
    assert (fetched.id, fetched.description, [o.name for o in fetched.options or ()]) == (
        ping.id,
        "Pong!",
        ["note"],
    )
    assert edited.id == ping.id
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_application_command(discord.application_id, 1234)


async def test_command_permissions_need_a_bearer_token_to_change(
    discord: EmulatedDiscord, rest: RESTClientImpl, user_rest: RESTClientImpl
) -> None:
    ping = await rest.create_slash_command(discord.application_id, "ping", "Ping")
    role = discord.add_role("mods")
    allow = commands.CommandPermission(
        id=int(role["id"]), type=commands.CommandPermissionType.ROLE, has_access=True
    )

    with pytest.raises(errors.NotFoundError) as none_yet:
        await rest.fetch_application_command_permissions(discord.application_id, discord.guild_id, ping)
    with pytest.raises(errors.ForbiddenError) as bot:
        await rest.set_application_command_permissions(
            discord.application_id, discord.guild_id, ping, [allow]
        )
    saved = await user_rest.set_application_command_permissions(
        discord.application_id, discord.guild_id, ping, [allow]
    )
    one = await rest.fetch_application_command_permissions(discord.application_id, discord.guild_id, ping)
    listed = await rest.fetch_application_guild_commands_permissions(discord.application_id, discord.guild_id)

    assert (none_yet.value.code, bot.value.code) == (10066, 20001)
    assert _body(
        discord, "PUT /applications/{application}/guilds/{guild}/commands/{command}/permissions"
    ) == {"permissions": [{"id": role["id"], "type": 1, "permission": True}]}
    assert saved == one == listed[0]
    assert (one.command_id, one.guild_id, one.application_id) == (
        ping.id,
        int(discord.guild_id),
        ping.application_id,
    )
    assert one.permissions == [allow]


async def test_application_emojis(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    app = discord.application_id
    party = await rest.create_application_emoji(app, "party", files.Bytes(GIF, "party.gif"))
    await rest.create_application_emoji(app, "wave", files.Bytes(PNG, "wave.png"))
    renamed = await rest.edit_application_emoji(app, party, "party_time")

    with pytest.raises(errors.BadRequestError) as taken:
        await rest.create_application_emoji(app, "wave", files.Bytes(PNG, "wave.png"))
    assert field_code(taken.value, "name") == "APPLICATION_EMOJI_NAME_ALREADY_TAKEN"
    assert [emoji.name for emoji in await rest.fetch_application_emojis(app)] == ["party_time", "wave"]
    one = await rest.fetch_application_emoji(app, party.id)
    assert (one, one.is_animated, one.guild_id, renamed.name) == (party, True, None, "party_time")
    assert one.user is not None
    assert one.user.id == int(discord.application_id), "uploaded through the API: the bot user"
    await rest.delete_application_emoji(app, party)
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_application_emoji(app, party)


async def test_role_connection_metadata_and_the_users_connection(
    discord: EmulatedDiscord, rest: RESTClientImpl, user_rest: RESTClientImpl
) -> None:
    app = discord.application_id
    level = _Record(
        type=_RecordType.INTEGER_GREATER_THAN_OR_EQUAL, key="level", name="Level", description="Game level"
    )
    since = _Record(
        type=_RecordType.DATETIME_LESS_THAN_OR_EQUAL,
        key="since",
        name="Since",
        description="Playing since",
        name_localizations={"fr": "Depuis"},
    )
    saved = await rest.set_application_role_connection_metadata_records(app, [level, since])
    moment = datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)
    connection = await user_rest.set_my_user_application_role_connection(
        app, "Cat Game", "kat", {"level": 7, "since": moment}
    )

    assert saved == await rest.fetch_application_role_connection_metadata_records(app) == [level, since]
    assert saved[1].name_localizations == {"fr": "Depuis"}
    assert _body(discord, "PUT /users/@me/applications/{application}/role-connection")["metadata"] == {
        "level": "7",
        "since": "2024-01-02T00:00:00+00:00",
    }
    assert connection == await user_rest.fetch_my_user_application_role_connection(app)
    assert (connection.platform_name, connection.metadata["level"]) == ("Cat Game", "7")
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_my_user_application_role_connection(app)
    with pytest.raises(errors.BadRequestError):
        await user_rest.set_my_user_application_role_connection(app, metadata={"unknown": 1})


async def test_metadata_records_follow_discords_rules(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    record = _Record(type=_RecordType.BOOLEAN_EQUAL, key="Bad Key", name="Bad", description="Bad")
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.set_application_role_connection_metadata_records(discord.application_id, [record])

    assert caught.value.errors["0"]["key"]["_errors"][0]["code"] == "STRING_TYPE_REGEX"


async def test_my_connections(discord: EmulatedDiscord, user_rest: RESTClientImpl) -> None:
    discord.state.applications.add_connection(name="kat-codes", type="github", connection_id="77")

    (github,) = await user_rest.fetch_my_connections()

    assert (github.id, github.name, github.type, github.is_verified) == ("77", "kat-codes", "github", True)
    assert github.visibility is applications.ConnectionVisibility.EVERYONE


async def test_fetch_activity_instance_of_a_launched_activity(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    interaction = discord.issue_interaction()
    await rest.create_interaction_response(interaction.id, interaction.token, ResponseType.LAUNCH_ACTIVITY)
    instance_id = interaction.activity_instance_id
    assert instance_id is not None

    instance = await rest.fetch_activity_instance(discord.application_id, instance_id)

    assert (instance.instance_id, instance.launch_id) == (instance_id, int(interaction.id))
    assert instance.location.kind is applications.ActivityLocationKind.GUILD_CHANNEL
    assert instance.location.guild_id == int(discord.guild_id)
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_activity_instance(discord.application_id, "i-unknown")


async def test_a_users_token_acts_for_that_user_within_its_scopes(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    kat = discord.add_member("kat")["user"]
    code = discord.authorize_user(kat["id"], ["identify", "role_connections.write"], "https://bot.example/cb")
    secret = discord.credentials.client_secret
    grant = await rest.authorize_access_token(discord.application_id, secret, code, "https://bot.example/cb")

    async with RESTClientImpl(token=grant.access_token, token_type="Bearer", rest_url=discord.url) as kats:
        await kats.set_my_user_application_role_connection(discord.application_id, "Cat Game", "kat")
        with pytest.raises(errors.ForbiddenError) as caught:
            await kats.fetch_my_connections()

    assert discord.state.applications.role_connections[kat["id"]]["platform_username"] == "kat"
    assert caught.value.code == 50026, "no `connections` scope"
