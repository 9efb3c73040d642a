"""Webhook events: greet whoever installs the app, and keep track of what they bought.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/install_greeter_bot.py

In the Developer Portal, set the Interactions Endpoint URL to `https://<host>/` and the Webhook
Events URL (Webhooks page) to `https://<host>/events`, and tick the events: Application
Authorized, Application Deauthorized and Entitlement Create. A user who adds the app to their
account gets a welcome DM; a guild install is logged; entitlements are kept (in memory here: one
worker's view) and listed at shutdown.

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/install_greeter_bot.py
"""

from __future__ import annotations

import logging
import os
import typing

import hikari_like as hikari

_LOGGER = logging.getLogger("install_greeter")
entitlements: dict[hikari.Snowflake, hikari.Entitlement] = {}
"""The entitlements seen, by ID (a real bot keeps them in its database)."""


async def greet(event: hikari.ApplicationAuthorizedEvent) -> None:
    """A user install gets a DM; a guild install is logged (the bot may not be in a channel yet)."""
    if event.guild is not None:
        _LOGGER.info("added to %s (%s) by %s", event.guild.name, event.guild.id, event.user)
        return
    try:
        channel = await event.app.rest.create_dm_channel(event.user)
        await event.app.rest.create_message(channel, f"Thanks for adding me, {event.user.username}!")
    except hikari.HikariError as error:  # DMs closed, or Discord unreachable: log it and carry on
        _LOGGER.warning("could not greet %s: %s", event.user, error)
        return
    print(f"greeted {event.user.username}", flush=True)


async def farewell(event: hikari.ApplicationDeauthorizedEvent) -> None:
    _LOGGER.info("removed by %s", event.user)


async def record(event: hikari.EntitlementEvent) -> None:
    """Create, update and delete alike: webhook events and gateway dispatches reach this listener."""
    entitlement = event.entitlement
    if isinstance(event, hikari.EntitlementDeleteEvent):
        entitlements.pop(entitlement.id, None)
    else:
        entitlements[entitlement.id] = entitlement
    print(f"{type(event).__name__}: SKU {entitlement.sku_id} for user {entitlement.user_id}", flush=True)


async def report(bot: hikari.RESTBot) -> None:
    print(f"entitlements held: {len(entitlements)}", flush=True)


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, webhook_events_path="/events", **options)
    bot.subscribe(hikari.ApplicationAuthorizedEvent, greet)
    bot.subscribe(hikari.ApplicationDeauthorizedEvent, farewell)
    bot.subscribe(hikari.EntitlementEvent, record)
    bot.add_shutdown_callback(report)
    return bot


if __name__ == "__main__":
    build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    ).run(port=int(os.environ.get("PORT", "8080")))
