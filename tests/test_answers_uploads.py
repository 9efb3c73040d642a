"""Uploads over the interaction's `attachment_size_limit`, refused before any byte goes out.

Discord (reference "Uploading Files", 2025-04-03 change log): the limit applies to each file,
the interaction payload's `attachment_size_limit` is the largest a message sent with its token
may carry, and a larger file fails the request with `413` (error 40005, "Request entity too
large"). The client refuses it with `DiscordRuleError("attachment_size", ...)`; the emulated
Discord refuses it with Discord's error; each test shows one side, and the requests the
emulator recorded show that a refused upload never reached it.
"""

from __future__ import annotations

import json
import pathlib
import typing

import aiohttp
import pytest

import hikari_like
from hikari_like import errors
from hikari_like import impl
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.state import IssuedInteraction

LIMIT = 8
TOO_BIG: typing.Final = {"message": "Request entity too large", "code": 40005}
CALLBACK = "POST /interactions/{interaction}/{token}/callback"
EDIT_ORIGINAL = "PATCH /webhooks/{webhook}/{token}/messages/@original"
FOLLOWUP = "POST /webhooks/{webhook}/{token}"
EDIT_FOLLOWUP = "PATCH /webhooks/{webhook}/{token}/messages/{message}"

_Listener = typing.Callable[[hikari_like.CommandInteraction], typing.AsyncGenerator[typing.Any, None]]


def big_file() -> hikari_like.Bytes:
    return hikari_like.Bytes(b"x" * (LIMIT + 1), "big.bin")


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


def limited_command() -> dict[str, typing.Any]:
    payload = payloads.slash_command("upload")
    payload["attachment_size_limit"] = LIMIT
    return payload


async def run_command(bot: hikari_like.RESTBot, discord: EmulatedDiscord, listener: _Listener) -> None:
    bot.set_listener(hikari_like.CommandInteraction, listener)
    await discord.send_interaction(url_of(bot), limited_command())
    await bot.interaction_server.close_continuations(grace_period=5)


def assert_names_the_file(error: errors.DiscordRuleError) -> None:
    assert error.rule == "attachment_size"
    assert "'big.bin'" in str(error)
    assert f"{LIMIT + 1} bytes" in str(error)
    assert f"of {LIMIT} bytes" in str(error)


# -- the client ---------------------------------------------------------------------------------------


async def test_the_http_answer_is_refused_and_the_error_handler_told(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    seen: list[Exception] = []

    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().set_content("report").add_attachment(big_file())

    async def on_error(
        interaction: hikari_like.PartialInteraction, error: Exception
    ) -> impl.InteractionMessageBuilder:
        seen.append(error)
        return impl.InteractionMessageBuilder(hikari_like.ResponseType.MESSAGE_CREATE, "too big")

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    bot.set_error_handler(on_error)
    payload = limited_command()

    response = await discord.send_interaction(url_of(bot), payload)

    (error,) = seen
    assert isinstance(error, errors.DiscordRuleError)
    assert_names_the_file(error)
    assert response.json()["data"]["content"] == "too big"
    assert response.content_type == "application/json"  # nothing of the file went out


async def test_a_generator_whose_answer_is_refused_never_continues(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    continued: list[bool] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_response().add_attachment(big_file())
        continued.append(True)

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = limited_command()

    response = await discord.send_interaction(url_of(bot), payload)
    await bot.interaction_server.close_continuations(grace_period=5)

    assert response.status == 500
    assert continued == []
    assert discord.interactions[payload["token"]].response is None


async def test_a_file_of_exactly_the_limit_goes(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().add_attachment(hikari_like.Bytes(b"x" * LIMIT, "fits.bin"))

    bot.set_listener(hikari_like.CommandInteraction, on_command)

    response = await discord.send_interaction(url_of(bot), limited_command())

    assert response.status == 200
    assert response.content_type == "multipart/form-data"


async def test_a_file_on_disk_is_measured_without_reading_it(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, tmp_path: pathlib.Path
) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (LIMIT + 1))
    refused: list[errors.DiscordRuleError] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_deferred_response()
        try:
            await interaction.edit_initial_response("report", attachment=hikari_like.File(path))
        except errors.DiscordRuleError as error:
            refused.append(error)

    await run_command(bot, discord, on_command)

    (error,) = refused
    assert_names_the_file(error)
    assert discord.requests_to(EDIT_ORIGINAL) == []


async def test_every_rest_answer_is_refused_before_sending(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    refused: list[str] = []

    async def attempt(call: typing.Awaitable[typing.Any], name: str) -> None:
        try:
            await call
        except errors.DiscordRuleError as error:
            assert_names_the_file(error)
            refused.append(name)

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        message = hikari_like.ResponseType.MESSAGE_CREATE
        await attempt(interaction.create_initial_response(message, attachment=big_file()), "initial")
        await interaction.create_initial_response(message, "small")
        yield None
        await attempt(interaction.edit_initial_response(attachment=big_file()), "edit")
        followup = await interaction.execute("a followup")
        await attempt(interaction.execute(attachments=[big_file()]), "followup")
        await attempt(interaction.edit_message(followup, attachment=big_file()), "followup edit")

    await run_command(bot, discord, on_command)

    assert refused == ["initial", "edit", "followup", "followup edit"]
    assert [request.json.get("data") for request in discord.requests_to(CALLBACK)] == [
        {"content": "small", "allowed_mentions": {"parse": []}}
    ]
    assert discord.requests_to(EDIT_ORIGINAL) == []
    assert len(discord.requests_to(FOLLOWUP)) == 1
    assert discord.requests_to(EDIT_FOLLOWUP) == []


async def test_without_an_interaction_the_rest_client_leaves_the_limit_to_discord(
    rest: impl.RESTClientImpl, discord: EmulatedDiscord
) -> None:
    issued = discord.issue_interaction()
    issued.attachment_size_limit = LIMIT

    with pytest.raises(hikari_like.HTTPResponseError) as raised:
        await rest.create_interaction_response(
            issued.id, issued.token, hikari_like.ResponseType.MESSAGE_CREATE, attachment=big_file()
        )

    assert raised.value.status == 413
    assert raised.value.code == 40005


# -- the emulated Discord -----------------------------------------------------------------------------


def form_with(body: dict[str, typing.Any], size: int) -> aiohttp.FormData:
    form = aiohttp.FormData()
    body = {**body, "attachments": [{"id": 0, "filename": "big.bin"}]}
    form.add_field("payload_json", json.dumps(body), content_type="application/json")
    form.add_field("files[0]", b"x" * size, filename="big.bin", content_type="application/octet-stream")
    return form


async def send(
    session: aiohttp.ClientSession, method: str, url: str, form: aiohttp.FormData
) -> tuple[int, typing.Any]:
    async with session.request(method, url, data=form) as response:
        return response.status, await response.json() if response.content_type == "application/json" else None


async def test_a_delivered_interaction_carries_its_limit_into_the_emulator(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    owners = {"1": "80351110224678912"}
    payload = {**limited_command(), "authorizing_integration_owners": owners}
    hostile = {**payloads.slash_command("upload"), "attachment_size_limit": "huge"}

    await discord.send_interaction(url_of(bot), payload)
    await discord.send_interaction(url_of(bot), hostile)

    assert discord.interactions[payload["token"]].attachment_size_limit == LIMIT
    assert discord.interactions[payload["token"]].authorizing_integration_owners == owners
    assert discord.interactions[hostile["token"]].attachment_size_limit == 10 * 1024 * 1024


def limited(discord: EmulatedDiscord) -> tuple[IssuedInteraction, str, str]:
    issued = discord.issue_interaction(attachment_size_limit=LIMIT)
    callback = f"{discord.url}/interactions/{issued.id}/{issued.token}/callback"
    return issued, callback, f"{discord.url}/webhooks/{discord.application_id}/{issued.token}"


async def test_the_emulator_refuses_a_file_over_the_limit_everywhere(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    issued, callback, webhook = limited(discord)
    message = {"content": "x"}

    assert await send(session, "POST", callback, form_with({"type": 4, "data": message}, LIMIT + 1)) == (
        413,
        TOO_BIG,
    )
    assert issued.response is None
    assert await send(session, "POST", callback, form_with({"type": 4, "data": message}, LIMIT)) == (
        204,
        None,
    )
    assert await send(session, "PATCH", f"{webhook}/messages/@original", form_with(message, LIMIT + 1)) == (
        413,
        TOO_BIG,
    )
    assert await send(session, "POST", webhook, form_with(message, LIMIT + 1)) == (413, TOO_BIG)
    status, followup = await send(session, "POST", webhook, form_with(message, LIMIT))
    assert status == 200
    assert await send(
        session, "PATCH", f"{webhook}/messages/{followup['id']}", form_with(message, LIMIT + 1)
    ) == (
        413,
        TOO_BIG,
    )


async def test_the_emulator_fails_an_http_answer_over_the_limit(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    # What a bot without the client-side check would send: the interaction is left unanswered.
    from hikari_like.testing.emulator import routes_interactions
    from hikari_like.testing.emulator.records import RecordedFile

    issued, _, _ = limited(discord)
    big = RecordedFile(field="files[0]", filename="big.bin", content_type=None, data=b"x" * (LIMIT + 1))

    routes_interactions.record_http_answer(
        discord.state, issued, {"type": 4, "data": {"content": "x"}}, [big]
    )

    assert issued.response is None
