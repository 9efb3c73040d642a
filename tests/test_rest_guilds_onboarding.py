"""Onboarding prompt builders: hikari's constructors and setters, the JSON of Discord's "Onboarding
Prompt Structure" and "Prompt Option Structure" (resources/guild.mdx), the same JSON hikari 2.7
builds, and a round trip through `edit_guild_onboarding` against the emulated Discord."""

from __future__ import annotations

import typing

import pytest
from hikari.impl import special_endpoints as hikari_builders

from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl import special_endpoints
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

PromptBuilder = special_endpoints.GuildOnboardingPromptBuilder
OptionBuilder = special_endpoints.GuildOnboardingPromptOptionBuilder


def test_a_prompt_builds_discords_prompt_and_option_objects() -> None:
    prompt = PromptBuilder("What do you play?", False, True, True)
    prompt.add_option("Chess", role_ids=[11], channel_ids=[snowflakes.Snowflake(22)], emoji="♟️")
    prompt.add_option(
        "Go", description="Black and white", emoji=emojis.CustomEmoji(id=33, name="go", is_animated=False)
    )

    assert prompt.build() == {
        "title": "What do you play?",
        "single_select": False,
        "required": True,
        "in_onboarding": True,
        "options": [
            {"title": "Chess", "role_ids": ["11"], "channel_ids": ["22"], "emoji_name": "♟️"},
            {
                "title": "Go",
                "role_ids": [],
                "channel_ids": [],
                "description": "Black and white",
                "emoji_id": "33",
            },
        ],
    }
    assert "id" not in prompt.build()
    assert prompt.set_id(44).build()["id"] == "44"


@pytest.mark.parametrize(
    "emoji",
    [typing.cast("typing.Any", "♟️"), 33, typing.cast("typing.Any", None)],
    ids=["unicode", "id", "none"],
)
def test_the_json_is_hikaris(emoji: typing.Any) -> None:
    ours = PromptBuilder("Q", True, False, True).add_option("A", role_ids=[1], description="d", emoji=emoji)
    theirs = hikari_builders.GuildOnboardingPromptBuilder("Q", True, False, True).add_option(
        "A", role_ids=[1], description="d", emoji=emoji
    )
    option = OptionBuilder("B", channel_ids=[2]).set_title("C").set_description("e").set_emoji("🎲")
    their_option = (
        hikari_builders.GuildOnboardingPromptOptionBuilder("B", channel_ids=[2])
        .set_title("C")
        .set_description("e")
        .set_emoji("🎲")
    )

    assert ours.build() == dict(theirs.build())
    assert option.build() == dict(their_option.build())


def test_setters_and_properties() -> None:
    option = OptionBuilder("A")
    prompt = (
        PromptBuilder("Q", True, True, True)
        .set_title("R")
        .set_single_select(False)
        .set_required(False)
        .set_in_onboarding(False)
        .set_options([option])
    )

    assert (prompt.title, prompt.single_select, prompt.required, prompt.in_onboarding) == (
        "R",
        False,
        False,
        False,
    )
    assert prompt.options == [option]
    assert option.set_role_ids([5]).role_ids == [5]
    assert (option.title, option.channel_ids) == ("A", ())
    assert option.description is option.emoji is undefined.UNDEFINED


async def test_edit_guild_onboarding_with_builders_round_trips(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    role = discord.add_role("chess")["id"]
    prompt = PromptBuilder("What do you play?", False, False, True)
    prompt.add_option("Chess", role_ids=[role], channel_ids=[discord.channel_id], emoji="♟️")

    onboarding = await rest.edit_guild_onboarding(discord.guild_id, prompts=[prompt])

    (stored,) = onboarding.prompts
    (option,) = stored.options
    assert (stored.title, stored.single_select, stored.in_onboarding) == ("What do you play?", False, True)
    assert (option.title, option.role_ids, option.channel_ids) == (
        "Chess",
        [int(role)],
        [int(discord.channel_id)],
    )
    assert str(option.emoji) == "♟️"
    assert prompt.id is undefined.UNDEFINED  # the builder is left as it was given
