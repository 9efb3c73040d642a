"""Discord's base URLs, as hikari names them: the API, its OAuth2 part, the CDN and the media proxy.

The REST client's default `rest_url` is `REST_API_URL`; image URLs are built on `CDN_URL`.

>>> REST_API_URL
'https://discord.com/api/v10'
"""

from __future__ import annotations

__all__ = ["BASE_URL", "CDN_URL", "MEDIA_PROXY_URL", "OAUTH2_API_URL", "REST_API_URL", "VERSION"]

import typing

from hikari_like.internal import cdn

VERSION: typing.Final = 10
"""The version of the gateway and REST API this release speaks."""

BASE_URL: typing.Final = "https://discord.com"
"""Discord's web address."""

REST_API_URL: typing.Final = f"{BASE_URL}/api/v{VERSION}"
"""The REST API's base URL."""

OAUTH2_API_URL: typing.Final = f"{REST_API_URL}/oauth2"
"""The OAuth2 part of the REST API."""

CDN_URL: typing.Final = cdn.BASE_URL
"""Discord's CDN, where icons, avatars and attachments live."""

MEDIA_PROXY_URL: typing.Final = "https://media.discordapp.net"
"""Discord's media proxy, which serves resized and external images."""
