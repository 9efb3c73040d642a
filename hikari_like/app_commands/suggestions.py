"""Turning what an autocomplete handler returns into Discord's answer (at most 25 choices)."""

from __future__ import annotations

__all__ = ["autocomplete_builder"]

import logging
import typing

from hikari_like.app_commands.options import Choice
from hikari_like.impl.builders import responses

_LOGGER: typing.Final = logging.getLogger("hikari_like.app_commands")
_MAX_CHOICES: typing.Final = 25
_MAX_NAME: typing.Final = 100


def autocomplete_builder(answer: object) -> responses.InteractionAutocompleteBuilder:
    """The response for `answer`: values, `Choice`s, a mapping of name to value, or a builder.

    Only the first 25 suggestions are sent (Discord refuses more); names are cut to 100
    characters. Anything else is a `TypeError` naming what was returned.
    """
    if isinstance(answer, responses.InteractionAutocompleteBuilder):
        return answer
    pairs = _pairs(answer)
    if len(pairs) > _MAX_CHOICES:
        _LOGGER.debug("autocomplete returned %d suggestions; the first 25 are sent", len(pairs))
    choices = [
        responses.AutocompleteChoiceBuilder(name=name[:_MAX_NAME], value=value)
        for name, value in pairs[:_MAX_CHOICES]
    ]
    return responses.InteractionAutocompleteBuilder(choices)


def _pairs(answer: object) -> list[tuple[str, str | int | float]]:
    if isinstance(answer, typing.Mapping):
        return [(str(name), _checked(value)) for name, value in answer.items()]
    if isinstance(answer, (str, bytes)) or not isinstance(answer, typing.Iterable):
        raise TypeError(f"an autocomplete handler returned {type(answer).__name__}; return a list of choices")
    pairs: list[tuple[str, str | int | float]] = []
    for item in answer:
        if isinstance(item, Choice):
            pairs.append((item.name, _checked(item.value)))
        else:
            pairs.append((str(item), _checked(item)))
    return pairs


def _checked(value: object) -> str | int | float:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise TypeError(f"an autocomplete choice's value must be a str, int or float, got {value!r}")
    return value
