from __future__ import annotations

import asyncio
import typing

import aiohttp

from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import AUTH
from tests.helpers import TOKEN


async def call(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    **kw: typing.Any,
) -> tuple[int, typing.Any]:
    async with session.request(method, url, headers=headers or {}, **kw) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body


def urls(discord: EmulatedDiscord, interaction_id: str, token: str) -> tuple[str, str]:
    callback = f"{discord.url}/interactions/{interaction_id}/{token}/callback"
    webhook = f"{discord.url}/webhooks/{discord.application_id}/{token}"
    return callback, webhook


async def test_message_response_is_recorded_and_visible(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback, webhook = urls(discord, interaction.id, interaction.token)
    body = {"type": 4, "data": {"content": "pong", "flags": 64}}
    assert await call(session, "POST", callback, json=body) == (204, None)
    response = discord.interaction_responses[interaction.token]
    assert (response.type, response.data) == (4, {"content": "pong", "flags": 64})
    status, original = await call(session, "GET", f"{webhook}/messages/@original")
    assert status == 200
    assert (original["content"], original["flags"], original["webhook_id"]) == (
        "pong",
        64,
        discord.application_id,
    )
    assert discord.messages[discord.channel_id] == []  # Ephemeral: only the token sees it.
    status, error = await call(session, "POST", callback, json=body)
    assert (status, error) == (400, {"message": "Interaction has already been acknowledged.", "code": 40060})


async def test_with_response_returns_the_callback_resource(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback, _ = urls(discord, interaction.id, interaction.token)
    status, body = await call(session, "POST", callback, json={"type": 5}, params={"with_response": "true"})
    assert status == 200
    assert body["interaction"]["id"] == interaction.id
    assert body["interaction"]["response_message_loading"] is True
    assert body["resource"]["type"] == 5
    assert body["resource"]["message"]["flags"] & 128


async def test_unknown_interaction_wrong_id_and_late_answer(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, response_deadline=0.05) as discord:
        unknown = {"message": "Unknown interaction", "code": 10062}
        callback, _ = urls(discord, "1", "no-such-token")
        assert await call(session, "POST", callback, json={"type": 4, "data": {"content": "x"}}) == (
            404,
            unknown,
        )
        interaction = discord.issue_interaction()
        callback, _ = urls(discord, "1", interaction.token)
        assert await call(session, "POST", callback, json={"type": 5}) == (404, unknown)
        await asyncio.sleep(0.06)
        callback, _ = urls(discord, interaction.id, interaction.token)
        assert await call(session, "POST", callback, json={"type": 5}) == (404, unknown)


async def test_invalid_callback_bodies(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    interaction = discord.issue_interaction()
    callback, _ = urls(discord, interaction.id, interaction.token)
    status, body = await call(session, "POST", callback, json={"type": 99})
    assert (status, body["code"]) == (400, 50035)
    assert "type" in body["errors"]
    status, body = await call(session, "POST", callback, json={"type": 4, "data": {}})
    assert (status, body["code"]) == (400, 50006)
    status, body = await call(session, "POST", callback, json={"type": 9, "data": {"title": "t"}})
    assert body["errors"]["data"]["custom_id"]["_errors"][0]["code"] == "BASE_TYPE_REQUIRED"
    assert interaction.token not in discord.interaction_responses


async def test_followups_need_an_answered_known_token(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    unknown_webhook = {"message": "Unknown Webhook", "code": 10015}
    _, webhook = urls(discord, "1", "never-issued")
    assert await call(session, "POST", webhook, json={"content": "x"}) == (404, unknown_webhook)
    interaction = discord.issue_interaction()
    callback, webhook = urls(discord, interaction.id, interaction.token)
    assert await call(session, "POST", webhook, json={"content": "x"}) == (404, unknown_webhook)
    wrong_app = f"{discord.url}/webhooks/1/{interaction.token}"
    await call(session, "POST", callback, json={"type": 4, "data": {"content": "first"}})
    assert await call(session, "POST", wrong_app, json={"content": "x"}) == (404, unknown_webhook)


async def test_followup_lifecycle(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    interaction = discord.issue_interaction()
    callback, webhook = urls(discord, interaction.id, interaction.token)
    await call(session, "POST", callback, json={"type": 4, "data": {"content": "first"}})
    status, followup = await call(session, "POST", webhook, json={"content": "second"})
    assert status == 200
    assert discord.followups[interaction.token] == [followup]
    assert [m["content"] for m in discord.messages[discord.channel_id]] == ["first", "second"]
    message_url = f"{webhook}/messages/{followup['id']}"
    assert await call(session, "GET", message_url) == (200, followup)
    _, edited = await call(session, "PATCH", message_url, json={"content": "edited"})
    assert edited["content"] == "edited"
    assert await call(session, "DELETE", message_url) == (204, None)
    status, body = await call(session, "GET", message_url)
    assert (status, body["code"]) == (404, 10008)
    assert discord.followups[interaction.token] == []


async def test_deferred_then_first_followup_edits_the_loading_message(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback, webhook = urls(discord, interaction.id, interaction.token)
    await call(session, "POST", callback, json={"type": 5})
    _, loading = await call(session, "GET", f"{webhook}/messages/@original")
    _, message = await call(session, "POST", webhook, json={"content": "done"})
    assert message["id"] == loading["id"]
    assert message["flags"] & 128 == 0
    assert discord.followups[interaction.token] == []


async def test_original_response_edit_and_delete(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback, webhook = urls(discord, interaction.id, interaction.token)
    original_url = f"{webhook}/messages/@original"
    status, body = await call(session, "GET", original_url)
    assert (status, body["code"]) == (404, 10015)
    await call(session, "POST", callback, json={"type": 5})
    _, edited = await call(
        session, "PATCH", original_url, json={"content": "ready", "embeds": [{"title": "t"}]}
    )
    assert (edited["content"], edited["embeds"], edited["flags"]) == ("ready", [{"title": "t"}], 0)
    assert await call(session, "DELETE", original_url) == (204, None)
    status, body = await call(session, "GET", original_url)
    assert (status, body["code"]) == (404, 10008)


async def test_update_message_edits_the_components_message(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    message = discord.seed_message(discord.channel_id, "click me")
    interaction = discord.issue_interaction(type=3, message_id=message["id"])
    callback, _ = urls(discord, interaction.id, interaction.token)
    await call(session, "POST", callback, json={"type": 7, "data": {"content": "clicked"}})
    assert discord.messages[discord.channel_id][0]["content"] == "clicked"


async def test_permissive_mode_accepts_any_interaction(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, permissive=True) as discord:
        callback, webhook = urls(discord, "123", "made-up-token")
        assert await call(session, "POST", callback, json={"type": 4, "data": {"content": "hi"}}) == (
            204,
            None,
        )
        status, _ = await call(session, "POST", webhook, json={"content": "followup"})
        assert status == 200
        assert discord.interactions["made-up-token"].id == "123"


async def test_expired_token_is_invalid_webhook_token(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, token_lifetime=0.05) as discord:
        interaction = discord.issue_interaction()
        callback, webhook = urls(discord, interaction.id, interaction.token)
        await call(session, "POST", callback, json={"type": 5})
        await asyncio.sleep(0.06)
        status, body = await call(session, "GET", f"{webhook}/messages/@original")
        assert (status, body) == (401, {"message": "Invalid Webhook Token", "code": 50027})


async def test_multipart_callback_records_files(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    interaction = discord.issue_interaction()
    callback, _ = urls(discord, interaction.id, interaction.token)
    form = aiohttp.FormData()
    form.add_field(
        "payload_json", '{"type": 4, "data": {"content": "file"}}', content_type="application/json"
    )
    form.add_field("files[0]", b"data", filename="a.bin")
    assert await call(session, "POST", callback, data=form) == (204, None)
    response = discord.interaction_responses[interaction.token]
    assert [file.filename for file in response.files] == ["a.bin"]
    assert interaction.original is not None
    assert interaction.original["attachments"][0]["size"] == 4


async def test_global_commands(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    base = f"{discord.url}/applications/{discord.application_id}/commands"
    commands = [{"name": "ping", "description": "Ping!"}, {"name": "Profile", "type": 2}]
    status, created = await call(session, "PUT", base, json=commands, headers=AUTH)
    assert status == 200
    assert [(c["name"], c["type"], c["application_id"]) for c in created] == [
        ("ping", 1, discord.application_id),
        ("Profile", 2, discord.application_id),
    ]
    assert discord.commands == created
    _, again = await call(session, "PUT", base, json=commands[:1], headers=AUTH)
    assert again[0]["id"] == created[0]["id"]  # Same name and type: same command, new version.
    assert len(discord.commands) == 1
    status, new = await call(
        session, "POST", base, json={"name": "echo", "description": "Echo"}, headers=AUTH
    )
    assert status == 201
    status, upserted = await call(
        session, "POST", base, json={"name": "echo", "description": "Echo!"}, headers=AUTH
    )
    assert (status, upserted["id"]) == (200, new["id"])
    assert await call(session, "GET", f"{base}/{new['id']}", headers=AUTH) == (200, upserted)
    assert await call(session, "DELETE", f"{base}/{new['id']}", headers=AUTH) == (204, None)
    status, body = await call(session, "DELETE", f"{base}/{new['id']}", headers=AUTH)
    assert (status, body["code"]) == (404, 10063)
    _, listed = await call(session, "GET", base, headers=AUTH)
    assert [c["name"] for c in listed] == ["ping"]


async def test_guild_commands_and_errors(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    base = f"{discord.url}/applications/{discord.application_id}/guilds/77/commands"
    _, created = await call(session, "POST", base, json={"name": "guildy", "description": "d"}, headers=AUTH)
    assert created["guild_id"] == "77"
    assert discord.guild_commands[77] == [created]
    assert discord.commands == []
    status, body = await call(
        session, "POST", base, json={"name": "Bad Name", "description": "d"}, headers=AUTH
    )
    assert (status, body["code"]) == (400, 50035)
    assert body["errors"]["name"]["_errors"][0]["code"] == "APPLICATION_COMMAND_INVALID_NAME"
    status, body = await call(
        session, "PUT", base, json=[{"name": "a", "description": "d"}, {"description": "x"}], headers=AUTH
    )
    assert body["errors"]["1"]["name"]["_errors"][0]["code"] == "BASE_TYPE_REQUIRED"
    status, body = await call(session, "GET", f"{discord.url}/applications/1/commands", headers=AUTH)
    assert (status, body["code"]) == (403, 50001)
