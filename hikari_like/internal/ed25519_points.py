"""The one check on a public key that the verifiers do not all make: is it a usable curve point?

libsodium refuses every signature under a public key that is not a point on the curve, or that is
a point of small order. OpenSSL and ed25519-zebra refuse the first but not the second, and under
a small-order key they accept signatures anyone can make: ed25519-zebra takes the identity point
with S = 0 for any message under every such key; OpenSSL takes that one under the identity key,
and under the others a forger needs only a few tries (another small-order R, or a varied body).
Discord never issues such a key. Rather than let some backends accept forgeries and one refuse
everything, `check_public_key` refuses the key itself, once, when a verifier is built.

Plain integer arithmetic on edwards25519 (RFC 8032, section 5.1): slow next to the libraries,
but it runs once per key, never per request.
"""

from __future__ import annotations

__all__ = ["check_public_key"]

_P = 2**255 - 19
_D = -121665 * pow(121666, -1, _P) % _P
_SQRT_MINUS_ONE = pow(2, (_P - 1) // 4, _P)
_Point = tuple[int, int]
_IDENTITY: _Point = (0, 1)
_COFACTOR_DOUBLINGS = 3  # the curve's cofactor is 8 = 2**3


def check_public_key(public_key: bytes) -> None:
    """Raise `ValueError` unless these 32 bytes encode a curve point of large order."""
    point = decode_point(public_key)
    if point is None:
        raise ValueError("public_key is not an Ed25519 public key (not a point on the curve)")
    for _ in range(_COFACTOR_DOUBLINGS):
        point = add(point, point)
    if point == _IDENTITY:
        raise ValueError("public_key is a small-order point, under which anyone could forge signatures")


def decode_point(encoded: bytes) -> _Point | None:
    """RFC 8032's decoding (section 5.1.3): `None` if the bytes name no point, or not canonically."""
    number = int.from_bytes(encoded, "little")
    y = number & ((1 << 255) - 1)
    x_is_odd = number >> 255
    if y >= _P:
        return None
    # x² = (y² - 1) / (d·y² + 1); the square root by the exponent (p + 3) / 8, fixed up by √-1.
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x = u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P) % _P
    if v * x * x % _P == (-u) % _P:
        x = x * _SQRT_MINUS_ONE % _P
    if v * x * x % _P != u:
        return None
    if x == 0 and x_is_odd:
        return None
    if x & 1 != x_is_odd:
        x = _P - x
    return x, y


def add(first: _Point, second: _Point) -> _Point:
    """The curve's addition law (complete on edwards25519: no special cases)."""
    (x1, y1), (x2, y2) = first, second
    product = _D * x1 * x2 * y1 * y2 % _P
    x = (x1 * y2 + y1 * x2) * pow(1 + product, -1, _P) % _P
    y = (y1 * y2 + x1 * x2) * pow(1 - product, -1, _P) % _P
    return x, y
