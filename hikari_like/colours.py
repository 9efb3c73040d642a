"""hikari's British spelling of `hikari_like.colors`: the same classes under their `Colour` names.

>>> from hikari_like.colours import Colour
>>> Colour.of("#5865F2").rgb
(88, 101, 242)
"""

from __future__ import annotations

__all__ = ["Colour", "ColourGradient", "Colourish"]

from hikari_like.colors import Colour
from hikari_like.colors import ColourGradient
from hikari_like.colors import Colourish
