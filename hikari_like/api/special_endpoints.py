"""hikari's names for the builder interfaces (`hikari.api.InteractionMessageBuilder`, ...).

The builders themselves live in `hikari_like.impl`; `api/` never imports it at run time (the
import contracts forbid it). So each name here is two things, chosen so that hikari programs
work unchanged:

- to a type checker, the very builder class of `impl` (imported under `TYPE_CHECKING`), so an
  annotation such as `def reply(b: hikari.api.InteractionMessageBuilder)` checks every setter
  against the real signatures, and our builders satisfy it without restating ~40 protocols;
- at run time, an abstract class whose `isinstance`/`issubclass` answer "is it (a subclass of)
  that builder?", found in `sys.modules` rather than imported: an instance can only exist once
  its module is loaded, so looking there is exact and keeps `import hikari_like.api` light.

```python
def reply(builder: hikari.api.InteractionMessageBuilder) -> hikari.api.InteractionMessageBuilder:
    return builder.set_content("Done")

assert isinstance(rest.build_message_action_row(), hikari.api.MessageActionRowBuilder)
```

`ComponentBuilder` and `InteractionResponseBuilder` are protocols instead: they are what the
interaction server and rows accept from any builder, user-written ones too.
"""

from __future__ import annotations

__all__ = [
    "AutoModActionBuilder",
    "AutoModBlockMemberInteractionActionBuilder",
    "AutoModBlockMessageActionBuilder",
    "AutoModKeywordPresetTriggerBuilder",
    "AutoModKeywordTriggerBuilder",
    "AutoModMemberProfileTriggerBuilder",
    "AutoModMentionSpamTriggerBuilder",
    "AutoModSendAlertMessageActionBuilder",
    "AutoModSpamTriggerBuilder",
    "AutoModTimeoutActionBuilder",
    "AutoModTriggerBuilder",
    "AutocompleteChoiceBuilder",
    "ButtonBuilder",
    "ChannelSelectMenuBuilder",
    "CommandBuilder",
    "ComponentBuilder",
    "ContainerComponentBuilder",
    "ContextMenuCommandBuilder",
    "FileComponentBuilder",
    "InteractionAutocompleteBuilder",
    "InteractionDeferredBuilder",
    "InteractionMessageBuilder",
    "InteractionModalBuilder",
    "InteractionResponseBuilder",
    "InteractiveButtonBuilder",
    "LinkButtonBuilder",
    "MediaGalleryComponentBuilder",
    "MediaGalleryItemBuilder",
    "MessageActionRowBuilder",
    "ModalActionRowBuilder",
    "PollAnswerBuilder",
    "PollBuilder",
    "SectionComponentBuilder",
    "SelectMenuBuilder",
    "SelectOptionBuilder",
    "SeparatorComponentBuilder",
    "SlashCommandBuilder",
    "TextDisplayComponentBuilder",
    "TextInputBuilder",
    "TextSelectMenuBuilder",
    "ThumbnailComponentBuilder",
    "TypingIndicator",
]

import abc
import sys
import typing

if typing.TYPE_CHECKING:
    from hikari_like import auto_mod
    from hikari_like import components
    from hikari_like import files
    from hikari_like.impl.builders.auto_mod import AutoModBlockMemberInteractionActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModBlockMessageActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModKeywordPresetTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModKeywordTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModMemberProfileTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModMentionSpamTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModSendAlertMessageActionBuilder
    from hikari_like.impl.builders.auto_mod import AutoModSpamTriggerBuilder
    from hikari_like.impl.builders.auto_mod import AutoModTimeoutActionBuilder
    from hikari_like.impl.builders.commands import CommandBuilder
    from hikari_like.impl.builders.commands import ContextMenuCommandBuilder
    from hikari_like.impl.builders.commands import SlashCommandBuilder
    from hikari_like.impl.builders.components import ChannelSelectMenuBuilder
    from hikari_like.impl.builders.components import InteractiveButtonBuilder
    from hikari_like.impl.builders.components import LinkButtonBuilder
    from hikari_like.impl.builders.components import SelectMenuBuilder
    from hikari_like.impl.builders.components import SelectOptionBuilder
    from hikari_like.impl.builders.components import TextDisplayComponentBuilder
    from hikari_like.impl.builders.components import TextInputBuilder
    from hikari_like.impl.builders.components import TextSelectMenuBuilder
    from hikari_like.impl.builders.components import _ButtonBuilder as ButtonBuilder
    from hikari_like.impl.builders.layout import ContainerComponentBuilder
    from hikari_like.impl.builders.layout import FileComponentBuilder
    from hikari_like.impl.builders.layout import MediaGalleryComponentBuilder
    from hikari_like.impl.builders.layout import MediaGalleryItemBuilder
    from hikari_like.impl.builders.layout import SectionComponentBuilder
    from hikari_like.impl.builders.layout import SeparatorComponentBuilder
    from hikari_like.impl.builders.layout import ThumbnailComponentBuilder
    from hikari_like.impl.builders.polls import PollAnswerBuilder
    from hikari_like.impl.builders.polls import PollBuilder
    from hikari_like.impl.builders.responses import AutocompleteChoiceBuilder
    from hikari_like.impl.builders.responses import InteractionAutocompleteBuilder
    from hikari_like.impl.builders.responses import InteractionDeferredBuilder
    from hikari_like.impl.builders.responses import InteractionMessageBuilder
    from hikari_like.impl.builders.responses import InteractionModalBuilder
    from hikari_like.impl.builders.rows import MessageActionRowBuilder
    from hikari_like.impl.builders.rows import ModalActionRowBuilder
    from hikari_like.impl.rest.typing_indicator import TypingIndicator
    from hikari_like.interactions import base_interactions
    from hikari_like.internal.json import JSONObject


@typing.runtime_checkable
class InteractionResponseBuilder(typing.Protocol):
    """Anything that can be sent as an interaction's initial response."""

    @property
    def type(self) -> base_interactions.ResponseType | int:
        """The response type this builder sends."""
        ...

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body (`{"type": ..., "data": ...}`) and the files to attach.

        Pure: calling it twice gives equal results and changes nothing.
        """
        ...


@typing.runtime_checkable
class ComponentBuilder(typing.Protocol):
    """Anything that builds one component: what messages, rows and modals accept."""

    @property
    def type(self) -> components.ComponentType | int:
        """The component's type."""
        ...

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The component object and the files it needs uploaded. Pure."""
        ...


@typing.runtime_checkable
class AutoModTriggerBuilder(typing.Protocol):
    """A rule's trigger, as `create_auto_mod_rule` takes it (`impl.AutoModKeywordTriggerBuilder`, ...)."""

    @property
    def type(self) -> auto_mod.AutoModTriggerType:
        """What the rule checks for."""
        ...

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The rule's `trigger_metadata`. Pure."""
        ...


@typing.runtime_checkable
class AutoModActionBuilder(typing.Protocol):
    """A rule's action, as `create_auto_mod_rule` takes it (`impl.AutoModBlockMessageActionBuilder`, ...)."""

    @property
    def type(self) -> auto_mod.AutoModActionType:
        """What the action does."""
        ...

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The action object. Pure."""
        ...


# Each interface name and where its implementation lives (module, class).
_IMPLEMENTATIONS: typing.Final[dict[str, tuple[str, str]]] = {
    "AutocompleteChoiceBuilder": ("hikari_like.impl.builders.responses", "AutocompleteChoiceBuilder"),
    "InteractionAutocompleteBuilder": (
        "hikari_like.impl.builders.responses",
        "InteractionAutocompleteBuilder",
    ),
    "InteractionDeferredBuilder": ("hikari_like.impl.builders.responses", "InteractionDeferredBuilder"),
    "InteractionMessageBuilder": ("hikari_like.impl.builders.responses", "InteractionMessageBuilder"),
    "InteractionModalBuilder": ("hikari_like.impl.builders.responses", "InteractionModalBuilder"),
    "ButtonBuilder": ("hikari_like.impl.builders.components", "_ButtonBuilder"),
    "ChannelSelectMenuBuilder": ("hikari_like.impl.builders.components", "ChannelSelectMenuBuilder"),
    "InteractiveButtonBuilder": ("hikari_like.impl.builders.components", "InteractiveButtonBuilder"),
    "LinkButtonBuilder": ("hikari_like.impl.builders.components", "LinkButtonBuilder"),
    "SelectMenuBuilder": ("hikari_like.impl.builders.components", "SelectMenuBuilder"),
    "SelectOptionBuilder": ("hikari_like.impl.builders.components", "SelectOptionBuilder"),
    "TextDisplayComponentBuilder": ("hikari_like.impl.builders.components", "TextDisplayComponentBuilder"),
    "TextInputBuilder": ("hikari_like.impl.builders.components", "TextInputBuilder"),
    "TextSelectMenuBuilder": ("hikari_like.impl.builders.components", "TextSelectMenuBuilder"),
    "MessageActionRowBuilder": ("hikari_like.impl.builders.rows", "MessageActionRowBuilder"),
    "ModalActionRowBuilder": ("hikari_like.impl.builders.rows", "ModalActionRowBuilder"),
    "ContainerComponentBuilder": ("hikari_like.impl.builders.layout", "ContainerComponentBuilder"),
    "FileComponentBuilder": ("hikari_like.impl.builders.layout", "FileComponentBuilder"),
    "MediaGalleryComponentBuilder": ("hikari_like.impl.builders.layout", "MediaGalleryComponentBuilder"),
    "MediaGalleryItemBuilder": ("hikari_like.impl.builders.layout", "MediaGalleryItemBuilder"),
    "SectionComponentBuilder": ("hikari_like.impl.builders.layout", "SectionComponentBuilder"),
    "SeparatorComponentBuilder": ("hikari_like.impl.builders.layout", "SeparatorComponentBuilder"),
    "ThumbnailComponentBuilder": ("hikari_like.impl.builders.layout", "ThumbnailComponentBuilder"),
    "CommandBuilder": ("hikari_like.impl.builders.commands", "CommandBuilder"),
    "ContextMenuCommandBuilder": ("hikari_like.impl.builders.commands", "ContextMenuCommandBuilder"),
    "SlashCommandBuilder": ("hikari_like.impl.builders.commands", "SlashCommandBuilder"),
    "PollAnswerBuilder": ("hikari_like.impl.builders.polls", "PollAnswerBuilder"),
    "PollBuilder": ("hikari_like.impl.builders.polls", "PollBuilder"),
    "TypingIndicator": ("hikari_like.impl.rest.typing_indicator", "TypingIndicator"),
    "AutoModBlockMemberInteractionActionBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModBlockMemberInteractionActionBuilder",
    ),
    "AutoModBlockMessageActionBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModBlockMessageActionBuilder",
    ),
    "AutoModKeywordPresetTriggerBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModKeywordPresetTriggerBuilder",
    ),
    "AutoModKeywordTriggerBuilder": ("hikari_like.impl.builders.auto_mod", "AutoModKeywordTriggerBuilder"),
    "AutoModMemberProfileTriggerBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModMemberProfileTriggerBuilder",
    ),
    "AutoModMentionSpamTriggerBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModMentionSpamTriggerBuilder",
    ),
    "AutoModSendAlertMessageActionBuilder": (
        "hikari_like.impl.builders.auto_mod",
        "AutoModSendAlertMessageActionBuilder",
    ),
    "AutoModSpamTriggerBuilder": ("hikari_like.impl.builders.auto_mod", "AutoModSpamTriggerBuilder"),
    "AutoModTimeoutActionBuilder": ("hikari_like.impl.builders.auto_mod", "AutoModTimeoutActionBuilder"),
}


class _BuilderInterface(abc.ABC):
    """An interface answered by one class of `hikari_like.impl` and its subclasses."""

    __slots__ = ()

    _implementation: typing.ClassVar[tuple[str, str]]

    @classmethod
    def __subclasshook__(cls, subclass: type) -> bool:
        module_name, class_name = cls._implementation
        implementation = getattr(sys.modules.get(module_name), class_name, None)
        if implementation is not None and implementation in getattr(subclass, "__mro__", ()):
            return True
        return typing.cast("bool", NotImplemented)


def _interface(name: str, implementation: tuple[str, str]) -> type[_BuilderInterface]:
    doc = f"hikari's `{name}`: answers `isinstance` for `{implementation[0]}.{implementation[1]}`."
    attributes = {"__slots__": (), "__doc__": doc, "__module__": __name__, "_implementation": implementation}
    return type(name, (_BuilderInterface,), attributes)


if not typing.TYPE_CHECKING:
    for _name, _implementation in _IMPLEMENTATIONS.items():
        globals()[_name] = _interface(_name, _implementation)
    del _name, _implementation
