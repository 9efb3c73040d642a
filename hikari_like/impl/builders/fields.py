"""Putting a builder's optional fields into its payload."""

from __future__ import annotations

__all__ = ["put_defined"]

import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


def put_defined(payload: JSONObject, key: str, value: object) -> None:
    """Set `payload[key]` unless `value` is `UNDEFINED` (left out, so Discord uses its default)."""
    if value is not undefined.UNDEFINED:
        payload[key] = value
