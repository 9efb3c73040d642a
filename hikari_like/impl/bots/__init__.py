"""The bots: `RESTBot`, `AsgiBot` and `GatewayBot`, which compose the parts and run them.

- `lifecycle`: what every bot shares: the REST client, the interaction server, start and close;
- `rest_bot` (the built-in server), `asgi_bot` (any ASGI server) and `gateway_bot` (the gateway);
- `blocking_run`: `run()`, signals and the event loop; `workers`: many processes on one port.
"""

from __future__ import annotations

__all__: list[str] = []
