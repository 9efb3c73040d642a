"""OAuth2 client credentials against the emulated Discord: acquired, cached, renewed once on 401."""

from __future__ import annotations

import pytest

import hikari_like
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord


async def test_bearer_token_is_acquired_cached_and_renewed(discord: EmulatedDiscord) -> None:
    strategy = hikari_like.ClientCredentialsStrategy(
        client=discord.application_id, client_secret=discord.credentials.client_secret
    )
    async with RESTClientImpl(token=strategy, rest_url=discord.url) as client:
        first = await client.fetch_application()
        await client.fetch_application()
        discord.revoke_bearer_tokens()
        after_revoke = await client.fetch_application()

    assert first.id == after_revoke.id == int(discord.application_id)
    token_requests = discord.requests_to("POST /oauth2/token")
    assert len(token_requests) == 2, "one token, reused; one renewal after the 401"
    assert client.token_type == "Bearer"


async def test_wrong_secret_is_a_clear_error(discord: EmulatedDiscord) -> None:
    strategy = hikari_like.ClientCredentialsStrategy(client=discord.application_id, client_secret="wrong")
    async with RESTClientImpl(token=strategy, rest_url=discord.url) as client:
        with pytest.raises(hikari_like.UnauthorizedError) as caught:
            await client.fetch_application()

    assert "wrong" not in str(caught.value)
