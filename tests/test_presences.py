"""Members' presences read from Discord-shaped PRESENCE_UPDATE payloads, and their REST shortcuts."""

from __future__ import annotations

import datetime
import typing

import pytest

import hikari_like
from hikari_like import presences
from hikari_like.testing.emulator import EmulatedDiscord

_CREATED_MS: typing.Final = 1_700_000_000_000


def _game() -> dict[str, typing.Any]:
    """A rich game activity, every field Discord documents for one."""
    return {
        "name": "Rocket League",
        "type": 0,
        "url": None,
        "created_at": _CREATED_MS,
        "timestamps": {"start": _CREATED_MS - 60_000, "end": _CREATED_MS + 60_000},
        "application_id": "379286085710381999",
        "details": "Ranked Duos: 2-1",
        "state": "In a Match",
        "party": {"id": "party:1", "size": [2, 4]},
        "assets": {
            "large_image": "351371005538729000",
            "large_text": "DFH Stadium",
            "small_image": "mp:x/y.png",
        },
        "secrets": {"join": "j", "spectate": "s"},
        "instance": False,
        "flags": 1 | 2 | 1 << 20,
        "buttons": ["Watch"],
    }


def _custom_status() -> dict[str, typing.Any]:
    return {
        "name": "Custom Status",
        "type": 4,
        "state": "brb",
        "created_at": _CREATED_MS,
        "emoji": {"name": "🍕"},
    }


def _presence(**fields: typing.Any) -> dict[str, typing.Any]:
    payload: dict[str, typing.Any] = {
        "user": {"id": "42"},
        "guild_id": "7",
        "status": "dnd",
        "activities": [_game(), _custom_status()],
        "client_status": {"desktop": "dnd", "mobile": "idle"},
    }
    payload.update(fields)
    return payload


def test_a_presence_update_reads_its_status_activities_and_platforms() -> None:
    presence = presences.MemberPresence.from_payload(_presence(), app=None)  # type: ignore[arg-type]

    assert (presence.user_id, presence.guild_id) == (42, 7)
    assert presence.visible_status is hikari_like.Status.DO_NOT_DISTURB
    assert presence.client_status == hikari_like.ClientStatus(
        desktop=hikari_like.Status.DO_NOT_DISTURB,
        mobile=hikari_like.Status.IDLE,
        web=hikari_like.Status.OFFLINE,
    )
    game, custom = presence.activities
    assert isinstance(game, hikari_like.RichActivity)
    assert isinstance(game, hikari_like.Activity)
    assert game.created_at == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.UTC)
    assert game.timestamps is not None
    assert game.timestamps.start == game.created_at - datetime.timedelta(minutes=1)
    assert (game.application_id, game.details, game.state) == (
        379286085710381999,
        "Ranked Duos: 2-1",
        "In a Match",
    )
    assert game.party == hikari_like.ActivityParty(id="party:1", current_size=2, max_size=4)
    assert (game.party.current_size, game.party.max_size) == (2, 4)
    assert game.secrets == hikari_like.ActivitySecret(join="j", spectate="s", match=None)
    assert game.is_instance is False
    assert list(game.buttons) == ["Watch"]
    assert game.flags is not None
    assert game.flags.all(hikari_like.ActivityFlag.INSTANCE, hikari_like.ActivityFlag.JOIN)
    assert int(game.flags) & 1 << 20  # a bit Discord added later is kept
    assert custom.type is hikari_like.ActivityType.CUSTOM
    assert str(custom.emoji) == "🍕"
    assert (custom.party, custom.assets, custom.timestamps, custom.flags) == (None, None, None, None)


def test_activity_assets_give_cdn_and_media_proxy_urls() -> None:
    (game, _) = presences.MemberPresence.from_payload(_presence(), app=None).activities  # type: ignore[arg-type]
    assert game.assets is not None

    large = game.assets.make_large_image_url(file_format="WEBP", size=256, lossless=False)
    small = game.assets.make_small_image_url()

    assert str(large) == (
        "https://cdn.discordapp.com/app-assets/379286085710381999/351371005538729000.webp?lossless=false&size=256"
    )
    assert str(small) == "https://media.discordapp.net/x/y.png"
    assert (
        hikari_like.ActivityAssets(
            application_id=None, large_image=None, large_text=None, small_image=None, small_text=None
        ).make_large_image_url()
        is None
    )


def test_activity_asset_urls_refuse_what_they_cannot_build() -> None:
    unknown_prefix = hikari_like.ActivityAssets(
        application_id=None, large_image="spotify:ab67", large_text=None, small_image="1", small_text=None
    )

    with pytest.raises(RuntimeError, match="spotify"):
        unknown_prefix.make_large_image_url()
    with pytest.raises(RuntimeError, match="application_id"):
        unknown_prefix.make_small_image_url()


def test_missing_and_malformed_optional_fields_read_as_absent() -> None:
    payload = _presence(
        status="streaming-soon",
        client_status=None,
        activities=[
            {"name": "bare"},
            {
                "name": "odd",
                "type": "x",
                "created_at": "now",
                "party": {"size": [1]},
                "flags": -1,
                "emoji": 3,
            },
            {"type": 0},  # no name: left out, the rest of the presence still reads
            "not an object",
        ],
    )

    presence = presences.MemberPresence.from_payload(payload, app=None)  # type: ignore[arg-type]

    assert presence.visible_status == "streaming-soon"
    assert not presences.Status(presence.visible_status).is_known
    assert presence.client_status.web is hikari_like.Status.OFFLINE
    bare, odd = presence.activities
    assert bare.type is hikari_like.ActivityType.PLAYING
    assert bare.buttons == []
    assert bare.created_at == datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
    assert odd.party == hikari_like.ActivityParty(id=None, current_size=None, max_size=None)
    assert (odd.flags, odd.emoji, odd.is_instance) == (None, None, None)


def test_a_guilds_presence_takes_the_guild_id_it_is_given() -> None:
    payload = _presence()
    del payload["guild_id"]  # a guild's `presences` omit it

    presence = presences.MemberPresence.from_payload(payload, app=None, guild_id=hikari_like.Snowflake(9))  # type: ignore[arg-type]

    assert presence.guild_id == 9
    assert presence == presences.MemberPresence.from_payload(_presence(guild_id="9", status="idle"), app=None)  # type: ignore[arg-type]


async def test_a_presence_fetches_its_user_and_member(
    discord: EmulatedDiscord, bot: hikari_like.RESTBot
) -> None:
    discord.add_member("kat", user_id=42)
    presence = presences.MemberPresence.from_payload(_presence(guild_id=str(discord.guild_id)), app=bot)

    user = await presence.fetch_user()
    member = await presence.fetch_member()

    assert (user.id, user.username) == (42, "kat")
    assert (member.id, member.guild_id) == (42, int(discord.guild_id))
