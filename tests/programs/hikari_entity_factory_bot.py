# A hikari REST program that replays archived Discord JSON, written against hikari 2.7's public API:
# a moderation bot kept the raw `MESSAGE_CREATE`, member and role objects of a report, and now turns
# them into models with its REST client's entity factory, quotes the reported message (with the
# report's embed) into the mod channel, fetches the quote back, and builds the permission overwrite
# and embed JSON it would send. The test runs this exact source with `import hikari` (the reference)
# and `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

AUTHOR = {
    "id": "80351110224678912",
    "username": "nelly",
    "discriminator": "0",
    "global_name": "Nelly",
    "avatar": None,
}
ARCHIVED_MESSAGE = {
    "id": "334385199974967042",
    "author": AUTHOR,
    "content": "buy cheap nitro at totally-legit.example",
    "timestamp": "2017-07-11T17:27:07.299000+00:00",
    "edited_timestamp": None,
    "tts": False,
    "mention_everyone": False,
    "mentions": [],
    "mention_roles": [],
    "attachments": [],
    "embeds": [],
    "pinned": False,
    "type": 0,
    "flags": 0,
}
ARCHIVED_MEMBER = {
    "user": AUTHOR,
    "nick": "nelly the spammer",
    "roles": ["41771983423143936"],
    "joined_at": "2015-04-26T06:26:56.936000+00:00",
    "deaf": False,
    "mute": False,
    "flags": 0,
}
ARCHIVED_ROLE = {
    "id": "41771983423143936",
    "name": "Muted",
    "color": 0x99AAB5,
    "hoist": False,
    "position": 1,
    "permissions": "0",
    "managed": False,
    "mentionable": False,
    "flags": 0,
}
REPORT_EMBED = {
    "type": "rich",
    "title": "Report",
    "description": "Spam link",
    "color": 0xE74C3C,
    "fields": [{"name": "Reporter", "value": "kat", "inline": True}],
    "footer": {"text": "case 12"},
}


async def run(url: str, token: str, guild_id: int, channel_id: int) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, hikari.TokenType.BOT) as rest:
            outcome = replay(rest.entity_factory, guild_id, channel_id)
            outcome.update(await quote(rest, channel_id))
            return outcome
    finally:
        await app.close()


def replay(factory: hikari.api.EntityFactory, guild_id: int, channel_id: int) -> dict[str, typing.Any]:
    payload = {**ARCHIVED_MESSAGE, "channel_id": str(channel_id), "guild_id": str(guild_id)}
    message = factory.deserialize_message(payload)
    member = factory.deserialize_member(ARCHIVED_MEMBER, guild_id=hikari.Snowflake(guild_id))
    role = factory.deserialize_role(ARCHIVED_ROLE, guild_id=hikari.Snowflake(guild_id))
    mute = hikari.PermissionOverwrite(
        id=role.id,
        type=hikari.PermissionOverwriteType.ROLE,
        deny=hikari.Permissions.SEND_MESSAGES | hikari.Permissions.ADD_REACTIONS,
    )
    return {
        "message": (int(message.id), message.author.username, message.content, message.guild_id == guild_id),
        "member": (member.nickname, member.username, role.id in member.role_ids, member.guild_id == guild_id),
        "role": (role.name, role.color.hex_code, role.position),
        "overwrite": factory.serialize_permission_overwrite(mute),
    }


async def quote(rest: hikari.api.RESTClient, channel_id: int) -> dict[str, typing.Any]:
    factory = rest.entity_factory
    reported = factory.deserialize_message({**ARCHIVED_MESSAGE, "channel_id": str(channel_id)})
    embed = factory.deserialize_embed(REPORT_EMBED)
    sent = await rest.create_message(
        channel_id, f"> {reported.content}\n— {reported.author.mention}", embed=embed
    )
    fetched = await rest.fetch_message(channel_id, sent.id)
    body, attachments = factory.serialize_embed(fetched.embeds[0])
    return {
        "quote": fetched.content,
        "embed": (embed.title, embed.colour, [(field.name, field.value) for field in embed.fields]),
        "embed_json": {key: body.get(key) for key in ("title", "description", "color", "fields", "footer")},
        "embed_attachments": len(attachments),
    }
