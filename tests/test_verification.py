"""Both Ed25519 verifiers and both JSON codecs give the same answers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hikari_like.internal import ed25519
from hikari_like.internal import json
from hikari_like.testing.signing import KeyPair

# Every verifier installed here (all three with the dev extra on Python 3.11-3.13), and the form
# "pynacl" falls back to.
BACKENDS = [*ed25519.installed_backends(), "pynacl, combined form"]


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
    # The dev extra installs all three (ed25519-zebra where it has wheels: see pyproject.toml).
    fastest = "zebra" if sys.version_info < (3, 14) else "pynacl"
    assert os.environ.get("HIKARI_LIKE_ED25519", fastest) == ed25519.BACKEND


def _backend_in_a_fresh_process(value: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from hikari_like.internal import ed25519; print(ed25519.BACKEND)"],
        env={**os.environ, "HIKARI_LIKE_ED25519": value},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("name", ["zebra", "pynacl", "cryptography"])
def test_a_verifier_can_be_forced(name: str) -> None:
    assert _backend_in_a_fresh_process(name).stdout.split() == [name]


def test_an_unknown_forced_verifier_is_a_clear_error() -> None:
    result = _backend_in_a_fresh_process("openssl")

    assert result.returncode != 0
    assert "HIKARI_LIKE_ED25519 must be one of zebra, pynacl, cryptography, got 'openssl'" in result.stderr


def test_an_unknown_backend_is_a_clear_error(key_pair: KeyPair) -> None:
    with pytest.raises(ValueError, match="backend must be one of zebra, pynacl, cryptography, got 'nacl'"):
        ed25519.make_verifier(key_pair.public_key, backend="nacl")


def test_a_forced_verifier_that_is_not_installed_is_a_clear_error(
    key_pair: KeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ed25519_zebra", None)  # what `import` sees when it is missing

    with pytest.raises(ModuleNotFoundError, match="ed25519_zebra"):
        ed25519.make_verifier(key_pair.public_key, backend="zebra")


@pytest.mark.parametrize("body", [b'{"a":"\xc3\xa9"}', b"[1,2]", b'"x"'])
def test_json_round_trip(body: bytes) -> None:
    assert json.dumps(json.loads(body)) == body


@pytest.mark.parametrize("body", [b"", b"{", b'{"a":"\xff"}', "{}".encode("utf-16")])
def test_json_refuses_what_discord_never_sends(body: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - JSONDecodeError and UnicodeDecodeError alike.
        json.loads(body)


@pytest.mark.parametrize(
    ("verifier", "codec", "codec_backend"), [("cryptography", "stdlib", "json"), ("pynacl", "", "orjson")]
)
def test_fallbacks_serve_the_status_table(verifier: str, codec: str, codec_backend: str) -> None:
    """The whole server with a slower verifier (and JSON codec), in a fresh process."""
    environment = {**os.environ, "HIKARI_LIKE_ED25519": verifier, "HIKARI_LIKE_JSON": codec}
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
    assert probe.stdout.split() == [verifier, codec_backend]


def test_a_verifier_that_cannot_load_is_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # A wheel whose compiled library fails to load here looks like this to `import`.
    monkeypatch.setitem(sys.modules, "ed25519_zebra", None)
    monkeypatch.delenv("HIKARI_LIKE_ED25519", raising=False)

    assert ed25519._choose_backend() == "pynacl"
    assert "zebra" not in ed25519.installed_backends()
