"""Checks the builders run when a value is set, so a mistake fails where it is made.

Discord answers a bad payload with a 400 long after the line that caused it; an
`errors.DiscordRuleError` (a `ValueError`) at the setter points at that line instead, its `rule`
naming the field and the limit (`"custom_id.length"`, `"min_values.range"`, `"embeds.count"`).
Each check is an attrs validator, so it runs in the constructor and on every later assignment.
"""

from __future__ import annotations

__all__ = ["check_count", "in_range", "text_length"]

import typing

import attrs

from hikari_like import errors
from hikari_like import undefined


def text_length(
    minimum: int, maximum: int
) -> typing.Callable[[typing.Any, attrs.Attribute[typing.Any], typing.Any], None]:
    """A validator: a string (if given) has `minimum` to `maximum` characters."""

    def check(_: typing.Any, attribute: attrs.Attribute[typing.Any], value: typing.Any) -> None:
        if value is undefined.UNDEFINED or value is None:
            return
        if not minimum <= len(value) <= maximum:
            name = attribute.alias or attribute.name
            msg = f"{name} must be {minimum} to {maximum} characters long, got {len(value)}"
            raise errors.DiscordRuleError(f"{name}.length", msg)

    return check


def in_range(
    minimum: int, maximum: int
) -> typing.Callable[[typing.Any, attrs.Attribute[typing.Any], typing.Any], None]:
    """A validator: a number (if given) is between `minimum` and `maximum`, inclusive."""

    def check(_: typing.Any, attribute: attrs.Attribute[typing.Any], value: typing.Any) -> None:
        if value is undefined.UNDEFINED or value is None:
            return
        if not minimum <= value <= maximum:
            name = attribute.alias or attribute.name
            msg = f"{name} must be {minimum} to {maximum}, got {value}"
            raise errors.DiscordRuleError(f"{name}.range", msg)

    return check


def check_count(what: str, current: int, maximum: int) -> None:
    """Refuse to add one more of `what` when `current` already reached `maximum`."""
    if current >= maximum:
        msg = f"at most {maximum} {what} allowed"
        raise errors.DiscordRuleError(f"{what.replace(' ', '_')}.count", msg)
