"""The offline demo: `python -m hikari_like demo` runs a real bot against real signed requests;
`demo --serve` keeps it running and `python -m hikari_like send` talks to it."""

from __future__ import annotations

__all__ = ["run_demo", "serve"]

from hikari_like.demo.serving import serve
from hikari_like.demo.session import run_demo
