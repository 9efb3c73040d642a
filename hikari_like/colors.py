"""Colours as Discord stores them: a 24-bit RGB integer.

>>> Color.from_hex_code("#ff8800").rgb
(255, 136, 0)
>>> Color.of((255, 136, 0)).hex_code
'#FF8800'
"""

from __future__ import annotations

__all__ = ["Color", "ColorGradient", "Colorish", "Colour", "ColourGradient", "Colourish", "optional_color"]

import re
import string
import typing

import attrs

from hikari_like.internal import partial_json as read

_MAX_RGB: typing.Final = 0xFF_FF_FF
_HEX_DIGITS: typing.Final = frozenset(string.hexdigits)
_TUPLE_STRING: typing.Final = re.compile(r"^\s*\(?\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)?\s*$")


def _channel(value: int, name: str) -> int:
    if not 0 <= value <= 0xFF:
        msg = f"{name} must be in the range 0 to 255, got {value}"
        raise ValueError(msg)
    return value


def _unit_channel(value: float, name: str) -> int:
    if not 0.0 <= value <= 1.0:
        msg = f"{name} must be in the range 0.0 to 1.0, got {value}"
        raise ValueError(msg)
    return round(value * 0xFF)


class Color(int):
    """A 24-bit RGB colour; an `int`, so it can go straight into a payload.

    >>> Color(0x5865F2).rgb
    (88, 101, 242)
    """

    __slots__ = ()

    def __new__(cls, raw_rgb: typing.SupportsInt) -> Color:
        value = int(raw_rgb)
        if not 0 <= value <= _MAX_RGB:
            msg = f"a colour must be in the range 0x000000 to 0xFFFFFF, got {value:#x}"
            raise ValueError(msg)
        return super().__new__(cls, value)

    def __repr__(self) -> str:
        red, green, blue = self.rgb
        return f"Color(r={red:#02x}, g={green:#02x}, b={blue:#02x})"

    def __str__(self) -> str:
        return self.hex_code

    @property
    def rgb(self) -> tuple[int, int, int]:
        """The red, green and blue channels, each 0-255."""
        return (self >> 16) & 0xFF, (self >> 8) & 0xFF, self & 0xFF

    @property
    def rgb_float(self) -> tuple[float, float, float]:
        """The channels as floats from 0.0 to 1.0."""
        red, green, blue = self.rgb
        return red / 0xFF, green / 0xFF, blue / 0xFF

    @property
    def raw_hex_code(self) -> str:
        """Six upper-case hex digits, without a `#`."""
        return f"{int(self):06X}"

    @property
    def hex_code(self) -> str:
        """`#RRGGBB`, upper case."""
        return f"#{self.raw_hex_code}"

    @property
    def is_web_safe(self) -> bool:
        """Whether every channel is a multiple of 0x33 (the old 216-colour web palette)."""
        return all(channel % 0x33 == 0 for channel in self.rgb)

    @classmethod
    def from_rgb(cls, red: int, green: int, blue: int, /) -> Color:
        """Build a colour from three 0-255 channels."""
        return cls(_channel(red, "red") << 16 | _channel(green, "green") << 8 | _channel(blue, "blue"))

    @classmethod
    def from_rgb_float(cls, red: float, green: float, blue: float, /) -> Color:
        """Build a colour from three 0.0-1.0 channels."""
        return cls.from_rgb(
            _unit_channel(red, "red"), _unit_channel(green, "green"), _unit_channel(blue, "blue")
        )

    @classmethod
    def from_hex_code(cls, hex_code: str, /) -> Color:
        """Parse `#RGB`, `#RRGGBB`, `0xRRGGBB` or the same without a prefix."""
        digits = hex_code.strip().removeprefix("#").removeprefix("0x").removeprefix("0X")
        if not digits or not set(digits) <= _HEX_DIGITS or len(digits) not in (3, 6):
            msg = f"not a 3- or 6-digit hex colour code: {hex_code!r}"
            raise ValueError(msg)
        if len(digits) == 3:
            digits = "".join(digit * 2 for digit in digits)
        return cls(int(digits, 16))

    @classmethod
    def from_int(cls, integer: typing.SupportsInt, /) -> Color:
        """Wrap a 24-bit integer."""
        return cls(integer)

    @classmethod
    def from_tuple_string(cls, tuple_str: str, /) -> Color:
        """Parse `"(255, 136, 0)"` or `"255,136,0"`."""
        match = _TUPLE_STRING.match(tuple_str)
        if match is None:
            msg = f"not an 'r, g, b' string: {tuple_str!r}"
            raise ValueError(msg)
        red, green, blue = (int(group) for group in match.groups())
        return cls.from_rgb(red, green, blue)

    @classmethod
    def of(cls, value: Colorish, /) -> Color:
        """Convert anything colour-like: an int, a hex string, an RGB tuple (ints or floats)."""
        if isinstance(value, Color):
            return value
        if isinstance(value, int):
            return cls(value)
        if isinstance(value, str):
            return cls._of_string(value)
        if isinstance(value, tuple | list) and len(value) == 3:
            return cls._of_sequence(value)
        msg = f"cannot make a colour from {value!r}"
        raise ValueError(msg)

    @classmethod
    def _of_string(cls, value: str) -> Color:
        if "," in value:
            return cls.from_tuple_string(value)
        return cls.from_hex_code(value)

    @classmethod
    def _of_sequence(cls, value: typing.Sequence[typing.SupportsFloat]) -> Color:
        if all(isinstance(channel, int) for channel in value):
            red, green, blue = (typing.cast(int, channel) for channel in value)
            return cls.from_rgb(red, green, blue)
        red_f, green_f, blue_f = (float(channel) for channel in value)
        return cls.from_rgb_float(red_f, green_f, blue_f)

    def to_bytes(
        self,
        length: typing.SupportsIndex = 3,
        byteorder: typing.Literal["little", "big"] = "big",
        *,
        signed: bool = False,
    ) -> bytes:
        """The colour as bytes; three big-endian bytes by default."""
        return int(self).to_bytes(length, byteorder, signed=signed)


Colour = Color
"""British spelling of `Color`."""

Colorish = (
    Color
    | int
    | str
    | tuple[int, int, int]
    | tuple[float, float, float]
    | typing.Sequence[int]
    | typing.Sequence[float]
)
"""Anything `Color.of` understands."""

Colourish = Colorish
"""British spelling of `Colorish`."""


@attrs.define(kw_only=True)
class ColorGradient:
    """A role's colors: one, a gradient of two, or Discord's holographic style (three).

    Gradients need the guild's `ENHANCED_ROLE_COLORS` feature; the only three-color value Discord
    accepts is `ColorGradient.holographic()`.

    >>> ColorGradient.of(0xFF0000, 0x0000FF).secondary_color
    Color(r=0x0, g=0x0, b=0xff)
    """

    primary_color: Color
    secondary_color: Color | None = None
    tertiary_color: Color | None = None

    @classmethod
    def holographic(cls) -> ColorGradient:
        """Discord's holographic style (the values its API enforces whenever a tertiary color is set)."""
        return cls(
            primary_color=Color(11127295),
            secondary_color=Color(16759788),
            tertiary_color=Color(16761760),
        )

    @classmethod
    def of(
        cls,
        primary: Colorish,
        secondary: Colorish | None = None,
        tertiary: Colorish | None = None,
    ) -> ColorGradient:
        """A gradient from anything `Color.of` reads."""
        return cls(
            primary_color=Color.of(primary),
            secondary_color=None if secondary is None else Color.of(secondary),
            tertiary_color=None if tertiary is None else Color.of(tertiary),
        )

    @property
    def primary_colour(self) -> Color:
        """Alias of `primary_color`."""
        return self.primary_color

    @property
    def secondary_colour(self) -> Color | None:
        """Alias of `secondary_color`."""
        return self.secondary_color

    @property
    def tertiary_colour(self) -> Color | None:
        """Alias of `tertiary_color`."""
        return self.tertiary_color

    @classmethod
    def from_payload(cls, payload: object, *, fallback: Color) -> ColorGradient:
        """Read a role colors object; without one (older payloads) the role's `color` is primary."""
        if not isinstance(payload, dict):
            return cls(primary_color=fallback)
        primary = optional_color(payload.get("primary_color"))
        return cls(
            primary_color=fallback if primary is None else primary,
            secondary_color=optional_color(payload.get("secondary_color")),
            tertiary_color=optional_color(payload.get("tertiary_color")),
        )


def optional_color(value: object) -> Color | None:
    """Read a payload's optional colour: an integer from 0 to 0xFFFFFF, else `None`.

    Discord sends `null` (or leaves the field out) where no colour is set, as for a role's
    default colour; anything that is not an RGB integer reads as `None` too.
    """
    rgb = read.integer(value, 0, 0xFFFFFF)
    return None if rgb is None else Color(rgb)


ColourGradient = ColorGradient
"""British spelling of `ColorGradient`."""
