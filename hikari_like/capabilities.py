"""Gateway capabilities: opt-ins that change how the gateway behaves, declared in IDENTIFY.

Intents choose which events Discord sends; capabilities change what existing events look like.

```python
import hikari_like as hikari

bot = hikari.GatewayBot("TOKEN", capabilities=hikari.GatewayCapabilities.CHANNEL_OBFUSCATION)
assert bot.capabilities is hikari.GatewayCapabilities.CHANNEL_OBFUSCATION
```
"""

from __future__ import annotations

__all__ = ["GatewayCapabilities"]

from hikari_like.internal import flags


class GatewayCapabilities(flags.Flag):
    """Discord's gateway capability bits, with hikari's names.

    Unknown bits are kept, so a capability this library does not name yet can be declared as
    `GatewayCapabilities(1 << 20)`.
    """

    NONE = 0
    """Declare no capability (IDENTIFY then carries no `capabilities` field)."""
    CHANNEL_OBFUSCATION = 1 << 15
    """Receive guild channels the bot cannot view, with their details hidden.

    Such a channel arrives named `"___hidden___"`, with `ChannelFlag.CHANNEL_OBFUSCATED` set and
    one permission overwrite denying `VIEW_CHANNEL` to `@everyone`. Discord calls this opt-in
    temporary: it plans to obfuscate channels for every application, declared or not.
    """
