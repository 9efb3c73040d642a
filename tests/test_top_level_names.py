"""hikari's top-level names that programs import, held to what they do on real bots and sockets:
the traits a bot satisfies, the iterators REST returns, the ID aliases endpoints accept, the URL
and colour modules, and the errors (`MissingIntentError` from a running GatewayBot)."""

from __future__ import annotations

import datetime
import typing
import warnings

import hikari
import pytest
from hikari import colours as hikari_colours
from hikari import errors as hikari_errors
from hikari import traits as hikari_traits
from hikari import urls as hikari_urls

import hikari_like
from hikari_like import errors
from hikari_like import snowflakes
from hikari_like import traits
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.gateway import close_codes
from hikari_like.intents import Intents
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.signing import KeyPair
from tests.helpers import TOKEN

_GATEWAY_TRAITS: typing.Final[tuple[type, ...]] = (
    traits.GatewayBotAware,
    traits.ShardAware,
    traits.IntentsAware,
    traits.EventFactoryAware,
    traits.EventManagerAware,
    traits.ExecutorAware,
    traits.NetworkSettingsAware,
    traits.RESTAware,
    traits.Runnable,
)


@pytest.fixture
async def gateway_bot(discord: EmulatedDiscord) -> typing.AsyncIterator[GatewayBot]:
    """A GatewayBot with one shard connected to an emulated gateway (default, unprivileged intents)."""
    async with EmulatedGateway(token=TOKEN) as gateway:
        discord.gateway.attach(gateway, shards=1, max_concurrency=1)
        bot = GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        await bot.start()
        try:
            yield bot
        finally:
            await bot.close()


# --- traits ----------------------------------------------------------------------------------------


def test_the_traits_are_hikaris_names_at_the_top_level() -> None:
    for name in (
        "RESTAware",
        "RESTBotAware",
        "InteractionServerAware",
        "Runnable",
        "GatewayBotAware",
        "ShardAware",
    ):
        assert getattr(hikari_like, name) is getattr(traits, name)
        assert name in hikari_like.__all__


async def test_a_gateway_bot_is_what_hikaris_gateway_bot_is_minus_cache_and_voice(
    gateway_bot: GatewayBot,
) -> None:
    as_trait: traits.GatewayBotAware = gateway_bot  # checked by mypy, too

    for trait in _GATEWAY_TRAITS:
        assert isinstance(as_trait, trait), trait.__name__
    assert hasattr(hikari_traits.GatewayBotAware, "cache")
    assert not hasattr(hikari_like.traits, "CacheAware")


async def test_code_typed_on_the_traits_drives_a_running_gateway_bot(gateway_bot: GatewayBot) -> None:
    async def describe(app: traits.ShardAware) -> tuple[int, frozenset[int], bool]:
        await app.update_presence(status=hikari_like.Status.IDLE)
        return app.shard_count, frozenset(app.shards), bool(app.intents & Intents.GUILDS)

    assert await describe(gateway_bot) == (1, frozenset({0}), True)
    assert gateway_bot.is_alive


async def test_a_rest_bot_is_rest_bot_aware_and_has_no_shards(bot: hikari_like.RESTBot) -> None:
    as_trait: traits.RESTBotAware = bot

    rest_bot_traits: tuple[type, ...] = (
        traits.RESTBotAware,
        traits.EventManagerAware,
        traits.ExecutorAware,
        traits.NetworkSettingsAware,
        traits.InteractionServerAware,
    )
    gateway_only: tuple[type, ...] = (
        traits.ShardAware,
        traits.IntentsAware,
        traits.GatewayBotAware,
        traits.EventFactoryAware,
    )

    for trait in rest_bot_traits:
        assert isinstance(as_trait, trait), trait.__name__
    for trait in gateway_only:
        assert not isinstance(bot, trait), trait.__name__
    assert bot.http_settings is not None
    assert bot.proxy_settings is not None


def test_an_asgi_bot_is_rest_bot_aware(key_pair: KeyPair) -> None:
    asgi_bot = hikari_like.AsgiBot("token", public_key=key_pair.public_key_hex)

    as_trait: traits.RESTBotAware = asgi_bot
    assert isinstance(as_trait, traits.RESTBotAware)
    assert isinstance(asgi_bot, traits.Runnable)


# --- MissingIntentError ----------------------------------------------------------------------------


async def test_asking_a_gateway_bot_for_what_its_intents_cannot_deliver_raises_missing_intent(
    gateway_bot: GatewayBot, discord: EmulatedDiscord
) -> None:
    guild = int(discord.guild_id)

    with pytest.raises(hikari_like.MissingIntentError) as every_member:
        await gateway_bot.request_guild_members(guild)
    with pytest.raises(ValueError, match="GUILD_PRESENCES") as with_presences:
        await gateway_bot.request_guild_members(guild, query="a", include_presences=True)

    assert every_member.value.intents == Intents.GUILD_MEMBERS
    assert "GUILD_MEMBERS" in str(every_member.value)
    assert isinstance(with_presences.value, errors.MissingIntentError)
    assert with_presences.value.intents == Intents.GUILD_PRESENCES
    await gateway_bot.request_guild_members(guild, query="a")  # a query needs neither intent


def test_the_new_errors_and_warnings_have_hikaris_bases() -> None:
    error = hikari_like.UnrecognisedEntityError("channel type 99")

    assert isinstance(error, hikari_like.HikariError)
    assert str(error) == error.reason == "channel type 99"
    assert issubclass(hikari_like.MissingIntentError, ValueError)
    assert issubclass(hikari_like.HikariWarning, RuntimeWarning)
    assert issubclass(hikari_like.MissingIntentWarning, hikari_like.HikariWarning)
    with pytest.warns(hikari_like.HikariWarning):  # a filter on hikari's root warning catches it
        warnings.warn("no listener can fire", hikari_like.MissingIntentWarning, stacklevel=1)


def test_shard_close_codes_are_hikaris_and_the_shard_uses_them() -> None:
    code = hikari_like.ShardCloseCode

    assert code is errors.ShardCloseCode is close_codes.ShardCloseCode
    assert {member.name: member.value for member in hikari_errors.ShardCloseCode}.items() <= {
        member.name: member.value for member in code
    }.items()
    assert code.NORMAL_CLOSURE.is_standard
    assert not code.AUTHENTICATION_FAILED.is_standard
    assert not code(4099).is_known  # a code Discord adds later
    assert close_codes.action_for(code.AUTHENTICATION_FAILED) is close_codes.CloseAction.FATAL


# --- iterators and IDs ----------------------------------------------------------------------------


async def test_paginated_rest_returns_hikaris_lazy_iterator_with_searchable_cursors(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    channel: hikari_like.Snowflakeish = int(discord.channel_id)
    sent = [await bot.rest.create_message(channel, f"m{index}") for index in range(3)]
    before_all: hikari_like.SearchableSnowflakeish = sent[0].created_at - datetime.timedelta(seconds=1)

    history = bot.rest.fetch_messages(channel, after=before_all)
    assert isinstance(history, hikari_like.LazyIterator)
    assert isinstance(history, hikari_like.BufferedLazyIterator)
    contents = [message.content async for message in history.filter(("content", "m1")).limit(5)]
    after_first: hikari_like.SearchableSnowflakeishOr = sent[0]
    newer = await bot.rest.fetch_messages(channel, after=after_first).map(lambda message: message.id)

    assert contents == ["m1"]
    assert list(newer) == [message.id for message in sent[1:]]


def test_the_iterator_helpers_are_hikaris_top_level_names() -> None:
    is_m1: hikari_like.AttrComparator[_Content] = hikari_like.AttrComparator("content", "m1")
    both: hikari_like.All[_Content] = hikari_like.All([is_m1, lambda item: bool(item.content)])

    assert hikari_like.FlatLazyIterator.__mro__[1] is hikari_like.LazyIterator
    assert both(_Content("m1"))
    assert not both(_Content("m2"))


@typing.final
class _Unique:
    def __init__(self, id_: hikari_like.Snowflake) -> None:
        self.id = id_


@typing.final
class _Content:
    def __init__(self, content: str) -> None:
        self.content = content


async def test_a_snowflakeish_sequence_is_what_bulk_endpoints_take(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    sent = [await bot.rest.create_message(discord.channel_id, f"m{index}") for index in range(3)]
    to_delete: hikari_like.SnowflakeishSequence = [sent[0], int(sent[1].id), str(sent[2].id)]

    await bot.rest.delete_messages(discord.channel_id, to_delete)

    assert await bot.rest.fetch_messages(discord.channel_id).count() == 0


def test_a_snowflakes_parts_are_hikaris() -> None:
    for value in (0, 175928847299117063, 1577748853082423298, hikari_like.Snowflake.max()):
        ours, theirs = hikari_like.Snowflake(value), hikari.Snowflake(value)

        assert (ours.internal_worker_id, ours.internal_process_id, ours.increment) == (
            theirs.internal_worker_id,
            theirs.internal_process_id,
            theirs.increment,
        )
        assert (
            hikari_like.Snowflake.from_data(
                ours.created_at, ours.internal_worker_id, ours.internal_process_id, ours.increment
            )
            == value
        )
    moment = datetime.datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=datetime.UTC)
    assert hikari_like.Snowflake.from_datetime(timestamp=moment) == hikari.Snowflake.from_datetime(moment)
    assert snowflakes.search_id_of(moment) == hikari.Snowflake.from_datetime(moment)
    assert snowflakes.search_id_of(_Unique(hikari_like.Snowflake(7))) == snowflakes.search_id_of("7") == 7
    assert (hikari_like.Snowflake.min(), hikari_like.Snowflake.max()) == (
        hikari.Snowflake.min(),
        hikari.Snowflake.max(),
    )


# --- URLs and colours ------------------------------------------------------------------------------


def test_urls_are_hikaris_and_the_library_builds_on_them(bot: hikari_like.RESTBot) -> None:
    for name in hikari_urls.__all__:
        assert getattr(hikari_like.urls, name) == getattr(hikari_urls, name), name
    assert (
        hikari_like.impl.RESTClientImpl(token="t", token_type="Bot").rest_url == hikari_like.urls.REST_API_URL
    )
    avatar = hikari_like.User.from_payload(
        {"id": "1", "username": "u", "discriminator": "0", "avatar": "abc"}, app=bot
    ).make_avatar_url()
    assert str(avatar).startswith(hikari_like.urls.CDN_URL + "/avatars/1/abc")


def test_colours_is_the_british_spelling_of_colors() -> None:
    values: list[hikari_like.Colourish] = [0x5865F2, "#5865F2", (88, 101, 242), (0.345, 0.396, 0.949)]

    assert hikari_like.colours.Colour is hikari_like.Color
    assert hikari_like.Colour(raw_rgb=0x5865F2) == 0x5865F2  # hikari's keyword works
    assert hikari_like.colours.Colourish == hikari_like.Colorish
    assert {hikari_like.colours.Colour.of(value) for value in values} == {hikari_like.Color(0x5865F2)}
    assert set(hikari_like.colours.__all__) == set(hikari_colours.__all__)
