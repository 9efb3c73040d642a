"""Names a package exports but imports only when a program first uses them (PEP 562).

`import hikari_like` should not pay for aiohttp, the REST client or the servers when a module
only defines listeners. A package lists those names with the module each comes from; the first
access imports the module and stores the value in the package, so later lookups are ordinary
attribute reads. The same names are imported under `typing.TYPE_CHECKING`, so type checkers and
IDEs see the real objects, and `__getattr__` is defined only at run time, so a misspelt name is
still a type error::

    if typing.TYPE_CHECKING:
        from hikari_like.impl.bots.rest_bot import RESTBot
    else:
        __getattr__, __dir__ = lazy_imports.exports(
            __name__, {"RESTBot": "hikari_like.impl.bots.rest_bot"}
        )

A name mapped to the package's own submodule of that name (`"impl": "hikari_like.impl"`) is
the submodule itself.
"""

from __future__ import annotations

__all__ = ["BUILDER_SOURCES", "IMPL_SOURCES", "exports", "module", "reexport"]

import importlib
import importlib.util
import sys
import types
import typing

IMPL_SOURCES: typing.Final[typing.Mapping[str, str]] = {
    "AsgiAdapter": "hikari_like.impl.server.asgi",
    "AsgiBot": "hikari_like.impl.bots.asgi_bot",
    "BasicAuthHeader": "hikari_like.impl.config",
    "HTTPSettings": "hikari_like.impl.config",
    "HTTPTimeoutSettings": "hikari_like.impl.config",
    "ProxySettings": "hikari_like.impl.config",
    "EntityFactoryImpl": "hikari_like.impl.entity_factory",
    "EventFactoryImpl": "hikari_like.impl.gateway.event_factory",
    "EventManagerImpl": "hikari_like.impl.gateway.event_manager",
    "EventStream": "hikari_like.impl.gateway.event_stream",
    "GatewayBot": "hikari_like.impl.bots.gateway_bot",
    "GatewayShardImpl": "hikari_like.impl.gateway",
    "GatewayTimings": "hikari_like.impl.gateway",
    "IdentifyLimiter": "hikari_like.impl.gateway",
    "InteractionServer": "hikari_like.impl.server.interaction_server",
    "InMemoryRateLimitStore": "hikari_like.impl.rest.rate_limit_store",
    "RedisStore": "hikari_like.impl.rest.redis",
    "run_workers": "hikari_like.impl.bots.workers",
    "RESTApp": "hikari_like.impl.rest.client",
    "RESTClientImpl": "hikari_like.impl.rest.client",
    "RESTBot": "hikari_like.impl.bots.rest_bot",
    "ClientCredentialsStrategy": "hikari_like.impl.rest.token_strategies",
    "StaticTokenStrategy": "hikari_like.impl.rest.token_strategies",
    "TokenStrategy": "hikari_like.impl.rest.token_strategies",
    "ThreadMembersIterator": "hikari_like.impl.rest.thread_pages",
    "TypingIndicator": "hikari_like.impl.rest.typing_indicator",
}
"""The bots, servers, REST client and settings `hikari_like.impl` loads on first use; the top-level
package re-exports most of them (it lives here, not in `impl`, because importing anything under
`impl` runs `impl/__init__`)."""


_MODAL_FIELDS: typing.Final = "hikari_like.impl.builders.modal_fields"
_POLL_BUILDERS: typing.Final = "hikari_like.impl.builders.polls"
_ONBOARDING_BUILDERS: typing.Final = "hikari_like.impl.builders.onboarding"
_AUTO_MOD_BUILDERS: typing.Final = "hikari_like.impl.builders.auto_mod"

BUILDER_SOURCES: typing.Final[typing.Mapping[str, str]] = {
    "CheckboxComponentBuilder": _MODAL_FIELDS,
    "CheckboxGroupComponentBuilder": _MODAL_FIELDS,
    "CheckboxGroupOptionBuilder": _MODAL_FIELDS,
    "FileUploadComponentBuilder": _MODAL_FIELDS,
    "LabelComponentBuilder": _MODAL_FIELDS,
    "RadioGroupComponentBuilder": _MODAL_FIELDS,
    "RadioGroupOptionBuilder": _MODAL_FIELDS,
    "PollAnswerBuilder": _POLL_BUILDERS,
    "PollBuilder": _POLL_BUILDERS,
    "GuildOnboardingPromptBuilder": _ONBOARDING_BUILDERS,
    "GuildOnboardingPromptOptionBuilder": _ONBOARDING_BUILDERS,
    "AutoModBlockMemberInteractionActionBuilder": _AUTO_MOD_BUILDERS,
    "AutoModBlockMessageActionBuilder": _AUTO_MOD_BUILDERS,
    "AutoModKeywordPresetTriggerBuilder": _AUTO_MOD_BUILDERS,
    "AutoModKeywordTriggerBuilder": _AUTO_MOD_BUILDERS,
    "AutoModMemberProfileTriggerBuilder": _AUTO_MOD_BUILDERS,
    "AutoModMentionSpamTriggerBuilder": _AUTO_MOD_BUILDERS,
    "AutoModSendAlertMessageActionBuilder": _AUTO_MOD_BUILDERS,
    "AutoModSpamTriggerBuilder": _AUTO_MOD_BUILDERS,
    "AutoModTimeoutActionBuilder": _AUTO_MOD_BUILDERS,
}
"""The builders `hikari_like.impl.builders` (and `impl`, `impl.special_endpoints`) load on first
use: modal fields, polls, onboarding prompts and auto-moderation rules, which most answers never
build; every other builder loads with the package, as the interaction server needs them."""


def exports(
    package: str, sources: typing.Mapping[str, str], /
) -> tuple[typing.Callable[[str], object], typing.Callable[[], list[str]]]:
    """Return the `__getattr__` and `__dir__` that make `package` import `sources` on first use.

    `sources` maps each lazily exported name to the module that defines it.
    """
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> object:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(source)
        value = module if source == f"{package}.{name}" else getattr(module, name)
        namespace[name] = value  # cached: the next lookup no longer reaches __getattr__
        return value

    def __dir__() -> list[str]:
        return sorted(namespace.keys() | sources.keys())

    return __getattr__, __dir__


def reexport(
    package: str,
    source: types.ModuleType,
    lazy: typing.Mapping[str, str],
    /,
    *,
    also: typing.Mapping[str, str] | None = None,
) -> tuple[typing.Callable[[str], object], typing.Callable[[], list[str]]]:
    """Put `source`'s exports into `package` (`from source import *`, but the names in `lazy` are
    left to load on first use), and return `exports(package, lazy | also)`."""
    namespace = vars(sys.modules[package])
    namespace.update({name: getattr(source, name) for name in source.__all__ if name not in lazy})
    return exports(package, {**lazy, **(also or {})})


def module(name: str, /) -> types.ModuleType:
    """The module `name`, executed only when one of its attributes is first read.

    For a module whose classes only some calls need (the REST client's guild templates, invites
    and voice regions): `templates = lazy_imports.module("hikari_like.templates")` at the top of
    the endpoint module, with the real import under `typing.TYPE_CHECKING` for type checkers. A
    module already imported is returned as it is.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    lazy = importlib.util.module_from_spec(spec)
    sys.modules[name] = lazy
    loader.exec_module(lazy)
    return lazy
