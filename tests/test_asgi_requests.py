"""AsgiAdapter's HTTP translation in process: header lists in every form, bodies in pieces, heads."""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like import impl
from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.internal import json
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.signing import sign_request

if typing.TYPE_CHECKING:
    from hikari_like.impl.server.asgi_types import Message

Headers = list[tuple[bytes, bytes]]
PING = json.dumps(payloads.ping())


@pytest.fixture
def app(key_pair: KeyPair) -> AsgiAdapter:
    async def reply(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().set_content("hi")

    # No replay window: one signed body may be sent many times in a test.
    server = InteractionServer(public_key=key_pair.public_key_hex, replay_window=None)
    server.set_listener(hikari_like.CommandInteraction, reply)
    return AsgiAdapter(server)


def signed_headers(key_pair: KeyPair, body: bytes) -> Headers:
    """What uvicorn, hypercorn and granian put in the scope: lowercase names, `bytes`."""
    headers = [(b"content-type", b"application/json")]
    headers += [
        (name.lower().encode(), value.encode()) for name, value in sign_request(body, key_pair).items()
    ]
    return headers


async def serve(
    app: AsgiAdapter, headers: typing.Iterable[tuple[bytes, bytes]], *bodies: bytes, method: str = "POST"
) -> list[Message]:
    """One HTTP request, its body in the given pieces; what the app sent back."""
    incoming = [{"type": "http.request", "body": body, "more_body": True} for body in bodies]
    incoming[-1]["more_body"] = False
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.pop(0)

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": "/", "root_path": "", "headers": headers}
    await app(scope, receive, send)
    return sent


def title_case(headers: Headers) -> Headers:
    return [(name.title(), value) for name, value in headers]


def as_tuple(headers: Headers) -> typing.Iterable[tuple[bytes, bytes]]:
    return tuple(headers)


def as_generator(headers: Headers) -> typing.Iterable[tuple[bytes, bytes]]:
    return (header for header in headers)


@pytest.mark.parametrize("form", [list, title_case, as_tuple, as_generator])
@pytest.mark.parametrize(("forged_first", "status"), [(False, 200), (True, 401)])
async def test_the_first_of_repeated_headers_wins_in_any_form(
    app: AsgiAdapter,
    key_pair: KeyPair,
    form: typing.Callable[[Headers], typing.Iterable[tuple[bytes, bytes]]],
    forged_first: bool,
    status: int,
) -> None:
    headers = signed_headers(key_pair, PING)
    forged = (b"x-signature-ed25519", b"00" * 64)
    headers = [forged, *headers] if forged_first else [*headers, forged]

    sent = await serve(app, form(headers), PING)

    assert sent[0]["status"] == status


async def test_mixed_case_content_type_is_read(app: AsgiAdapter, key_pair: KeyPair) -> None:
    headers = [(b"Content-Type", b"text/plain"), *signed_headers(key_pair, PING)]

    assert (await serve(app, headers, PING))[0]["status"] == 415  # the first Content-Type wins


async def test_a_body_in_several_messages_is_joined(app: AsgiAdapter, key_pair: KeyPair) -> None:
    body = json.dumps(payloads.slash_command("hello"))
    pieces = (body[:10], b"", body[10:500], body[500:])

    sent = await serve(app, signed_headers(key_pair, body), *pieces)

    assert sent[0]["status"] == 200
    assert json.loads(sent[1]["body"])["data"]["content"] == "hi"


async def test_a_json_answer_has_exactly_its_type_and_length(app: AsgiAdapter, key_pair: KeyPair) -> None:
    sent = await serve(app, signed_headers(key_pair, PING), PING)

    body = sent[1]["body"]
    assert json.loads(body) == {"type": 1}
    assert sent == [
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))],
        },
        {"type": "http.response.body", "body": body},
    ]


async def test_extra_headers_and_charset_are_encoded(key_pair: KeyPair) -> None:
    app = AsgiAdapter(InteractionServer(public_key=key_pair.public_key_hex), health_check=False)

    sent = await serve(app, [], b"", method="DELETE")

    assert sent[0] == {
        "type": "http.response.start",
        "status": 405,
        "headers": [
            (b"allow", b"POST"),
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", b"%d" % len(sent[1]["body"])),
        ],
    }


async def test_a_client_gone_before_its_body_gets_no_answer(app: AsgiAdapter, key_pair: KeyPair) -> None:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/", "headers": signed_headers(key_pair, PING)}
    await app(scope, receive, send)

    assert sent == []
