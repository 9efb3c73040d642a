"""Builders: what a bot sends, as fluent setters and a pure `build()` (interaction responses,
components and layouts, message rows, commands).

One module per kind (`responses`, `components`, `layout`, `rows`, `messages`, `commands`, and the
shared limit `checks`); this package gathers every builder, as hikari's `special_endpoints` does,
and `hikari_like.impl` re-exports them all:

```python
from hikari_like import impl

row = impl.MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")
card = impl.ContainerComponentBuilder(accent_color=0x5865F2).add_text_display("Hello")
```
"""

from __future__ import annotations

import typing

__all__ = [
    # Interaction responses.
    "AutocompleteChoiceBuilder",
    "InteractionAutocompleteBuilder",
    "InteractionDeferredBuilder",
    "InteractionLaunchActivityBuilder",
    "InteractionMessageBuilder",
    "InteractionModalBuilder",
    # Components.
    "ComponentBuilder",
    "ChannelSelectMenuBuilder",
    "CheckboxComponentBuilder",
    "CheckboxGroupComponentBuilder",
    "CheckboxGroupOptionBuilder",
    "FileUploadComponentBuilder",
    "InteractiveButtonBuilder",
    "LabelComponentBuilder",
    "LinkButtonBuilder",
    "MessageActionRowBuilder",
    "ModalActionRowBuilder",
    "PremiumButtonBuilder",
    "RadioGroupComponentBuilder",
    "RadioGroupOptionBuilder",
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
    "EntryPointCommandBuilder",
    "SlashCommandBuilder",
    "check_command_set",
    "serialize_command_option",
    # Polls.
    "PollAnswerBuilder",
    "PollBuilder",
    # Auto-moderation triggers and actions.
    "AutoModBlockMemberInteractionActionBuilder",
    "AutoModBlockMessageActionBuilder",
    "AutoModKeywordPresetTriggerBuilder",
    "AutoModKeywordTriggerBuilder",
    "AutoModMemberProfileTriggerBuilder",
    "AutoModMentionSpamTriggerBuilder",
    "AutoModSendAlertMessageActionBuilder",
    "AutoModSpamTriggerBuilder",
    "AutoModTimeoutActionBuilder",
    # Onboarding prompts.
    "GuildOnboardingPromptBuilder",
    "GuildOnboardingPromptOptionBuilder",
    # Message fields, shared with the REST client.
    "serialize_message_fields",
]

from hikari_like.impl.builders.commands import CommandBuilder
from hikari_like.impl.builders.commands import ContextMenuCommandBuilder
from hikari_like.impl.builders.commands import EntryPointCommandBuilder
from hikari_like.impl.builders.commands import SlashCommandBuilder
from hikari_like.impl.builders.commands import check_command_set
from hikari_like.impl.builders.commands import serialize_command_option
from hikari_like.impl.builders.components import ChannelSelectMenuBuilder
from hikari_like.impl.builders.components import ComponentBuilder
from hikari_like.impl.builders.components import InteractiveButtonBuilder
from hikari_like.impl.builders.components import LinkButtonBuilder
from hikari_like.impl.builders.components import PremiumButtonBuilder
from hikari_like.impl.builders.components import SelectDefaultValue
from hikari_like.impl.builders.components import SelectMenuBuilder
from hikari_like.impl.builders.components import SelectOptionBuilder
from hikari_like.impl.builders.components import TextDisplayComponentBuilder
from hikari_like.impl.builders.components import TextInputBuilder
from hikari_like.impl.builders.components import TextSelectMenuBuilder
from hikari_like.impl.builders.layout import ContainerComponentBuilder
from hikari_like.impl.builders.layout import FileComponentBuilder
from hikari_like.impl.builders.layout import MediaGalleryComponentBuilder
from hikari_like.impl.builders.layout import MediaGalleryItemBuilder
from hikari_like.impl.builders.layout import SectionComponentBuilder
from hikari_like.impl.builders.layout import SeparatorComponentBuilder
from hikari_like.impl.builders.layout import ThumbnailComponentBuilder
from hikari_like.impl.builders.messages import serialize_message_fields
from hikari_like.impl.builders.responses import AutocompleteChoiceBuilder
from hikari_like.impl.builders.responses import InteractionAutocompleteBuilder
from hikari_like.impl.builders.responses import InteractionDeferredBuilder
from hikari_like.impl.builders.responses import InteractionLaunchActivityBuilder
from hikari_like.impl.builders.responses import InteractionMessageBuilder
from hikari_like.impl.builders.responses import InteractionModalBuilder
from hikari_like.impl.builders.rows import MessageActionRowBuilder
from hikari_like.impl.builders.rows import ModalActionRowBuilder

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders.auto_mod import AutoModBlockMemberInteractionActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModBlockMessageActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModKeywordPresetTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModKeywordTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModMemberProfileTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModMentionSpamTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModSendAlertMessageActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModSpamTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModTimeoutActionBuilder
    from hikari_like.impl.builders.modal_fields import CheckboxComponentBuilder
    from hikari_like.impl.builders.modal_fields import CheckboxGroupComponentBuilder
    from hikari_like.impl.builders.modal_fields import CheckboxGroupOptionBuilder
    from hikari_like.impl.builders.modal_fields import FileUploadComponentBuilder
    from hikari_like.impl.builders.modal_fields import LabelComponentBuilder
    from hikari_like.impl.builders.modal_fields import RadioGroupComponentBuilder
    from hikari_like.impl.builders.modal_fields import RadioGroupOptionBuilder
    from hikari_like.impl.builders.onboarding import GuildOnboardingPromptBuilder
    from hikari_like.impl.builders.onboarding import GuildOnboardingPromptOptionBuilder
    from hikari_like.impl.builders.polls import PollAnswerBuilder
    from hikari_like.impl.builders.polls import PollBuilder
else:
    from hikari_like.internal import lazy_imports

    # Modal fields, polls, onboarding prompts and auto-moderation builders load on first use
    # (`lazy_imports.BUILDER_SOURCES`).
    __getattr__, __dir__ = lazy_imports.exports(__name__, lazy_imports.BUILDER_SOURCES)
