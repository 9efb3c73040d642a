"""hikari's cache lookups (`get_guild`, `guild.get_role`, ...): hikari_like keeps no cache, so they
find nothing, as hikari's do on a REST bot; a hikari program that calls them runs unchanged."""

from __future__ import annotations

from hikari.api import rest as hikari_rest_api

from hikari_like.impl.rest import RESTClientImpl
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

_GUILD_LOOKUPS = ("get_channel", "get_member", "get_role", "get_emoji", "get_sticker")
_GUILD_MAPS = ("get_channels", "get_members", "get_roles", "get_emojis", "get_stickers")


async def test_a_fetched_guild_finds_nothing_in_a_cache_as_hikaris_does(
    discord: EmulatedDiscord, rest: RESTClientImpl, hikari_rest: hikari_rest_api.RESTClient
) -> None:
    discord.add_role("mods")
    ours = await rest.fetch_guild(discord.guild_id)
    theirs = await hikari_rest.fetch_guild(int(discord.guild_id))
    some_id = next(iter(ours.roles))

    for name in _GUILD_LOOKUPS:
        assert getattr(ours, name)(some_id) is None
        assert getattr(theirs, name)(some_id) is None
    for name in _GUILD_MAPS:
        assert not getattr(ours, name)()
        assert not getattr(theirs, name)()
    assert ours.get_my_member() is None
    assert theirs.get_my_member() is None
    assert ours.roles  # what REST returned is on the model: read it instead


async def test_an_interaction_and_its_member_find_no_guild(rest: RESTClientImpl) -> None:
    interaction = CommandInteraction.from_payload(payloads.slash_command("info"), app=rest)

    assert interaction.get_guild() is None
    assert interaction.member is not None
    assert interaction.member.get_guild() is None
