"""A failed REST call's error carries the request's `url`, as hikari's does, with any webhook or
interaction token shown as `{token}` so that logging the error never leaks one."""

from __future__ import annotations

import typing

import pytest

from hikari_like import errors
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.client import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari.api import rest as hikari_rest_api

MISSING = 123456789012345678


async def test_an_error_has_the_url_hikaris_has(
    discord: EmulatedDiscord, rest: RESTClientImpl, hikari_rest: hikari_rest_api.RESTClient
) -> None:
    import hikari.errors

    with pytest.raises(errors.NotFoundError) as ours:
        await rest.fetch_channel(MISSING)
    with pytest.raises(hikari.errors.NotFoundError) as theirs:
        await hikari_rest.fetch_channel(MISSING)

    assert ours.value.url == theirs.value.url
    assert ours.value.url == f"{discord.url.rstrip('/')}/channels/{MISSING}"


async def test_a_token_in_the_url_reads_as_a_placeholder(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    secret = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldC10b2tlbi1wYXJ0"

    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_interaction_response(discord.application_id, secret)

    assert caught.value.url.endswith(f"/webhooks/{discord.application_id}/{{token}}/messages/@original")
    assert secret not in caught.value.url
    assert secret not in str(caught.value)


def test_errors_are_made_by_hand_as_in_hikari() -> None:
    """hikari's constructors: `(url, headers, raw_body, message, code)` for the 4xx with a class of
    their own, `(url, status, headers, raw_body, message, code)` for the others."""
    gone = errors.NotFoundError("https://discord.com/api/v10/channels/5", {}, b"", "Unknown Channel", 10003)
    assert (gone.url, gone.status, gone.message, gone.code) == (
        "https://discord.com/api/v10/channels/5",
        404,
        "Unknown Channel",
        10003,
    )
    assert str(errors.ForbiddenError("u", {}, b"")) == "403: Forbidden"
    assert errors.InternalServerError("u", 503, {}, b"").status == 503
    bad = errors.BadRequestError("u", {}, b"{}", errors={"content": {"_errors": []}})
    assert bad.errors == {"content": {"_errors": []}}


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, "BadRequestError"),
        (401, "UnauthorizedError"),
        (403, "ForbiddenError"),
        (404, "NotFoundError"),
        (409, "ClientHTTPResponseError"),
        (429, "RateLimitedError"),
        (500, "InternalServerError"),
        (502, "InternalServerError"),
        (302, "HTTPResponseError"),
    ],
)
def test_each_status_makes_the_error_hikari_raises(status: int, expected: str) -> None:
    made = errors.http_error_for("u", status, {"X": "1"}, b"body", message="m", code=1)
    assert type(made).__name__ == expected
    assert (made.url, made.status, dict(made.headers), made.raw_body, made.message, made.code) == (
        "u",
        status,
        {"X": "1"},
        b"body",
        "m",
        1,
    )


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (routes.GET_CHANNEL.compile(channel=5), "https://discord.com/api/v10/channels/5"),
        (
            routes.GET_INTERACTION_RESPONSE.compile(webhook=7, token="abc.def"),
            "https://discord.com/api/v10/webhooks/7/{token}/messages/@original",
        ),
    ],
)
def test_the_safe_url_hides_only_the_token(route: routes.CompiledRoute, expected: str) -> None:
    assert route.create_safe_url("https://discord.com/api/v10/") == expected
