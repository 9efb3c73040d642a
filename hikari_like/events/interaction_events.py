"""`InteractionCreateEvent`: an interaction that arrived over the gateway.

Most bots answer interactions with `set_listener` (the same listener serves HTTP and gateway
bots); these events are for watching them, e.g. for logging:

```python
@bot.listen()
async def log_commands(event: hikari_like.CommandInteractionCreateEvent) -> None:
    print(event.interaction.command_name)
```
"""

from __future__ import annotations

__all__ = [
    "AutocompleteInteractionCreateEvent",
    "CommandInteractionCreateEvent",
    "ComponentInteractionCreateEvent",
    "InteractionCreateEvent",
    "ModalInteractionCreateEvent",
]

import typing

import attrs

from hikari_like.events import shard_events

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.interactions import base_interactions
    from hikari_like.interactions import command_interactions
    from hikari_like.interactions import component_interactions
    from hikari_like.interactions import modal_interactions


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class InteractionCreateEvent(shard_events.ShardEvent):
    """An interaction received over the gateway (fired before the interaction's listener answers it)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    interaction: base_interactions.PartialInteraction

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the interaction."""
        return self.interaction.app


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class CommandInteractionCreateEvent(InteractionCreateEvent):
    """A slash, user or message command was run."""

    interaction: command_interactions.CommandInteraction


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ComponentInteractionCreateEvent(InteractionCreateEvent):
    """A button was pressed or a select menu used."""

    interaction: component_interactions.ComponentInteraction


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AutocompleteInteractionCreateEvent(InteractionCreateEvent):
    """A user is typing an option that has autocomplete."""

    interaction: command_interactions.AutocompleteInteraction


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ModalInteractionCreateEvent(InteractionCreateEvent):
    """A modal was submitted."""

    interaction: modal_interactions.ModalInteraction
