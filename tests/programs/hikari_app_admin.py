# A hikari REST program that administers its application, written against hikari 2.7's public API:
# it edits the application (event webhooks included) and the bot user, edits and fetches a command
# and locks it down with command permissions (a Bearer token), manages application emojis, sets
# linked-role metadata and the user's role connection, lists the user's connections and reads a
# running Activity. The test runs this exact source with `import hikari` (the reference) and
# `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

ICON = hikari.Bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, "party.png")


async def run(url: str, token: str, bearer: str, guild_id: int, instance_id: str) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest, app.acquire(bearer, "Bearer") as user_rest:
            application = await rest.fetch_application()
            outcome = await settings(rest, instance_id)
            outcome.update(await command(rest, user_rest, application.id, guild_id))
            outcome.update(await emojis(rest, application.id))
            outcome.update(await linked_roles(rest, user_rest, application.id))
            return outcome
    finally:
        await app.close()


async def settings(rest: hikari.api.RESTClient, instance_id: str) -> dict[str, typing.Any]:
    edited = await rest.edit_application(
        description="Cats on demand",
        tags=["cats", "fun"],
        event_webhooks_url="https://bot.example/events",
        event_webhooks_status=hikari.ApplicationEventWebhookStatus.ENABLED,
        event_webhooks_types=[hikari.ApplicationEventWebhookType.ENTITLEMENT_CREATE],
    )
    me = await rest.edit_my_user(username="Kitty", avatar=ICON)
    instance = await rest.fetch_activity_instance(edited.id, instance_id)
    return {
        "application": (edited.description, list(edited.tags)),
        "me": (me.username, me.avatar_hash is not None),
        "instance": (
            instance.instance_id,
            instance.location.kind == hikari.ActivityLocationKind.GUILD_CHANNEL,
        ),
    }


async def command(
    rest: hikari.api.RESTClient, user_rest: hikari.api.RESTClient, application_id: int, guild_id: int
) -> dict[str, typing.Any]:
    ping = await rest.create_slash_command(application_id, "ping", "Ping", guild=guild_id)
    await rest.edit_application_command(application_id, ping.id, guild_id, description="Pong!")
    fetched = await rest.fetch_application_command(application_id, ping.id, guild_id)
    nobody = hikari.CommandPermission(id=guild_id, type=hikari.CommandPermissionType.ROLE, has_access=False)
    await user_rest.set_application_command_permissions(application_id, guild_id, ping.id, [nobody])
    one = await rest.fetch_application_command_permissions(application_id, guild_id, ping.id)
    every = await rest.fetch_application_guild_commands_permissions(application_id, guild_id)
    return {
        "command": (fetched.name, getattr(fetched, "description", None)),
        "permissions": [(int(p.id), int(p.type), p.has_access) for p in one.permissions],
        "commands_with_permissions": [int(entry.command_id) == ping.id for entry in every],
    }


async def emojis(rest: hikari.api.RESTClient, application_id: int) -> dict[str, typing.Any]:
    party = await rest.create_application_emoji(application_id, "party", ICON)
    renamed = await rest.edit_application_emoji(application_id, party.id, "party_time")
    listed = [emoji.name for emoji in await rest.fetch_application_emojis(application_id)]
    fetched = await rest.fetch_application_emoji(application_id, party.id)
    await rest.delete_application_emoji(application_id, party.id)
    return {
        "emojis": (renamed.name, listed, fetched.name),
        "emojis_left": len(await rest.fetch_application_emojis(application_id)),
    }


async def linked_roles(
    rest: hikari.api.RESTClient, user_rest: hikari.api.RESTClient, application_id: int
) -> dict[str, typing.Any]:
    level = hikari.ApplicationRoleConnectionMetadataRecord(
        type=hikari.ApplicationRoleConnectionMetadataRecordType.INTEGER_GREATER_THAN_OR_EQUAL,
        key="level",
        name="Level",
        description="Your level in the game",
    )
    await rest.set_application_role_connection_metadata_records(application_id, [level])
    records = await rest.fetch_application_role_connection_metadata_records(application_id)
    await user_rest.set_my_user_application_role_connection(
        application_id, platform_name="Cat Game", platform_username="kat", metadata={"level": 7}
    )
    connection = await user_rest.fetch_my_user_application_role_connection(application_id)
    connections = await user_rest.fetch_my_connections()
    return {
        "records": [(record.key, int(record.type)) for record in records],
        "role_connection": (
            connection.platform_name,
            connection.platform_username,
            dict(connection.metadata),
        ),
        "connections": [(c.type, c.name, c.is_verified) for c in connections],
    }
