"""Interaction models: what Discord sends when a user runs a command, presses a button, ...

`INTERACTION_TYPES` maps a payload's `type` to the class that parses it:

```python
interaction_class = INTERACTION_TYPES[payload["type"]]
interaction = interaction_class.from_payload(payload, app=bot)
```
"""

from __future__ import annotations

__all__ = [
    "COMMAND_RESPONSE_TYPES",
    "COMPONENT_RESPONSE_TYPES",
    "DEFERRED_RESPONSE_TYPES",
    "INTERACTION_TYPES",
    "MESSAGE_RESPONSE_TYPES",
    "MODAL_RESPONSE_TYPES",
    "AutocompleteInteraction",
    "AutocompleteInteractionOption",
    "BaseCommandInteraction",
    "CommandInteraction",
    "CommandInteractionMetadata",
    "CommandInteractionOption",
    "CommandResponseTypesT",
    "ComponentInteraction",
    "ComponentInteractionMetadata",
    "CheckboxComponent",
    "CheckboxGroupComponent",
    "ComponentResponseTypesT",
    "DeferredResponseTypesT",
    "FileUploadComponent",
    "InteractionCallback",
    "InteractionCallbackActivityInstance",
    "InteractionCallbackResource",
    "InteractionCallbackResponse",
    "InteractionChannel",
    "InteractionMember",
    "InteractionType",
    "LabelComponent",
    "MessageResponseMixin",
    "MessageResponseTypesT",
    "ModalActionRowComponent",
    "ModalComponent",
    "ModalInteraction",
    "ModalInteractionMetadata",
    "ModalResponseMixin",
    "ModalResponseTypesT",
    "ModalSelectMenuComponent",
    "ModalValueT",
    "PartialInteraction",
    "PartialInteractionMetadata",
    "RadioGroupComponent",
    "ResolvedOptionData",
    "ResponseType",
    "TextInputComponent",
]

import types
import typing

from hikari_like.interactions.base_interactions import DEFERRED_RESPONSE_TYPES
from hikari_like.interactions.base_interactions import MESSAGE_RESPONSE_TYPES
from hikari_like.interactions.base_interactions import DeferredResponseTypesT
from hikari_like.interactions.base_interactions import InteractionCallbackActivityInstance
from hikari_like.interactions.base_interactions import InteractionChannel
from hikari_like.interactions.base_interactions import InteractionMember
from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.interactions.base_interactions import MessageResponseMixin
from hikari_like.interactions.base_interactions import MessageResponseTypesT
from hikari_like.interactions.base_interactions import ModalResponseMixin
from hikari_like.interactions.base_interactions import PartialInteraction
from hikari_like.interactions.base_interactions import PartialInteractionMetadata
from hikari_like.interactions.base_interactions import ResolvedOptionData
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.callback_responses import InteractionCallback
from hikari_like.interactions.callback_responses import InteractionCallbackResource
from hikari_like.interactions.callback_responses import InteractionCallbackResponse
from hikari_like.interactions.command_interactions import COMMAND_RESPONSE_TYPES
from hikari_like.interactions.command_interactions import AutocompleteInteraction
from hikari_like.interactions.command_interactions import AutocompleteInteractionOption
from hikari_like.interactions.command_interactions import BaseCommandInteraction
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.command_interactions import CommandInteractionMetadata
from hikari_like.interactions.command_interactions import CommandInteractionOption
from hikari_like.interactions.command_interactions import CommandResponseTypesT
from hikari_like.interactions.component_interactions import COMPONENT_RESPONSE_TYPES
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.component_interactions import ComponentInteractionMetadata
from hikari_like.interactions.component_interactions import ComponentResponseTypesT
from hikari_like.interactions.modal_interactions import MODAL_RESPONSE_TYPES
from hikari_like.interactions.modal_interactions import CheckboxComponent
from hikari_like.interactions.modal_interactions import CheckboxGroupComponent
from hikari_like.interactions.modal_interactions import FileUploadComponent
from hikari_like.interactions.modal_interactions import LabelComponent
from hikari_like.interactions.modal_interactions import ModalActionRowComponent
from hikari_like.interactions.modal_interactions import ModalComponent
from hikari_like.interactions.modal_interactions import ModalInteraction
from hikari_like.interactions.modal_interactions import ModalInteractionMetadata
from hikari_like.interactions.modal_interactions import ModalResponseTypesT
from hikari_like.interactions.modal_interactions import ModalSelectMenuComponent
from hikari_like.interactions.modal_interactions import ModalValueT
from hikari_like.interactions.modal_interactions import RadioGroupComponent
from hikari_like.interactions.modal_interactions import TextInputComponent

INTERACTION_TYPES: typing.Final[typing.Mapping[int, type[PartialInteraction]]] = types.MappingProxyType(
    {
        InteractionType.APPLICATION_COMMAND: CommandInteraction,
        InteractionType.MESSAGE_COMPONENT: ComponentInteraction,
        InteractionType.AUTOCOMPLETE: AutocompleteInteraction,
        InteractionType.MODAL_SUBMIT: ModalInteraction,
    }
)
"""The class that parses each interaction type (PING, type 1, has no model: the core answers it)."""
