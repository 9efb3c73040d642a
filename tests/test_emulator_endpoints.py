from __future__ import annotations

import base64
import typing

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import AUTH
from tests.helpers import TOKEN


async def call(
    session: aiohttp.ClientSession, method: str, url: str, **kwargs: typing.Any
) -> tuple[int, typing.Any]:
    headers = kwargs.pop("headers", AUTH)
    async with session.request(method, url, headers=headers, **kwargs) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body


def basic_auth(client_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


async def test_url_points_at_the_v10_api_on_loopback(discord: EmulatedDiscord) -> None:
    assert discord.url.startswith("http://127.0.0.1:")
    assert discord.url.endswith("/api/v10")


async def test_url_before_start_raises() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = EmulatedDiscord().url


async def test_start_twice_raises_and_close_twice_is_harmless(discord: EmulatedDiscord) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        await discord.start()
    await discord.close()
    await discord.close()


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bot wrong"}, {"Authorization": TOKEN}])
async def test_bad_or_missing_token_is_401(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, headers: dict[str, str]
) -> None:
    status, body = await call(session, "GET", f"{discord.url}/users/@me", headers=headers)
    assert (status, body) == (401, {"message": "401: Unauthorized", "code": 0})


async def test_bearer_token_from_client_credentials(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    basic = basic_auth(discord.application_id, "emulated-client-secret")
    form = {"grant_type": "client_credentials", "scope": "applications.commands.update"}
    async with session.post(f"{discord.url}/oauth2/token", data=form, headers=basic) as response:
        grant = await response.json()
    assert grant["token_type"] == "Bearer"
    assert grant["expires_in"] > 0
    bearer = {"Authorization": f"Bearer {grant['access_token']}"}
    status, _ = await call(session, "GET", f"{discord.url}/applications/@me", headers=bearer)
    assert status == 200
    discord.revoke_bearer_tokens()
    status, _ = await call(session, "GET", f"{discord.url}/applications/@me", headers=bearer)
    assert status == 401


async def test_client_credentials_with_wrong_secret_is_401(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    basic = basic_auth(discord.application_id, "nope")
    form = {"grant_type": "client_credentials"}
    async with session.post(f"{discord.url}/oauth2/token", data=form, headers=basic) as response:
        assert response.status == 401
        assert await response.json() == {"error": "invalid_client"}


async def test_application_and_users(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    _, application = await call(session, "GET", f"{discord.url}/applications/@me")
    _, oauth_application = await call(session, "GET", f"{discord.url}/oauth2/applications/@me")
    assert application == oauth_application
    assert application["id"] == discord.application_id
    assert len(application["verify_key"]) == 64
    assert application["bot"]["bot"] is True
    _, me = await call(session, "GET", f"{discord.url}/users/@me")
    assert me["id"] == discord.application_id
    assert me["discriminator"] == "0"
    user = discord.add_user("someone", user_id=1234)
    assert await call(session, "GET", f"{discord.url}/users/1234") == (200, user)
    status, body = await call(session, "GET", f"{discord.url}/users/999")
    assert (status, body) == (404, {"message": "Unknown User", "code": 10013})


async def test_channels(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    status, channel = await call(session, "GET", f"{discord.url}/channels/{discord.channel_id}")
    assert status == 200
    assert channel["type"] == 0
    assert channel["guild_id"] == discord.guild_id
    status, body = await call(session, "GET", f"{discord.url}/channels/1")
    assert (status, body) == (404, {"message": "Unknown Channel", "code": 10003})


async def test_permissive_mode_creates_channels_on_first_use(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, permissive=True) as discord:
        status, channel = await call(session, "GET", f"{discord.url}/channels/42")
        assert status == 200
        assert channel["id"] == "42"


async def test_gateway(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    status, gateway = await call(session, "GET", f"{discord.url}/gateway", headers={})
    assert (status, gateway) == (200, {"url": "wss://gateway.discord.gg"})
    _, bot = await call(session, "GET", f"{discord.url}/gateway/bot")
    assert bot["shards"] == 1
    assert bot["session_start_limit"]["max_concurrency"] == 1


async def test_unknown_path_and_method(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    assert await call(session, "GET", f"{discord.url}/nothing/here") == (
        404,
        {"message": "404: Not Found", "code": 0},
    )
    status, body = await call(session, "PUT", f"{discord.url}/users/@me")
    assert status == 405
    assert body["code"] == 0
    assert discord.requests[-1].route is None


async def test_message_lifecycle(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    messages = f"{discord.url}/channels/{discord.channel_id}/messages"
    status, created = await call(session, "POST", messages, json={"content": "hello", "nonce": "n1"})
    assert status == 200
    assert created["author"]["id"] == discord.application_id
    assert created["content"] == "hello"
    assert created["edited_timestamp"] is None
    assert discord.messages[int(discord.channel_id)] == [created]
    assert await call(session, "GET", f"{messages}/{created['id']}") == (200, created)
    _, edited = await call(session, "PATCH", f"{messages}/{created['id']}", json={"content": "edited"})
    assert edited["content"] == "edited"
    assert edited["edited_timestamp"] is not None
    _, listed = await call(session, "GET", messages, params={"limit": "10"})
    assert [m["id"] for m in listed] == [created["id"]]
    assert await call(session, "DELETE", f"{messages}/{created['id']}") == (204, None)
    status, body = await call(session, "GET", f"{messages}/{created['id']}")
    assert (status, body) == (404, {"message": "Unknown Message", "code": 10008})


async def test_reply_to_unknown_message_fails(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    messages = f"{discord.url}/channels/{discord.channel_id}/messages"
    body = {"content": "re", "message_reference": {"message_id": "1"}}
    status, error = await call(session, "POST", messages, json=body)
    assert (status, error["code"]) == (404, 10008)
    original = discord.seed_message(discord.channel_id, "question")
    body = {"content": "re", "message_reference": {"message_id": original["id"]}}
    _, reply = await call(session, "POST", messages, json=body)
    assert reply["type"] == 19
    assert reply["message_reference"]["message_id"] == original["id"]


async def test_invalid_message_bodies(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    messages = f"{discord.url}/channels/{discord.channel_id}/messages"
    assert await call(session, "POST", messages, json={}) == (
        400,
        {"message": "Cannot send an empty message", "code": 50006},
    )
    status, body = await call(session, "POST", messages, json={"content": "x" * 2001})
    assert (status, body["code"], body["message"]) == (400, 50035, "Invalid Form Body")
    assert body["errors"]["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    headers = {**AUTH, "Content-Type": "application/json"}
    status, body = await call(session, "POST", messages, data=b"{nope", headers=headers)
    assert (status, body["code"]) == (400, 50109)
    status, body = await call(session, "POST", messages, json=["not", "an", "object"])
    assert (status, body["code"]) == (400, 50035)
    assert discord.messages[discord.channel_id] == []


async def test_multipart_message_with_files(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    form = aiohttp.FormData()
    payload = {
        "content": "files",
        "attachments": [{"id": 0, "description": "a cat"}, {"id": 1, "filename": "b.txt"}],
    }
    form.add_field(
        "payload_json",
        '{"content": "files", "attachments": [{"id": 0, "description": "a cat"},'
        ' {"id": 1, "filename": "b.txt"}]}',
        content_type="application/json",
    )
    form.add_field("files[0]", b"\x89PNG...", filename="cat.png", content_type="image/png")
    form.add_field("files[1]", b"hello", filename="original.txt", content_type="text/plain")
    status, message = await call(
        session, "POST", f"{discord.url}/channels/{discord.channel_id}/messages", data=form
    )
    assert status == 200
    assert message["content"] == "files"
    first, second = message["attachments"]
    assert (first["filename"], first["size"], first["content_type"], first["description"]) == (
        "cat.png",
        7,
        "image/png",
        "a cat",
    )
    assert second["filename"] == "b.txt"
    assert first["url"].startswith("https://cdn.discordapp.com/attachments/")
    recorded = discord.requests[-1]
    assert recorded.json == payload
    assert [(f.field, f.filename, f.data) for f in recorded.files] == [
        ("files[0]", "cat.png", b"\x89PNG..."),
        ("files[1]", "original.txt", b"hello"),
    ]


async def test_edit_keeps_only_listed_attachments(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    form = aiohttp.FormData()
    form.add_field("payload_json", "{}", content_type="application/json")
    form.add_field("files[0]", b"a", filename="a.txt")
    form.add_field("files[1]", b"b", filename="b.txt")
    url = f"{discord.url}/channels/{discord.channel_id}/messages"
    _, message = await call(session, "POST", url, data=form)
    kept = message["attachments"][1]
    _, edited = await call(
        session, "PATCH", f"{url}/{message['id']}", json={"attachments": [{"id": kept["id"]}]}
    )
    assert edited["attachments"] == [kept]


async def test_requests_are_recorded_with_the_token_redacted(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    url = f"{discord.url}/channels/{discord.channel_id}/messages"
    await call(session, "POST", url, json={"content": "hi"}, params={"x": "1"})
    (request,) = discord.requests_to("POST /channels/{channel}/messages")
    assert request.method == "POST"
    assert request.path == f"/api/v10/channels/{discord.channel_id}/messages"
    assert request.params == {"channel": discord.channel_id}
    assert request.query == {"x": "1"}
    assert request.json == {"content": "hi"}
    assert request.headers["Authorization"] == "Bot [REDACTED]"
    assert request.status == 200
    assert TOKEN not in repr(discord.requests)
    discord.clear_requests()
    assert discord.requests == []
