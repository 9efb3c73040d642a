"""The REST client through a real HTTP proxy on loopback, with Proxy-Authorization."""

from __future__ import annotations

import typing

import aiohttp
import pytest
from aiohttp import web

from hikari_like.impl.config import BasicAuthHeader
from hikari_like.impl.config import ProxySettings
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord


class ForwardProxy:
    """A minimal forward proxy: records what reached it, forwards to the absolute URL asked for."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str | None]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        self._session = aiohttp.ClientSession()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        self.seen.append((request.method, str(request.url), request.headers.get("Proxy-Authorization")))
        headers = {
            k: v for k, v in request.headers.items() if k.lower() not in {"host", "proxy-authorization"}
        }
        async with self._session.request(
            request.method, request.url, headers=headers, data=await request.read()
        ) as answer:
            body = await answer.read()
            kept = {k: v for k, v in answer.headers.items() if k.lower().startswith("x-ratelimit")}
            return web.Response(
                status=answer.status, body=body, headers=kept, content_type=answer.content_type
            )


@pytest.fixture
async def proxy() -> typing.AsyncIterator[ForwardProxy]:
    forward = ForwardProxy()
    await forward.start()
    yield forward
    await forward.close()


async def test_requests_go_through_the_proxy_with_its_credentials(
    proxy: ForwardProxy, discord: EmulatedDiscord
) -> None:
    settings = ProxySettings(url=proxy.url, auth=BasicAuthHeader(username="bot", password="s3cret"))
    async with RESTClientImpl(
        token=discord.token, token_type="Bot", rest_url=discord.url, proxy_settings=settings
    ) as client:
        me = await client.fetch_my_user()

    assert me.is_bot
    ((method, url, credentials),) = proxy.seen
    assert (method, url) == ("GET", f"{discord.url}/users/@me")
    assert credentials == "Basic Ym90OnMzY3JldA=="  # base64("bot:s3cret")
    assert "s3cret" not in repr(settings)
