"""docs/channels.md: every Python example runs as written, in order, in one namespace, against the
emulated Discord over loopback; then what the page says happened is checked in the emulator's state.

The namespace holds what the page says the reader has (`rest`, `guild_id`, `channel_id`,
`news_channel_id`, `member_id`, `logo_url`, the files it opens, `discord`), seeded here."""

from __future__ import annotations

import ast
import base64
import datetime
import pathlib
import re
import typing

import pytest
from aiohttp import web

from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

PAGE: typing.Final = pathlib.Path(__file__).parent.parent / "docs" / "channels.md"
BLOCKS: typing.Final = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL)

# The smallest images Discord's checks take: a PNG's signature and a GIF's header are what they read.
PNG: typing.Final = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
GIF: typing.Final = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
FILES: typing.Final = {
    "logo.png": PNG,
    "party.gif": GIF,
    "crash.log": b"Traceback (most recent call last):\n  ...\nRuntimeError: no config\n",
    "note.ogg": b"OggS\x00\x02" + bytes(58),
}
RECENT, OLD = 60, 5
"""Messages in the channel before the page runs: recent ones, and older than two weeks."""


class ImageSite:
    """A loopback web server with one image, the page's `logo_url`."""

    def __init__(self) -> None:
        self.methods: list[str] = []
        self._runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/logo.png", self._logo)  # aiohttp answers HEAD on a GET route too
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        return f"http://{host}:{port}/logo.png"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _logo(self, request: web.Request) -> web.Response:
        self.methods.append(request.method)
        return web.Response(body=PNG, content_type="image/png")


@pytest.fixture
async def site() -> typing.AsyncIterator[ImageSite]:
    image_site = ImageSite()
    yield image_site
    await image_site.close()


def seed_history(discord: EmulatedDiscord) -> tuple[list[str], list[str]]:
    """Old messages (their IDs, so their ages as Discord reads them, 20 days old) then recent ones."""
    old = []
    for index in range(OLD):
        message = discord.seed_message(discord.channel_id, f"old {index}")
        stored = discord.state.messages[discord.channel_id]
        del stored[message["id"]]
        when = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=20, minutes=OLD - index)
        message["id"] = str(snowflakes.Snowflake.from_datetime(when))
        stored[message["id"]] = message
        old.append(message["id"])
    recent = [discord.seed_message(discord.channel_id, f"chat {index}")["id"] for index in range(RECENT)]
    return old, recent


async def namespace_for(
    discord: EmulatedDiscord, rest: RESTClientImpl, site: ImageSite, printed: list[str]
) -> dict[str, typing.Any]:
    member = discord.add_member("kat", user_id=4242)
    news = discord.add_guild_channel("announcements", type=5)
    return {
        "rest": rest,
        "discord": discord,
        "guild_id": discord.guild_id,
        "channel_id": discord.channel_id,
        "news_channel_id": news["id"],
        "member_id": member["user"]["id"],
        "logo_url": await site.start(),
        "print": lambda *args, **kwargs: printed.append(" ".join(map(str, args))),
    }


async def run_page(namespace: dict[str, typing.Any]) -> None:
    for number, block in enumerate(BLOCKS):
        code = compile(block, f"{PAGE.name} example {number}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        result = eval(code, namespace)
        if result is not None:
            await result


def contents(discord: EmulatedDiscord, channel_id: str) -> list[str | None]:
    return [message.get("content") for message in discord.messages[channel_id]]


async def test_the_examples_run_and_do_what_the_page_says(
    discord: EmulatedDiscord,
    rest: RESTClientImpl,
    site: ImageSite,
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    old, recent = seed_history(discord)
    # The page makes some 150 requests in a second: without this, Discord's limits (which the
    # emulator applies) would have the client wait for seconds, and the page says nothing of them.
    discord.rate_limits.enabled = False
    printed: list[str] = []
    namespace = await namespace_for(discord, rest, site, printed)

    await run_page(namespace)

    channel_id = discord.channel_id
    # History and purges: the purge took the 50 newest, the test the three "spam" ones.
    left = [message["id"] for message in discord.messages[channel_id]]
    assert set(old) | set(recent[: RECENT - 50]) <= set(left)
    assert not set(recent[RECENT - 50 :]) & set(left)
    assert len(namespace["this_week"]) == RECENT
    (purge, *_) = discord.requests_to("POST /channels/{channel}/messages/bulk-delete")
    assert purge.headers.get("X-Audit-Log-Reason") == "purge"
    # Typing, pins, search, crossposts and voice messages.
    report = namespace["message"]
    assert discord.requests_to("POST /channels/{channel}/typing")
    assert str(report.id) in discord.state.pins[channel_id]
    assert namespace["found"].total_results >= 1
    assert "v2.0 is out" in contents(discord, channel_id)  # the crossposted copy
    assert namespace["voice"].attachments[0].filename == "note.ogg"
    # A message's own methods.
    assert "Done." in contents(discord, channel_id)
    assert f"https://discord.com/channels/{discord.guild_id}/{channel_id}/{report.id}" in printed
    # Reactions: all removed at the end, after the member reacted.
    lunch = namespace["lunch"]
    assert not discord.state.reactions.get(str(lunch.id))
    # Threads and forum posts.
    thread = discord.state.channels[str(namespace["thread"].id)]
    assert thread["name"] == "Lunch plans"
    assert thread["thread_metadata"]["archived"] is False
    assert {str(member_id) for member_id in discord.state.thread_members[thread["id"]]} >= {
        namespace["member_id"]
    }
    post = namespace["post"]
    assert [str(tag) for tag in post.applied_tag_ids] == [str(namespace["bug"].id)]
    assert contents(discord, str(post.id)) == ["Log attached"]
    # Webhooks: the message was posted as "CI", then edited; the notes went to the thread.
    hook = discord.world.webhooks[str(namespace["hook"].id)]
    assert hook["name"] == "Releases"
    (shipped,) = [m for m in discord.messages[channel_id] if m.get("webhook_id") == hook["id"]]
    assert (shipped["author"]["username"], shipped["content"]) == ("CI", "v1.2.1 is out")
    assert "Notes inside" in contents(discord, thread["id"])
    assert namespace["same"].author is None
    # Emojis and stickers.
    emojis = discord.world.guild(discord.guild_id).emojis
    assert {emoji["name"] for emoji in emojis.values()} == {"party", "celebrate"}
    # What Discord received: the emulator does not yet answer a sticker message with its sticker_items.
    sent = [r.json for r in discord.requests_to("POST /channels/{channel}/messages") if r.json]
    assert [body["sticker_ids"] for body in sent if "sticker_ids" in body] == [[str(namespace["sticker"].id)]]
    # Files: the web image was saved whole; the export was uploaded, one row per member.
    assert (tmp_path / "logo-copy.png").read_bytes() == PNG
    assert site.methods.count("HEAD") == 1
    (export,) = [m for m in discord.messages[channel_id] if m.get("content") == "Members"]
    assert export["attachments"][0]["filename"] == "members.csv"
