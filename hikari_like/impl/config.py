"""HTTP settings for the REST client: timeouts, TLS, connection pool and proxy.

Values are checked when the object is built, so a wrong setting fails at start-up and not at the
first request minutes later.

```python
settings = HTTPSettings(timeouts=HTTPTimeoutSettings(total=10.0), connection_limit=100)
proxy = ProxySettings(url="http://proxy:3128", auth=BasicAuthHeader(username="me", password="pw"))
```
"""

from __future__ import annotations

__all__ = [
    "BasicAuthHeader",
    "HTTPSettings",
    "HTTPTimeoutSettings",
    "NetworkSettingsProperties",
    "ProxySettings",
]

import base64
import ssl as ssl_
import typing

import attrs

if typing.TYPE_CHECKING:
    import concurrent.futures

_PROXY_AUTHORIZATION: typing.Final = "Proxy-Authorization"


def _positive_or_none(_: object, attribute: attrs.Attribute[typing.Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{attribute.name} must be None or a positive number of seconds, got {value!r}")


def _ssl_context(value: bool | ssl_.SSLContext) -> ssl_.SSLContext:
    if isinstance(value, ssl_.SSLContext):
        return value
    context = ssl_.create_default_context()
    if not value:
        # Hostname checking has to go before verification can be switched off.
        context.check_hostname = False
        context.verify_mode = ssl_.CERT_NONE
    return context


def _default_ssl_context() -> ssl_.SSLContext:
    return _ssl_context(True)


@attrs.define(slots=True, kw_only=True)
class HTTPTimeoutSettings:
    """Timeouts in seconds for one HTTP request; `None` disables one."""

    acquire_and_connect: float | None = attrs.field(default=None, validator=_positive_or_none)
    """Taking a pooled connection plus connecting a new one."""
    request_socket_connect: float | None = attrs.field(default=None, validator=_positive_or_none)
    """Connecting a socket."""
    request_socket_read: float | None = attrs.field(default=None, validator=_positive_or_none)
    """Waiting for each read from the socket."""
    total: float | None = attrs.field(default=30.0, validator=_positive_or_none)
    """The whole request, response body included."""


def _max_redirects(_: object, attribute: attrs.Attribute[typing.Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
        raise ValueError(f"{attribute.name} must be None or a positive integer, got {value!r}")


def _non_negative_int(_: object, attribute: attrs.Attribute[typing.Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be an integer >= 0 (0 means no limit), got {value!r}")


@attrs.define(slots=True, kw_only=True)
class HTTPSettings:
    """How the REST client's HTTP connections behave. Keep-alive is always on."""

    enable_cleanup_closed: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    """Let aiohttp clean up TLS transports that closed without a shutdown."""
    force_close_transports: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    """Close the transports when the client closes, not just return them to the pool."""
    max_redirects: int | None = attrs.field(default=10, validator=_max_redirects)
    """How many redirects to follow; `None` follows none."""
    connection_limit: int = attrs.field(default=0, validator=_non_negative_int)
    """The most connections open at once; 0 for no limit."""
    ssl: ssl_.SSLContext = attrs.field(
        factory=_default_ssl_context,
        converter=_ssl_context,
        validator=attrs.validators.instance_of(ssl_.SSLContext),
    )
    """TLS context. `True` verifies certificates (the default), `False` does not (never in production)."""
    timeouts: HTTPTimeoutSettings = attrs.field(
        factory=HTTPTimeoutSettings, validator=attrs.validators.instance_of(HTTPTimeoutSettings)
    )
    """Request timeouts."""


def _no_colon(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if ":" in value:
        raise ValueError(f"{attribute.name} cannot contain ':' in basic authentication")


@attrs.define(slots=True, kw_only=True)
class BasicAuthHeader:
    """A `Basic` credential for a proxy; `str()` gives the header value. The password is not in `repr`."""

    username: str = attrs.field(validator=[attrs.validators.instance_of(str), _no_colon])
    password: str = attrs.field(repr=False, validator=attrs.validators.instance_of(str))
    charset: str = attrs.field(default="utf-8", validator=attrs.validators.instance_of(str))

    @property
    def header(self) -> str:
        """The full header value, `Basic <base64>`."""
        raw = f"{self.username}:{self.password}".encode(self.charset)
        return "Basic " + base64.b64encode(raw).decode("ascii")

    def __str__(self) -> str:
        return self.header


@attrs.define(slots=True, kw_only=True)
class ProxySettings:
    """An HTTP proxy for the REST client.

    `auth` is sent as the standard `Proxy-Authorization` header (`str(auth)` is used, so a
    `BasicAuthHeader` works). With `trust_env=True` and no `url`, the `HTTP(S)_PROXY` variables
    and `~/.netrc` are used.
    """

    auth: typing.Any = attrs.field(default=None, repr=False)
    """The `Proxy-Authorization` value, or `None`; hidden from `repr` as it is a credential."""
    headers: typing.Mapping[str, str] | None = attrs.field(default=None, repr=False)
    """More headers for the proxy."""
    url: str | None = attrs.field(default=None, repr=False)
    """The proxy's URL (it may hold credentials, so it is not in `repr`)."""
    trust_env: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    """Read proxy settings from the environment when `url` is not set."""

    @property
    def all_headers(self) -> dict[str, str] | None:
        """The headers for the proxy, `Proxy-Authorization` included; `None` when there are none."""
        if self.headers is None and self.auth is None:
            return None
        headers = dict(self.headers or {})
        if self.auth is not None:
            headers[_PROXY_AUTHORIZATION] = str(self.auth)
        return headers


class NetworkSettingsProperties:
    """The read-only `executor`, `http_settings` and `proxy_settings` of what holds them.

    `RESTApp`, the REST client and the bots keep the settings they were given in `_executor`,
    `_http_settings` and `_proxy_settings` (their own slots) and expose them through this mixin.
    """

    __slots__ = ()

    _executor: concurrent.futures.Executor | None
    _http_settings: HTTPSettings
    _proxy_settings: ProxySettings

    @property
    def executor(self) -> concurrent.futures.Executor | None:
        """The executor for blocking work such as file reads (`None`: the event loop's default)."""
        return self._executor

    @property
    def http_settings(self) -> HTTPSettings:
        """The HTTP settings of the REST connections."""
        return self._http_settings

    @property
    def proxy_settings(self) -> ProxySettings:
        """The proxy settings of the REST connections."""
        return self._proxy_settings
