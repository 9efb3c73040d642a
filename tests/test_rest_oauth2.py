"""OAuth2 endpoints against the emulated Discord over loopback: the code, refresh and client
credentials grants, revocation, and what a Bearer token is (`fetch_authorization`)."""

from __future__ import annotations

import datetime

import pytest

import hikari_like
from hikari_like import applications
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.oauth2_grants import pkce_challenge

REDIRECT = "https://example.com/callback"
USER = 6100


def _secret(discord: EmulatedDiscord) -> str:
    return discord.credentials.client_secret


async def test_code_grant_then_fetch_authorization(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    user = discord.add_user("kat", user_id=USER)
    code = discord.authorize_user(USER, ["identify", "applications.entitlements"], REDIRECT)

    token = await rest.authorize_access_token(discord.application_id, _secret(discord), code, REDIRECT)
    async with RESTClientImpl(
        token=token.access_token, token_type="Bearer", rest_url=discord.url
    ) as user_rest:
        information = await user_rest.fetch_authorization()

    assert isinstance(token, applications.OAuth2AuthorizationToken)
    assert token.scopes == [
        applications.OAuth2Scope.IDENTIFY,
        applications.OAuth2Scope.APPLICATIONS_ENTITLEMENTS,
    ]
    assert (token.token_type, token.expires_in) == ("Bearer", datetime.timedelta(days=7))
    assert token.refresh_token
    assert token.webhook is None
    assert token.guild is None
    assert str(token) == token.access_token
    assert token.access_token not in repr(token)
    assert information.user is not None
    assert information.user.username == user["username"]
    assert information.application.id == int(discord.application_id)
    assert information.application.public_key == discord.key_pair.public_key
    assert information.scopes == token.scopes
    assert information.expires_at > datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=6)
    sent = discord.requests_to("POST /oauth2/token")[0]
    assert sent.form == {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    assert sent.headers["Authorization"] == "Basic [REDACTED]"  # the application's ID and secret


async def test_a_code_is_used_once_for_its_redirect(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    code = discord.authorize_user(USER, ["identify"], REDIRECT)
    secret = _secret(discord)

    with pytest.raises(hikari_like.BadRequestError):
        await rest.authorize_access_token(discord.application_id, secret, code, "https://elsewhere.example")
    with pytest.raises(hikari_like.BadRequestError):
        await rest.authorize_access_token(discord.application_id, secret, code, REDIRECT)  # used up
    with pytest.raises(hikari_like.UnauthorizedError):
        await rest.authorize_access_token(discord.application_id, "wrong", "any", REDIRECT)


async def test_pkce_verifier_is_checked(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    verifier = "a-long-random-verifier-string-of-at-least-43-characters"
    secret = _secret(discord)
    first = discord.authorize_user(USER, ["identify"], REDIRECT, code_challenge=pkce_challenge(verifier))
    second = discord.authorize_user(USER, ["identify"], REDIRECT, code_challenge=pkce_challenge(verifier))

    with pytest.raises(hikari_like.BadRequestError):
        await rest.authorize_access_token(
            discord.application_id, secret, first, REDIRECT, code_verifier="nope"
        )
    token = await rest.authorize_access_token(
        discord.application_id, secret, second, REDIRECT, code_verifier=verifier
    )

    assert token.scopes == [applications.OAuth2Scope.IDENTIFY]
    assert discord.requests_to("POST /oauth2/token")[1].form["code_verifier"] == verifier


async def test_refresh_narrows_and_replaces_the_grant(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    discord.add_user("kat", user_id=USER)
    code = discord.authorize_user(USER, ["identify", "guilds"], REDIRECT)
    secret, app = _secret(discord), discord.application_id
    first = await rest.authorize_access_token(app, secret, code, REDIRECT)

    refreshed = await rest.refresh_access_token(app, secret, first.refresh_token, scopes=["identify"])

    assert refreshed.scopes == [applications.OAuth2Scope.IDENTIFY]
    assert refreshed.refresh_token != first.refresh_token
    with pytest.raises(hikari_like.BadRequestError):
        await rest.refresh_access_token(app, secret, first.refresh_token)  # used up
    with pytest.raises(hikari_like.BadRequestError):
        await rest.refresh_access_token(app, secret, refreshed.refresh_token, scopes=["identify", "email"])
    async with RESTClientImpl(token=first.access_token, token_type="Bearer", rest_url=discord.url) as old:
        with pytest.raises(hikari_like.UnauthorizedError):
            await old.fetch_authorization()


async def test_client_credentials_and_revocation(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    secret, app = _secret(discord), discord.application_id
    token = await rest.authorize_client_credentials_token(
        app, secret, [applications.OAuth2Scope.IDENTIFY, "guilds"]
    )

    async with RESTClientImpl(token=str(token), token_type="Bearer", rest_url=discord.url) as owner_rest:
        information = await owner_rest.fetch_authorization()
        await rest.revoke_access_token(app, secret, token)
        with pytest.raises(hikari_like.UnauthorizedError):
            await owner_rest.fetch_authorization()

    assert type(token) is applications.PartialOAuth2Token
    assert information.user is not None
    assert information.user.id == int(discord.state.owner["id"])
    assert discord.requests_to("POST /oauth2/token/revoke")[0].form == {"token": token.access_token}
    await rest.revoke_access_token(app, secret, "never-issued")  # RFC 7009: no error
    with pytest.raises(hikari_like.BadRequestError):
        await rest.authorize_client_credentials_token(app, secret, ["not.a.scope"])


async def test_a_bot_token_has_no_authorization(rest: RESTClientImpl) -> None:
    with pytest.raises(hikari_like.UnauthorizedError):
        await rest.fetch_authorization()


async def test_bearer_entitlements_need_their_scope(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    sku = discord.state.monetization.add_sku("Badge")
    discord.state.monetization.grant(str(sku["id"]), user_id=str(USER))
    discord.state.monetization.grant(str(sku["id"]), user_id="7")
    secret, app = _secret(discord), discord.application_id
    with_scope = await rest.authorize_access_token(
        app, secret, discord.authorize_user(USER, ["applications.entitlements"], REDIRECT), REDIRECT
    )
    without = await rest.authorize_access_token(
        app, secret, discord.authorize_user(USER, ["identify"], REDIRECT), REDIRECT
    )

    async with RESTClientImpl(token=str(with_scope), token_type="Bearer", rest_url=discord.url) as user_rest:
        owned = await user_rest.fetch_entitlements(app)
    async with RESTClientImpl(token=str(without), token_type="Bearer", rest_url=discord.url) as user_rest:
        with pytest.raises(hikari_like.ForbiddenError):
            await user_rest.fetch_entitlements(app)

    assert [entitlement.user_id for entitlement in owned] == [USER]


def test_token_models_read_tolerantly() -> None:
    token = applications.PartialOAuth2Token.from_payload(
        {"access_token": "abc", "token_type": "bearer", "expires_in": "x", "scope": "identify brand.new"}
    )
    assert (token.token_type, token.expires_in) == ("Bearer", datetime.timedelta(0))
    assert token.scopes[0] is applications.OAuth2Scope.IDENTIFY
    assert not token.scopes[1].is_known  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        applications.PartialOAuth2Token.from_payload({"token_type": "Bearer"})


async def test_the_bot_scope_brings_the_guild(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    code = discord.authorize_user(USER, ["bot", "identify"], REDIRECT, guild_id=discord.guild_id)

    token = await rest.authorize_access_token(discord.application_id, _secret(discord), code, REDIRECT)

    assert token.guild is not None
    assert (token.guild.id, token.guild.name) == (int(discord.guild_id), "Emulated Guild")
