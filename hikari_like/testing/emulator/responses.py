"""Discord's JSON answers and error bodies, as `aiohttp.web.Response` objects."""

from __future__ import annotations

__all__ = [
    "DiscordError",
    "empty_response",
    "field_error",
    "json_response",
]

import typing

from aiohttp import web

from hikari_like.internal import json


def json_response(payload: typing.Any, *, status: int = 200) -> web.Response:
    """A JSON body with Discord's content type."""
    return web.Response(status=status, body=json.dumps(payload), content_type="application/json")


def empty_response() -> web.Response:
    """`204 No Content`, Discord's answer to deletes and plain interaction callbacks."""
    return web.Response(status=204)


class DiscordError(Exception):
    """Raised by a handler to answer with Discord's error JSON (`{"message", "code"[, "errors"]}`)."""

    def __init__(
        self, status: int, message: str, code: int, *, errors: json.JSONObject | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.message = message
        self.code = code
        self.errors = errors

    def to_response(self) -> web.Response:
        """The HTTP answer Discord would send."""
        body: json.JSONObject = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return json_response(body, status=self.status)

    @classmethod
    def unauthorized(cls) -> DiscordError:
        """Discord's 401 for a missing or wrong token."""
        return cls(401, "401: Unauthorized", 0)

    @classmethod
    def unknown(cls, what: str, code: int) -> DiscordError:
        """A 404 such as `Unknown Message` (10008)."""
        return cls(404, f"Unknown {what}", code)

    @classmethod
    def invalid_form(cls, errors: json.JSONObject) -> DiscordError:
        """A 400 `Invalid Form Body` (50035) with Discord's nested field errors."""
        return cls(400, "Invalid Form Body", 50035, errors=errors)


def field_error(path: str, code: str, message: str) -> json.JSONObject:
    """Discord's nested `errors` object for one field; `path` is dotted (`"data.content"`)."""
    tree: json.JSONObject = {"_errors": [{"code": code, "message": message}]}
    for part in reversed(path.split(".")):
        tree = {part: tree}
    return tree
