"""What several test files share that is not a fixture: the emulated Discord's bot token, the
smallest app a model can hold, and the stored real-shaped payloads."""

from __future__ import annotations

__all__ = ["APP", "AUTH", "PAYLOADS", "TOKEN", "App", "load_payload"]

import pathlib
import typing

from hikari_like.impl.rest import client as rest
from hikari_like.internal import json

TOKEN: typing.Final = "test-bot-token"
"""The bot token the `discord` fixture's emulated Discord accepts."""

AUTH: typing.Final = {"Authorization": f"Bot {TOKEN}"}
"""The headers of a raw request the `discord` fixture's emulated Discord accepts."""


class App:
    """The smallest `RESTAware`: models only keep a reference to it."""

    @property
    def rest(self) -> rest.RESTClientImpl:
        raise NotImplementedError


APP: typing.Final = App()

PAYLOADS: typing.Final = pathlib.Path(__file__).parent / "payloads"
"""Real-shaped interaction payloads written from Discord's documentation."""


def load_payload(name: str) -> dict[str, typing.Any]:
    """The stored payload `tests/payloads/<name>.json`."""
    payload: dict[str, typing.Any] = json.loads((PAYLOADS / f"{name}.json").read_bytes())
    return payload
