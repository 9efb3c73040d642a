"""The REST client's interface: what `hikari_like.impl.RESTClientImpl` promises.

Everything goes through `request()`, which applies rate limits, retries and error translation;
the typed endpoint methods of the implementation are built on it.

```python
async with rest_app.acquire(token, "Bot") as client:
    raw = await client.request("GET", "/users/@me")
```
"""

from __future__ import annotations

__all__ = ["RESTClient"]

import abc
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import files as files_
    from hikari_like.impl import routes


class RESTClient(abc.ABC):
    """A Discord REST client."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def is_alive(self) -> bool:
        """Whether the client is open."""

    @property
    @abc.abstractmethod
    def token_type(self) -> str | None:
        """`"Bot"`, `"Bearer"`, or `None` for a client without a token."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the client; requests still queued fail with a clear error."""

    @typing.overload
    async def request(
        self,
        route: routes.CompiledRoute,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any: ...

    @typing.overload
    async def request(
        self,
        method: str,
        path: str,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any: ...

    @abc.abstractmethod
    async def request(
        self,
        route_or_method: routes.CompiledRoute | str,
        path: str | None = None,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any:
        """Send one request through the rate limiter and return the decoded JSON (or `None`).

        Give either a compiled route (`routes.GET_USER.compile(user=1)`) or a method and a raw path
        (`"GET", "/users/1"`). The body is `json` (encoded for you) or `urlencoded`; with `files`,
        it is sent as multipart (`payload_json` plus `files[i]`), the files streamed and re-read on
        every retry. `reason` becomes the audit-log reason. `authorization` overrides
        the client's token for this request (`None` sends none).

        Raises the typed errors of `hikari_like.errors`; never a raw aiohttp exception.
        """
