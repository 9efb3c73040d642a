"""A guild's settings over REST: the widget, the welcome screen, onboarding and templates.

Against the emulated Discord on loopback; the shapes and rules follow discord-api-docs
`resources/guild.mdx` ("Get Guild Widget Settings", "Modify Guild Widget", "Get/Modify Guild
Welcome Screen", "Get/Modify Guild Onboarding") and `resources/guild-template.mdx`.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like import emojis
from hikari_like import errors
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import templates
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_guilds import without


class Prompt:
    """A prompt builder of the user's own: `edit_guild_onboarding` takes anything with `build()`."""

    def __init__(self, title: str, *options: typing.Mapping[str, typing.Any]) -> None:
        self.title = title
        self.options = options

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        return {"title": self.title, "options": list(self.options), "single_select": True, "required": False}


async def test_widget_settings_round_trip(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    assert (await rest.fetch_widget(discord.guild_id)).is_enabled is False

    widget = await rest.edit_widget(
        discord.guild_id, enabled=True, channel=int(discord.channel_id), reason="on"
    )

    assert discord.requests[-1].json == {"enabled": True, "channel_id": discord.channel_id}
    assert discord.requests[-1].headers["X-Audit-Log-Reason"] == "on"
    assert (widget.is_enabled, widget.channel_id) == (True, int(discord.channel_id))
    channel = await widget.fetch_channel()
    assert channel is not None
    assert channel.id == int(discord.channel_id)
    cleared = await rest.edit_widget(discord.guild_id, channel=None)
    assert cleared.channel_id is None
    assert await cleared.fetch_channel() is None


async def test_widget_needs_manage_guild_and_a_channel_of_the_guild(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    elsewhere = discord.add_guild_channel("x", guild_id=discord.add_guild("other")["id"])

    with pytest.raises(errors.NotFoundError) as unknown:
        await rest.edit_widget(discord.guild_id, channel=int(elsewhere["id"]))
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_widget(discord.guild_id)

    assert unknown.value.code == 10003


async def test_welcome_screen_edit_sends_discords_channel_objects(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    rules = guilds.WelcomeChannel(
        channel_id=snowflakes.Snowflake(discord.channel_id),
        description="Read me",
        emoji_name=emojis.UnicodeEmoji("📜"),
    )

    screen = await rest.edit_welcome_screen(
        discord.guild_id, description="Hi", enabled=True, channels=[rules]
    )

    assert discord.requests[-1].json == {
        "description": "Hi",
        "enabled": True,
        "welcome_channels": [
            {"channel_id": discord.channel_id, "description": "Read me", "emoji_id": None, "emoji_name": "📜"}
        ],
    }
    assert screen.description == "Hi"
    assert screen.channels == [rules]
    guild = await rest.fetch_guild(discord.guild_id)
    assert "WELCOME_SCREEN_ENABLED" in guild.features
    without(discord, Permissions.MANAGE_GUILD)
    assert (await rest.fetch_welcome_screen(discord.guild_id)).channels == [rules]  # enabled: anyone sees it


async def test_welcome_screen_refusals(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    channel = guilds.WelcomeChannel(channel_id=snowflakes.Snowflake(discord.channel_id), description="d")

    with pytest.raises(errors.BadRequestError) as too_many:
        await rest.edit_welcome_screen(discord.guild_id, channels=[channel] * 6)
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_welcome_screen(discord.guild_id)  # disabled: needs MANAGE_GUILD

    assert "welcome_channels" in too_many.value.errors


async def test_onboarding_gives_new_prompts_ids_and_checks_requirements(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    role = discord.add_role("gamers")["id"]
    option = {"title": "Games", "role_ids": [role], "channel_ids": [discord.channel_id]}

    onboarding = await rest.edit_guild_onboarding(
        discord.guild_id,
        default_channel_ids=[discord.channel_id],
        prompts=[Prompt("Likes?", option)],
        reason="r",
    )

    sent = discord.requests[-1].json
    assert sent["prompts"][0]["id"] == "0"  # hikari's index for a new prompt
    assert sent["default_channel_ids"] == [discord.channel_id]
    assert isinstance(onboarding, guilds.GuildOnboarding)
    (prompt,) = onboarding.prompts
    assert prompt.id > 1 << 22  # a real snowflake now
    assert (prompt.title, prompt.single_select, prompt.options[0].role_ids) == ("Likes?", True, [int(role)])
    assert (await rest.fetch_guild_onboarding(discord.guild_id)).prompts[0].id == prompt.id
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.edit_guild_onboarding(
            discord.guild_id, enabled=True, mode=guilds.GuildOnboardingMode.ONBOARDING_DEFAULT
        )
    assert caught.value.code == 350000
    assert discord.requests[-1].json == {"enabled": True, "mode": 0}


async def test_onboarding_enables_with_seven_open_default_channels(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    channel_ids = [discord.add_guild_channel(f"c{index}")["id"] for index in range(7)]

    onboarding = await rest.edit_guild_onboarding(
        discord.guild_id, default_channel_ids=channel_ids, enabled=True
    )

    assert onboarding.enabled is True
    assert discord.requests[-1].json == {"default_channel_ids": channel_ids, "enabled": True}
    without(discord, Permissions.MANAGE_ROLES)
    with pytest.raises(errors.ForbiddenError):
        await rest.edit_guild_onboarding(discord.guild_id, enabled=False)


async def test_templates_create_fetch_edit_sync_delete(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    created = await rest.create_template(discord.guild_id, "Starter", description="Our layout")

    assert isinstance(created, templates.Template)
    assert (created.name, created.description, created.is_unsynced) == ("Starter", "Our layout", False)
    assert created.source_guild.id == int(discord.guild_id)
    assert created.creator.id == int(discord.application_id)
    assert [t.code for t in await rest.fetch_guild_templates(discord.guild_id)] == [created.code]
    discord.add_guild_channel("new channel")
    assert (await rest.fetch_template(created.code)).is_unsynced is True
    synced = await created.sync()
    assert synced.is_unsynced is False
    assert "new channel" in [channel.name for channel in synced.source_guild.channels.values()]
    edited = await rest.edit_template(discord.guild_id, created, name="Starter v2", description=None)
    assert (edited.name, edited.description) == ("Starter v2", None)
    assert (await edited.edit(name="v3")).name == "v3"
    deleted = await rest.delete_template(discord.guild_id, created.code)
    assert deleted.code == created.code
    with pytest.raises(errors.NotFoundError) as gone:
        await rest.fetch_template(created.code)
    assert gone.value.code == 10057


async def test_template_refusals(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    with pytest.raises(errors.BadRequestError) as long_name:
        await rest.create_template(discord.guild_id, "x" * 101)
    template = await rest.create_template(discord.guild_id, "One")
    with pytest.raises(errors.BadRequestError) as second:
        await rest.create_template(discord.guild_id, "Two")
    with pytest.raises(errors.NotFoundError):
        await rest.sync_guild_template(discord.add_guild("other")["id"], template)
    without(discord, Permissions.MANAGE_GUILD)
    with pytest.raises(errors.ForbiddenError):
        await template.delete()

    assert "name" in long_name.value.errors
    assert second.value.code == 30031
