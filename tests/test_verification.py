"""Both Ed25519 verifiers and both JSON codecs give the same answers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hikari_like.internal import ed25519
from hikari_like.internal import json
from hikari_like.testing.signing import KeyPair

BACKENDS = ["pynacl", "cryptography", "pynacl, combined form"]


def _verifier(public_key: str | bytes, backend: str) -> ed25519.Verifier:
    if backend == "pynacl, combined form":  # what "pynacl" falls back to without the detached form
        return ed25519._combined_libsodium_verifier(ed25519.parse_public_key(public_key))
    return ed25519.make_verifier(public_key, backend=backend)


def test_libsodium_verifies_in_the_detached_form() -> None:
    assert ed25519._detached_verify() is not None


@pytest.mark.parametrize("backend", BACKENDS)
def test_verifier_accepts_a_good_signature(backend: str, key_pair: KeyPair) -> None:
    verify = _verifier(key_pair.public_key_hex, backend)
    message = b"1700000000" + b'{"type":1}'

    assert verify(message, key_pair.sign(message))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "tamper",
    [
        lambda message, signature: (message + b" ", signature),
        lambda message, signature: (message, signature[:-1] + bytes([signature[-1] ^ 1])),
        lambda message, signature: (message, signature[:32]),
        lambda message, signature: (message, b""),
        lambda message, signature: (message, KeyPair.generate().sign(message)),
        lambda message, signature: (message, signature + b"\x00"),
    ],
    ids=["message changed", "bit flipped", "short", "empty", "other key", "long"],
)
def test_verifier_refuses_tampering(backend: str, tamper: object, key_pair: KeyPair) -> None:
    verify = _verifier(key_pair.public_key, backend)
    message = b"1700000000" + b'{"type":1}'

    assert callable(tamper)
    assert not verify(*tamper(message, key_pair.sign(message)))


@pytest.mark.parametrize("key", ["abc", "zz" * 32, "ab" * 31, b"\x00" * 31])
def test_bad_public_key_is_a_clear_error(key: str | bytes) -> None:
    with pytest.raises(ValueError, match="public_key"):
        ed25519.make_verifier(key)


def test_the_fastest_installed_verifier_is_chosen() -> None:
    forced = os.environ.get("HIKARI_LIKE_ED25519") == "cryptography"
    expected = "cryptography" if forced else "pynacl"  # PyNaCl is in the dev extra
    assert expected == ed25519.BACKEND


@pytest.mark.parametrize("body", [b'{"a":"\xc3\xa9"}', b"[1,2]", b'"x"'])
def test_json_round_trip(body: bytes) -> None:
    assert json.dumps(json.loads(body)) == body


@pytest.mark.parametrize("body", [b"", b"{", b'{"a":"\xff"}', "{}".encode("utf-16")])
def test_json_refuses_what_discord_never_sends(body: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - JSONDecodeError and UnicodeDecodeError alike.
        json.loads(body)


def test_fallbacks_serve_the_status_table() -> None:
    """The whole server with `cryptography` and the standard library's json, in a fresh process."""
    environment = {**os.environ, "HIKARI_LIKE_ED25519": "cryptography", "HIKARI_LIKE_JSON": "stdlib"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_status_table.py", "-x"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from hikari_like.internal import ed25519, json; print(ed25519.BACKEND, json.BACKEND)",
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.split() == ["cryptography", "json"]
