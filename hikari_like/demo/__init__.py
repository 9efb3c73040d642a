"""The offline demo: `python -m hikari_like demo` runs a real bot against real signed requests."""

from __future__ import annotations

__all__ = ["run_demo", "serve"]

from hikari_like.demo.session import run_demo
from hikari_like.demo.session import serve
