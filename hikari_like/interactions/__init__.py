"""Interaction models: what Discord sends when a user runs a command, presses a button, ..."""

from __future__ import annotations
