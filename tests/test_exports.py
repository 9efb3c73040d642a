"""The public surface: every exported name resolves, and hikari's names are where hikari has them."""

from __future__ import annotations

import importlib

import pytest

import hikari_like

PUBLIC_MODULES = [
    "hikari_like",
    "hikari_like.api",
    "hikari_like.impl",
    "hikari_like.errors",
    "hikari_like.iterators",
    "hikari_like.testing",
    "hikari_like.testing.emulator",
    "hikari_like.ipc",
]

# Names a hikari REST-bot program reaches for, at the path hikari has them.
HIKARI_NAMES = {
    "hikari_like": [
        "CommandInteraction",
        "AutocompleteInteraction",
        "ComponentInteraction",
        "ModalInteraction",
        "PartialInteraction",
        "ResponseType",
        "InteractionType",
        "MessageFlag",
        "ButtonStyle",
        "TextInputStyle",
        "ComponentType",
        "CommandType",
        "OptionType",
        "CommandOption",
        "CommandChoice",
        "Embed",
        "Color",
        "Colour",
        "Bytes",
        "File",
        "URL",
        "Snowflake",
        "UNDEFINED",
        "User",
        "OwnUser",
        "PartialUser",
        "TokenType",
        "Member",
        "Role",
        "Message",
        "Attachment",
        "Poll",
        "PollAnswer",
        "PollAnswerCount",
        "PollLayoutType",
        "PollMedia",
        "PollResult",
        "PrimaryGuild",
        "ColorGradient",
        "ColourGradient",
        "Guild",
        "RESTGuild",
        "GuildPreview",
        "GuildBan",
        "Integration",
        "IntegrationType",
        "PartialGuild",
        "GuildTextChannel",
        "GuildVoiceChannel",
        "GuildCategory",
        "PermissionOverwrite",
        "PermissionOverwriteType",
        "Invite",
        "InviteWithMetadata",
        "Template",
        "VoiceRegion",
        "Permissions",
        "Locale",
        "HikariError",
        "NotFoundError",
        "RESTApp",
        "RESTBot",
        "AsgiBot",
        "AsgiAdapter",
        "HikariInterrupt",
        "HTTPSettings",
        "ProxySettings",
        "iterators",
    ],
    "hikari_like.iterators": [
        "LazyIterator",
        "FlatLazyIterator",
        "BufferedLazyIterator",
        "All",
        "AttrComparator",
    ],
    "hikari_like.impl": [
        "InteractionMessageBuilder",
        "InteractionDeferredBuilder",
        "InteractionLaunchActivityBuilder",
        "InteractionModalBuilder",
        "InteractionAutocompleteBuilder",
        "AutocompleteChoiceBuilder",
        "MessageActionRowBuilder",
        "ModalActionRowBuilder",
        "SlashCommandBuilder",
        "ContextMenuCommandBuilder",
        "PollBuilder",
        "PollAnswerBuilder",
        "RESTClientImpl",
    ],
    "hikari_like.api": [
        "RESTClient",
        "ComponentBuilder",
        "InteractionResponseBuilder",
        "InteractionMessageBuilder",
        "InteractionDeferredBuilder",
        "InteractionModalBuilder",
        "MessageActionRowBuilder",
        "ModalActionRowBuilder",
        "ButtonBuilder",
        "SlashCommandBuilder",
    ],
}


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_every_exported_name_resolves(module_name: str) -> None:
    module = importlib.import_module(module_name)
    exported = module.__all__

    assert len(exported) == len(set(exported)), "duplicate names in __all__"
    for name in exported:
        assert hasattr(module, name), f"{module_name}.{name} is in __all__ but missing"


@pytest.mark.parametrize(
    ("module_name", "name"), [(m, n) for m, names in HIKARI_NAMES.items() for n in names]
)
def test_hikari_names_are_where_hikari_has_them(module_name: str, name: str) -> None:
    assert name in importlib.import_module(module_name).__all__


def test_version_is_exported() -> None:
    assert hikari_like.__version__
