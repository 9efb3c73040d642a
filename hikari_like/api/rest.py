"""The REST client's core interface: its lifecycle and the one method every endpoint is built on.

Everything goes through `request()`, which applies rate limits, retries and error translation;
the typed endpoint methods (hikari's names and call shapes) live once, on
`hikari_like.impl.RESTClientImpl`, which is also what `traits.RESTAware.rest` is typed as, so
`interaction.app.rest.create_message(...)` is checked against the real signature.

```python
async with rest_app.acquire(token, "Bot") as client:
    me = await client.fetch_my_user()
    raw = await client.request("GET", "/users/@me")
```
"""

from __future__ import annotations

__all__ = ["RESTClient", "TokenStrategy"]

import abc
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import files as files_
    from hikari_like.impl.rest import client as rest_impl
    from hikari_like.impl.rest import routes

_UNDEFINED: typing.Final = undefined.UNDEFINED


class RESTClient(abc.ABC):
    """A Discord REST client."""

    __slots__ = ()

    @property
    def rest(self) -> rest_impl.RESTClientImpl:
        """The client itself: models read from its responses keep it as their `app`."""
        # The endpoint mixins are only ever combined into RESTClientImpl; typing `rest` as it lets
        # models built by any of them satisfy `traits.RESTAware`.
        return typing.cast("rest_impl.RESTClientImpl", self)

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
        form: typing.Mapping[str, str | files_.Resource] | None = None,
        query: typing.Mapping[str, str] | typing.Sequence[tuple[str, str]] | None = None,
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
        form: typing.Mapping[str, str | files_.Resource] | None = None,
        query: typing.Mapping[str, str] | typing.Sequence[tuple[str, str]] | None = None,
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
        form: typing.Mapping[str, str | files_.Resource] | None = None,
        query: typing.Mapping[str, str] | typing.Sequence[tuple[str, str]] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any:
        """Send one request through the rate limiter and return the decoded JSON (or `None`).

        Give either a compiled route (`routes.GET_USER.compile(user=1)`) or a method and a raw path
        (`"GET", "/users/1"`). The body is `json` (encoded for you) or `urlencoded`; with `files`,
        it is sent as multipart (`payload_json` plus `files[i]`), the files streamed and re-read on
        every retry. `form` is a plain multipart form instead: a text field per `str` value and a
        file per resource, under its key (the sticker upload: `name`, `tags`, `file`). `reason`
        becomes the audit-log reason. `authorization` overrides the client's token for this
        request (`None` sends none).

        A 429 is waited out and retried. A 5xx, a reset or a timeout is retried only where a
        second copy cannot be applied twice: GET, HEAD, OPTIONS, PUT, PATCH, DELETE, command
        creation (an upsert), or a message creation whose `json` has a `nonce` and
        `"enforce_nonce": True`; anything else raises at once, with `may_have_been_applied` set
        (see `hikari_like.impl.rest.retries`). A connection that never opened is retried for any
        request.

        Raises the typed errors of `hikari_like.errors`; never a raw aiohttp exception.
        """

    # -- application, users, channels, gateway --------------------------------------------------------

    # -- messages -------------------------------------------------------------------------------------

    # -- interaction responses ------------------------------------------------------------------------

    # -- webhooks and followups -----------------------------------------------------------------------

    # -- application commands -------------------------------------------------------------------------


@typing.runtime_checkable
class TokenStrategy(typing.Protocol):
    """Supplies the `Authorization` header value for requests (implementations:
    `hikari_like.impl.StaticTokenStrategy`, `hikari_like.impl.ClientCredentialsStrategy`)."""

    @property
    def token_type(self) -> str:
        """`"Bot"` or `"Bearer"`."""
        ...

    async def acquire(self, client: RESTClient) -> str:
        """The full header value, such as `"Bearer abc"`; may call Discord through `client`."""
        ...

    def invalidate(self, token: str | None) -> None:
        """Forget `token` (Discord answered 401 to it); `None` forgets whatever is cached."""
        ...
