"""A client that plays Discord: it signs interaction payloads and POSTs them to a bot's endpoint.

It speaks real HTTP, so a test covers the same path Discord's requests take. Besides well-formed
requests it sends broken ones on purpose: stale timestamps, replays, raw bodies with any headers.

```python
key_pair = KeyPair.generate()
async with InteractionClient("http://127.0.0.1:8080/", key_pair) as client:
    response = await client.send(payloads.slash_command("ping"))
    assert response.status == 200
    assert response.json()["data"]["content"] == "Pong!"
```
"""

from __future__ import annotations

__all__ = ["InteractionClient", "InteractionResponse", "SignedRequest"]

import types
import typing
from collections.abc import AsyncIterable
from collections.abc import Mapping

import aiohttp
import attrs
import multidict
import yarl

from hikari_like.internal import json
from hikari_like.testing import signing
from hikari_like.testing._asgi import ASGIApp
from hikari_like.testing._asgi import call_asgi
from hikari_like.testing._multipart import MultipartPart
from hikari_like.testing._multipart import boundary_of
from hikari_like.testing._multipart import split_parts

_JSON_TYPE: typing.Final = "application/json"
_NO_AUTOMATIC_HEADERS: typing.Final = ("Content-Type",)


@attrs.frozen(slots=True, kw_only=True)
class SignedRequest:
    """A request exactly as it went out (body and headers), kept so it can be sent again."""

    body: bytes
    headers: Mapping[str, str]


@attrs.frozen(slots=True, kw_only=True)
class InteractionResponse:
    """What the bot answered: status, headers and body, with helpers to decode the body.

    A JSON answer is read with `json()`; a multipart answer (a message with files) with
    `payload_json` and `attachments`.
    """

    status: int
    headers: multidict.CIMultiDictProxy[str]
    body: bytes

    @property
    def content_type(self) -> str:
        """The media type of the body, without parameters (`""` when there is none)."""
        return self.headers.get("Content-Type", "").partition(";")[0].strip().lower()

    def json(self) -> typing.Any:
        """The decoded JSON body (the `payload_json` part of a multipart body).

        Raises `ValueError` when the body is not JSON.
        """
        if self.content_type.startswith("multipart/"):
            return self.payload_json
        return json.loads(self.body)

    @property
    def parts(self) -> list[MultipartPart]:
        """The parts of a multipart body, in order (`[]` for any other body)."""
        boundary = boundary_of(self.headers.get("Content-Type", ""))
        return [] if boundary is None else split_parts(self.body, boundary)

    @property
    def payload_json(self) -> typing.Any:
        """The decoded `payload_json` part of a multipart body (`None` when there is none)."""
        for part in self.parts:
            if part.name == "payload_json":
                return json.loads(part.content)
        return None

    @property
    def attachments(self) -> dict[str, bytes]:
        """The files of a multipart body: filename -> content."""
        return {part.filename: part.content for part in self.parts if part.filename is not None}


class InteractionClient:
    """Sends signed interactions to `url`, the bot's interactions endpoint, as Discord would.

    Use it as an async context manager (or call `close()`). When `session` is given it is used
    and left open; otherwise the client owns one. Transport failures surface as aiohttp's
    `aiohttp.ClientError`, since a test usually wants to see exactly what went wrong.

    With `app=` (an ASGI application) requests are handed to the app in process instead of
    going over a socket; `url` then only supplies the path and host.
    """

    __slots__ = ("_app", "_key_pair", "_owns_session", "_session", "_timeout", "_url", "last_request")

    def __init__(
        self,
        url: str,
        key_pair: signing.KeyPair,
        *,
        session: aiohttp.ClientSession | None = None,
        app: ASGIApp | None = None,
        timeout: float = 10.0,
    ) -> None:
        self._app = app
        self._url = yarl.URL(url)
        self._key_pair = key_pair
        self._session = session
        self._owns_session = session is None
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self.last_request: SignedRequest | None = None
        """The last request sent with a byte body, for `replay`."""

    @property
    def url(self) -> str:
        """The endpoint this client posts to."""
        return str(self._url)

    async def __aenter__(self) -> typing.Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the session if this client created it."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    def sign(self, body: bytes, *, timestamp: int | str | None = None) -> SignedRequest:
        """A signed JSON request for `body`, not sent yet (send it with `replay`).

        ```python
        request = client.sign(b'{"type":1}', timestamp=0)  # a stale but validly signed request
        ```
        """
        headers = {"Content-Type": _JSON_TYPE} | signing.sign_request(
            body, self._key_pair, timestamp=timestamp
        )
        return SignedRequest(body=body, headers=headers)

    async def send(
        self,
        payload: Mapping[str, typing.Any],
        *,
        timestamp: int | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> InteractionResponse:
        """Serialise `payload`, sign it and POST it; `headers` are added or override.

        ```python
        response = await client.send(payloads.ping())
        response.json()  # {"type": 1}
        stale = await client.send(payloads.ping(), timestamp=int(time.time()) - 3600)
        ```
        """
        request = self.sign(json.dumps(payload), timestamp=timestamp)
        return await self.post(request.body, headers={**request.headers, **(headers or {})})

    async def replay(self, request: SignedRequest | None = None) -> InteractionResponse:
        """Send `request` (default: the last one) again, byte for byte, headers and all."""
        request = request or self.last_request
        if request is None:
            raise RuntimeError("nothing to replay: no request has been sent yet")
        return await self.post(request.body, headers=request.headers)

    async def post(
        self,
        body: bytes | AsyncIterable[bytes],
        *,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = _JSON_TYPE,
        path: str | None = None,
    ) -> InteractionResponse:
        """POST `body` exactly as given, with `headers` exactly as given (nothing is signed).

        `content_type` is sent unless `headers` has a `Content-Type`; `None` sends none at all.
        An async iterable body is streamed with chunked encoding (for size limits). `path`
        replaces the URL's path.

        ```python
        await client.post(b"{}", headers={"X-Signature-Ed25519": "00" * 64, "X-Signature-Timestamp": "1"})
        ```
        """
        sent_headers = multidict.CIMultiDict(headers or {})
        if content_type is not None:
            sent_headers.setdefault("Content-Type", content_type)
        if isinstance(body, bytes):
            self.last_request = SignedRequest(body=body, headers=dict(sent_headers))
        return await self.request("POST", body=body, headers=sent_headers, path=path)

    async def get(self, *, path: str | None = None) -> InteractionResponse:
        """GET the endpoint (the health check) or another `path`."""
        return await self.request("GET", path=path)

    async def request(
        self,
        method: str,
        *,
        body: bytes | AsyncIterable[bytes] | None = None,
        headers: Mapping[str, str] | None = None,
        path: str | None = None,
    ) -> InteractionResponse:
        """Any HTTP request to the endpoint (e.g. `PUT` to check that it answers 405).

        Only the given headers are sent: aiohttp adds no `Content-Type` of its own.
        """
        url = self._url if path is None else self._url.with_path(path)
        if self._app is not None:
            return await self._through_app(self._app, method, url, headers or {}, body)
        session = self._session_or_new()
        async with session.request(
            method,
            url,
            data=body,
            headers=headers,
            timeout=self._timeout,
            skip_auto_headers=_NO_AUTOMATIC_HEADERS,
        ) as response:
            content = await response.read()
            return InteractionResponse(status=response.status, headers=response.headers, body=content)

    @staticmethod
    async def _through_app(
        app: ASGIApp,
        method: str,
        url: yarl.URL,
        headers: Mapping[str, str],
        body: bytes | AsyncIterable[bytes] | None,
    ) -> InteractionResponse:
        sent_headers = multidict.CIMultiDict(headers)
        if isinstance(body, bytes):
            # What an HTTP client would add; a streamed body goes without, like chunked encoding.
            sent_headers.setdefault("Content-Length", str(len(body)))
        status, raw_headers, content = await call_asgi(
            app, method=method, url=url, headers=sent_headers, body=body
        )
        received = multidict.CIMultiDictProxy(multidict.CIMultiDict(raw_headers))
        return InteractionResponse(status=status, headers=received, body=content)

    def _session_or_new(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return self._session
