"""The REST client never sends a message twice (#16): faults after Discord applied a request.

Each test makes the emulated Discord apply a request and then lose its answer (a 5xx, a reset, or
an answer slower than the client's timeout), then counts what exists in the emulator's state:
no duplicates, and every call either returned the one message or raised an error that says the
request may have been applied.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import typing

import pytest

from hikari_like import errors
from hikari_like import files
from hikari_like.impl import config
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import retries
from hikari_like.impl.rest import routes
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import IssuedInteraction

CREATE: typing.Final = "POST /channels/{channel}/messages"
MESSAGE: typing.Final = "/channels/{channel}/messages/{message}"
CALLBACK: typing.Final = "POST /interactions/{interaction}/{token}/callback"
FOLLOWUP: typing.Final = "POST /webhooks/{webhook}/{token}"
WEBHOOK_MESSAGE: typing.Final = "/webhooks/{webhook}/{token}/messages/{message}"
ORIGINAL: typing.Final = "/webhooks/{webhook}/{token}/messages/@original"
FAST: typing.Final = rate_limits.ExponentialBackOff(initial=0.01, factor=2.0, maximum=0.05, jitter=0.0)
TOKEN: typing.Final = "MTAwMDAwMDAwMDAwMDAwMDAw.hardening.bot-token"
# (kind, status) of the faults that hit an answer after the request was applied.
AFTER_APPLYING: typing.Final = [("server_error", 500), ("server_error", 503), ("connection_reset", 500)]
AFTER_APPLYING_IDS: typing.Final = ["500", "503", "reset"]


@contextlib.asynccontextmanager
async def emulated() -> typing.AsyncIterator[EmulatedDiscord]:
    # Loose limits: these tests are about faults, and must not wait out a channel's 5 per 5 s.
    async with EmulatedDiscord(token=TOKEN, global_limit=10_000, response_deadline=None) as discord:
        for route in (CREATE, FOLLOWUP, CALLBACK):
            discord.rate_limits.set(route, limit=10_000, period=1.0)
        yield discord


def client_for(discord: EmulatedDiscord, **options: typing.Any) -> RESTClientImpl:
    options.setdefault("backoff", FAST)
    options.setdefault("max_retries", 3)
    return RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url, **options)


def contents(discord: EmulatedDiscord, channel_id: str | None = None) -> list[str]:
    return [m["content"] for m in discord.messages[channel_id or discord.channel_id]]


async def respond(rest: RESTClientImpl, interaction: IssuedInteraction, content: str = "first") -> None:
    await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.MESSAGE_CREATE, content
    )


async def outcome(call: typing.Awaitable[typing.Any]) -> typing.Any:
    """The call's result, or the `HTTPError` it raised (any other exception fails the test)."""
    try:
        return await call
    except errors.HTTPError as error:
        return error


def assert_may_have_been_applied(error: object, route: str) -> None:
    assert isinstance(error, errors.HTTPError), error
    assert error.may_have_been_applied
    assert error.route == route
    assert "may have applied" in str(error)


# -- message creation: retried, and deduplicated by the nonce ------------------------------------------


@pytest.mark.parametrize(("kind", "status"), AFTER_APPLYING, ids=AFTER_APPLYING_IDS)
async def test_ten_messages_whose_answers_are_lost_twice_each_exist_once(kind: str, status: int) -> None:
    async with emulated() as discord, client_for(discord) as client:
        sent = []
        for n in range(10):
            discord.faults.add(route=CREATE, kind=kind, status=status, times=2, after_applying=True)
            sent.append(await client.create_message(discord.channel_id, f"m{n}"))

    assert contents(discord) == [f"m{n}" for n in range(10)]
    assert [str(message.id) for message in sent] == [m["id"] for m in discord.messages[discord.channel_id]]
    assert len(discord.requests_to(CREATE)) == 30  # each one sent three times, made once


async def test_an_answer_that_outlives_the_client_timeout_leaves_one_message() -> None:
    settings = config.HTTPSettings(timeouts=config.HTTPTimeoutSettings(total=1.0))
    async with emulated() as discord, client_for(discord, http_settings=settings) as client:
        await client.create_message(discord.channel_id, "warm-up")  # the bucket is known: no queueing
        discord.faults.add(route=CREATE, kind="slow", delay=3.0, times=5, after_applying=True)
        sent = await asyncio.gather(
            *(client.create_message(discord.channel_id, f"slow {n}") for n in range(5))
        )

    slow = [f"slow {n}" for n in range(5)]
    assert sorted(contents(discord)) == [*slow, "warm-up"]
    assert sorted(str(message.content) for message in sent) == slow
    assert len(discord.requests_to(CREATE)) >= 11  # every first answer came too late


async def test_an_upload_whose_answer_is_lost_exists_once_with_its_file() -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="connection_reset", after_applying=True)
        report = files.Bytes(b"report body", "report.txt")
        message = await client.create_message(discord.channel_id, "attached", attachment=report)

    stored = discord.messages[discord.channel_id]
    assert [m["content"] for m in stored] == ["attached"]
    assert [a["filename"] for a in stored[0]["attachments"]] == ["report.txt"]
    assert str(message.id) == stored[0]["id"]
    assert len(discord.requests_to(CREATE)) == 2


async def test_create_message_sends_one_nonce_with_enforce_nonce_across_its_retries() -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="connection_reset", times=2)
        await client.create_message(discord.channel_id, "with a nonce")
        await client.create_message(discord.channel_id, "another")

    bodies = [request.json for request in discord.requests_to(CREATE)]
    assert all(body["enforce_nonce"] is True for body in bodies)
    assert len({body["nonce"] for body in bodies[:3]}) == 1  # one logical call, one nonce
    assert bodies[3]["nonce"] != bodies[0]["nonce"]
    assert contents(discord) == ["with a nonce", "another"]


async def test_a_nonce_given_by_the_caller_is_kept_and_enforced() -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="server_error", status=502, after_applying=True)
        message = await client.create_message(discord.channel_id, "mine", nonce="my-nonce-1")

    assert message.nonce == "my-nonce-1"
    assert [request.json["nonce"] for request in discord.requests_to(CREATE)] == ["my-nonce-1"] * 2
    assert contents(discord) == ["mine"]


async def test_a_message_whose_every_answer_is_lost_raises_and_exists_once() -> None:
    async with emulated() as discord, client_for(discord, max_retries=2) as client:
        discord.faults.add(route=CREATE, kind="server_error", status=503, times=3, after_applying=True)
        error = await outcome(client.create_message(discord.channel_id, "unconfirmed"))

    assert isinstance(error, errors.InternalServerError)
    assert_may_have_been_applied(error, CREATE)
    assert contents(discord) == ["unconfirmed"]


async def test_a_raw_message_post_without_a_nonce_is_not_sent_twice() -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="connection_reset", after_applying=True)
        path = f"/channels/{discord.channel_id}/messages"
        error = await outcome(client.request("POST", path, json={"content": "raw"}))

    assert_may_have_been_applied(error, CREATE)
    assert "not retried" in str(error)
    assert len(discord.requests_to(CREATE)) == 1
    assert contents(discord) == ["raw"]


# -- edits and deletes: idempotent, retried ---------------------------------------------------------


@pytest.mark.parametrize(("kind", "status"), AFTER_APPLYING, ids=AFTER_APPLYING_IDS)
async def test_message_edits_are_retried_to_the_same_state_and_deletes_say_they_may_be_done(
    kind: str, status: int
) -> None:
    async with emulated() as discord, client_for(discord) as client:
        original = await client.create_message(discord.channel_id, "before")
        for method in ("PATCH", "DELETE"):
            discord.faults.add(route=f"{method} {MESSAGE}", kind=kind, status=status, after_applying=True)
        edited = await client.edit_message(discord.channel_id, original, "after")
        assert contents(discord) == ["after"]
        deleted = await outcome(client.delete_message(discord.channel_id, original))

    assert (edited.id, edited.content) == (original.id, "after")
    assert len(discord.requests_to("PATCH " + MESSAGE)) == 2
    assert isinstance(deleted, errors.NotFoundError)  # the retry found it gone
    assert_may_have_been_applied(deleted, "DELETE " + MESSAGE)
    assert contents(discord) == []


# -- interaction callbacks, followups and webhooks: never sent twice -----------------------------------


@pytest.mark.parametrize(("kind", "status"), AFTER_APPLYING, ids=AFTER_APPLYING_IDS)
async def test_an_interaction_callback_whose_answer_is_lost_is_not_sent_again(kind: str, status: int) -> None:
    async with emulated() as discord, client_for(discord) as client:
        interaction = discord.issue_interaction()
        discord.faults.add(route=CALLBACK, kind=kind, status=status, after_applying=True)
        error = await outcome(respond(client, interaction, "the answer"))

    assert_may_have_been_applied(error, CALLBACK)
    assert "not retried" in str(error)
    assert len(discord.requests_to(CALLBACK)) == 1  # a second one would be 40060 "already acknowledged"
    assert discord.interaction_responses[interaction.token].type == 4
    assert contents(discord) == ["the answer"]


async def test_an_interaction_callback_slower_than_the_timeout_is_not_sent_again() -> None:
    settings = config.HTTPSettings(timeouts=config.HTTPTimeoutSettings(total=1.0))
    async with emulated() as discord, client_for(discord, http_settings=settings) as client:
        interaction = discord.issue_interaction()
        discord.faults.add(route=CALLBACK, kind="slow", delay=3.0, after_applying=True)
        error = await outcome(respond(client, interaction, "late"))

    assert_may_have_been_applied(error, CALLBACK)
    assert "timed out" in str(error)
    assert len(discord.requests_to(CALLBACK)) == 1
    assert contents(discord) == ["late"]


@pytest.mark.parametrize(("kind", "status"), AFTER_APPLYING, ids=AFTER_APPLYING_IDS)
async def test_a_followup_whose_answer_is_lost_is_not_sent_again(kind: str, status: int) -> None:
    async with emulated() as discord, client_for(discord) as client:
        interaction = discord.issue_interaction()
        await respond(client, interaction)
        discord.faults.add(route=FOLLOWUP, kind=kind, status=status, after_applying=True)
        error = await outcome(client.execute_webhook(discord.application_id, interaction.token, "more"))

    assert_may_have_been_applied(error, FOLLOWUP)
    assert [m["content"] for m in discord.followups[interaction.token]] == ["more"]
    assert len(discord.requests_to(FOLLOWUP)) == 1


@pytest.mark.parametrize(("kind", "status"), AFTER_APPLYING, ids=AFTER_APPLYING_IDS)
async def test_followup_edits_and_deletes_are_retried_safely(kind: str, status: int) -> None:
    async with emulated() as discord, client_for(discord) as client:
        interaction = discord.issue_interaction()
        await respond(client, interaction)
        followup = await client.execute_webhook(discord.application_id, interaction.token, "v1")
        for method in ("PATCH", "DELETE"):
            discord.faults.add(
                route=f"{method} {WEBHOOK_MESSAGE}", kind=kind, status=status, after_applying=True
            )
        discord.faults.add(route="PATCH " + ORIGINAL, kind=kind, status=status, after_applying=True)
        app, token = discord.application_id, interaction.token
        edited = await client.edit_webhook_message(app, token, followup, "v2")
        original = await client.edit_interaction_response(app, token, "first, edited")
        deleted = await outcome(client.delete_webhook_message(app, token, followup))

    assert edited.content == "v2"
    assert original.content == "first, edited"
    assert_may_have_been_applied(deleted, "DELETE " + WEBHOOK_MESSAGE)
    assert discord.followups[interaction.token] == []
    assert contents(discord) == ["first, edited"]


async def test_a_callback_whose_connection_never_opened_is_retried() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    rest_url = f"http://127.0.0.1:{closed_port}/api/v10"
    async with RESTClientImpl(token=None, rest_url=rest_url, max_retries=2, backoff=FAST) as client:
        route = routes.POST_INTERACTION_RESPONSE.compile(interaction=1, token="t")
        error = await outcome(client.request(route, json={"type": 4, "data": {"content": "x"}}))

    assert isinstance(error, errors.HTTPError)
    assert "after 2 retries" in str(error)  # nothing was sent, so retrying could not apply it twice
    assert not error.may_have_been_applied


# -- a fault run: 0 duplicates, 0 silent losses ------------------------------------------------------


async def test_a_fault_run_duplicates_nothing_and_loses_nothing_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="hikari_like")
    async with emulated() as discord, client_for(discord, max_retries=5) as client:
        channels = [discord.add_channel(name=f"run-{n}")["id"] for n in range(3)]
        interactions = [discord.issue_interaction() for _ in range(6)]
        await asyncio.gather(*(respond(client, interaction) for interaction in interactions))
        for route in (CREATE, FOLLOWUP):
            for kind, status in AFTER_APPLYING:
                discord.faults.add(route=route, kind=kind, status=status, times=4, after_applying=True)
            discord.faults.add(route=route, kind="connection_reset", times=3)
            discord.faults.add(route=route, kind="server_error", status=502, times=3)
        creates = [client.create_message(channels[n % 3], f"c{n}") for n in range(30)]
        followups = [
            client.execute_webhook(discord.application_id, interactions[n % 6].token, f"f{n}")
            for n in range(18)
        ]
        created = await asyncio.gather(*(outcome(call) for call in creates))
        followed = await asyncio.gather(*(outcome(call) for call in followups))

    stored = [content for channel in channels for content in contents(discord, channel)]
    followed_up = [m["content"] for i in interactions for m in discord.followups[i.token]]
    assert len(stored) == len(set(stored))  # 0 duplicates
    assert len(followed_up) == len(set(followed_up))
    for results, existing in ((created, stored), (followed, followed_up)):
        for result in results:
            if isinstance(result, errors.HTTPError):
                assert result.may_have_been_applied  # honest: it says it may exist
            else:
                assert result.content in existing  # 0 silent losses
    assert all(not isinstance(result, errors.HTTPError) for result in created)  # the nonce retried them
    assert not caplog.records


# -- the retry rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body", "resendable"),
    [
        ("GET", "/channels/1/messages/2", None, True),
        ("PUT", "/applications/1/commands", [], True),
        ("PATCH", "/channels/1/messages/2", {"content": "x"}, True),
        ("DELETE", "/channels/1/messages/2", None, True),
        ("POST", "/applications/1/commands", {"name": "ping"}, True),
        ("POST", "/channels/1/messages", {"content": "x", "nonce": "1", "enforce_nonce": True}, True),
        ("POST", "/channels/1/messages", {"content": "x", "nonce": 7, "enforce_nonce": True}, True),
        ("POST", "/channels/1/messages", {"content": "x", "nonce": "1"}, False),
        ("POST", "/channels/1/messages", {"content": "x", "nonce": "", "enforce_nonce": True}, False),
        ("POST", "/channels/1/messages", {"content": "x"}, False),
        ("POST", "/webhooks/1/token", {"content": "x", "nonce": "1", "enforce_nonce": True}, False),
        ("POST", "/interactions/1/token/callback", {"type": 4}, False),
    ],
)
def test_only_requests_a_second_copy_cannot_repeat_are_resendable(
    method: str, path: str, body: object, resendable: bool
) -> None:
    assert retries.can_resend(routes.parse_path(method, path), body) is resendable


def test_nonces_are_unique_snowflakes_within_discords_limit() -> None:
    nonces = [retries.new_nonce() for _ in range(10_000)]

    assert len(set(nonces)) == len(nonces)
    assert all(nonce.isdigit() and len(nonce) <= 25 for nonce in nonces)
