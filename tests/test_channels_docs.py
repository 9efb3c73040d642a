"""docs/channels.md: every Python example runs as written, in order, in one namespace, against the
emulated Discord over loopback; then what the page says happened is checked in the emulator's state.
The same blocks run with real hikari 2.7 (`import hikari`), as the page says hikari code ports.

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

from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.records import RecordedRequest

PAGE: typing.Final = pathlib.Path(__file__).parent.parent / "docs" / "channels.md"
BLOCKS: typing.Final = re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL)

# 1x1 pixel images: the sticker route reads a PNG's signature, the emoji route the data URI's type.
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
    twenty_days_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=20)
    old = [
        discord.seed_message(
            discord.channel_id,
            f"old {index}",
            created_at=twenty_days_ago - datetime.timedelta(minutes=OLD - index),
        )["id"]
        for index in range(OLD)
    ]
    recent = [discord.seed_message(discord.channel_id, f"chat {index}")["id"] for index in range(RECENT)]
    return old, recent


async def namespace_for(
    discord: EmulatedDiscord, rest: RESTClientImpl, site: ImageSite
) -> dict[str, typing.Any]:
    """What the page's preamble says the reader has."""
    member = discord.add_member("kat", user_id=4242)
    news = discord.add_guild_channel("announcements", type=5)
    return {
        "rest": rest,
        "discord": discord,
        # IDs as ints, as hikari's `Snowflakeish` has them (hikari_like takes strings too).
        "guild_id": int(discord.guild_id),
        "channel_id": int(discord.channel_id),
        "news_channel_id": int(news["id"]),
        "member_id": int(member["user"]["id"]),
        "logo_url": await site.start(),
    }


class Page:
    """The page's examples, run in order in one namespace; what they print is kept in `printed`."""

    def __init__(self, namespace: dict[str, typing.Any], *, library: str) -> None:
        self.printed: list[str] = []
        self.namespace = {**namespace, "print": self._print}
        self._library = library

    def __getitem__(self, name: str) -> typing.Any:
        return self.namespace[name]

    def _print(self, *values: object) -> None:
        self.printed.append(" ".join(map(str, values)))

    async def run(self) -> None:
        for number, page_block in enumerate(BLOCKS):
            block = page_block.replace("import hikari_like as hikari", f"import {self._library} as hikari")
            flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
            result = eval(
                compile(block, f"{PAGE.name} example {number}", "exec", flags=flags), self.namespace
            )
            if result is not None:  # a block with a top-level await compiles to a coroutine
                await result


def contents(discord: EmulatedDiscord, channel_id: str) -> list[str | None]:
    return [message.get("content") for message in discord.messages[channel_id]]


def sent_messages(discord: EmulatedDiscord) -> list[RecordedRequest]:
    return discord.requests_to("POST /channels/{channel}/messages")


def check_history(discord: EmulatedDiscord, page: Page, seeded: tuple[list[str], list[str]]) -> None:
    """The purge took the 50 newest (with its reason) and stopped short; the test the three "spam" ones."""
    old, recent = seeded
    left = {message["id"] for message in discord.messages[discord.channel_id]}
    assert set(old) | set(recent[: RECENT - 50]) <= left
    assert not set(recent[RECENT - 50 :]) & left
    assert [str(message.id) for message in page["this_week"]] == recent  # oldest first, no old ones
    (purge, *_) = discord.requests_to("POST /channels/{channel}/messages/bulk-delete")
    assert purge.headers.get("X-Audit-Log-Reason") == "purge"
    assert not [line for line in page.printed if line.startswith("deleted ")]


def check_typing_pins_search_crossposts(discord: EmulatedDiscord, page: Page) -> None:
    report = page["message"]
    assert discord.requests_to("POST /channels/{channel}/typing")
    assert str(report.id) in discord.state.pins[discord.channel_id]
    assert [message.id for message in page["found"].messages] == [report.id]
    (copy,) = [m for m in discord.messages[discord.channel_id] if m.get("content") == "v2.0 is out"]
    assert copy["webhook_id"] == str(page["follow"].webhook_id)
    voice = page["voice"]
    assert (voice.content, voice.attachments[0].filename) == (None, "note.ogg")


def check_message_methods(discord: EmulatedDiscord, page: Page) -> None:
    report = page["message"]
    (answer,) = [m for m in discord.messages[discord.channel_id] if m.get("content") == "Done."]
    assert answer["message_reference"]["message_id"] == str(report.id)
    assert f"https://discord.com/channels/{discord.guild_id}/{discord.channel_id}/{report.id}" in page.printed
    assert "👀 1 True" in page.printed
    assert not discord.state.reactions.get(str(report.id))  # the bot took its reaction back


def check_reactions(discord: EmulatedDiscord, page: Page) -> None:
    """The bot's two, one taken back; the member's custom one removed from its mention; then all."""
    lunch, reactions = str(page["lunch"].id), "/channels/{channel}/messages/{message}/reactions"
    added = [r.params["emoji"] for r in discord.requests_to(f"PUT {reactions}/{{emoji}}/@me")]
    assert added == ["👀", "1️⃣", "2️⃣"]
    taken_back = discord.requests_to(f"DELETE {reactions}/{{emoji}}/@me")[-1]
    assert (taken_back.params["message"], taken_back.params["emoji"]) == (lunch, "2️⃣")
    (removed,) = discord.requests_to(f"DELETE {reactions}/{{emoji}}/{{user}}")
    assert removed.params["emoji"] == f"party:{page['party']['id']}"
    assert not discord.state.reactions.get(lunch)


def check_threads(discord: EmulatedDiscord, page: Page) -> None:
    thread = discord.state.channels[str(page["thread"].id)]
    assert (thread["name"], thread["thread_metadata"]["archived"]) == ("Lunch plans", False)
    assert str(page["member_id"]) in discord.state.thread_members[thread["id"]]
    mods = discord.state.channels[str(page["mods"].id)]
    assert (mods["type"], mods["thread_metadata"]["invitable"]) == (12, False)
    assert str(page["member_id"]) in discord.state.thread_members[mods["id"]]
    forum = discord.state.channels[str(page["forum"].id)]
    assert [(tag["name"], tag["emoji_name"]) for tag in forum["available_tags"]] == [
        ("bug", None),
        ("question", "❓"),
    ]
    post = page["post"]
    assert [str(tag) for tag in post.applied_tag_ids] == [str(page["bug"].id)]
    (first,) = discord.messages[str(post.id)]
    assert (first["content"], first["attachments"][0]["filename"]) == ("Log attached", "crash.log")
    joined = {str(thread.id) for thread in page["joined"]}
    assert mods["id"] in joined
    assert thread["id"] not in joined  # archived when the page listed the active ones


def check_webhooks(discord: EmulatedDiscord, page: Page) -> None:
    """Posted as "CI" then edited, notes in the thread, renamed with its own token, avatar from the web."""
    hook = discord.world.webhooks[str(page["hook"].id)]
    assert (hook["name"], hook["avatar"] is not None) == ("Releases", True)
    (shipped,) = [m for m in discord.messages[discord.channel_id] if m.get("webhook_id") == hook["id"]]
    assert (shipped["author"]["username"], shipped["content"]) == ("CI", "v1.2.1 is out")
    assert "Notes inside" in contents(discord, str(page["thread"].id))
    assert page["same"].author is None
    # The bot's requests carry its (redacted) token; the webhook's carry none.
    assert "Authorization" in discord.requests_to("POST /channels/{channel}/webhooks")[0].headers
    executed = discord.requests_to("POST /webhooks/{webhook}/{token}")
    assert len(executed) == 3  # hook.execute, execute_webhook into the thread, the relay's
    assert not [request for request in executed if "Authorization" in request.headers]


def check_expressions(discord: EmulatedDiscord, page: Page) -> None:
    emojis = discord.world.guild(discord.guild_id).emojis
    assert {(emoji["name"], emoji["animated"]) for emoji in emojis.values()} == {
        ("party", False),
        ("celebrate", True),
    }
    # What Discord received: the emulator does not answer a sticker message with its sticker_items yet.
    bodies = [request.json for request in sent_messages(discord) if request.json]
    assert [body["sticker_ids"] for body in bodies if "sticker_ids" in body] == [[str(page["sticker"].id)]]
    assert {sticker.name for sticker in page["stickers"]} == {"wave", "wave_back"}


def check_files(discord: EmulatedDiscord, page: Page, site: ImageSite, folder: pathlib.Path) -> None:
    """The web image read for the avatar, its headers alone, then saved whole; the export uploaded."""
    assert site.methods == ["GET", "HEAD", "GET"]
    assert (folder / "logo-copy.png").read_bytes() == PNG
    (export,) = [r for r in sent_messages(discord) if r.json and r.json.get("content") == "Members"]
    (upload,) = export.files
    members = discord.world.guild(discord.guild_id).members
    assert (upload.filename, upload.data.decode().count("\n")) == ("members.csv", len(members))


def test_every_example_is_a_python_block() -> None:
    # A fence the runner's pattern misses (```py, say) would be an example left unrun.
    assert PAGE.read_text(encoding="utf-8").count("```") == 2 * len(BLOCKS)


@pytest.fixture
def folder(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """The working directory, holding the files the page opens."""
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    return tmp_path


async def run_and_check(
    discord: EmulatedDiscord, rest: typing.Any, site: ImageSite, folder: pathlib.Path, *, library: str
) -> None:
    seeded = seed_history(discord)
    # The page makes some 150 requests in a second: without this, Discord's limits (which the
    # emulator applies) would have the client wait for seconds, and the page says nothing of them.
    discord.rate_limits.enabled = False
    page = Page(await namespace_for(discord, rest, site), library=library)

    await page.run()

    check_history(discord, page, seeded)
    check_typing_pins_search_crossposts(discord, page)
    check_message_methods(discord, page)
    check_reactions(discord, page)
    check_threads(discord, page)
    check_webhooks(discord, page)
    check_expressions(discord, page)
    check_files(discord, page, site, folder)


async def test_the_examples_run_and_do_what_the_page_says(
    discord: EmulatedDiscord, rest: RESTClientImpl, site: ImageSite, folder: pathlib.Path
) -> None:
    await run_and_check(discord, rest, site, folder, library="hikari_like")


async def test_the_examples_run_unchanged_on_hikari(
    discord: EmulatedDiscord, hikari_rest: typing.Any, site: ImageSite, folder: pathlib.Path
) -> None:
    # The page says hikari code ports by changing the import: the same blocks, `import hikari`.
    await run_and_check(discord, hikari_rest, site, folder, library="hikari")
