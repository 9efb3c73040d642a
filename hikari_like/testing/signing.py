"""Ed25519 key pairs and request signing, the way Discord signs interaction requests.

Discord signs `timestamp + body` with the application's private key and sends the signature and
the timestamp in two headers. A test plays Discord's part: it owns a `KeyPair`, gives the bot the
public key, and signs what it sends.

```python
key_pair = KeyPair.generate()
bot = hikari.RESTBot(token, public_key=key_pair.public_key_hex)
headers = sign_request(body, key_pair)
```
"""

from __future__ import annotations

__all__ = ["SIGNATURE_HEADER", "TIMESTAMP_HEADER", "KeyPair", "sign_request"]

import time
import typing

import attrs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

SIGNATURE_HEADER: typing.Final = "X-Signature-Ed25519"
"""The header carrying the hex-encoded Ed25519 signature."""
TIMESTAMP_HEADER: typing.Final = "X-Signature-Timestamp"
"""The header carrying the signing time, as decimal Unix seconds."""

_SEED_SIZE: typing.Final = 32


def _check_seed_size(_: object, __: object, seed: bytes) -> None:
    if len(seed) != _SEED_SIZE:
        raise ValueError(f"an Ed25519 seed is exactly {_SEED_SIZE} bytes")


def _private_key_of(self: KeyPair) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(self.seed)


def _public_key_of(self: KeyPair) -> bytes:
    return self._private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


@attrs.frozen(slots=True, kw_only=True)
class KeyPair:
    """An Ed25519 key pair playing Discord's signing key in tests.

    The repr shows only the public key, so a key pair in a failing test's output leaks nothing.

    ```python
    key_pair = KeyPair.from_seed(bytes(32))  # deterministic
    signature = key_pair.sign(b"1700000000" + body)
    ```
    """

    seed: bytes = attrs.field(repr=False, validator=[attrs.validators.instance_of(bytes), _check_seed_size])
    """The 32-byte private seed (what `from_seed` takes)."""
    _private_key: ed25519.Ed25519PrivateKey = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_private_key_of, takes_self=True)
    )
    public_key: bytes = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_public_key_of, takes_self=True)
    )
    """The 32 raw bytes of the public key."""

    @classmethod
    def generate(cls) -> KeyPair:
        """A fresh random key pair."""
        private_key = ed25519.Ed25519PrivateKey.generate()
        seed = private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return cls(seed=seed)

    @classmethod
    def from_seed(cls, seed: bytes) -> KeyPair:
        """The key pair derived from a 32-byte seed (the same seed always gives the same keys)."""
        return cls(seed=seed)

    @property
    def public_key_hex(self) -> str:
        """The public key as Discord's developer portal shows it: 64 lowercase hex digits."""
        return self.public_key.hex()

    def sign(self, message: bytes) -> bytes:
        """The 64-byte Ed25519 signature of `message`."""
        return self._private_key.sign(message)

    def __repr__(self) -> str:
        return f"KeyPair(public_key_hex={self.public_key_hex!r})"


def sign_request(body: bytes, key_pair: KeyPair, *, timestamp: int | str | None = None) -> dict[str, str]:
    """The two signature headers Discord would send with `body`.

    `timestamp` defaults to now (Unix seconds); pass an old one to test replay protection, or a
    string to test malformed values (it is signed exactly as given).

    ```python
    headers = sign_request(b'{"type":1}', key_pair, timestamp=1_700_000_000)
    headers["X-Signature-Timestamp"]  # "1700000000"
    ```
    """
    stamp = str(int(time.time())) if timestamp is None else str(timestamp)
    signature = key_pair.sign(stamp.encode() + body)
    return {SIGNATURE_HEADER: signature.hex(), TIMESTAMP_HEADER: stamp}
