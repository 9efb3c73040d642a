"""Test a bot the way Discord talks to it: signed requests over real HTTP, realistic payloads.

- `KeyPair` and `sign_request`: play Discord's signing key.
- `payloads`: factories for every interaction type, in Discord's API v10 shape.
- `InteractionClient`: signs payloads and POSTs them to a bot's endpoint (a URL, or an ASGI
  app in process with `app=`), or sends broken requests on purpose (stale timestamps, replays,
  bad signatures, wrong content types, huge streamed bodies).
- `CommandSession` (`hikari_like.testing.commands`): a user of the emulated Discord driving a
  command-layer bot by its declarations (`invoke("tag show", name="faq")`, `press`, `submit`,
  `autocomplete`); each call returns a `Reply`, the live record of what Discord received.

- `wait_for_continuations(bot)`: wait for the bot's work after its answers (the code after `yield`).
- What Discord received: `discord.received(token)`, `discord.registered_commands()`,
  `discord.channel_messages()` (typed views in `hikari_like.testing.emulator.received`).
- Gateway bots: `EmulatedGateway.send_interaction(discord, payload)` dispatches INTERACTION_CREATE.

```python
import hikari_like as hikari
from hikari_like import impl
from hikari_like import testing
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord


async def answer_ping(interaction: hikari.CommandInteraction) -> impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("Pong!")


async def test_ping_command() -> None:
    async with EmulatedDiscord() as discord:
        bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        bot.set_listener(hikari.CommandInteraction, answer_ping)
        await bot.start(host="127.0.0.1", port=0)  # a free port: tests never collide
        try:
            payload = payloads.slash_command("ping")
            response = await discord.send_interaction(bot.interaction_server.urls[0], payload)
            assert response.status == 200
            await testing.wait_for_continuations(bot)
            assert discord.received(payload).response is not None
        finally:
            await bot.close()
```
"""

from __future__ import annotations

__all__ = [
    "KeyPair",
    "sign_request",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "InteractionClient",
    "InteractionResponse",
    "SignedRequest",
    "MultipartPart",
    "payloads",
    "CommandSession",
    "Reply",
    "SentMessage",
    "ModalForm",
    "wait_for_continuations",
    "ContinuationTimeoutError",
]

from hikari_like.testing import payloads
from hikari_like.testing._multipart import MultipartPart
from hikari_like.testing.client import InteractionClient
from hikari_like.testing.client import InteractionResponse
from hikari_like.testing.client import SignedRequest
from hikari_like.testing.commands import CommandSession
from hikari_like.testing.commands import ModalForm
from hikari_like.testing.commands import Reply
from hikari_like.testing.commands import SentMessage
from hikari_like.testing.settling import ContinuationTimeoutError
from hikari_like.testing.settling import wait_for_continuations
from hikari_like.testing.signing import SIGNATURE_HEADER
from hikari_like.testing.signing import TIMESTAMP_HEADER
from hikari_like.testing.signing import KeyPair
from hikari_like.testing.signing import sign_request
