"""Credentials the emulator accepts: its bot token, and Bearer tokens issued by `/oauth2/token`."""

from __future__ import annotations

__all__ = ["Credentials", "redact_headers"]

import base64
import binascii
import hashlib
import secrets
import time
import typing

import attrs

_REDACTED = "[REDACTED]"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization"})


def redact_headers(headers: typing.Mapping[str, str]) -> dict[str, str]:
    """A copy of `headers` whose credentials keep their scheme (`Bot`, `Bearer`) and lose the secret."""
    redacted = {}
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADERS:
            scheme, _, secret = value.partition(" ")
            redacted[name] = f"{scheme} {_REDACTED}" if secret else _REDACTED
        else:
            redacted[name] = value
    return redacted


def _identity(scheme: str, token: str) -> str:
    # Statistics are keyed by identity; a digest keeps the secret out of them.
    return f"{scheme.lower()}:{hashlib.blake2b(token.encode(), digest_size=6).hexdigest()}"


@attrs.define(slots=True, kw_only=True)
class Credentials:
    """The bot token, the OAuth2 client secret and the Bearer tokens handed out so far."""

    bot_token: str
    client_id: str
    client_secret: str
    bearer_lifetime: float = 604_800.0
    bearer_tokens: dict[str, float] = attrs.field(factory=dict)
    """Bearer token -> `time.monotonic()` at which it expires."""

    def identify(self, authorization: str | None) -> str | None:
        """The caller's identity for a valid `Authorization` header, `None` when it is not valid."""
        if not authorization:
            return None
        scheme, _, token = authorization.partition(" ")
        if scheme == "Bot" and secrets.compare_digest(token, self.bot_token):
            return _identity(scheme, token)
        expires = self.bearer_tokens.get(token) if scheme == "Bearer" else None
        if expires is not None and expires > time.monotonic():
            return _identity(scheme, token)
        return None

    def identity_of_bot(self) -> str:
        """The identity under which requests with the bot token are counted."""
        return _identity("Bot", self.bot_token)

    def client_matches(self, authorization: str | None, form: typing.Mapping[str, str]) -> bool:
        """Whether an `/oauth2/token` request carries this application's client id and secret."""
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if authorization and authorization.startswith("Basic "):
            try:
                decoded = base64.b64decode(authorization[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                return False
            client_id, _, secret = decoded.partition(":")
        return client_id == self.client_id and secrets.compare_digest(secret, self.client_secret)

    def issue_bearer(self) -> str:
        """A new Bearer token, valid for `bearer_lifetime` seconds (what `/oauth2/token` hands out)."""
        token = secrets.token_urlsafe(24)
        self.bearer_tokens[token] = time.monotonic() + self.bearer_lifetime
        return token

    def revoke_bearer_tokens(self) -> None:
        """Invalidate every Bearer token (a test of re-acquiring a token after a 401 uses this)."""
        self.bearer_tokens.clear()
