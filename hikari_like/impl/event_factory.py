"""hikari's `hikari.impl.event_factory` path: gateway payloads made into events.

The code lives in `hikari_like.impl.gateway.event_factory`;
this module keeps hikari's import path (`hikari.impl.event_factory`) working.
"""

from __future__ import annotations

__all__ = [
    "EventFactoryImpl",
]

from hikari_like.impl.gateway.event_factory import EventFactoryImpl
