"""Shared state in Redis: rate limits and replay protection for bots that run in many processes.

```python
from hikari_like.impl.rest.redis import RedisStore

store = RedisStore.from_url("redis://localhost:6379/0")
bot = hikari_like.RESTBot(token, public_key=key, rate_limit_store=store, replay_store=store)
```

`store.py` holds `RedisStore`, `limits.py` the live rate-limit state, `scripts.py` the Lua that
updates it atomically. Needs the `redis` extra.
"""

from __future__ import annotations

__all__ = ["RedisRateLimits", "RedisStore", "StoreErrorPolicy"]

from hikari_like.impl.rest.redis.limits import RedisRateLimits
from hikari_like.impl.rest.redis.store import RedisStore
from hikari_like.impl.rest.redis.store import StoreErrorPolicy
