"""Routes, settings, backoff and token strategies: the REST client's small parts."""

from __future__ import annotations

import pytest
from aiohttp import web

from hikari_like.impl import config
from hikari_like.impl.rest import RESTApp
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import routes
from hikari_like.impl.rest import token_strategies


def test_compiled_route_shows_its_template_never_its_token() -> None:
    route = routes.PATCH_WEBHOOK_MESSAGE.compile(webhook=1, token="secret.token", message=2)
    assert route.compiled_path == "/webhooks/1/secret.token/messages/2"
    assert str(route) == "PATCH /webhooks/{webhook}/{token}/messages/{message}"
    assert "secret" not in repr(route)
    assert "secret" not in route.major_key


def test_major_parameters_split_routes_and_minor_ones_do_not() -> None:
    first = routes.GET_CHANNEL_MESSAGE.compile(channel=1, message=10)
    same_channel = routes.GET_CHANNEL_MESSAGE.compile(channel=1, message=11)
    other_channel = routes.GET_CHANNEL_MESSAGE.compile(channel=2, message=10)
    assert first.major_key == same_channel.major_key != other_channel.major_key
    assert first.route_key == other_channel.route_key


def test_only_interaction_callbacks_are_exempt_from_the_global_limit() -> None:
    assert routes.POST_INTERACTION_RESPONSE.compile(interaction=1, token="t").is_global_exempt
    assert not routes.POST_WEBHOOK_WITH_TOKEN.compile(webhook=1, token="t").is_global_exempt


def test_raw_paths_are_parsed_into_templates() -> None:
    route = routes.parse_path("patch", "/webhooks/12/tok.en/messages/@original")
    assert str(route) == "PATCH /webhooks/{webhook}/{token}/messages/@original"
    assert route.compiled_path == "/webhooks/12/tok.en/messages/@original"
    messages = routes.parse_path("GET", "channels/5/messages/99")
    assert messages.template == "/channels/{channel}/messages/{message}"
    assert messages.major_key == routes.GET_CHANNEL_MESSAGE.compile(channel=5, message=1).major_key
    with pytest.raises(ValueError, match="query"):
        routes.parse_path("GET", "/users/1?x=1")


def test_compile_requires_every_parameter() -> None:
    with pytest.raises(TypeError, match="channel"):
        routes.POST_CHANNEL_MESSAGES.compile()


@pytest.mark.parametrize("value", [0, -1.0, "5", True])
def test_timeouts_must_be_positive_numbers(value: object) -> None:
    with pytest.raises(ValueError, match="total"):
        config.HTTPTimeoutSettings(total=value)  # type: ignore[arg-type]


def test_http_settings_validate_and_default() -> None:
    settings = config.HTTPSettings(ssl=False)
    assert settings.timeouts.total == 30.0
    assert settings.ssl.check_hostname is False
    with pytest.raises(ValueError, match="max_redirects"):
        config.HTTPSettings(max_redirects=0)
    with pytest.raises(ValueError, match="connection_limit"):
        config.HTTPSettings(connection_limit=-1)


def test_proxy_auth_uses_the_standard_header_and_stays_out_of_repr() -> None:
    proxy = config.ProxySettings(
        url="http://proxy:3128", auth=config.BasicAuthHeader(username="me", password="hunter2")
    )
    assert proxy.all_headers == {"Proxy-Authorization": "Basic bWU6aHVudGVyMg=="}
    assert "hunter2" not in repr(proxy)
    assert config.ProxySettings().all_headers is None


def test_backoff_grows_and_is_capped() -> None:
    backoff = rate_limits.ExponentialBackOff(initial=0.5, factor=2.0, maximum=3.0, jitter=0.0)
    assert [backoff.delay(attempt) for attempt in range(4)] == [0.5, 1.0, 2.0, 3.0]
    jittered = rate_limits.ExponentialBackOff(initial=1.0, jitter=0.5)
    assert all(1.0 <= jittered.delay(0) <= 1.5 for _ in range(50))


def test_token_types_are_normalised_and_hidden() -> None:
    strategy = token_strategies.StaticTokenStrategy("abc.def", "bot")
    assert strategy.token_type == "Bot"
    assert "abc" not in repr(strategy)
    with pytest.raises(ValueError, match="Bot"):
        token_strategies.StaticTokenStrategy("abc", "Basic")


async def test_client_credentials_are_cached_and_renewed_once_on_401() -> None:
    grants = 0
    rejected = False
    seen_auth: list[str] = []

    async def token(request: web.Request) -> web.Response:
        nonlocal grants
        grants += 1
        form = await request.post()
        assert form["grant_type"] == "client_credentials"
        assert request.headers["Authorization"].startswith("Basic ")
        return web.json_response(
            {"access_token": f"grant{grants}", "token_type": "Bearer", "expires_in": 600}
        )

    async def me(request: web.Request) -> web.Response:
        nonlocal rejected
        seen_auth.append(request.headers["Authorization"])
        if not rejected and len(seen_auth) == 2:
            rejected = True
            return web.json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        return web.json_response({"id": "1", "username": "app", "discriminator": "0"})

    app = web.Application()
    app.router.add_post("/api/oauth2/token", token)
    app.router.add_get("/api/users/@me", me)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        strategy = token_strategies.ClientCredentialsStrategy(1, "client-secret")
        async with (
            RESTApp(url=f"http://127.0.0.1:{port}/api") as rest_app,
            rest_app.acquire(strategy) as client,
        ):
            await client.fetch_my_user()
            await client.fetch_my_user()  # 401 once: renewed and retried
            await client.fetch_my_user()
            assert "client-secret" not in repr(strategy) + repr(client)
    finally:
        await runner.cleanup()
    assert grants == 2
    assert seen_auth == ["Bearer grant1", "Bearer grant1", "Bearer grant2", "Bearer grant2"]


def test_acquire_needs_a_started_app() -> None:
    with pytest.raises(Exception, match="start"):
        RESTApp().acquire("token", "Bot")
