"""Every builder in one place, as in hikari: `from hikari_like.impl import special_endpoints`.

```python
from hikari_like.impl import special_endpoints

row = special_endpoints.MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")
card = special_endpoints.ContainerComponentBuilder(accent_color=0x5865F2).add_text_display("Hello")
```
"""

from __future__ import annotations

__all__ = [
    # Interaction responses.
    "AutocompleteChoiceBuilder",
    "InteractionAutocompleteBuilder",
    "InteractionDeferredBuilder",
    "InteractionMessageBuilder",
    "InteractionModalBuilder",
    # Components.
    "ComponentBuilder",
    "ChannelSelectMenuBuilder",
    "FileUploadComponentBuilder",
    "InteractiveButtonBuilder",
    "LabelComponentBuilder",
    "LinkButtonBuilder",
    "MessageActionRowBuilder",
    "ModalActionRowBuilder",
    "PremiumButtonBuilder",
    "SelectDefaultValue",
    "SelectMenuBuilder",
    "SelectOptionBuilder",
    "TextDisplayComponentBuilder",
    "TextInputBuilder",
    "TextSelectMenuBuilder",
    # Components v2 layout.
    "ContainerComponentBuilder",
    "FileComponentBuilder",
    "MediaGalleryComponentBuilder",
    "MediaGalleryItemBuilder",
    "SectionComponentBuilder",
    "SeparatorComponentBuilder",
    "ThumbnailComponentBuilder",
    # Commands.
    "CommandBuilder",
    "ContextMenuCommandBuilder",
    "SlashCommandBuilder",
    "serialize_command_option",
    # Message fields, shared with the REST client.
    "serialize_message_fields",
]

from hikari_like.impl.command_builders import CommandBuilder
from hikari_like.impl.command_builders import ContextMenuCommandBuilder
from hikari_like.impl.command_builders import SlashCommandBuilder
from hikari_like.impl.command_builders import serialize_command_option
from hikari_like.impl.component_builders import ChannelSelectMenuBuilder
from hikari_like.impl.component_builders import ComponentBuilder
from hikari_like.impl.component_builders import FileUploadComponentBuilder
from hikari_like.impl.component_builders import InteractiveButtonBuilder
from hikari_like.impl.component_builders import LabelComponentBuilder
from hikari_like.impl.component_builders import LinkButtonBuilder
from hikari_like.impl.component_builders import PremiumButtonBuilder
from hikari_like.impl.component_builders import SelectDefaultValue
from hikari_like.impl.component_builders import SelectMenuBuilder
from hikari_like.impl.component_builders import SelectOptionBuilder
from hikari_like.impl.component_builders import TextDisplayComponentBuilder
from hikari_like.impl.component_builders import TextInputBuilder
from hikari_like.impl.component_builders import TextSelectMenuBuilder
from hikari_like.impl.layout_builders import ContainerComponentBuilder
from hikari_like.impl.layout_builders import FileComponentBuilder
from hikari_like.impl.layout_builders import MediaGalleryComponentBuilder
from hikari_like.impl.layout_builders import MediaGalleryItemBuilder
from hikari_like.impl.layout_builders import SectionComponentBuilder
from hikari_like.impl.layout_builders import SeparatorComponentBuilder
from hikari_like.impl.layout_builders import ThumbnailComponentBuilder
from hikari_like.impl.message_builders import serialize_message_fields
from hikari_like.impl.response_builders import AutocompleteChoiceBuilder
from hikari_like.impl.response_builders import InteractionAutocompleteBuilder
from hikari_like.impl.response_builders import InteractionDeferredBuilder
from hikari_like.impl.response_builders import InteractionMessageBuilder
from hikari_like.impl.response_builders import InteractionModalBuilder
from hikari_like.impl.row_builders import MessageActionRowBuilder
from hikari_like.impl.row_builders import ModalActionRowBuilder
