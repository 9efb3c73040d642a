"""Webhook management endpoints: create, fetch, edit and delete webhooks, with the bot's token
or the webhook's own (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["WebhookManagementEndpoints"]

from hikari_like.api import rest as rest_api


class WebhookManagementEndpoints(rest_api.RESTClient):
    """Webhook management endpoints."""

    __slots__ = ()
