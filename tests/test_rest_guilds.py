"""The guild itself over REST: fetch, preview, edit, delete, leave, the bot's guilds (across pages),
channels, voice regions, the vanity URL, integrations, incident actions and prune.

Against the emulated Discord on loopback; the shapes and rules follow discord-api-docs
`resources/guild.mdx` ("Get Guild" to "Modify Guild", "Get Guild Prune Count" to "Get Guild
Integrations", "Get Guild Vanity URL", "Modify Guild Incident Actions"), `resources/user.mdx`
("Get Current User Guilds", "Leave Guild") and `resources/voice.mdx` ("List Voice Regions").
"""

from __future__ import annotations

import datetime

import pytest

from hikari_like import channels
from hikari_like import emojis
from hikari_like import errors
from hikari_like import guilds
from hikari_like import invites
from hikari_like import snowflakes
from hikari_like import stickers
from hikari_like import voices
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.guild_world import BOT_PERMISSIONS
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_guilds_integrations import BOT
from tests.test_rest_guilds_integrations import TWITCH

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def without(discord: EmulatedDiscord, permission: Permissions) -> None:
    """Take `permission` from the bot in the default guild."""
    discord.bot_role()["permissions"] = str(int(BOT_PERMISSIONS & ~permission))


def bot_owned_guild(discord: EmulatedDiscord, name: str = "bot's") -> str:
    return str(discord.add_guild(name, owner_id=discord.application_id)["id"])


def joined(days_ago: int) -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days_ago)


async def test_fetch_guild_asks_for_counts_and_reads_roles(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = await rest.fetch_guild(discord.guild_id)

    assert discord.requests[-1].query == {"with_counts": "true"}
    assert isinstance(guild, guilds.RESTGuild)
    assert guild.id == int(discord.guild_id)
    assert guild.roles[guild.id].name == "@everyone"
    assert guild.approximate_member_count == len(discord.world.guild(discord.guild_id).members)
    assert (await guild.fetch_self()).id == guild.id


async def test_fetch_guild_reads_its_emojis_and_stickers(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    party = discord.add_emoji("party", animated=True)
    wave = discord.add_sticker("wave", tags="wave")

    guild = await rest.fetch_guild(discord.guild_id)

    emoji = guild.emojis[snowflakes.Snowflake(party["id"])]
    assert isinstance(emoji, emojis.KnownCustomEmoji)
    assert (emoji.name, emoji.is_animated, emoji.guild_id) == ("party", True, guild.id)
    sticker = guild.stickers[snowflakes.Snowflake(wave["id"])]
    assert isinstance(sticker, stickers.GuildSticker)
    assert (sticker.name, sticker.guild_id) == ("wave", guild.id)
    # hikari's cache lookups: hikari_like keeps no cache, so they find nothing (as hikari without one).
    assert (guild.get_emoji(emoji), guild.get_emojis(), guild.get_sticker(sticker)) == (None, {}, None)


async def test_fetch_guild_refuses_unknown_guilds(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_guild(1234)

    assert caught.value.code == 10004


async def test_fetch_guild_preview_of_a_discoverable_guild_the_bot_is_not_in(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    public = discord.add_guild("public", features=["DISCOVERABLE"], bot_member=False)
    private = discord.add_guild("private", bot_member=False)

    preview = await rest.fetch_guild_preview(public["id"])

    assert isinstance(preview, guilds.GuildPreview)
    assert (preview.name, preview.approximate_member_count) == ("public", 1)
    assert guilds.GuildFeature.DISCOVERABLE in preview.features
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_guild_preview(private["id"])


async def test_edit_guild_sends_discords_fields_and_changes_the_guild(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = discord.add_guild_channel("afk", type=2)

    guild = await rest.edit_guild(
        discord.guild_id,
        name="Cats",
        afk_channel=int(voice["id"]),
        afk_timeout=datetime.timedelta(minutes=15),
        verification_level=guilds.GuildVerificationLevel.HIGH,
        icon=PNG,
        system_channel=None,
        preferred_locale="fr",
        reason="rebrand ✓",
    )

    sent = discord.requests[-1]
    assert sent.route == "PATCH /guilds/{guild}"
    assert sent.headers["X-Audit-Log-Reason"] == "rebrand%20%E2%9C%93"
    assert sent.json["icon"].startswith("data:image/png;base64,")
    assert {key: sent.json[key] for key in sent.json if key != "icon"} == {
        "name": "Cats",
        "afk_channel_id": voice["id"],
        "afk_timeout": 900,
        "verification_level": 3,
        "system_channel_id": None,
        "preferred_locale": "fr",
    }
    assert (guild.name, guild.afk_channel_id) == ("Cats", int(voice["id"]))
    assert guild.afk_timeout == datetime.timedelta(minutes=15)
    assert guild.icon_hash is not None
    assert guild.verification_level is guilds.GuildVerificationLevel.HIGH
    assert (await rest.fetch_guild(discord.guild_id)).name == "Cats"


async def test_partial_guild_edit_calls_edit_guild(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = await rest.fetch_guild(discord.guild_id)

    edited = await guild.edit(name="Dogs", reason="why not")

    assert edited.name == "Dogs"
    assert discord.requests[-1].headers["X-Audit-Log-Reason"] == "why%20not"


@pytest.mark.parametrize(
    ("options", "field"),
    [({"afk_timeout": 61}, "afk_timeout"), ({"name": "x"}, "name"), ({"icon": "not an image"}, "icon")],
)
async def test_edit_guild_refuses_what_discord_refuses(
    rest: RESTClientImpl, discord: EmulatedDiscord, options: dict[str, object], field: str
) -> None:
    if field == "icon":  # a str is a path for us; send the broken data URI raw
        with pytest.raises(errors.BadRequestError) as caught:
            await rest.request("PATCH", f"/guilds/{discord.guild_id}", json={"icon": "not an image"})
    else:
        with pytest.raises(errors.BadRequestError) as caught:
            await rest.edit_guild(discord.guild_id, **options)  # type: ignore[arg-type]

    assert caught.value.code == 50035
    assert field in caught.value.errors


async def test_edit_guild_needs_manage_guild_and_administrator_for_community(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.ForbiddenError) as community:
        await rest.edit_guild(discord.guild_id, features=["COMMUNITY"])
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError) as manage:
        await rest.edit_guild(discord.guild_id, name="Nope")

    assert community.value.code == manage.value.code == 50013


async def test_edit_guild_transfers_ownership_only_for_the_owner(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    mine = bot_owned_guild(discord)
    heir = discord.add_member("heir", guild_id=mine)["user"]["id"]

    guild = await rest.edit_guild(mine, owner=int(heir))

    assert guild.owner_id == int(heir)
    with pytest.raises(errors.ForbiddenError):
        await rest.edit_guild(mine, owner=discord.application_id)


async def test_delete_guild_needs_ownership(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mine = bot_owned_guild(discord)
    channel = discord.add_guild_channel("general", guild_id=mine)

    await rest.delete_guild(mine)

    assert mine not in discord.world.guilds
    assert channel["id"] not in discord.world.channels
    with pytest.raises(errors.ForbiddenError) as caught:
        await rest.delete_guild(discord.guild_id)
    assert caught.value.code == 50013


async def test_leave_guild_removes_the_bot_but_an_owner_cannot_leave(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    other = discord.add_guild("other")["id"]

    await rest.leave_guild(other)

    assert discord.requests[-1].route == "DELETE /users/@me/guilds/{guild}"
    assert discord.application_id not in discord.world.guild(other).members
    with pytest.raises(errors.ForbiddenError) as gone:
        await rest.fetch_guild(other)
    assert gone.value.code == 50001
    with pytest.raises(errors.BadRequestError) as owner:
        await rest.leave_guild(bot_owned_guild(discord))
    assert owner.value.code == 50055


async def test_fetch_my_guilds_walks_pages_of_200_in_both_directions(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = [discord.add_guild(f"g{index}")["id"] for index in range(420)]
    discord.add_guild("not mine", bot_member=False)
    expected = sorted([int(discord.guild_id), *map(int, seeded)])

    oldest_first = [guild.id for guild in await rest.fetch_my_guilds()]
    newest_first = [guild.id for guild in await rest.fetch_my_guilds(newest_first=True)]

    assert oldest_first == expected
    assert newest_first == expected[::-1]
    pages = discord.requests_to("GET /users/@me/guilds")
    assert [page.query["limit"] for page in pages] == ["200"] * 6
    assert all(page.query["with_counts"] == "true" for page in pages)


async def test_fetch_my_guilds_reads_own_guilds_from_start_at(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    first, second = (discord.add_guild(name)["id"] for name in ("first", "second"))
    mine = bot_owned_guild(discord)

    found = await rest.fetch_my_guilds(start_at=int(first))

    assert [guild.id for guild in found] == [int(second), int(mine)]
    assert isinstance(found[-1], guilds.OwnGuild)
    assert found[-1].is_owner is True
    assert Permissions.MANAGE_GUILD & found[0].my_permissions
    assert found[0].approximate_member_count == 2  # the owner and the bot


async def test_fetch_guild_channels_returns_guild_channel_models(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    category = discord.add_guild_channel("talk", type=4)
    voice = discord.add_guild_channel("voice", type=2, parent_id=category["id"])

    found = await rest.fetch_guild_channels(discord.guild_id)

    assert all(isinstance(channel, channels.GuildChannel) for channel in found)
    by_id = {int(channel.id): channel for channel in found}
    assert by_id[int(voice["id"])].parent_id == int(category["id"])
    assert by_id[int(voice["id"])].guild_id == int(discord.guild_id)


async def test_voice_regions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    everywhere = await rest.fetch_voice_regions()
    for_guild = await rest.fetch_guild_voice_regions(discord.guild_id)

    assert all(isinstance(region, voices.VoiceRegion) for region in everywhere)
    assert [region.id for region in for_guild] == [region.id for region in everywhere]
    assert any(region.is_optimal_location for region in everywhere)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_guild_voice_regions(discord.add_guild("other", bot_member=False)["id"])


async def test_fetch_vanity_url_needs_manage_guild(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.world.guild(discord.guild_id).fields["vanity_url_code"] = "cats"

    vanity = await rest.fetch_vanity_url(discord.guild_id)

    assert isinstance(vanity, invites.VanityURL)
    assert (vanity.code, vanity.uses) == ("cats", 0)
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_vanity_url(discord.guild_id)


async def test_fetch_integrations_needs_manage_guild_and_reads_each_with_the_guild_id(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    stored = discord.world.guild(discord.guild_id).integrations
    stored.update({str(payload["id"]): dict(payload) for payload in (TWITCH, BOT)})

    twitch, bot = await rest.fetch_integrations(discord.guild_id)

    assert (twitch.id, twitch.type, bot.type) == (
        int(str(TWITCH["id"])),
        guilds.IntegrationType.TWITCH,
        guilds.IntegrationType.DISCORD_BOT,
    )
    assert twitch.guild_id == bot.guild_id == int(discord.guild_id)
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_integrations(discord.guild_id)


async def test_set_guild_incident_actions_pauses_invites_and_lifts_with_none(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    soon = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(hours=2)

    paused = await rest.set_guild_incident_actions(discord.guild_id, invites_disabled_until=soon)

    assert discord.requests[-1].json == {
        "invites_disabled_until": soon.isoformat(),
        "dms_disabled_until": None,
    }
    assert (paused.invites_disabled_until, paused.dms_disabled_until) == (soon, None)
    assert (await rest.fetch_guild(discord.guild_id)).incidents.invites_disabled_until == soon
    guild = await rest.fetch_guild(discord.guild_id)
    lifted = await guild.set_incident_actions()
    assert lifted.invites_disabled_until is None


async def test_set_guild_incident_actions_refuses_more_than_a_day(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=25)

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.set_guild_incident_actions(discord.guild_id, dms_disabled_until=later)

    assert "dms_disabled_until" in caught.value.errors


async def test_prune_counts_and_removes_inactive_members_without_roles(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    role = discord.add_role("regulars")["id"]
    old = discord.add_member("old", joined_at=joined(40))["user"]["id"]
    recent = discord.add_member("recent", joined_at=joined(2))["user"]["id"]
    old_with_role = discord.add_member("old regular", joined_at=joined(40), roles=[role])["user"]["id"]

    assert await rest.estimate_guild_prune_count(discord.guild_id) == 1
    assert await rest.estimate_guild_prune_count(discord.guild_id, days=1) == 2
    assert await rest.estimate_guild_prune_count(discord.guild_id, days=30, include_roles=[int(role)]) == 2
    assert discord.requests[-1].query == {"days": "30", "include_roles": role}

    pruned = await rest.begin_guild_prune(discord.guild_id, days=30, include_roles=[role], reason="tidy")

    assert pruned == 2
    assert discord.requests[-1].json == {"days": 30, "include_roles": [role]}
    members = discord.world.guild(discord.guild_id).members
    assert (old in members, old_with_role in members, recent in members) == (False, False, True)
    assert await rest.begin_guild_prune(discord.guild_id, compute_prune_count=False) is None


async def test_prune_needs_kick_members_and_days_in_range(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.BadRequestError) as days:
        await rest.estimate_guild_prune_count(discord.guild_id, days=31)
    assert "days" in days.value.errors
    without(discord, Permissions.KICK_MEMBERS)
    with pytest.raises(errors.ForbiddenError):
        await rest.begin_guild_prune(discord.guild_id)
