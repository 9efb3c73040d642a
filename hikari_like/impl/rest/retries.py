"""Which failed requests may be sent again: never one that a second copy could apply twice.

A 429 means Discord did not act, and a connection that failed before the request could leave
(connect refused, DNS, TLS, the pool's acquisition timeout) sent nothing: both are always retried.
A reset, a read timeout or a 5xx *after* the request was sent is ambiguous (Discord may have
applied it and only the answer was lost), so it is retried only when a second copy cannot change
anything more than the first did:

- the idempotent methods: GET, HEAD, OPTIONS, PUT, DELETE, and PATCH. Every PATCH of Discord's API
  sets fields to the values in its body (an edit sent twice ends in the state one leaves);
- `POST /applications/.../commands`, which Discord documents as an upsert by command name, and
  `POST /oauth2/token` (a second token is an unused token, nothing else);
- a message creation whose body carries a `nonce` with `enforce_nonce: true`: Discord answers
  a second create with the same nonce (same author, past few minutes) with the message the first
  one made. `create_message` sends one automatically (see `new_nonce`).

Everything else (an interaction callback: Discord answers a second one with 40060 "already
acknowledged"; a webhook execute or followup) fails with the typed error instead, its
`may_have_been_applied` set.

```python
route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)
assert can_resend(route, {"content": "hi", "nonce": new_nonce(), "enforce_nonce": True})
assert not can_resend(route, {"content": "hi"})
```
"""

from __future__ import annotations

__all__ = ["can_resend", "changes_state", "new_nonce"]

import itertools
import secrets
import time
import typing

from hikari_like import snowflakes

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import routes

_READ_ONLY_METHODS: typing.Final = frozenset({"GET", "HEAD", "OPTIONS"})
_IDEMPOTENT_METHODS: typing.Final = _READ_ONLY_METHODS | {"PUT", "DELETE", "PATCH"}
_IDEMPOTENT_POSTS: typing.Final = frozenset(
    {
        "POST /applications/{application}/commands",
        "POST /applications/{application}/guilds/{guild}/commands",
        "POST /oauth2/token",
    }
)
_NONCE_DEDUPLICATED_POSTS: typing.Final = frozenset({"POST /channels/{channel}/messages"})
_SEQUENCE_BITS: typing.Final = 22
_SEQUENCE_MASK: typing.Final = (1 << _SEQUENCE_BITS) - 1
# A random start per process, so two processes sending as the same bot in the same millisecond
# are very unlikely to pick the same nonce (Discord would then drop the second message as a copy).
_sequence = itertools.count(secrets.randbits(_SEQUENCE_BITS))


def changes_state(route: routes.CompiledRoute) -> bool:
    """Whether the request can change anything at Discord (everything but GET, HEAD, OPTIONS)."""
    return route.method not in _READ_ONLY_METHODS


def can_resend(route: routes.CompiledRoute, json: object) -> bool:
    """Whether sending the request again after it may have been applied leaves the same outcome.

    `json` is the request's JSON body (or `payload_json`, for a multipart one).
    """
    if route.method in _IDEMPOTENT_METHODS or route.route_key in _IDEMPOTENT_POSTS:
        return True
    return route.route_key in _NONCE_DEDUPLICATED_POSTS and _enforces_nonce(json)


def _enforces_nonce(json: object) -> bool:
    if not isinstance(json, dict):
        return False
    nonce = json.get("nonce")
    valid = isinstance(nonce, str | int) and not isinstance(nonce, bool) and nonce != ""
    return valid and json.get("enforce_nonce") is True


def new_nonce() -> str:
    """A fresh message nonce: a snowflake of the current time, unique in this process.

    Its 20 digits at most fit Discord's 25-character limit. One logical `create_message` call
    keeps its nonce across retries, which is what lets Discord recognise them as one.
    """
    milliseconds = time.time_ns() // 1_000_000 - snowflakes.DISCORD_EPOCH
    return str(milliseconds << _SEQUENCE_BITS | next(_sequence) & _SEQUENCE_MASK)
