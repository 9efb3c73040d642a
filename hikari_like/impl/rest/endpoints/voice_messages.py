"""Voice message endpoints: a voice message in a channel or through a webhook (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["VoiceMessageEndpoints"]

from hikari_like.api import rest as rest_api


class VoiceMessageEndpoints(rest_api.RESTClient):
    """Voice message endpoints."""

    __slots__ = ()
