"""Gateway dispatch parsers, one module a family of events, mixed into `EventFactoryImpl`."""

from __future__ import annotations

__all__: list[str] = []
