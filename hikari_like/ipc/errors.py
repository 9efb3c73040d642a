"""Errors of the IPC channel, as the client raises them (the server keeps serving whatever happens).

```
HikariLikeError
└── IPCError                     anything that went wrong with an IPC request
    ├── IPCUnauthorizedError     the secret was missing or wrong (handshake or discovery refused)
    ├── IPCUnknownEndpointError  no route has that name on the server
    ├── IPCHandlerError          the route (or the raw-request hook) raised; carries its message
    ├── IPCBadRequestError       the server refused the frame: too large, not JSON, bad shape
    ├── IPCTimeoutError          no reply within the request's timeout
    └── IPCDisconnectedError     the connection dropped with the request in flight, or was closed
```
"""

from __future__ import annotations

__all__ = [
    "IPCBadRequestError",
    "IPCDisconnectedError",
    "IPCError",
    "IPCHandlerError",
    "IPCTimeoutError",
    "IPCUnauthorizedError",
    "IPCUnknownEndpointError",
]

from hikari_like import errors


class IPCError(errors.HikariLikeError):
    """The root of the IPC errors. `endpoint` names the request's endpoint when there was one."""

    def __init__(self, message: str, *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.endpoint = endpoint


class IPCUnauthorizedError(IPCError):
    """The server refused the secret (missing or wrong); no route ran."""


class IPCUnknownEndpointError(IPCError):
    """The server has no route named `endpoint`."""


class IPCHandlerError(IPCError):
    """The route raised. `message` is the exception's text, `error_type` its class name.

    ```python
    try:
        await client.request("guild_count")
    except ipc.IPCHandlerError as error:
        print(error.error_type, error.message)  # e.g. "KeyError", "'guilds'"
    ```
    """

    def __init__(self, message: str, *, endpoint: str | None = None, error_type: str | None = None) -> None:
        super().__init__(message, endpoint=endpoint)
        self.error_type = error_type


class IPCBadRequestError(IPCError):
    """The server refused the request frame; `code` is `"too_large"` or `"bad_request"`."""

    def __init__(self, message: str, *, endpoint: str | None = None, code: str) -> None:
        super().__init__(message, endpoint=endpoint)
        self.code = code


class IPCTimeoutError(IPCError):
    """No reply arrived within `timeout` seconds (connecting included). The route may still run."""

    def __init__(self, message: str, *, endpoint: str | None = None, timeout: float) -> None:
        super().__init__(message, endpoint=endpoint)
        self.timeout = timeout


class IPCDisconnectedError(IPCError):
    """The connection dropped while the request was in flight, or the client was closed.

    A request that was sent is never sent again: the route may have run (think "send this
    message"), so only the caller knows whether retrying is safe.
    """
