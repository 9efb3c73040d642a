"""Private helpers shared across the package. Not part of the public API."""

from __future__ import annotations
