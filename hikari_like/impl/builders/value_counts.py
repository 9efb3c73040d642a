"""`set_min_values` / `set_max_values` (and `set_is_required`) for builders that count chosen values.

Select menus, file uploads and checkbox groups share Discord's rules on `min_values`,
`max_values` and `required`; each builder mixes one of these in and keeps the rule in one place.
"""

from __future__ import annotations

__all__ = ["RequiredCountSetters", "ValueCountSetters"]

import typing

from hikari_like import components
from hikari_like import errors


class _HasValueCounts(typing.Protocol):
    min_values: int
    max_values: int

    def __attrs_post_init__(self) -> None: ...


class _HasRequiredCounts(_HasValueCounts, typing.Protocol):
    is_required: bool

    @property
    def type(self) -> components.ComponentType | int: ...


_CountedT = typing.TypeVar("_CountedT", bound=_HasValueCounts)
_RequiredT = typing.TypeVar("_RequiredT", bound=_HasRequiredCounts)


class ValueCountSetters:
    """`set_min_values` / `set_max_values` for builders whose `__attrs_post_init__` checks the pair."""

    __slots__ = ()

    def __attrs_post_init__(self: _HasValueCounts) -> None:
        if self.min_values > self.max_values:
            msg = f"min_values ({self.min_values}) cannot exceed max_values ({self.max_values})"
            raise errors.DiscordRuleError("component.min_values", msg)

    def set_min_values(self: _CountedT, value: int, /) -> _CountedT:
        """Set `min_values`: the fewest values the user must choose (Discord allows 0 to 25).

        Raises `DiscordRuleError` if it would exceed `max_values`. Returns the builder, for chaining.
        """
        self.min_values = value
        self.__attrs_post_init__()
        return self

    def set_max_values(self: _CountedT, value: int, /) -> _CountedT:
        """Set `max_values`: the most values the user may choose (Discord allows 1 to 25).

        Raises `DiscordRuleError` if it would fall below `min_values`. Returns the builder, for chaining.
        """
        self.max_values = value
        self.__attrs_post_init__()
        return self


class RequiredCountSetters(ValueCountSetters):
    """Adds `set_is_required`, and Discord's rule that a required field needs `min_values >= 1`."""

    __slots__ = ()

    def __attrs_post_init__(self: _HasRequiredCounts) -> None:
        ValueCountSetters.__attrs_post_init__(self)
        if self.is_required and self.min_values == 0:
            kind = components.ComponentType(self.type).name.lower()
            what = kind.replace("_", " ")
            msg = f"a required {what} needs min_values of at least 1 (or set is_required=False)"
            raise errors.DiscordRuleError(f"{kind}.required", msg)

    def set_is_required(self: _RequiredT, state: bool, /) -> _RequiredT:
        """Whether the user must answer before submitting (Discord's default is `True`)."""
        self.is_required = state
        self.__attrs_post_init__()
        return self
