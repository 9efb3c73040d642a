"""Ed25519 signature checks with the fastest verifier installed.

Verification is most of what an interaction costs, so the verifier is chosen for speed, measured on
a 1.7 KB interaction (`python -m benchmarks core`):

- `"zebra"`: ed25519-zebra, a Rust crate (through `py-ed25519-zebra-bindings`, in the `speedups`
  extra), 31 us: curve25519-dalek's AVX2 code where the CPU has it;
- `"pynacl"`: libsodium (through PyNaCl, also in `speedups`), 37 us;
- `"cryptography"`: OpenSSL (through `cryptography`, always installed), 59 us.

The first one installed is used. `HIKARI_LIKE_ED25519=<name>` forces one (the tests use it to
cover every path).

All three accept every signature Discord makes, and none accepts a signature made without the
private key, as long as the public key is a point of large order: `parse_public_key` checks that
(`ed25519_points`). They disagree only on odd signatures that need the private key to make:
ed25519-zebra follows ZIP 215 (a cofactored check, some non-canonical encodings allowed), and
libsodium and OpenSSL follow the stricter rules.
"""

from __future__ import annotations

__all__ = ["BACKEND", "Verifier", "installed_backends", "make_verifier", "parse_public_key"]

import binascii
import importlib
import os
import typing

Verifier = typing.Callable[[bytes, bytes], bool]
"""`verify(message, signature) -> bool` for one public key."""

PUBLIC_KEY_SIZE: typing.Final = 32
SIGNATURE_SIZE: typing.Final = 64


def parse_public_key(public_key: str | bytes, /) -> bytes:
    """Return the 32 raw bytes of a public key given as hex (Discord's form) or raw bytes.

    Raises
    ------
    ValueError
        If the key is neither 64 hex characters nor 32 bytes, or names no usable curve point.
    """
    if isinstance(public_key, str):
        try:
            public_key = binascii.unhexlify(public_key.strip())
        except (binascii.Error, ValueError):
            raise ValueError("public_key must be 64 hexadecimal characters, as Discord shows it") from None
    if len(public_key) != PUBLIC_KEY_SIZE:
        raise ValueError(
            f"public_key must be {PUBLIC_KEY_SIZE} bytes (64 hex characters), got {len(public_key)}"
        )
    from hikari_like.internal import ed25519_points  # its curve constants cost 0.5 ms: only when used

    ed25519_points.check_public_key(public_key)
    return bytes(public_key)


def _zebra_verifier(public_key: bytes) -> Verifier:
    # Imported here, like the others: only the backend in use is loaded, and only once a bot is
    # built, not at `import hikari_like`.
    from ed25519_zebra import ed_verify

    def verify(message: bytes, signature: bytes) -> bool:
        # False for a signature of any length but 64; both arguments must be `bytes`, which they
        # are here (the timestamp is `bytes`, so `timestamp + body` is too).
        result: bool = ed_verify(signature, message, public_key)
        return result

    return verify


def _cryptography_verifier(public_key: bytes) -> Verifier:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import ed25519

    key = ed25519.Ed25519PublicKey.from_public_bytes(public_key)

    def verify(message: bytes, signature: bytes) -> bool:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    return verify


_DetachedVerify = typing.Callable[[bytes, bytes, int, bytes], int]
"""`crypto_sign_verify_detached(signature, message, message_length, public_key) -> 0 | -1`."""


def _detached_verify() -> _DetachedVerify | None:
    """libsodium's `crypto_sign_verify_detached`, from the copy PyNaCl ships, or `None`.

    PyNaCl's bindings only offer the "combined" form, which allocates a buffer the size of the
    message and copies the message into it; the detached form checks the bytes where they are
    (about 0.8 us less per 1.7 KB interaction). It is a documented libsodium function that
    PyNaCl's library exports but does not wrap, so it is reached through cffi (a dependency of
    PyNaCl); if anything about that is not as expected, the combined form is used.
    """
    try:
        import cffi
        import nacl._sodium

        ffi = cffi.FFI()
        ffi.cdef(
            "int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m, "
            "unsigned long long mlen, const unsigned char *pk);"
        )
        verify: _DetachedVerify = ffi.dlopen(nacl._sodium.__file__).crypto_sign_verify_detached
    except Exception:  # any surprise means the combined form, which always works
        return None
    return verify


def _detached_verifier(detached: _DetachedVerify, public_key: bytes) -> Verifier:
    def verify(message: bytes, signature: bytes) -> bool:
        # libsodium reads exactly 64 signature bytes: a shorter one must not get that far.
        return (
            len(signature) == SIGNATURE_SIZE and detached(signature, message, len(message), public_key) == 0
        )

    return verify


def _libsodium_verifier(public_key: bytes) -> Verifier:
    detached = _detached_verify()
    if detached is None:
        return _combined_libsodium_verifier(public_key)
    return _detached_verifier(detached, public_key)


def _combined_libsodium_verifier(public_key: bytes) -> Verifier:
    from nacl.bindings import crypto_sign_open
    from nacl.exceptions import BadSignatureError

    def verify(message: bytes, signature: bytes) -> bool:
        # libsodium's "combined" form wants the signature in front of the message.
        if len(signature) != SIGNATURE_SIZE:
            return False
        try:
            crypto_sign_open(signature + message, public_key)
        except BadSignatureError:
            return False
        return True

    return verify


_BACKENDS: typing.Final[dict[str, tuple[str, typing.Callable[[bytes], Verifier]]]] = {
    "zebra": ("ed25519_zebra", _zebra_verifier),
    "pynacl": ("nacl.bindings", _libsodium_verifier),
    "cryptography": ("cryptography.hazmat.primitives.asymmetric.ed25519", _cryptography_verifier),
}
"""Each verifier by name, fastest first: the module it needs and what builds it for a key."""


def _loads(module: str) -> bool:
    # Imported, not just found: a wheel whose compiled library cannot load here (an old libc, a
    # missing shared library) must mean "use the next one", not a bot that cannot start.
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _installed() -> typing.Iterator[str]:
    return (name for name, (module, _) in _BACKENDS.items() if _loads(module))


def _choose_backend() -> str:
    forced = os.environ.get("HIKARI_LIKE_ED25519")
    if forced:
        if forced not in _BACKENDS:
            raise ValueError(f"HIKARI_LIKE_ED25519 must be one of {', '.join(_BACKENDS)}, got {forced!r}")
        return forced
    # The first one that loads (`cryptography` is always installed): the slower ones stay unloaded.
    return next(_installed())


def installed_backends() -> tuple[str, ...]:
    """The names of the verifiers installed here, fastest first."""
    return tuple(_installed())


BACKEND: typing.Final[str] = _choose_backend()
"""`"zebra"`, `"pynacl"` or `"cryptography"`: the verifier this process uses."""


def make_verifier(public_key: str | bytes, /, *, backend: str = BACKEND) -> Verifier:
    """Build a verifier for one public key (parsed once, reused for every request).

    Raises
    ------
    ValueError
        If the key is not usable (see `parse_public_key`), or `backend` names no verifier.
    ModuleNotFoundError
        If `backend` (or `HIKARI_LIKE_ED25519`) names a verifier that is not installed.
    """
    if backend not in _BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(_BACKENDS)}, got {backend!r}")
    _, build = _BACKENDS[backend]
    return build(parse_public_key(public_key))
