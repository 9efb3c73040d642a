"""The IPC handshake: each side proves it holds the secret key, and neither ever sends it.

```
server                                                  client
  {"type": "challenge", "version": 2, "purpose": "ipc", "nonce": Ns}       -->
  <--  {"type": "authenticate", "nonce": Nc, "proof": HMAC(K, "client", purpose, Ns, Nc)}
  {"type": "welcome", "proof": HMAC(K, "server", purpose, Ns, Nc, port)}   -->  (or close 4001)
```

`K` is the secret stretched by scrypt (`derive_key`), nonces are 32 random bytes from each side,
and every value travels as lowercase hex. The client proves first, so the server never answers an
unauthenticated peer with anything derived from the key; the client then checks the server's
proof before it sends a request, so a program posing as the server (one that bound the port
first) learns neither the secret nor any request, only a proof over its own nonce that it can
attack offline at scrypt's cost per guess. `docs/ipc.md` has the full description.
"""

from __future__ import annotations

__all__ = [
    "CLOSE_HANDSHAKE_TIMEOUT",
    "CLOSE_UNAUTHORISED",
    "DEFAULT_TIMEOUT",
    "NONCE_SIZE",
    "PROTOCOL_VERSION",
    "Purpose",
    "Socket",
    "Verdict",
    "challenge_client",
    "client_proof",
    "derive_key",
    "prove_to_server",
    "server_proof",
]

import enum
import functools
import hashlib
import hmac
import re
import secrets
import typing

import aiohttp

from hikari_like.ipc import errors
from hikari_like.ipc import protocol

PROTOCOL_VERSION: typing.Final = 2
"""The handshake's version, sent in the challenge (version 1 sent the secret in a header)."""
NONCE_SIZE: typing.Final = 32
"""Bytes of randomness each side contributes to a handshake."""
CLOSE_UNAUTHORISED: typing.Final = 4001
"""The websocket close code for a proof that is wrong or a handshake message that is malformed."""
CLOSE_HANDSHAKE_TIMEOUT: typing.Final = 4008
"""The websocket close code for a peer that did not finish the handshake in time."""
DEFAULT_TIMEOUT: typing.Final = 5.0
"""Seconds either side waits for the other's handshake message by default."""

# scrypt's "interactive" cost (16 MiB, ~0.1 s): paid once per process and secret, and by an
# offline attacker once per guess.
_KEY_SALT: typing.Final = b"hikari_like.ipc/2"
_SCRYPT_N: typing.Final = 2**14
_SCRYPT_R: typing.Final = 8
_KEY_SIZE: typing.Final = 32
_MAX_HANDSHAKE_FRAME: typing.Final = 1024
_HEX_32: typing.Final = re.compile(r"[0-9a-f]{64}")
_ENDED: typing.Final = frozenset({aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR})


class Purpose(enum.StrEnum):
    """Which port a handshake opens; part of both proofs, so one cannot stand in for the other."""

    IPC = "ipc"
    DISCOVERY = "discovery"


class Verdict(enum.Enum):
    """How a handshake ended, as the server saw it."""

    ADMITTED = enum.auto()
    WRONG_SECRET = enum.auto()
    MALFORMED = enum.auto()
    """A message that is not the expected handshake message."""
    ABANDONED = enum.auto()
    """The peer closed the connection before it answered."""


class Socket(typing.Protocol):
    """The part of an aiohttp websocket (client or server side) the handshake uses."""

    async def send_str(self, data: str) -> None:
        """Send one text frame."""

    async def receive(self) -> aiohttp.WSMessage:
        """Wait for the next frame."""


@functools.lru_cache(maxsize=16)  # deliberately slow: every client of a process reuses it
def derive_key(secret_key: str | None) -> bytes:
    """The HMAC key both sides derive from the secret; empty without a secret.

    Blocking for about 0.1 s the first time for each secret: call it through `asyncio.to_thread`.
    """
    if secret_key is None:
        return b""
    return hashlib.scrypt(secret_key.encode(), salt=_KEY_SALT, n=_SCRYPT_N, r=_SCRYPT_R, p=1, dklen=_KEY_SIZE)


def client_proof(key: bytes, purpose: Purpose, server_nonce: bytes, client_nonce: bytes) -> bytes:
    """What the client sends to show it holds `key`."""
    return _mac(key, b"client", purpose.encode(), server_nonce, client_nonce)


def server_proof(
    key: bytes, purpose: Purpose, server_nonce: bytes, client_nonce: bytes, port: int | None
) -> bytes:
    """What the server sends back to show it holds `key`; it covers the port discovery tells."""
    told = b"" if port is None else str(port).encode()
    return _mac(key, b"server", purpose.encode(), server_nonce, client_nonce, told)


async def prove_to_server(ws: Socket, key: bytes, purpose: Purpose) -> int | None:
    """The client's side: answer the challenge, then check the server's proof.

    Returns the port a discovery server told (`None` for `Purpose.IPC`). Raises
    `IPCUnauthorizedError` when the server refused the proof, or did not prove it holds the key
    (then it may be another program on that port); `IPCError` when the peer does not speak this
    handshake. Nothing is sent after a failure.
    """
    challenge = _client_read(await ws.receive(), "challenge")
    server_nonce = _hex_field(challenge, "nonce")
    if server_nonce is None or challenge.get("purpose") != purpose:
        raise errors.IPCError(f"the peer did not send an IPC {purpose} challenge")
    if challenge.get("version") != PROTOCOL_VERSION:
        raise errors.IPCError(f"the IPC server speaks handshake version {challenge.get('version')!r}, not 2")
    client_nonce = secrets.token_bytes(NONCE_SIZE)
    proof = client_proof(key, purpose, server_nonce, client_nonce)
    await ws.send_str(_encode(type="authenticate", nonce=client_nonce.hex(), proof=proof.hex()))
    welcome = _client_read(await ws.receive(), "welcome")
    port = _told_port(welcome) if purpose is Purpose.DISCOVERY else None
    expected = server_proof(key, purpose, server_nonce, client_nonce, port)
    if not hmac.compare_digest(_hex_field(welcome, "proof") or b"", expected):
        raise errors.IPCUnauthorizedError(
            "the peer did not prove it holds the secret key: another program may be on that port"
        )
    return port


async def challenge_client(
    ws: Socket, key: bytes, purpose: Purpose, *, admit_all: bool, port: int | None = None
) -> Verdict:
    """The server's side: challenge the client, check its proof, and prove our own if it passed.

    `admit_all` (a server without a secret) admits any well-formed answer; `port` is what a
    discovery server tells.
    """
    server_nonce = secrets.token_bytes(NONCE_SIZE)
    await ws.send_str(
        _encode(type="challenge", version=PROTOCOL_VERSION, purpose=purpose.value, nonce=server_nonce.hex())
    )
    message = await ws.receive()
    answer = _read_object(message)
    if answer is None:
        return Verdict.ABANDONED if message.type in _ENDED else Verdict.MALFORMED
    client_nonce, proof = _hex_field(answer, "nonce"), _hex_field(answer, "proof")
    if answer.get("type") != "authenticate" or client_nonce is None or proof is None:
        return Verdict.MALFORMED
    matches = hmac.compare_digest(proof, client_proof(key, purpose, server_nonce, client_nonce))
    if not (matches or admit_all):
        return Verdict.WRONG_SECRET
    our_proof = server_proof(key, purpose, server_nonce, client_nonce, port)
    told = {} if port is None else {"port": port}
    await ws.send_str(_encode(type="welcome", proof=our_proof.hex(), **told))
    return Verdict.ADMITTED


def _mac(key: bytes, *parts: bytes) -> bytes:
    # Each part is length-prefixed, so no two different sequences of parts give the same input.
    transcript = b"".join(len(part).to_bytes(2, "big") + part for part in parts)
    return hmac.digest(key, transcript, "sha256")


def _encode(**fields: typing.Any) -> str:
    return protocol.dumps(fields)


def _read_object(message: aiohttp.WSMessage) -> dict[str, typing.Any] | None:
    if message.type is not aiohttp.WSMsgType.TEXT or len(message.data) > _MAX_HANDSHAKE_FRAME:
        return None
    try:
        value = protocol.loads(message.data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _client_read(message: aiohttp.WSMessage, expected: str) -> dict[str, typing.Any]:
    if message.type is aiohttp.WSMsgType.CLOSE and message.data == CLOSE_UNAUTHORISED:
        raise errors.IPCUnauthorizedError("the IPC server refused the secret key")
    if message.type in _ENDED:
        raise errors.IPCError(
            f"the connection ended during the IPC handshake ({message.extra or message.data})"
        )
    body = _read_object(message)
    if body is None or body.get("type") != expected:
        raise errors.IPCError(f"the peer did not send an IPC handshake {expected!r} message")
    return body


def _hex_field(body: typing.Mapping[str, typing.Any], name: str) -> bytes | None:
    value = body.get(name)
    if not isinstance(value, str) or _HEX_32.fullmatch(value) is None:
        return None
    return bytes.fromhex(value)


def _told_port(welcome: typing.Mapping[str, typing.Any]) -> int:
    port = welcome.get("port")
    if type(port) is not int or not 0 < port < 65536:
        raise errors.IPCError("the discovery server gave no usable port")
    return port
