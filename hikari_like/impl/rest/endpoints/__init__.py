"""The REST endpoints, one module per Discord resource, mixed into `RESTClientImpl`.

Each endpoint is a short typed method with hikari's signature: route, payload, request, parse.
`message_requests` holds the steps the message-sending endpoints share.
"""

from __future__ import annotations

__all__: list[str] = []
