"""The interaction server: where a request from Discord enters and its answer leaves.

- `http_checks`: the checks every backend runs before reading a body (method, path, content
  type, size, headers), so every backend answers the same status for the same input;
- `interaction_server`: `InteractionServer.on_interaction(body, signature, timestamp)`, the one
  entry point: signature, freshness and replay (`replay`), then parsing;
- `dispatch`: the listener for the interaction's type, its deadline, and the answer's encoding
  into an `http_response.Response`; `late_response` delivers what a listener answers after an
  automatic deferral;
- `aiohttp_server` and `asgi` (with `asgi_types`): the two HTTP backends, which translate their
  transport to `on_interaction` and back, nothing more.
"""

from __future__ import annotations

__all__: list[str] = []
