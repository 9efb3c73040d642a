"""hikari's `hikari.impl.event_manager` path: event listeners, `subscribe` and `wait_for`.

The code lives in `hikari_like.impl.gateway.event_manager`;
this module keeps hikari's import path (`hikari.impl.event_manager`) working.
"""

from __future__ import annotations

__all__ = [
    "CallbackT",
    "EventManagerImpl",
    "PredicateT",
]

from hikari_like.impl.gateway.event_manager import CallbackT
from hikari_like.impl.gateway.event_manager import EventManagerImpl
from hikari_like.impl.gateway.event_manager import PredicateT
