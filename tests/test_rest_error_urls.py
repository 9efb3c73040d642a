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


def test_an_error_made_by_hand_has_no_url() -> None:
    assert errors.NotFoundError("gone").url == ""


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
