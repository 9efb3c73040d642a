# A hikari REST program that administers a guild, written against hikari 2.7's public API: it reads
# the guild and the bot's guilds, renames the guild, sets its widget, welcome screen and incident
# actions, keeps a template in sync and prunes inactive members. The test runs this exact source
# with `import hikari` (the reference) and `import hikari_like as hikari`.
from __future__ import annotations

import datetime
import typing

import hikari  # the test rewrites this line for hikari_like

ICON = hikari.Bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, "icon.png")


async def run(url: str, token: str, guild_id: int, channel_id: int) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            return await administer(rest, guild_id, channel_id)
    finally:
        await app.close()


async def administer(rest: hikari.api.RESTClient, guild_id: int, channel_id: int) -> dict[str, typing.Any]:
    guild = await rest.fetch_guild(guild_id)
    renamed = await guild.edit(name="Cat Club", icon=ICON, afk_timeout=300, reason="rebrand")
    mine = [own.name async for own in rest.fetch_my_guilds()]
    channels = await rest.fetch_guild_channels(guild_id)
    widget = await rest.edit_widget(guild_id, enabled=True)
    rules = hikari.WelcomeChannel(
        channel_id=hikari.Snowflake(channel_id),
        description="Start here",
        emoji_name=hikari.UnicodeEmoji("📜"),
    )
    screen = await rest.edit_welcome_screen(guild_id, description="Welcome!", enabled=True, channels=[rules])
    soon = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(hours=1)
    incidents = await renamed.set_incident_actions(invites_disabled_until=soon)
    template = await rest.create_template(guild_id, "Cat Club layout")
    await rest.edit_template(guild_id, template, description="Channels and roles")
    synced = await template.sync()
    estimate = await rest.estimate_guild_prune_count(guild_id, days=30)
    pruned = await rest.begin_guild_prune(guild_id, days=30, reason="inactive")
    templates = [t.name for t in await rest.fetch_guild_templates(guild_id)]
    await synced.delete()
    return {
        "name": (guild.name, renamed.name, renamed.icon_hash is not None),
        "afk": renamed.afk_timeout,
        "my_guilds": sorted(mine),
        "channels": sorted(channel.name or "" for channel in channels),
        "widget": widget.is_enabled,
        "welcome": (
            screen.description,
            [(c.channel_id, c.description, str(c.emoji_name)) for c in screen.channels],
        ),
        "invites_paused": incidents.invites_disabled_until == soon,
        "template": (synced.name, synced.description, synced.is_unsynced),
        "templates": templates,
        "prune": (estimate, pruned),
        "left": await rest.fetch_guild_templates(guild_id),
    }
