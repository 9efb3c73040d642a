"""`GET /gateway` and `GET /gateway/bot`, pointing at an attached `EmulatedGateway`.

```python
async with EmulatedDiscord() as discord, EmulatedGateway(token=discord.token) as gateway:
    discord.gateway.attach(gateway, max_concurrency=2)
    info = await rest.fetch_gateway_bot_info()  # info.url == gateway.url
```
"""

from __future__ import annotations

__all__ = ["GATEWAY_LINK", "ROUTES", "GatewayLink"]

import typing

import attrs
from aiohttp import web

from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.gateway import EmulatedGateway

PLACEHOLDER_URL: typing.Final = "wss://gateway.discord.gg"


@attrs.define(slots=True, kw_only=True)
class GatewayLink:
    """What `/gateway/bot` answers: the attached gateway's URL, shard count and session start limit.

    `remaining` counts down with the attached gateway's IDENTIFYs, as Discord's does.
    """

    gateway: EmulatedGateway | None = None
    shards: int = 1
    total: int = 1000
    max_concurrency: int = 1
    reset_after: float = 86_400.0
    """Seconds until the session start limit resets."""

    def attach(self, gateway: EmulatedGateway, *, shards: int = 1, max_concurrency: int = 1) -> None:
        """Serve `gateway`'s URL from now on."""
        self.gateway = gateway
        self.shards = shards
        self.max_concurrency = max_concurrency

    @property
    def url(self) -> str:
        """The attached gateway's URL, or Discord's when none is attached."""
        return self.gateway.url if self.gateway is not None else PLACEHOLDER_URL

    @property
    def remaining(self) -> int:
        """Session starts left before the limit resets (counted from the gateway's IDENTIFYs)."""
        used = self.gateway.identifies if self.gateway is not None else 0
        return max(self.total - used, 0)

    def bot_payload(self) -> json.JSONObject:
        """The `GET /gateway/bot` answer (`reset_after` in milliseconds, as Discord sends it)."""
        return {
            "url": self.url,
            "shards": self.shards,
            "session_start_limit": {
                "total": self.total,
                "remaining": self.remaining,
                "reset_after": int(self.reset_after * 1000),
                "max_concurrency": self.max_concurrency,
            },
        }


GATEWAY_LINK: typing.Final = web.AppKey("hikari_like.gateway_link", GatewayLink)
"""Where the emulator's application keeps its `GatewayLink`."""


def _link(ctx: RequestContext) -> GatewayLink:
    return ctx.request.app.get(GATEWAY_LINK) or GatewayLink()


async def get_gateway(ctx: RequestContext) -> web.Response:
    return json_response({"url": _link(ctx).url})


async def get_gateway_bot(ctx: RequestContext) -> web.Response:
    return json_response(_link(ctx).bot_payload())


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/gateway", handler=get_gateway, auth=Auth.NONE),
    RouteSpec(method="GET", template="/gateway/bot", handler=get_gateway_bot),
)
