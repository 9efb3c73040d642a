"""The REST client's interface (filled in by the REST client work)."""

from __future__ import annotations

__all__ = ["RESTClient"]

import abc


class RESTClient(abc.ABC):
    """A Discord REST client."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def is_alive(self) -> bool:
        """Whether the client is open."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the client; requests still queued fail with a clear error."""
