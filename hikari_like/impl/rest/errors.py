"""Turning an error response from Discord into the typed exception from `hikari_like.errors`."""

from __future__ import annotations

__all__ = ["error_from_response", "is_json", "parse_json_body", "retry_after_of"]

import typing

from hikari_like import errors
from hikari_like.internal import json

_JSON_TYPES: typing.Final = ("application/json", "application/problem+json")


def is_json(headers: typing.Mapping[str, str]) -> bool:
    """Whether the response says its body is JSON."""
    content_type = headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return content_type in _JSON_TYPES


def parse_json_body(headers: typing.Mapping[str, str], body: bytes) -> typing.Any:
    """The decoded JSON body, or `None` when it is empty or not JSON."""
    if not body or not is_json(headers):
        return None
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return None


def error_from_response(
    *,
    status: int,
    reason: str,
    route: str,
    headers: typing.Mapping[str, str],
    body: bytes,
    may_have_been_applied: bool = False,
    note: str = "",
    url: str = "",
) -> errors.HTTPResponseError:
    """The exception for a final error response (after any retries).

    `note` is added to the message in parentheses (`"after 3 retries"`); `may_have_been_applied`
    says an earlier attempt, or this one, may have been applied (see `errors.HTTPError`); `url` is
    the request's URL with any token hidden (`CompiledRoute.create_safe_url`).
    """
    payload = parse_json_body(headers, body)
    details = payload if isinstance(payload, dict) else {}
    message = str(details.get("message") or reason or f"HTTP {status}")
    if note:
        message = f"{message} ({note})"
    code = details.get("code", 0)
    field_errors = details.get("errors")
    return errors.http_error_for(
        url,
        status,
        dict(headers),
        body,
        message=message,
        code=code if isinstance(code, int) else 0,
        route=route,
        may_have_been_applied=may_have_been_applied,
        errors=field_errors if isinstance(field_errors, dict) else None,
        retry_after=retry_after_of(headers, details) if status == 429 else 0.0,
    )


def retry_after_of(headers: typing.Mapping[str, str], details: typing.Mapping[str, typing.Any]) -> float:
    """Seconds to wait, from the JSON `retry_after` or the `Retry-After` header (0 if neither)."""
    for value in (details.get("retry_after"), headers.get("Retry-After")):
        if value is None:
            continue
        try:
            return max(0.0, float(value))
        except (TypeError, ValueError):
            continue
    return 0.0
