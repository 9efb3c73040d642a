"""Every public attribute hikari 2.7's guild, channel, invite, template and voice models have, ours have too.

hikari is the contract for names: a hikari program reading `guild.premium_tier` or
`channel.permission_overwrites` must find them. Each exception below says why it is one.
"""

from __future__ import annotations

import importlib
import inspect
import typing

import attrs
import pytest

hikari = pytest.importorskip("hikari")

MODULES: typing.Final = ("guilds", "channels", "invites", "templates", "voices")

# hikari names this issue does not bring, each with the reason.
NOT_YET: typing.Final = {
    # Models of other resources, for later parts of the REST surface.
    "guilds.GatewayGuild": "the gateway's guild (with member and presence caches) comes with a cache",
    "guilds.Integration": "integrations come with fetch_integrations",
    "guilds.IntegrationAccount": "integrations come with fetch_integrations",
    "guilds.IntegrationApplication": "integrations come with fetch_integrations",
    "guilds.IntegrationExpireBehaviour": "integrations come with fetch_integrations",
    "guilds.IntegrationType": "integrations come with fetch_integrations",
    "guilds.PartialApplication": "integrations come with fetch_integrations",
    "guilds.PartialIntegration": "integrations come with fetch_integrations",
    "channels.WebhookChannelT": "webhook channels come with the webhook endpoints",
    "channels.WebhookChannelTypes": "webhook channels come with the webhook endpoints",
    "voices.VoiceState": "voice states come with the gateway's voice events",
}

# Attributes that need hikari's cache, or models hikari_like does not have yet.
ATTRIBUTE_EXCEPTIONS: typing.Final = {
    ("guilds.RESTGuild", "stickers"): "hikari_like has no sticker models yet",
    ("guilds.Member", "avatar_decoration"): "avatar decorations are not modelled yet",
    ("guilds.Member", "display_avatar_decoration"): "avatar decorations are not modelled yet",
    ("guilds.Member", "guild_avatar_decoration"): "avatar decorations are not modelled yet",
}


def _public_attributes(cls: type) -> set[str]:
    names = {field.alias or field.name for field in attrs.fields(cls)} if attrs.has(cls) else set()
    names |= {name for name, _ in inspect.getmembers(cls, lambda value: isinstance(value, property))}
    return {name for name in names if not name.startswith("_")}


def _hikari_models() -> list[str]:
    found = []
    for module_name in MODULES:
        module = importlib.import_module(f"hikari.{module_name}")
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value) and f"{module_name}.{name}" not in NOT_YET:
                found.append(f"{module_name}.{name}")
    return found


def _pair(path: str) -> tuple[typing.Any, typing.Any]:
    module_name, name = path.split(".")
    ours = getattr(importlib.import_module(f"hikari_like.{module_name}"), name)
    return getattr(importlib.import_module(f"hikari.{module_name}"), name), ours


@pytest.mark.parametrize("path", _hikari_models())
def test_we_have_the_class_with_hikaris_public_attributes(path: str) -> None:
    theirs, ours = _pair(path)
    # Enums' and flags' attributes are their members.
    if issubclass(theirs, int | str) and hasattr(theirs, "__members__"):
        expected = set(theirs.__members__)
        assert expected - set(ours.__members__) == set()
        return
    skipped = {name for (model, name) in ATTRIBUTE_EXCEPTIONS if model == path}

    missing = _public_attributes(theirs) - _public_attributes(ours) - skipped

    assert missing == set()


@pytest.mark.parametrize("path", _hikari_models())
def test_our_class_has_hikaris_methods_that_need_no_rest(path: str) -> None:
    theirs, ours = _pair(path)
    url_methods = {name for name in dir(theirs) if name.startswith("make_") and name.endswith("_url")}

    assert {name for name in url_methods if not hasattr(ours, name)} == set()


def test_the_exceptions_name_real_hikari_attributes() -> None:
    for model, name in ATTRIBUTE_EXCEPTIONS:
        theirs, _ = _pair(model)
        assert name in _public_attributes(theirs), (model, name)
