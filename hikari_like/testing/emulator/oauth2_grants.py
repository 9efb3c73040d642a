"""OAuth2 grants the emulated Discord has made: authorization codes, and the scopes, user and
refresh token behind each Bearer token it issued (#23).

A test plays the user's browser with `EmulatedDiscord.authorize_user(...)`, which returns the
code Discord would put on the redirect URL; `/oauth2/token` exchanges it (`routes_oauth2`).
The Bearer tokens themselves are `Credentials`' (so every route accepts them); this records what
they stand for.
"""

from __future__ import annotations

__all__ = ["Grant", "OAuth2Grants", "pkce_challenge"]

import base64
import hashlib
import secrets
import time
import typing

import attrs

_CODE_LIFETIME: typing.Final = 600.0


def pkce_challenge(verifier: str) -> str:
    """The S256 `code_challenge` of a PKCE `code_verifier` (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@attrs.define(slots=True, kw_only=True)
class Grant:
    """One authorization: who (`None`: the application's owner, client credentials), what, where."""

    user_id: str | None
    scopes: tuple[str, ...]
    redirect_uri: str | None = None
    code_challenge: str | None = None
    guild_id: str | None = None
    """The guild the bot joined (the `bot` scope)."""
    refresh_token: str | None = None
    access_token: str | None = None
    expires_at: float = 0.0
    """`time.time()` at which the access token expires (`/oauth2/@me`'s `expires`)."""


@attrs.define(slots=True)
class OAuth2Grants:
    """Pending codes, and the grant behind each access and refresh token."""

    codes: dict[str, tuple[float, Grant]] = attrs.field(factory=dict)
    by_access: dict[str, Grant] = attrs.field(factory=dict)
    by_refresh: dict[str, Grant] = attrs.field(factory=dict)

    def issue_code(self, grant: Grant) -> str:
        """A one-use code for `grant`, valid for ten minutes."""
        code = secrets.token_urlsafe(18)
        self.codes[code] = (time.monotonic() + _CODE_LIFETIME, grant)
        return code

    def redeem_code(self, code: str) -> Grant | None:
        """The grant of a live code, which is used up; `None` for an unknown or expired one."""
        expires, grant = self.codes.pop(code, (0.0, None))
        return grant if grant is not None and expires > time.monotonic() else None

    def record(self, grant: Grant, access_token: str, lifetime: float, *, refreshable: bool) -> Grant:
        """Remember `grant` as the meaning of `access_token` (and of a new refresh token)."""
        grant.access_token = access_token
        grant.expires_at = time.time() + lifetime
        self.by_access[access_token] = grant
        if refreshable:
            grant.refresh_token = secrets.token_urlsafe(24)
            self.by_refresh[grant.refresh_token] = grant
        return grant

    def forget(self, grant: Grant) -> str | None:
        """Drop `grant`'s tokens; returns its access token for the caller to invalidate."""
        self.by_refresh.pop(grant.refresh_token or "", None)
        if grant.access_token is not None:
            self.by_access.pop(grant.access_token, None)
        return grant.access_token
