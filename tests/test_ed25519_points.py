"""Public keys are checked once: on the curve, canonically encoded, and not of small order."""

from __future__ import annotations

import pytest

from hikari_like.internal import ed25519
from hikari_like.internal import ed25519_points
from hikari_like.testing.signing import KeyPair

P = 2**255 - 19
ORDER = 2**252 + 27742317777372353535851937790883648493  # of the base point (RFC 8032, 5.1)
BASE_POINT = bytes.fromhex("58" + "66" * 31)  # y = 4/5, x even
IDENTITY = (0, 1)


def _multiply(point: tuple[int, int], scalar: int) -> tuple[int, int]:
    result = IDENTITY
    while scalar:
        if scalar & 1:
            result = ed25519_points.add(result, point)
        point = ed25519_points.add(point, point)
        scalar >>= 1
    return result


def _encode(point: tuple[int, int]) -> bytes:
    x, y = point
    return (y | (x & 1) << 255).to_bytes(32, "little")


def _small_order_points() -> list[tuple[int, int]]:
    """All eight points of order dividing 8: the multiples of one of order exactly 8."""
    # Not from real public keys: those lie in the large prime-order subgroup, with no torsion part.
    for y in range(3, 100):
        candidate = ed25519_points.decode_point(y.to_bytes(32, "little"))
        if candidate is None:
            continue
        torsion = _multiply(candidate, ORDER)  # kills the large-order part
        if _multiply(torsion, 4) != IDENTITY:
            return [_multiply(torsion, k) for k in range(8)]
    raise AssertionError("no point with a torsion part of order 8 among y < 100")


def test_the_base_point_decodes_and_has_the_documented_order() -> None:
    base = ed25519_points.decode_point(BASE_POINT)

    assert base is not None
    assert base[1] == 4 * pow(5, -1, P) % P
    assert _encode(base) == BASE_POINT
    assert _multiply(base, ORDER) == IDENTITY


def test_real_keys_pass() -> None:
    for _ in range(20):
        ed25519_points.check_public_key(KeyPair.generate().public_key)


def test_every_small_order_key_is_refused() -> None:
    points = _small_order_points()
    assert len(set(points)) == 8

    for point in points:
        with pytest.raises(ValueError, match="small-order point"):
            ed25519_points.check_public_key(_encode(point))


@pytest.mark.parametrize(
    "encoded",
    [
        (2).to_bytes(32, "little"),  # y = 2: x² would have to be a non-square
        (P + 1).to_bytes(32, "little"),  # the identity's y, not reduced
        (1 | 1 << 255).to_bytes(32, "little"),  # x = 0 cannot be odd
    ],
    ids=["off the curve", "y not canonical", "negative zero"],
)
def test_encodings_of_no_point_are_refused(encoded: bytes) -> None:
    assert ed25519_points.decode_point(encoded) is None
    with pytest.raises(ValueError, match="not an Ed25519 public key"):
        ed25519_points.check_public_key(encoded)


@pytest.mark.parametrize("backend", ["zebra", "pynacl", "cryptography"])
def test_no_verifier_is_built_for_a_small_order_key(backend: str) -> None:
    # Under ed25519-zebra's cofactored check, S = 0 with a small-order R would verify for it.
    with pytest.raises(ValueError, match="small-order"):
        ed25519.make_verifier(bytes(32), backend=backend)  # y = 0: a point of order 4


def test_why_small_order_keys_are_refused() -> None:
    """Under the identity as public key, OpenSSL and ed25519-zebra take R = identity, S = 0 for
    any message: the libraries themselves, without the check, accept the forgery."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    identity = _encode(IDENTITY)
    forged = identity + bytes(32)

    Ed25519PublicKey.from_public_bytes(identity).verify(forged, b"any message at all")  # no error
    ed25519_zebra = pytest.importorskip("ed25519_zebra")
    assert ed25519_zebra.ed_verify(forged, b"any message at all", identity)
