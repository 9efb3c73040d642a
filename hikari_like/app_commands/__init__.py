"""hikari_like's command layer: commands, components and modals routed by declaration."""

from __future__ import annotations

__all__: list[str] = []
