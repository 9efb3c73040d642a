"""Every exception hikari_like raises on purpose.

```
HikariLikeError (alias HikariError)
├── HikariInterrupt                    also a KeyboardInterrupt: the bot stopped on SIGINT/SIGTERM
├── ComponentStateConflictError        started twice, used while closed, ...
├── ListenerError                      a listener broke the listener contract (e.g. yielded twice)
├── RequestRejectedError               the interaction server refused an HTTP request
├── AttachmentReadError                a file to upload could not be read (not retried)
├── BulkDeleteError                    `delete_messages` stopped midway; `deleted_messages` were deleted
├── SearchNotIndexedError              a guild's message search index is not ready; retry after `retry_after`
├── UnrecognisedEntityError            an entity of a kind this release cannot represent (hikari's name)
├── MissingIntentError                 also a ValueError: asked for what the bot's intents cannot deliver
├── HTTPError                          a REST call failed (`may_have_been_applied`: Discord may have acted)
│   ├── HTTPResponseError              ... and Discord answered with an error status
│   │   ├── ClientHTTPResponseError    4xx
│   │   │   ├── BadRequestError        400, with Discord's per-field `errors`
│   │   │   ├── UnauthorizedError      401
│   │   │   ├── ForbiddenError         403
│   │   │   ├── NotFoundError          404
│   │   │   └── RateLimitedError       429 that could not be retried (Cloudflare, retries used up)
│   │   └── InternalServerError        5xx after every retry, or one that was unsafe to retry
│   ├── RateLimitTooLongError          a rate-limit wait longer than `max_rate_limit`
│   └── RateLimitStoreError            the shared rate-limit store (Redis) failed, policy "raise"
├── GatewayError                       a gateway shard could not keep its session
│   ├── GatewayConnectionError         the websocket could not be opened, or dropped (retried)
│   ├── GatewayTransportError          a frame could not be read: bad compression or JSON
│   └── GatewayServerClosedConnectionError  closed with a code; `can_reconnect` says what next
└── (nothing else: library bugs surface as the built-in exception they are)

HikariWarning                          a RuntimeWarning: the root of the warnings hikari_like gives
└── MissingIntentWarning               a listener for events the bot's intents will never deliver
```

`ShardCloseCode` lives here too, as in hikari: the close codes a shard's
`GatewayServerClosedConnectionError.code` takes.

Context is passed by keyword and kept on attributes, so handlers can branch on `error.code`
without parsing messages. No error ever carries a token: routes are kept as templates.

A REST error whose `may_have_been_applied` is true means an attempt failed after Discord could
have acted on it (a reset, a timeout or a 5xx once the request was sent) and no later attempt
settled it: either the request was not sent again, because a second copy could be applied twice
(an interaction callback, a followup), or every retry failed too. Look before you resend: the
message may exist.
"""

from __future__ import annotations

__all__ = [
    "AttachmentReadError",
    "BadRequestError",
    "BulkDeleteError",
    "ClientHTTPResponseError",
    "ComponentStateConflictError",
    "DiscordRuleError",
    "ForbiddenError",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayServerClosedConnectionError",
    "GatewayTransportError",
    "HTTPError",
    "HTTPResponseError",
    "HikariError",
    "HikariInterrupt",
    "HikariLikeError",
    "HikariWarning",
    "InternalServerError",
    "ListenerError",
    "MissingIntentError",
    "MissingIntentWarning",
    "NotFoundError",
    "RateLimitStoreError",
    "RateLimitTooLongError",
    "RateLimitedError",
    "RequestRejectedError",
    "SearchNotIndexedError",
    "ShardCloseCode",
    "UnauthorizedError",
    "UnrecognisedEntityError",
]

import http
import signal
import time
import typing

from hikari_like.internal.enums import TolerantIntEnum

if typing.TYPE_CHECKING:
    from hikari_like import intents as intents_
    from hikari_like import snowflakes


class HikariLikeError(Exception):
    """The root of every error this library raises on purpose."""


HikariError = HikariLikeError
"""hikari's name for the root, so `except hikari.HikariError` ports unchanged."""


class HikariInterrupt(KeyboardInterrupt, HikariLikeError):
    """Raised by `RESTBot.run(propagate_interrupts=True)` once the bot stopped because of a signal.

    A `KeyboardInterrupt`, so code that already handles Ctrl+C handles it too.
    """

    def __init__(self, signum: int, signame: str | None = None) -> None:
        self.signum = signum
        """The signal's number."""
        self.signame = signame or signal.strsignal(signum) or f"signal {signum}"
        """The signal's description (its own when not given)."""
        super().__init__(signum, self.signame)

    def __str__(self) -> str:
        return f"interrupted by {self.signame} ({self.signum})"


class ComponentStateConflictError(HikariLikeError):
    """A component was used in a state that does not allow it (started twice, used after close).

    `reason` says what was wrong, as in hikari.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DiscordRuleError(HikariLikeError, ValueError):
    """What you asked for breaks one of Discord's rules, so it was refused before anything was sent.

    Discord would answer it with an opaque `400 Invalid Form Body`; this names the rule instead.
    `rule` is a short stable name for it (`"components_v2.content"`, `"attachment_size"`, ...) to
    branch on; the message says what was wrong and how to fix it. A `ValueError`, as hikari's
    builders raise for bad arguments.

    ```python
    try:
        await interaction.create_initial_response(4, "hi", components=[container])
    except DiscordRuleError as error:
        print(error.rule)  # components_v2.content
    ```
    """

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{message} (Discord's rule: {rule})")
        self.rule = rule
        """A short stable name of the rule that was broken."""


class ListenerError(HikariLikeError):
    """A listener broke the listener contract, for example an async generator that yielded twice."""


class RequestRejectedError(HikariLikeError):
    """The interaction server refused an HTTP request before any user code saw it.

    `status_code` is the HTTP status sent back; `reason` is a short, safe explanation (it is
    logged at DEBUG and never contains the request body).
    """

    def __init__(self, *, status_code: int, reason: str) -> None:
        super().__init__(f"{status_code}: {reason}")
        self.status_code = status_code
        self.reason = reason


class AttachmentReadError(HikariLikeError):
    """A file to upload could not be read (a missing path, a URL that failed to download).

    Raised at once: retrying would read the same broken file again. `filename` names it and the
    original exception is the `__cause__`.
    """

    def __init__(self, filename: str, reason: BaseException) -> None:
        super().__init__(f"could not read the attachment {filename!r}: {reason}")
        self.filename = filename


class BulkDeleteError(HikariLikeError):
    """`delete_messages` failed part of the way through: the messages in `deleted_messages` are
    gone, the rest were not deleted. The error that stopped it is the `__cause__`.

    ```python
    try:
        await rest.delete_messages(channel, old_ids)
    except errors.BulkDeleteError as error:
        remaining = set(old_ids) - {int(m) for m in error.deleted_messages}
    ```
    """

    def __init__(self, deleted_messages: typing.Sequence[snowflakes.SnowflakeishOr]) -> None:
        super().__init__(deleted_messages)
        self.deleted_messages = deleted_messages
        """The messages (as they were given) deleted before the failure, in the order given."""

    def __str__(self) -> str:
        return f"bulk delete stopped after deleting {len(self.deleted_messages)} messages"


class SearchNotIndexedError(HikariLikeError):
    """Discord has not indexed the guild's messages for search yet (its 202 answer, code 110000).

    `retry_after` is the wait Discord suggests in seconds (0: "a short delay"); `documents_indexed`
    how many messages it has indexed so far.
    """

    def __init__(self, documents_indexed: int, retry_after: float) -> None:
        super().__init__(documents_indexed, retry_after)
        self.documents_indexed = documents_indexed
        self.retry_after = retry_after

    def __str__(self) -> str:
        return (
            f"the guild's search index is not ready ({self.documents_indexed} messages indexed); "
            f"retry after {self.retry_after}s"
        )


class UnrecognisedEntityError(HikariLikeError):
    """An entity of a kind this release cannot represent; `reason` says which.

    hikari raises it for unknown channel or webhook types. hikari_like's models keep unknown
    kinds instead (an `UNKNOWN_<n>` enum value), so it exists for code that catches it.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        """What was not recognised."""

    def __str__(self) -> str:
        return self.reason


class MissingIntentError(HikariLikeError, ValueError):
    """What was asked for needs intents the bot did not identify with; `intents` are the missing ones.

    ```python
    try:
        await bot.request_guild_members(guild)  # every member: needs GUILD_MEMBERS
    except errors.MissingIntentError as error:
        print(error.intents)  # Intents.GUILD_MEMBERS
    ```
    """

    def __init__(self, intents: intents_.Intents) -> None:
        super().__init__(intents)
        self.intents = intents
        """The missing intents, together."""

    def __str__(self) -> str:
        names = ", ".join(str(flag.name) for flag in self.intents.split())
        return f"missing the intent(s) {names}: enable them in the bot's `intents`"


class HikariWarning(RuntimeWarning):
    """The root of the warnings hikari_like gives (hikari's name, so filters written for it work)."""


class MissingIntentWarning(HikariWarning):
    """A listener was added for events that the bot's intents will never deliver."""


class ShardCloseCode(TolerantIntEnum):
    """Websocket close codes the gateway sends (1xxx standard, 4xxx Discord's own).

    >>> ShardCloseCode(4004).is_standard
    False
    """

    NORMAL_CLOSURE = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    TYPE_ERROR = 1003
    ABNORMAL_CLOSURE = 1006
    ENCODING_ERROR = 1007
    POLICY_VIOLATION = 1008
    TOO_BIG = 1009
    UNEXPECTED_CONDITION = 1011
    UNKNOWN_ERROR = 4000
    UNKNOWN_OPCODE = 4001
    DECODE_ERROR = 4002
    NOT_AUTHENTICATED = 4003
    AUTHENTICATION_FAILED = 4004
    ALREADY_AUTHENTICATED = 4005
    INVALID_SEQ = 4007
    RATE_LIMITED = 4008
    SESSION_TIMEOUT = 4009
    INVALID_SHARD = 4010
    SHARDING_REQUIRED = 4011
    INVALID_VERSION = 4012
    INVALID_INTENT = 4013
    DISALLOWED_INTENT = 4014

    @property
    def is_standard(self) -> bool:
        """Whether the code is one of the websocket standard's (1xxx) rather than Discord's (4xxx)."""
        return self.value // 1000 == 1


class HTTPError(HikariLikeError):
    """A REST call failed: a connection error after every retry, or an error response.

    ```python
    try:
        await rest.execute_webhook(application_id, token, "done")
    except errors.HTTPError as error:
        if error.may_have_been_applied:
            ...  # the followup may exist: look before sending it again
    ```
    """

    def __init__(
        self, message: str, *, route: str | None = None, may_have_been_applied: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.route = route
        """The route as a template such as `POST /channels/{channel}/messages`, never with a token."""
        self.may_have_been_applied = may_have_been_applied
        """Whether Discord may have applied the request: an attempt that changes state failed after
        it was sent (a reset, a timeout, a 5xx) and no later attempt confirmed the outcome."""

    def __str__(self) -> str:
        return self.message + self._applied_note()

    def _applied_note(self) -> str:
        return " [Discord may have applied this request]" if self.may_have_been_applied else ""


class HTTPResponseError(HTTPError):
    """Discord answered with an error status.

    `status` is the HTTP status, `code` Discord's JSON error code (0 when the body had none) and
    `message` Discord's JSON message (or the reason phrase). `url` is the request's URL, as in
    hikari, except that a webhook or interaction token in it reads `{token}` (so logging the
    error never leaks one). The constructor is hikari's: `(url, status, headers, raw_body,
    message="", code=0)`, with `route` and `may_have_been_applied` as keywords.
    """

    def __init__(  # noqa: PLR0917 - hikari's signature
        self,
        url: str,
        status: int,
        headers: typing.Mapping[str, str],
        raw_body: typing.Any,
        message: str = "",
        code: int = 0,
        *,
        route: str | None = None,
        may_have_been_applied: bool = False,
    ) -> None:
        super().__init__(message, route=route, may_have_been_applied=may_have_been_applied)
        self.url = url
        self.status = status
        self.code = code
        self.headers: typing.Mapping[str, str] = dict(headers)
        self.raw_body = raw_body

    def __str__(self) -> str:
        where = f" on {self.route}" if self.route else ""
        code = f" (Discord code {self.code})" if self.code else ""
        message = self.message or _reason_phrase(self.status)
        return f"{self.status}{where}: {message}{code}{self._applied_note()}"


def _reason_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


class ClientHTTPResponseError(HTTPResponseError):
    """A 4xx answer: the request was wrong and retrying it unchanged will not help."""


class _ErrorContext(typing.TypedDict, total=False):
    """The keywords every HTTP error takes besides hikari's arguments."""

    route: str | None
    may_have_been_applied: bool


class _StatusError(ClientHTTPResponseError):
    """A 4xx error whose class is its status: hikari's `(url, headers, raw_body, message, code)`."""

    STATUS: typing.ClassVar[int]

    def __init__(
        self,
        url: str,
        headers: typing.Mapping[str, str],
        raw_body: typing.Any,
        message: str = "",
        code: int = 0,
        **context: typing.Unpack[_ErrorContext],
    ) -> None:
        super().__init__(url, self.STATUS, headers, raw_body, message, code, **context)


class BadRequestError(_StatusError):
    """400: Discord rejected the request body. `errors` holds Discord's per-field details."""

    STATUS = 400

    def __init__(
        self,
        url: str,
        headers: typing.Mapping[str, str],
        raw_body: typing.Any,
        message: str = "",
        code: int = 0,
        *,
        errors: typing.Mapping[str, typing.Any] | None = None,
        **context: typing.Unpack[_ErrorContext],
    ) -> None:
        super().__init__(url, headers, raw_body, message, code, **context)
        self.errors: typing.Mapping[str, typing.Any] = dict(errors or {})

    def __str__(self) -> str:
        details = f"\n{self.errors}" if self.errors else ""
        return super().__str__() + details


class UnauthorizedError(_StatusError):
    """401: the token is missing, wrong or expired."""

    STATUS = 401


class ForbiddenError(_StatusError):
    """403: the token is valid but lacks access (missing permission, not in the guild...)."""

    STATUS = 403


class NotFoundError(_StatusError):
    """404: the resource does not exist, or the interaction token expired."""

    STATUS = 404


class RateLimitedError(_StatusError):
    """429 that could not be waited out: a Cloudflare ban, or the 429 retries were used up.

    `retry_after` is in seconds (0 when Discord did not say). hikari has no such class: it waits
    every 429 out.
    """

    STATUS = 429

    def __init__(
        self,
        url: str,
        headers: typing.Mapping[str, str],
        raw_body: typing.Any,
        message: str = "",
        code: int = 0,
        *,
        retry_after: float = 0.0,
        **context: typing.Unpack[_ErrorContext],
    ) -> None:
        super().__init__(url, headers, raw_body, message, code, **context)
        self.retry_after = retry_after


def http_error_for(
    url: str,
    status: int,
    headers: typing.Mapping[str, str],
    raw_body: typing.Any,
    *,
    message: str = "",
    code: int = 0,
    route: str | None = None,
    may_have_been_applied: bool = False,
    errors: typing.Mapping[str, typing.Any] | None = None,
    retry_after: float = 0.0,
) -> HTTPResponseError:
    """The error hikari raises for `status`, made with these fields (`errors` goes to a 400,
    `retry_after` to a 429)."""
    context: _ErrorContext = {"route": route, "may_have_been_applied": may_have_been_applied}
    if status == BadRequestError.STATUS:
        return BadRequestError(url, headers, raw_body, message, code, errors=errors, **context)
    if status == RateLimitedError.STATUS:
        return RateLimitedError(url, headers, raw_body, message, code, retry_after=retry_after, **context)
    for specific in (UnauthorizedError, ForbiddenError, NotFoundError):
        if status == specific.STATUS:
            return specific(url, headers, raw_body, message, code, **context)
    if 400 <= status < 500:
        return ClientHTTPResponseError(url, status, headers, raw_body, message, code, **context)
    if status >= 500:
        return InternalServerError(url, status, headers, raw_body, message, code, **context)
    return HTTPResponseError(url, status, headers, raw_body, message, code, **context)


class InternalServerError(HTTPResponseError):
    """A 5xx answer: still failing after `max_retries` retries, or not retried because sending the
    request again could apply it twice (then `may_have_been_applied` is true)."""


class RateLimitTooLongError(HTTPError):
    """A rate limit asked for a wait longer than `max_rate_limit`; raised at once, without waiting.

    `retry_after` is the wait Discord asked for and `max_retry_after` the configured ceiling,
    both in seconds; `is_global` says whether it was the global limit. As in hikari, `reset_at`
    is the Unix time the limit lifts (now + `retry_after` unless given), `limit` and `period` the
    window's size when known (else `None`), and `remaining` is always 0.
    """

    def __init__(
        self,
        *,
        route: str,
        retry_after: float,
        max_retry_after: float,
        is_global: bool = False,
        reset_at: float | None = None,
        limit: int | None = None,
        period: float | None = None,
    ) -> None:
        scope = "global rate limit" if is_global else "rate limit"
        super().__init__(
            f"the {scope} on {route} asks for a {retry_after:.2f}s wait, "
            f"over max_rate_limit={max_retry_after:.2f}s",
            route=route,
        )
        self.retry_after = retry_after
        self.max_retry_after = max_retry_after
        self.is_global = is_global
        self.reset_at = time.time() + retry_after if reset_at is None else reset_at
        self.limit = limit
        self.period = period

    @property
    def remaining(self) -> typing.Literal[0]:
        """Requests left in the window: none, or the wait would not have been asked for."""
        return 0


class GatewayError(HikariLikeError):
    """A gateway shard failed; `reason` says why in words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class GatewayConnectionError(GatewayError):
    """The websocket could not be opened, or the connection broke (network failure)."""


class GatewayTransportError(GatewayError):
    """A frame from the gateway could not be decoded."""


class GatewayServerClosedConnectionError(GatewayError):
    """The gateway closed the websocket with a close code.

    `can_reconnect` is `False` for the codes that no retry can fix (bad token, bad shard,
    sharding required, bad API version, invalid or disallowed intents).
    """

    def __init__(self, reason: str, code: int | None = None, can_reconnect: bool = False) -> None:
        super().__init__(reason)
        self.code = code
        self.can_reconnect = can_reconnect

    def __str__(self) -> str:
        return f"server closed the connection with code {self.code} ({self.reason})"


class RateLimitStoreError(HTTPError):
    """The shared rate-limit store could not be used, and its policy says not to guess.

    Raised instead of sending when `on_store_error="raise"` and the store (Redis) is unreachable
    or failing: sending without the shared state could exceed Discord's limits together with the
    other processes. `store` names the store (never a password), `reason` what went wrong.
    """

    def __init__(self, message: str, *, store: str, reason: str, route: str | None = None) -> None:
        super().__init__(message, route=route)
        self.store = store
        """The store, as its `repr` (a Redis URL without its password)."""
        self.reason = reason
        """What failed (the driver's error, shortened)."""
