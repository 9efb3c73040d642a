from __future__ import annotations

import time

import nacl.exceptions
import nacl.signing
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from hikari_like.testing import SIGNATURE_HEADER
from hikari_like.testing import TIMESTAMP_HEADER
from hikari_like.testing import KeyPair
from hikari_like.testing import sign_request

BODY = b'{"type":1,"id":"1","token":"t","version":1}'


def verify_with_cryptography(public_key: bytes, signature: bytes, message: bytes) -> None:
    ed25519.Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)


def verify_with_nacl(public_key: bytes, signature: bytes, message: bytes) -> None:
    nacl.signing.VerifyKey(public_key).verify(message, signature)


def test_generated_key_pair_signs_verifiably_with_both_libraries() -> None:
    key_pair = KeyPair.generate()
    signature = key_pair.sign(b"hello")

    assert len(key_pair.public_key) == 32
    assert len(signature) == 64
    verify_with_cryptography(key_pair.public_key, signature, b"hello")
    verify_with_nacl(key_pair.public_key, signature, b"hello")


def test_generate_gives_different_keys() -> None:
    assert KeyPair.generate().public_key != KeyPair.generate().public_key


def test_from_seed_is_deterministic_and_matches_nacl() -> None:
    seed = bytes(range(32))
    first, second = KeyPair.from_seed(seed), KeyPair.from_seed(seed)

    assert first == second
    assert first.public_key == second.public_key
    assert first.public_key == bytes(nacl.signing.SigningKey(seed).verify_key)
    # Ed25519 signatures are deterministic: same key and message, same signature.
    assert first.sign(b"x") == second.sign(b"x")


def test_public_key_hex_is_what_the_developer_portal_shows() -> None:
    key_pair = KeyPair.from_seed(b"\x07" * 32)

    assert key_pair.public_key_hex == key_pair.public_key.hex()
    assert len(key_pair.public_key_hex) == 64
    assert key_pair.public_key_hex == key_pair.public_key_hex.lower()


@pytest.mark.parametrize("seed", [b"", b"\x00" * 31, b"\x00" * 33])
def test_seed_of_the_wrong_size_is_refused(seed: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        KeyPair.from_seed(seed)


def test_seed_that_is_not_bytes_is_refused() -> None:
    with pytest.raises(TypeError):
        KeyPair.from_seed("0" * 32)  # type: ignore[arg-type]


def test_repr_shows_the_public_key_only() -> None:
    seed = b"\x42" * 32
    text = repr(KeyPair.from_seed(seed))

    assert KeyPair.from_seed(seed).public_key_hex in text
    assert seed.hex() not in text
    assert "seed" not in text


def test_sign_request_signs_timestamp_then_body() -> None:
    key_pair = KeyPair.generate()
    headers = sign_request(BODY, key_pair, timestamp=1_700_000_000)

    assert set(headers) == {SIGNATURE_HEADER, TIMESTAMP_HEADER}
    assert SIGNATURE_HEADER == "X-Signature-Ed25519"
    assert TIMESTAMP_HEADER == "X-Signature-Timestamp"
    assert headers[TIMESTAMP_HEADER] == "1700000000"
    signature = bytes.fromhex(headers[SIGNATURE_HEADER])
    verify_with_cryptography(key_pair.public_key, signature, b"1700000000" + BODY)
    verify_with_nacl(key_pair.public_key, signature, b"1700000000" + BODY)


def test_sign_request_defaults_to_now() -> None:
    before = int(time.time())
    headers = sign_request(BODY, KeyPair.generate())
    after = int(time.time())

    assert before <= int(headers[TIMESTAMP_HEADER]) <= after


def test_sign_request_signs_a_string_timestamp_exactly_as_given() -> None:
    key_pair = KeyPair.generate()
    headers = sign_request(BODY, key_pair, timestamp="not-a-number")

    assert headers[TIMESTAMP_HEADER] == "not-a-number"
    verify_with_nacl(key_pair.public_key, bytes.fromhex(headers[SIGNATURE_HEADER]), b"not-a-number" + BODY)


def test_signature_does_not_verify_for_another_body_or_key() -> None:
    key_pair = KeyPair.generate()
    headers = sign_request(BODY, key_pair, timestamp=1)
    signature = bytes.fromhex(headers[SIGNATURE_HEADER])

    with pytest.raises(InvalidSignature):
        verify_with_cryptography(key_pair.public_key, signature, b"1" + BODY + b" ")
    with pytest.raises(nacl.exceptions.BadSignatureError):
        verify_with_nacl(KeyPair.generate().public_key, signature, b"1" + BODY)
