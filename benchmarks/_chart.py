"""A horizontal bar chart as a standalone SVG, so the docs need no plotting library."""

from __future__ import annotations

__all__ = ["write_bar_chart"]

import html
import typing

_WIDTH: typing.Final = 720
_LABEL_WIDTH: typing.Final = 190
_BAR_HEIGHT: typing.Final = 26
_GAP: typing.Final = 10
_TOP: typing.Final = 40
_OURS: typing.Final = "#5865f2"  # Discord blurple for hikari_like, grey for the others
_THEIRS: typing.Final = "#99aab5"


def _bar(index: int, label: str, value: float, longest: float) -> str:
    y = _TOP + index * (_BAR_HEIGHT + _GAP)
    span = (_WIDTH - _LABEL_WIDTH - 80) * (value / longest if longest else 0.0)
    colour = _OURS if label.startswith("hikari_like") else _THEIRS
    text_y = y + _BAR_HEIGHT * 0.7
    return (
        f'<text x="{_LABEL_WIDTH - 8}" y="{text_y:.0f}" text-anchor="end">{html.escape(label)}</text>'
        f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{span:.1f}" height="{_BAR_HEIGHT}" fill="{colour}"/>'
        f'<text x="{_LABEL_WIDTH + span + 6:.1f}" y="{text_y:.0f}">{value:,.0f}</text>'
    )


def write_bar_chart(path: str, *, title: str, bars: typing.Sequence[tuple[str, float]]) -> None:
    """Write `bars` (label, value) as an SVG bar chart to `path`."""
    longest = max((value for _, value in bars), default=0.0)
    height = _TOP + len(bars) * (_BAR_HEIGHT + _GAP) + _GAP
    body = "".join(_bar(index, label, value, longest) for index, (label, value) in enumerate(bars))
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'font-family="sans-serif" font-size="13">'
        f'<rect width="100%" height="100%" fill="white"/>'
        f'<text x="{_WIDTH / 2:.0f}" y="24" text-anchor="middle" font-size="15">{html.escape(title)}</text>'
        f"{body}</svg>\n"
    )
    with open(path, "w", encoding="utf-8") as file:
        file.write(svg)
