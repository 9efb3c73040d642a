"""The REST client: hikari's `hikari.impl.rest` (`RESTClientImpl`, `RESTApp`).

```python
from hikari_like.impl import rest

async with rest.RESTApp().acquire(token) as client:
    await client.create_message(channel_id, "hello")
```

- `client`: `RESTClientImpl` (the endpoint groups of `endpoints/` put together) and `RESTApp`;
- `client_base` and `transport`: one request's path: rate limits, retries, errors (`errors`);
- `routes`: every endpoint's method, path and rate-limit bucket keys;
- `buckets` (per route), `rate_limits` (global), `rate_limit_store` (where their state lives),
  `redis` (that state shared by many processes);
- `token_strategies`: bot tokens and OAuth2 client credentials.

The client loads on first use, so `hikari_like.impl.rest.routes` costs no HTTP stack.
"""

from __future__ import annotations

import typing

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest.client import RESTApp
    from hikari_like.impl.rest.client import RESTClientImpl
    from hikari_like.impl.rest.token_strategies import ClientCredentialsStrategy
else:
    from hikari_like.internal import lazy_imports

    __getattr__, __dir__ = lazy_imports.exports(
        __name__,
        {
            "RESTApp": "hikari_like.impl.rest.client",
            "RESTClientImpl": "hikari_like.impl.rest.client",
            "ClientCredentialsStrategy": "hikari_like.impl.rest.token_strategies",
        },
    )

__all__ = ["ClientCredentialsStrategy", "RESTApp", "RESTClientImpl"]
