"""Application, users, channels and gateway endpoints; errors; the client's interface."""

from __future__ import annotations

import datetime
import importlib
import inspect
import typing

import pytest

from benchmarks import parity
from hikari_like import applications
from hikari_like import channels
from hikari_like import errors
from hikari_like import sessions
from hikari_like import traits
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

ENDPOINTS: typing.Final = (
    "fetch_application",
    "fetch_my_user",
    "fetch_user",
    "fetch_channel",
    "create_message",
    "fetch_message",
    "edit_message",
    "delete_message",
    "create_interaction_response",
    "create_modal_response",
    "create_autocomplete_response",
    "fetch_interaction_response",
    "edit_interaction_response",
    "delete_interaction_response",
    "execute_webhook",
    "fetch_webhook_message",
    "edit_webhook_message",
    "delete_webhook_message",
    "slash_command_builder",
    "context_menu_command_builder",
    "set_application_commands",
    "create_slash_command",
    "create_context_menu_command",
    "fetch_application_commands",
    "delete_application_command",
    "fetch_gateway_url",
    "fetch_gateway_bot_info",
)


async def test_fetch_application(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    application = await rest.fetch_application()

    assert discord.requests[-1].route == "GET /oauth2/applications/@me"
    assert isinstance(application, applications.Application)
    assert application.id == int(discord.application_id)
    assert application.name == "Emulated App"
    assert application.public_key == bytes.fromhex(discord.application["verify_key"])
    assert len(application.public_key) == 32
    assert application.is_bot_public
    assert application.owner is not None
    assert application.owner.username == "emulated-owner"
    assert application.flags == applications.ApplicationFlags.NONE
    assert application.approximate_guild_count == 1
    assert application.app is rest


async def test_fetch_my_user_and_fetch_user(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    added = discord.add_user("someone", user_id=4321)

    me = await rest.fetch_my_user()
    someone = await rest.fetch_user(4321)

    assert me.id == int(discord.application_id)
    assert me.is_bot
    assert someone.id == 4321
    assert someone.username == added["username"]
    assert someone.app is rest


async def test_unknown_user_is_not_found(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_user(1)

    assert caught.value.code == 10013


async def test_fetch_channel_returns_the_specific_model(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    text = await rest.fetch_channel(discord.channel_id)
    dm_payload = discord.state.add_channel(guild_id=None)
    dm = await rest.fetch_channel(dm_payload["id"])

    assert isinstance(text, channels.GuildTextChannel)
    assert text.name == "general"
    assert text.guild_id == int(discord.guild_id)
    assert text.rate_limit_per_user == datetime.timedelta(0)
    assert isinstance(dm, channels.DMChannel)
    assert dm.recipient is not None
    assert dm.recipient.username == "emulated-owner"


async def test_unknown_channel_is_not_found(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_channel(1)

    assert caught.value.code == 10003


def test_channel_parsing_tolerates_unknown_types(rest: RESTClientImpl) -> None:
    in_guild = channels.channel_from_payload({"id": "1", "type": 99, "guild_id": "2"}, app=rest)
    group = channels.channel_from_payload({"id": "3", "type": 3, "name": "friends"}, app=rest)

    assert type(in_guild) is channels.GuildChannel
    assert not in_guild.type.is_known
    assert type(group) is channels.PartialChannel
    assert group.type is channels.ChannelType.GROUP_DM


async def test_gateway_url_needs_no_token(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    url = await rest.fetch_gateway_url()

    assert url.startswith("wss://")
    assert "Authorization" not in discord.requests[-1].headers


async def test_gateway_bot_info(rest: RESTClientImpl) -> None:
    before = datetime.datetime.now(datetime.UTC)

    info = await rest.fetch_gateway_bot_info()

    assert isinstance(info, sessions.GatewayBotInfo)
    assert info.shard_count == 1
    limit = info.session_start_limit
    assert (limit.total, limit.remaining, limit.used, limit.max_concurrency) == (1000, 1000, 0, 1)
    assert limit.reset_after == datetime.timedelta(days=1)
    assert limit.reset_at >= before + datetime.timedelta(days=1)


def test_gateway_bot_info_parsing_is_tolerant() -> None:
    info = sessions.GatewayBotInfo.from_payload({"url": "wss://example"})

    assert info.shard_count == 1
    assert info.session_start_limit.remaining == 0


def test_application_parsing_tolerates_missing_fields(rest: RESTClientImpl) -> None:
    payload = {"id": "1", "name": "App", "verify_key": "ab" * 32, "flags": 1 << 30, "extra": {"new": True}}

    application = applications.Application.from_payload(payload, app=rest)

    assert application.owner is None
    assert application.description is None
    assert application.tags == []
    assert int(application.flags) == 1 << 30


async def test_bad_token_is_unauthorized_and_never_shown(discord: EmulatedDiscord) -> None:
    secret = "not-the-right-token-abcdef"
    async with RESTClientImpl(token=secret, token_type="Bot", rest_url=discord.url) as rest:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await rest.fetch_application()

    assert caught.value.status == 401
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


def test_every_endpoint_is_implemented_and_documented() -> None:
    assert not inspect.isabstract(RESTClientImpl)
    for name in ENDPOINTS:
        assert (getattr(RESTClientImpl, name).__doc__ or "").strip(), name


async def test_the_client_is_rest_aware(rest: RESTClientImpl) -> None:
    assert isinstance(rest, traits.RESTAware)
    assert rest.rest is rest


@pytest.mark.parametrize("name", ENDPOINTS)
def test_signatures_follow_hikari(name: str) -> None:
    """Each parameter is hikari's: same place, same kind, a default exactly when hikari has one; the
    few additions (`benchmarks.parity.EXTENSIONS`) are keyword-only, with a default."""
    hikari_rest = importlib.import_module("hikari.api.rest")
    ours, theirs = getattr(RESTClientImpl, name), getattr(hikari_rest.RESTClient, name)
    extensions = parity.EXTENSIONS.get(f"rest:{name}", frozenset())

    assert parity.signature_differences(ours, theirs, extensions=extensions) == []
