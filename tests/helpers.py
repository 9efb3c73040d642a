"""What several test files share that is not a fixture: the emulated Discord's bot token."""

from __future__ import annotations

__all__ = ["AUTH", "TOKEN"]

import typing

TOKEN: typing.Final = "test-bot-token"
"""The bot token the `discord` fixture's emulated Discord accepts."""

AUTH: typing.Final = {"Authorization": f"Bot {TOKEN}"}
"""The headers of a raw request the `discord` fixture's emulated Discord accepts."""
