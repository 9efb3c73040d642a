"""How the emulated Discord delivers webhook events: signed, POSTed, and the answer recorded.

Discord expects a 204 within 3 seconds and redelivers what it did not get one for; a redelivery
repeats the event under a fresh timestamp (so a fresh signature). `WebhookDeliveries` keeps one
`WebhookDelivery` per POST, so a test can assert what the bot answered each time.
"""

from __future__ import annotations

__all__ = ["WebhookDeliveries", "WebhookDelivery"]

import time
import typing

import attrs

from hikari_like.testing import client as client_

if typing.TYPE_CHECKING:
    import aiohttp

    from hikari_like.testing import signing


@attrs.frozen(slots=True, kw_only=True)
class WebhookDelivery:
    """One POST of a webhook event: where, what, when it was signed, and the bot's answer."""

    url: str
    payload: typing.Mapping[str, typing.Any]
    timestamp: int
    """The `X-Signature-Timestamp` it was signed with."""
    status: int
    """The status the bot answered (Discord wants 204)."""
    elapsed: float
    """Seconds from sending the request to reading the answer."""
    is_redelivery: bool = False


class WebhookDeliveries:
    """Every webhook event delivered so far, in order."""

    __slots__ = ("_last_timestamp", "records")

    def __init__(self) -> None:
        self.records: list[WebhookDelivery] = []
        """One entry per POST, oldest first."""
        self._last_timestamp = 0

    def _next_timestamp(self, timestamp: int | None) -> int:
        if timestamp is not None:
            return timestamp
        # Two deliveries in one second would be signed alike: a retry must not look like a replay.
        self._last_timestamp = max(int(time.time()), self._last_timestamp + 1)
        return self._last_timestamp

    async def deliver(
        self,
        session: aiohttp.ClientSession,
        key_pair: signing.KeyPair,
        url: str,
        payload: typing.Mapping[str, typing.Any],
        *,
        timestamp: int | None = None,
        is_redelivery: bool = False,
    ) -> WebhookDelivery:
        """Sign `payload` with `key_pair`, POST it to `url` and record the answer."""
        stamp = self._next_timestamp(timestamp)
        started = time.monotonic()
        async with client_.InteractionClient(url, key_pair, session=session) as client:
            response = await client.send(payload, timestamp=stamp)
        record = WebhookDelivery(
            url=url,
            payload=payload,
            timestamp=stamp,
            status=response.status,
            elapsed=time.monotonic() - started,
            is_redelivery=is_redelivery,
        )
        self.records.append(record)
        return record

    def last_to(self, url: str | None = None) -> WebhookDelivery:
        """The latest delivery (to `url`, when given); `LookupError` when there is none."""
        for record in reversed(self.records):
            if url is None or record.url == url:
                return record
        raise LookupError("no webhook event has been delivered" + (f" to {url}" if url else ""))
