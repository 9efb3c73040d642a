"""The one interaction every benchmark sends, signed the way Discord signs it, and the listener.

Every contestant gets the same bytes: a realistic v10 slash-command payload (~1.7 KB, invoked in a
guild, with one string option), signed with a fixed key so child processes agree without talking.
The listener is written once, hikari-style, and works with both `hikari` and `hikari_like`: it
answers with a message.
"""

from __future__ import annotations

__all__ = [
    "PUBLIC_KEY_HEX",
    "TOKEN",
    "Signed",
    "echo",
    "payload",
    "sign",
    "signed_interaction",
]

import time
import typing

import attrs

from hikari_like.internal import json
from hikari_like.testing import payloads
from hikari_like.testing.signing import KeyPair

TOKEN: typing.Final = "benchmark-bot-token"
_KEY_PAIR: typing.Final = KeyPair.from_seed(bytes(range(32)))
PUBLIC_KEY_HEX: typing.Final = _KEY_PAIR.public_key_hex


@attrs.frozen(kw_only=True)
class Signed:
    """A body and the two header values Discord would send with it."""

    body: bytes
    signature: bytes
    """Hex, as in the `X-Signature-Ed25519` header."""
    timestamp: bytes


def payload(*, interaction_id: int | None = None) -> dict[str, typing.Any]:
    """The slash-command payload (the same one every time unless `interaction_id` is given)."""
    data = payloads.slash_command("echo", {"text": "hello"}, seed=1)
    if interaction_id is not None:
        data["id"] = str(interaction_id)
    return data


def sign(body: bytes, *, timestamp: int | None = None) -> Signed:
    """Sign `body` as Discord would, at `timestamp` (default: now)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp).encode()
    signature = _KEY_PAIR.sign(stamp + body).hex().encode()
    return Signed(body=body, signature=signature, timestamp=stamp)


def signed_interaction(*, interaction_id: int | None = None) -> Signed:
    """The benchmark's interaction, signed now."""
    return sign(json.dumps(payload(interaction_id=interaction_id)))


async def echo(interaction: typing.Any) -> typing.Any:
    """The listener, the same for `hikari` and `hikari_like`: answer with a message."""
    return interaction.build_response().set_content("hello back")
