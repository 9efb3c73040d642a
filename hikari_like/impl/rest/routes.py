"""REST routes: templates such as `POST /channels/{channel}/messages`, and compiled routes.

A `Route` is a method plus a path template. Compiling it with values gives a `CompiledRoute`,
which knows three things the REST machinery needs and never shows the secret parts:

- `compiled_path`, the real path sent to Discord (it may contain an interaction or webhook token);
- `major_key`, a digest of the major parameters (channel, guild, webhook + token, interaction +
  token): Discord rate-limits each value of these separately, so they split buckets;
- `str(route)`, the template (`POST /webhooks/{webhook}/{token}`), safe for logs and errors.

```python
route = POST_CHANNEL_MESSAGES.compile(channel=1234)
assert str(route) == "POST /channels/{channel}/messages"
assert route.compiled_path == "/channels/1234/messages"
```

`parse_path` builds a compiled route from a raw path (`/channels/1234/messages`), for callers of
the low-level `request()` who do not use templates.
"""

from __future__ import annotations

__all__ = [
    "CompiledRoute",
    "Route",
    "parse_path",
    "compile_ids",
    "DELETE_APPLICATION_COMMAND",
    "DELETE_APPLICATION_GUILD_COMMAND",
    "GET_APPLICATION_GUILD_COMMANDS",
    "POST_APPLICATION_GUILD_COMMAND",
    "PUT_APPLICATION_GUILD_COMMANDS",
    "DELETE_CHANNEL_MESSAGE",
    "DELETE_INTERACTION_RESPONSE",
    "DELETE_WEBHOOK_MESSAGE",
    "GET_APPLICATION_COMMANDS",
    "GET_CHANNEL",
    "PATCH_CHANNEL",
    "DELETE_CHANNEL",
    "PUT_CHANNEL_PERMISSIONS",
    "DELETE_CHANNEL_PERMISSIONS",
    "PUT_CHANNEL_VOICE_STATUS",
    "POST_GUILD_CHANNELS",
    "PATCH_GUILD_CHANNELS",
    "GET_CHANNEL_MESSAGE",
    "GET_GATEWAY",
    "GET_GATEWAY_BOT",
    "GET_INTERACTION_RESPONSE",
    "GET_MY_APPLICATION",
    "GET_MY_USER",
    "GET_POLL_ANSWER",
    "GET_USER",
    "GET_WEBHOOK_MESSAGE",
    "POST_MY_CHANNELS",
    "GET_GUILD_MEMBER",
    "GET_GUILD_MEMBERS",
    "GET_GUILD_MEMBERS_SEARCH",
    "PUT_GUILD_MEMBER",
    "PATCH_GUILD_MEMBER",
    "DELETE_GUILD_MEMBER",
    "GET_MY_GUILD_MEMBER",
    "PATCH_MY_GUILD_MEMBER",
    "PUT_GUILD_MEMBER_ROLE",
    "DELETE_GUILD_MEMBER_ROLE",
    "GET_GUILD_ROLES",
    "GET_GUILD_ROLE",
    "GET_GUILD_ROLE_MEMBER_COUNTS",
    "POST_GUILD_ROLES",
    "PATCH_GUILD_ROLES",
    "PATCH_GUILD_ROLE",
    "DELETE_GUILD_ROLE",
    "PUT_CHANNEL_RECIPIENT",
    "DELETE_CHANNEL_RECIPIENT",
    "PATCH_CHANNEL_MESSAGE",
    "PATCH_INTERACTION_RESPONSE",
    "PATCH_WEBHOOK_MESSAGE",
    "POST_APPLICATION_COMMAND",
    "POST_CHANNEL_MESSAGES",
    "POST_EXPIRE_POLL",
    "POST_INTERACTION_RESPONSE",
    "POST_TOKEN",
    "POST_WEBHOOK_WITH_TOKEN",
    "PUT_APPLICATION_COMMANDS",
    "GET_GUILD_BANS",
    "GET_GUILD_BAN",
    "PUT_GUILD_BAN",
    "DELETE_GUILD_BAN",
    "POST_GUILD_BULK_BAN",
    "GET_INVITE",
    "DELETE_INVITE",
    "GET_CHANNEL_INVITES",
    "POST_CHANNEL_INVITES",
    "GET_GUILD_INVITES",
    "GET_GUILD",
    "PATCH_GUILD",
    "DELETE_GUILD",
    "GET_GUILD_PREVIEW",
    "GET_GUILD_CHANNELS",
    "GET_GUILD_VOICE_REGIONS",
    "GET_GUILD_VANITY_URL",
    "GET_GUILD_INTEGRATIONS",
    "PUT_GUILD_INCIDENT_ACTIONS",
    "GET_GUILD_PRUNE",
    "POST_GUILD_PRUNE",
    "GET_GUILD_WIDGET",
    "PATCH_GUILD_WIDGET",
    "GET_GUILD_WELCOME_SCREEN",
    "PATCH_GUILD_WELCOME_SCREEN",
    "GET_GUILD_ONBOARDING",
    "PUT_GUILD_ONBOARDING",
    "GET_TEMPLATE",
    "GET_GUILD_TEMPLATES",
    "POST_GUILD_TEMPLATES",
    "PUT_GUILD_TEMPLATE",
    "PATCH_GUILD_TEMPLATE",
    "DELETE_GUILD_TEMPLATE",
    "GET_MY_GUILDS",
    "DELETE_MY_GUILD",
    "GET_VOICE_REGIONS",
    "GET_CHANNEL_MESSAGES",
    "POST_DELETE_CHANNEL_MESSAGES_BULK",
    "POST_CHANNEL_CROSSPOST",
    "POST_CHANNEL_TYPING",
    "GET_GUILD_MESSAGES_SEARCH",
    "GET_CHANNEL_PINS",
    "PUT_CHANNEL_PIN",
    "DELETE_CHANNEL_PIN",
    "POST_CHANNEL_FOLLOWERS",
    "DELETE_ALL_REACTIONS",
    "GET_REACTIONS",
    "DELETE_REACTION_EMOJI",
    "PUT_MY_REACTION",
    "DELETE_MY_REACTION",
    "DELETE_REACTION_USER",
    "POST_CHANNEL_THREADS",
    "POST_MESSAGE_THREADS",
    "PUT_MY_THREAD_MEMBER",
    "DELETE_MY_THREAD_MEMBER",
    "GET_THREAD_MEMBERS",
    "GET_THREAD_MEMBER",
    "PUT_THREAD_MEMBER",
    "DELETE_THREAD_MEMBER",
    "GET_ACTIVE_THREADS",
    "GET_PUBLIC_ARCHIVED_THREADS",
    "GET_PRIVATE_ARCHIVED_THREADS",
    "GET_JOINED_PRIVATE_ARCHIVED_THREADS",
    "POST_CHANNEL_WEBHOOKS",
    "GET_CHANNEL_WEBHOOKS",
    "GET_GUILD_WEBHOOKS",
    "GET_WEBHOOK",
    "PATCH_WEBHOOK",
    "DELETE_WEBHOOK",
    "GET_WEBHOOK_WITH_TOKEN",
    "PATCH_WEBHOOK_WITH_TOKEN",
    "DELETE_WEBHOOK_WITH_TOKEN",
    "GET_GUILD_EMOJIS",
    "POST_GUILD_EMOJIS",
    "GET_GUILD_EMOJI",
    "PATCH_GUILD_EMOJI",
    "DELETE_GUILD_EMOJI",
    "GET_STICKER",
    "GET_STICKER_PACKS",
    "GET_STICKER_PACK",
    "GET_GUILD_STICKERS",
    "POST_GUILD_STICKERS",
    "GET_GUILD_STICKER",
    "PATCH_GUILD_STICKER",
    "DELETE_GUILD_STICKER",
    "GET_GUILD_SCHEDULED_EVENTS",
    "POST_GUILD_SCHEDULED_EVENTS",
    "GET_GUILD_SCHEDULED_EVENT",
    "PATCH_GUILD_SCHEDULED_EVENT",
    "DELETE_GUILD_SCHEDULED_EVENT",
    "GET_GUILD_SCHEDULED_EVENT_USERS",
    "POST_STAGE_INSTANCES",
    "GET_STAGE_INSTANCE",
    "PATCH_STAGE_INSTANCE",
    "DELETE_STAGE_INSTANCE",
    "GET_GUILD_VOICE_STATE",
    "PATCH_GUILD_VOICE_STATE",
    "GET_MY_GUILD_VOICE_STATE",
    "PATCH_MY_GUILD_VOICE_STATE",
    "PATCH_MY_APPLICATION",
    "GET_APPLICATION_COMMAND",
    "PATCH_APPLICATION_COMMAND",
    "GET_APPLICATION_GUILD_COMMAND",
    "PATCH_APPLICATION_GUILD_COMMAND",
    "GET_APPLICATION_GUILD_COMMANDS_PERMISSIONS",
    "GET_APPLICATION_COMMAND_PERMISSIONS",
    "PUT_APPLICATION_COMMAND_PERMISSIONS",
    "GET_APPLICATION_EMOJIS",
    "POST_APPLICATION_EMOJIS",
    "GET_APPLICATION_EMOJI",
    "PATCH_APPLICATION_EMOJI",
    "DELETE_APPLICATION_EMOJI",
    "GET_APPLICATION_ROLE_CONNECTION_METADATA",
    "PUT_APPLICATION_ROLE_CONNECTION_METADATA",
    "GET_MY_APPLICATION_ROLE_CONNECTION",
    "PUT_MY_APPLICATION_ROLE_CONNECTION",
    "GET_APPLICATION_ACTIVITY_INSTANCE",
    "PATCH_MY_USER",
    "GET_MY_CONNECTIONS",
    "GET_GUILD_AUDIT_LOGS",
    "GET_GUILD_AUTO_MODERATION_RULES",
    "POST_GUILD_AUTO_MODERATION_RULE",
    "GET_GUILD_AUTO_MODERATION_RULE",
    "PATCH_GUILD_AUTO_MODERATION_RULE",
    "DELETE_GUILD_AUTO_MODERATION_RULE",
    "GET_APPLICATION_SKUS",
    "GET_APPLICATION_ENTITLEMENTS",
    "POST_APPLICATION_ENTITLEMENTS",
    "GET_APPLICATION_ENTITLEMENT",
    "DELETE_APPLICATION_ENTITLEMENT",
    "POST_APPLICATION_ENTITLEMENT_CONSUME",
    "GET_SKU_SUBSCRIPTIONS",
    "GET_SKU_SUBSCRIPTION",
    "POST_TOKEN_REVOKE",
    "GET_MY_AUTHORIZATION",
]

import hashlib
import re
import typing
import urllib.parse

import attrs

from hikari_like import snowflakes

_PARAMETER = re.compile(r"{(\w+)}")

# Parameters whose values Discord rate-limits separately. A token travels with the id it belongs
# to: two interactions (or two webhook tokens) never share a bucket.
_MAJOR_PARAMETERS: typing.Final = ("channel", "guild", "webhook", "interaction", "token")

# Discord exempts interaction callbacks from the global limit.
_GLOBAL_EXEMPT_PREFIX: typing.Final = "/interactions/"


def _digest(parts: typing.Iterable[str]) -> str:
    # A digest, not the values: bucket keys end up in reprs and debug logs, tokens must not.
    return hashlib.blake2s("\x1f".join(parts).encode(), digest_size=12).hexdigest()


_TOKEN_SEGMENT: typing.Final = "{token}"


@attrs.frozen(slots=True, kw_only=True)
class CompiledRoute:
    """A route with its values filled in. `str()` gives the template, never the token."""

    method: str
    """The HTTP method, upper case."""
    template: str
    """The path template, such as `/channels/{channel}/messages`."""
    compiled_path: str = attrs.field(repr=False)
    """The real path; may contain a token, so it is left out of `repr`."""
    major_key: str
    """A digest of the major parameters' values (empty when the route has none)."""

    @property
    def route_key(self) -> str:
        """Method and template: what Discord's `X-RateLimit-Bucket` is learnt for."""
        return f"{self.method} {self.template}"

    @property
    def is_global_exempt(self) -> bool:
        """Whether the global rate limit does not apply (interaction callbacks)."""
        return self.template.startswith(_GLOBAL_EXEMPT_PREFIX)

    def create_url(self, base_url: str) -> str:
        """The full URL of this route under `base_url` (which ends in the API version)."""
        return base_url.rstrip("/") + self.compiled_path

    def create_safe_url(self, base_url: str) -> str:
        """`create_url`, with a webhook or interaction token left as `{token}`: safe to log or show."""
        real = self.compiled_path.split("/")
        shown = self.template.split("/")
        if len(real) != len(shown):  # a value with a "/" in it: show the template
            return base_url.rstrip("/") + self.template
        path = "/".join(
            template if template == _TOKEN_SEGMENT else value
            for template, value in zip(shown, real, strict=True)
        )
        return base_url.rstrip("/") + path

    def __str__(self) -> str:
        return self.route_key


def _upper(method: str) -> str:
    return method.upper()


@attrs.frozen(slots=True)
class Route:
    """A method and a path template.

    ```python
    GET_USER = Route("GET", "/users/{user}")
    compiled = GET_USER.compile(user=80351110224678912)
    ```
    """

    method: str = attrs.field(converter=_upper)
    template: str

    @property
    def parameters(self) -> frozenset[str]:
        """The names between braces in the template."""
        return frozenset(_PARAMETER.findall(self.template))

    def compile(self, **values: object) -> CompiledRoute:
        """Fill in the template; every parameter must be given, values are URL-quoted."""
        missing = self.parameters - values.keys()
        if missing:
            raise TypeError(f"{self} needs values for {sorted(missing)}")
        quoted = {name: urllib.parse.quote(str(value), safe="") for name, value in values.items()}
        path = _PARAMETER.sub(lambda match: quoted[match.group(1)], self.template)
        majors = [f"{name}={quoted[name]}" for name in _MAJOR_PARAMETERS if name in self.parameters]
        return CompiledRoute(
            method=self.method,
            template=self.template,
            compiled_path=path,
            major_key=_digest(majors) if majors else "",
        )

    def __str__(self) -> str:
        return f"{self.method} {self.template}"


# Raw paths: a segment after these names is a major id; after the id, webhooks and interactions
# carry a token segment.
_NAMED_SEGMENTS: typing.Final = {
    "channels": "channel",
    "guilds": "guild",
    "webhooks": "webhook",
    "interactions": "interaction",
    "applications": "application",
    "users": "user",
    "messages": "message",
    "commands": "command",
}
_TOKEN_AFTER: typing.Final = frozenset({"webhook", "interaction"})


def _template_segments(segments: list[str]) -> tuple[list[str], dict[str, str]]:
    template: list[str] = []
    values: dict[str, str] = {}
    previous_name: str | None = None
    for segment in segments:
        name = _NAMED_SEGMENTS.get(template[-1]) if template else None
        if name is not None and segment.isdigit() and name not in values:
            template.append("{" + name + "}")
            values[name] = segment
            previous_name = name
            continue
        if previous_name in _TOKEN_AFTER and "token" not in values:
            template.append("{token}")
            values["token"] = segment
        elif segment.isdigit():
            # Minor ids (a second message id, a role id...) must not split route keys.
            template.append("{id}")
        else:
            template.append(segment)
        previous_name = None
    return template, values


def parse_path(method: str, path: str) -> CompiledRoute:
    """A compiled route from a raw path such as `/webhooks/12/abc.def/messages/@original`.

    Numeric segments after `channels`, `guilds`, `webhooks`... become parameters; the segment after
    a webhook or interaction id is treated as its token.
    """
    clean = "/" + path.strip().lstrip("/")
    if "?" in clean or "#" in clean:
        raise ValueError("pass query parameters with query=, not in the path")
    template, values = _template_segments(clean.strip("/").split("/"))
    route = Route(method, "/" + "/".join(template))
    # The caller's path is sent as given; the template only keys buckets and names the route.
    return attrs.evolve(route.compile(**values, id=""), compiled_path=clean)


def compile_ids(route: Route, **ids: snowflakes.SnowflakeishOr) -> CompiledRoute:
    """Compile `route` with IDs read from anything an ID is read from (an object with `.id`, an
    int, a numeric string), as endpoints take them.

    ```python
    compile_ids(GET_GUILD_MEMBER, guild=guild, user=member)  # /guilds/1/members/2
    ```
    """
    return route.compile(**{name: snowflakes.snowflake_of(value) for name, value in ids.items()})


GET_MY_APPLICATION: typing.Final = Route("GET", "/oauth2/applications/@me")
POST_TOKEN: typing.Final = Route("POST", "/oauth2/token")

GET_MY_USER: typing.Final = Route("GET", "/users/@me")
GET_USER: typing.Final = Route("GET", "/users/{user}")
POST_MY_CHANNELS: typing.Final = Route("POST", "/users/@me/channels")
PUT_CHANNEL_RECIPIENT: typing.Final = Route("PUT", "/channels/{channel}/recipients/{user}")
DELETE_CHANNEL_RECIPIENT: typing.Final = Route("DELETE", "/channels/{channel}/recipients/{user}")

_MEMBERS: typing.Final = "/guilds/{guild}/members"
GET_GUILD_MEMBERS: typing.Final = Route("GET", _MEMBERS)
GET_GUILD_MEMBERS_SEARCH: typing.Final = Route("GET", _MEMBERS + "/search")
GET_GUILD_MEMBER: typing.Final = Route("GET", _MEMBERS + "/{user}")
PUT_GUILD_MEMBER: typing.Final = Route("PUT", _MEMBERS + "/{user}")
PATCH_GUILD_MEMBER: typing.Final = Route("PATCH", _MEMBERS + "/{user}")
DELETE_GUILD_MEMBER: typing.Final = Route("DELETE", _MEMBERS + "/{user}")
GET_MY_GUILD_MEMBER: typing.Final = Route("GET", "/users/@me/guilds/{guild}/member")
PATCH_MY_GUILD_MEMBER: typing.Final = Route("PATCH", _MEMBERS + "/@me")
PUT_GUILD_MEMBER_ROLE: typing.Final = Route("PUT", _MEMBERS + "/{user}/roles/{role}")
DELETE_GUILD_MEMBER_ROLE: typing.Final = Route("DELETE", _MEMBERS + "/{user}/roles/{role}")

_ROLES: typing.Final = "/guilds/{guild}/roles"
GET_GUILD_ROLES: typing.Final = Route("GET", _ROLES)
POST_GUILD_ROLES: typing.Final = Route("POST", _ROLES)
PATCH_GUILD_ROLES: typing.Final = Route("PATCH", _ROLES)
GET_GUILD_ROLE_MEMBER_COUNTS: typing.Final = Route("GET", _ROLES + "/member-counts")
GET_GUILD_ROLE: typing.Final = Route("GET", _ROLES + "/{role}")
PATCH_GUILD_ROLE: typing.Final = Route("PATCH", _ROLES + "/{role}")
DELETE_GUILD_ROLE: typing.Final = Route("DELETE", _ROLES + "/{role}")

GET_CHANNEL: typing.Final = Route("GET", "/channels/{channel}")
PATCH_CHANNEL: typing.Final = Route("PATCH", "/channels/{channel}")
DELETE_CHANNEL: typing.Final = Route("DELETE", "/channels/{channel}")
PUT_CHANNEL_PERMISSIONS: typing.Final = Route("PUT", "/channels/{channel}/permissions/{overwrite}")
DELETE_CHANNEL_PERMISSIONS: typing.Final = Route("DELETE", "/channels/{channel}/permissions/{overwrite}")
PUT_CHANNEL_VOICE_STATUS: typing.Final = Route("PUT", "/channels/{channel}/voice-status")
POST_GUILD_CHANNELS: typing.Final = Route("POST", "/guilds/{guild}/channels")
PATCH_GUILD_CHANNELS: typing.Final = Route("PATCH", "/guilds/{guild}/channels")
POST_CHANNEL_MESSAGES: typing.Final = Route("POST", "/channels/{channel}/messages")
GET_CHANNEL_MESSAGE: typing.Final = Route("GET", "/channels/{channel}/messages/{message}")
PATCH_CHANNEL_MESSAGE: typing.Final = Route("PATCH", "/channels/{channel}/messages/{message}")
DELETE_CHANNEL_MESSAGE: typing.Final = Route("DELETE", "/channels/{channel}/messages/{message}")

GET_POLL_ANSWER: typing.Final = Route("GET", "/channels/{channel}/polls/{message}/answers/{answer}")
POST_EXPIRE_POLL: typing.Final = Route("POST", "/channels/{channel}/polls/{message}/expire")

POST_INTERACTION_RESPONSE: typing.Final = Route("POST", "/interactions/{interaction}/{token}/callback")
GET_INTERACTION_RESPONSE: typing.Final = Route("GET", "/webhooks/{webhook}/{token}/messages/@original")
PATCH_INTERACTION_RESPONSE: typing.Final = Route("PATCH", "/webhooks/{webhook}/{token}/messages/@original")
DELETE_INTERACTION_RESPONSE: typing.Final = Route("DELETE", "/webhooks/{webhook}/{token}/messages/@original")

POST_WEBHOOK_WITH_TOKEN: typing.Final = Route("POST", "/webhooks/{webhook}/{token}")
GET_WEBHOOK_MESSAGE: typing.Final = Route("GET", "/webhooks/{webhook}/{token}/messages/{message}")
PATCH_WEBHOOK_MESSAGE: typing.Final = Route("PATCH", "/webhooks/{webhook}/{token}/messages/{message}")
DELETE_WEBHOOK_MESSAGE: typing.Final = Route("DELETE", "/webhooks/{webhook}/{token}/messages/{message}")

GET_APPLICATION_COMMANDS: typing.Final = Route("GET", "/applications/{application}/commands")
PUT_APPLICATION_COMMANDS: typing.Final = Route("PUT", "/applications/{application}/commands")
POST_APPLICATION_COMMAND: typing.Final = Route("POST", "/applications/{application}/commands")
DELETE_APPLICATION_COMMAND: typing.Final = Route("DELETE", "/applications/{application}/commands/{command}")
GET_APPLICATION_GUILD_COMMANDS: typing.Final = Route(
    "GET", "/applications/{application}/guilds/{guild}/commands"
)
PUT_APPLICATION_GUILD_COMMANDS: typing.Final = Route(
    "PUT", "/applications/{application}/guilds/{guild}/commands"
)
POST_APPLICATION_GUILD_COMMAND: typing.Final = Route(
    "POST", "/applications/{application}/guilds/{guild}/commands"
)
DELETE_APPLICATION_GUILD_COMMAND: typing.Final = Route(
    "DELETE", "/applications/{application}/guilds/{guild}/commands/{command}"
)

GET_GUILD_BANS: typing.Final = Route("GET", "/guilds/{guild}/bans")
GET_GUILD_BAN: typing.Final = Route("GET", "/guilds/{guild}/bans/{user}")
PUT_GUILD_BAN: typing.Final = Route("PUT", "/guilds/{guild}/bans/{user}")
DELETE_GUILD_BAN: typing.Final = Route("DELETE", "/guilds/{guild}/bans/{user}")
POST_GUILD_BULK_BAN: typing.Final = Route("POST", "/guilds/{guild}/bulk-ban")

GET_INVITE: typing.Final = Route("GET", "/invites/{invite}")
DELETE_INVITE: typing.Final = Route("DELETE", "/invites/{invite}")
GET_CHANNEL_INVITES: typing.Final = Route("GET", "/channels/{channel}/invites")
POST_CHANNEL_INVITES: typing.Final = Route("POST", "/channels/{channel}/invites")
GET_GUILD_INVITES: typing.Final = Route("GET", "/guilds/{guild}/invites")

# Guilds, their settings and templates (#18, guilds).
GET_GUILD: typing.Final = Route("GET", "/guilds/{guild}")
PATCH_GUILD: typing.Final = Route("PATCH", "/guilds/{guild}")
DELETE_GUILD: typing.Final = Route("DELETE", "/guilds/{guild}")
GET_GUILD_PREVIEW: typing.Final = Route("GET", "/guilds/{guild}/preview")
GET_GUILD_CHANNELS: typing.Final = Route("GET", "/guilds/{guild}/channels")
GET_GUILD_VOICE_REGIONS: typing.Final = Route("GET", "/guilds/{guild}/regions")
GET_GUILD_VANITY_URL: typing.Final = Route("GET", "/guilds/{guild}/vanity-url")
GET_GUILD_INTEGRATIONS: typing.Final = Route("GET", "/guilds/{guild}/integrations")
PUT_GUILD_INCIDENT_ACTIONS: typing.Final = Route("PUT", "/guilds/{guild}/incident-actions")
GET_GUILD_PRUNE: typing.Final = Route("GET", "/guilds/{guild}/prune")
POST_GUILD_PRUNE: typing.Final = Route("POST", "/guilds/{guild}/prune")
GET_GUILD_WIDGET: typing.Final = Route("GET", "/guilds/{guild}/widget")
PATCH_GUILD_WIDGET: typing.Final = Route("PATCH", "/guilds/{guild}/widget")
GET_GUILD_WELCOME_SCREEN: typing.Final = Route("GET", "/guilds/{guild}/welcome-screen")
PATCH_GUILD_WELCOME_SCREEN: typing.Final = Route("PATCH", "/guilds/{guild}/welcome-screen")
GET_GUILD_ONBOARDING: typing.Final = Route("GET", "/guilds/{guild}/onboarding")
PUT_GUILD_ONBOARDING: typing.Final = Route("PUT", "/guilds/{guild}/onboarding")
GET_TEMPLATE: typing.Final = Route("GET", "/guilds/templates/{template}")
GET_GUILD_TEMPLATES: typing.Final = Route("GET", "/guilds/{guild}/templates")
POST_GUILD_TEMPLATES: typing.Final = Route("POST", "/guilds/{guild}/templates")
PUT_GUILD_TEMPLATE: typing.Final = Route("PUT", "/guilds/{guild}/templates/{template}")
PATCH_GUILD_TEMPLATE: typing.Final = Route("PATCH", "/guilds/{guild}/templates/{template}")
DELETE_GUILD_TEMPLATE: typing.Final = Route("DELETE", "/guilds/{guild}/templates/{template}")
GET_MY_GUILDS: typing.Final = Route("GET", "/users/@me/guilds")
DELETE_MY_GUILD: typing.Final = Route("DELETE", "/users/@me/guilds/{guild}")
GET_VOICE_REGIONS: typing.Final = Route("GET", "/voice/regions")

# Messages: history, bulk delete, crossposts, typing, search, pins, follows (#19, messages).
_MESSAGES: typing.Final = "/channels/{channel}/messages"
GET_CHANNEL_MESSAGES: typing.Final = Route("GET", _MESSAGES)
POST_DELETE_CHANNEL_MESSAGES_BULK: typing.Final = Route("POST", _MESSAGES + "/bulk-delete")
POST_CHANNEL_CROSSPOST: typing.Final = Route("POST", _MESSAGES + "/{message}/crosspost")
POST_CHANNEL_TYPING: typing.Final = Route("POST", "/channels/{channel}/typing")
GET_GUILD_MESSAGES_SEARCH: typing.Final = Route("GET", "/guilds/{guild}/messages/search")
GET_CHANNEL_PINS: typing.Final = Route("GET", _MESSAGES + "/pins")
PUT_CHANNEL_PIN: typing.Final = Route("PUT", _MESSAGES + "/pins/{message}")
DELETE_CHANNEL_PIN: typing.Final = Route("DELETE", _MESSAGES + "/pins/{message}")
POST_CHANNEL_FOLLOWERS: typing.Final = Route("POST", "/channels/{channel}/followers")

# Reactions (#19, reactions); `{emoji}` is `name:id` for a custom emoji, the character otherwise.
_REACTIONS: typing.Final = _MESSAGES + "/{message}/reactions"
DELETE_ALL_REACTIONS: typing.Final = Route("DELETE", _REACTIONS)
GET_REACTIONS: typing.Final = Route("GET", _REACTIONS + "/{emoji}")
DELETE_REACTION_EMOJI: typing.Final = Route("DELETE", _REACTIONS + "/{emoji}")
PUT_MY_REACTION: typing.Final = Route("PUT", _REACTIONS + "/{emoji}/@me")
DELETE_MY_REACTION: typing.Final = Route("DELETE", _REACTIONS + "/{emoji}/@me")
DELETE_REACTION_USER: typing.Final = Route("DELETE", _REACTIONS + "/{emoji}/{user}")

# Threads and forum posts (#19, threads and forums).
POST_CHANNEL_THREADS: typing.Final = Route("POST", "/channels/{channel}/threads")
POST_MESSAGE_THREADS: typing.Final = Route("POST", _MESSAGES + "/{message}/threads")
PUT_MY_THREAD_MEMBER: typing.Final = Route("PUT", "/channels/{channel}/thread-members/@me")
DELETE_MY_THREAD_MEMBER: typing.Final = Route("DELETE", "/channels/{channel}/thread-members/@me")
GET_THREAD_MEMBERS: typing.Final = Route("GET", "/channels/{channel}/thread-members")
GET_THREAD_MEMBER: typing.Final = Route("GET", "/channels/{channel}/thread-members/{user}")
PUT_THREAD_MEMBER: typing.Final = Route("PUT", "/channels/{channel}/thread-members/{user}")
DELETE_THREAD_MEMBER: typing.Final = Route("DELETE", "/channels/{channel}/thread-members/{user}")
GET_ACTIVE_THREADS: typing.Final = Route("GET", "/guilds/{guild}/threads/active")
GET_PUBLIC_ARCHIVED_THREADS: typing.Final = Route("GET", "/channels/{channel}/threads/archived/public")
GET_PRIVATE_ARCHIVED_THREADS: typing.Final = Route("GET", "/channels/{channel}/threads/archived/private")
GET_JOINED_PRIVATE_ARCHIVED_THREADS: typing.Final = Route(
    "GET", "/channels/{channel}/users/@me/threads/archived/private"
)

# Webhooks, by the bot's token or by the webhook's own (#19, webhooks).
POST_CHANNEL_WEBHOOKS: typing.Final = Route("POST", "/channels/{channel}/webhooks")
GET_CHANNEL_WEBHOOKS: typing.Final = Route("GET", "/channels/{channel}/webhooks")
GET_GUILD_WEBHOOKS: typing.Final = Route("GET", "/guilds/{guild}/webhooks")
GET_WEBHOOK: typing.Final = Route("GET", "/webhooks/{webhook}")
PATCH_WEBHOOK: typing.Final = Route("PATCH", "/webhooks/{webhook}")
DELETE_WEBHOOK: typing.Final = Route("DELETE", "/webhooks/{webhook}")
GET_WEBHOOK_WITH_TOKEN: typing.Final = Route("GET", "/webhooks/{webhook}/{token}")
PATCH_WEBHOOK_WITH_TOKEN: typing.Final = Route("PATCH", "/webhooks/{webhook}/{token}")
DELETE_WEBHOOK_WITH_TOKEN: typing.Final = Route("DELETE", "/webhooks/{webhook}/{token}")

# Emojis and stickers (#19, emojis and stickers).
GET_GUILD_EMOJIS: typing.Final = Route("GET", "/guilds/{guild}/emojis")
POST_GUILD_EMOJIS: typing.Final = Route("POST", "/guilds/{guild}/emojis")
GET_GUILD_EMOJI: typing.Final = Route("GET", "/guilds/{guild}/emojis/{emoji}")
PATCH_GUILD_EMOJI: typing.Final = Route("PATCH", "/guilds/{guild}/emojis/{emoji}")
DELETE_GUILD_EMOJI: typing.Final = Route("DELETE", "/guilds/{guild}/emojis/{emoji}")
GET_STICKER: typing.Final = Route("GET", "/stickers/{sticker}")
GET_STICKER_PACKS: typing.Final = Route("GET", "/sticker-packs")
GET_STICKER_PACK: typing.Final = Route("GET", "/sticker-packs/{pack}")
GET_GUILD_STICKERS: typing.Final = Route("GET", "/guilds/{guild}/stickers")
POST_GUILD_STICKERS: typing.Final = Route("POST", "/guilds/{guild}/stickers")
GET_GUILD_STICKER: typing.Final = Route("GET", "/guilds/{guild}/stickers/{sticker}")
PATCH_GUILD_STICKER: typing.Final = Route("PATCH", "/guilds/{guild}/stickers/{sticker}")
DELETE_GUILD_STICKER: typing.Final = Route("DELETE", "/guilds/{guild}/stickers/{sticker}")

GET_GATEWAY: typing.Final = Route("GET", "/gateway")
GET_GATEWAY_BOT: typing.Final = Route("GET", "/gateway/bot")

# Applications and commands (#23, applications and commands).
PATCH_MY_APPLICATION: typing.Final = Route("PATCH", "/applications/@me")
GET_APPLICATION_COMMAND: typing.Final = Route("GET", "/applications/{application}/commands/{command}")
PATCH_APPLICATION_COMMAND: typing.Final = Route("PATCH", "/applications/{application}/commands/{command}")
GET_APPLICATION_GUILD_COMMAND: typing.Final = Route(
    "GET", "/applications/{application}/guilds/{guild}/commands/{command}"
)
PATCH_APPLICATION_GUILD_COMMAND: typing.Final = Route(
    "PATCH", "/applications/{application}/guilds/{guild}/commands/{command}"
)
GET_APPLICATION_GUILD_COMMANDS_PERMISSIONS: typing.Final = Route(
    "GET", "/applications/{application}/guilds/{guild}/commands/permissions"
)
GET_APPLICATION_COMMAND_PERMISSIONS: typing.Final = Route(
    "GET", "/applications/{application}/guilds/{guild}/commands/{command}/permissions"
)
PUT_APPLICATION_COMMAND_PERMISSIONS: typing.Final = Route(
    "PUT", "/applications/{application}/guilds/{guild}/commands/{command}/permissions"
)
GET_APPLICATION_EMOJIS: typing.Final = Route("GET", "/applications/{application}/emojis")
POST_APPLICATION_EMOJIS: typing.Final = Route("POST", "/applications/{application}/emojis")
GET_APPLICATION_EMOJI: typing.Final = Route("GET", "/applications/{application}/emojis/{emoji}")
PATCH_APPLICATION_EMOJI: typing.Final = Route("PATCH", "/applications/{application}/emojis/{emoji}")
DELETE_APPLICATION_EMOJI: typing.Final = Route("DELETE", "/applications/{application}/emojis/{emoji}")
GET_APPLICATION_ROLE_CONNECTION_METADATA: typing.Final = Route(
    "GET", "/applications/{application}/role-connections/metadata"
)
PUT_APPLICATION_ROLE_CONNECTION_METADATA: typing.Final = Route(
    "PUT", "/applications/{application}/role-connections/metadata"
)
GET_MY_APPLICATION_ROLE_CONNECTION: typing.Final = Route(
    "GET", "/users/@me/applications/{application}/role-connection"
)
PUT_MY_APPLICATION_ROLE_CONNECTION: typing.Final = Route(
    "PUT", "/users/@me/applications/{application}/role-connection"
)
GET_APPLICATION_ACTIVITY_INSTANCE: typing.Final = Route(
    "GET", "/applications/{application}/activity-instances/{instance}"
)
PATCH_MY_USER: typing.Final = Route("PATCH", "/users/@me")
GET_MY_CONNECTIONS: typing.Final = Route("GET", "/users/@me/connections")
GET_GUILD_AUDIT_LOGS: typing.Final = Route("GET", "/guilds/{guild}/audit-logs")
GET_GUILD_AUTO_MODERATION_RULES: typing.Final = Route("GET", "/guilds/{guild}/auto-moderation/rules")
POST_GUILD_AUTO_MODERATION_RULE: typing.Final = Route("POST", "/guilds/{guild}/auto-moderation/rules")
GET_GUILD_AUTO_MODERATION_RULE: typing.Final = Route("GET", "/guilds/{guild}/auto-moderation/rules/{rule}")
PATCH_GUILD_AUTO_MODERATION_RULE: typing.Final = Route(
    "PATCH", "/guilds/{guild}/auto-moderation/rules/{rule}"
)
DELETE_GUILD_AUTO_MODERATION_RULE: typing.Final = Route(
    "DELETE", "/guilds/{guild}/auto-moderation/rules/{rule}"
)

# Monetization and OAuth2 (#23, monetization and OAuth2).
GET_APPLICATION_SKUS: typing.Final = Route("GET", "/applications/{application}/skus")
GET_APPLICATION_ENTITLEMENTS: typing.Final = Route("GET", "/applications/{application}/entitlements")
POST_APPLICATION_ENTITLEMENTS: typing.Final = Route("POST", "/applications/{application}/entitlements")
GET_APPLICATION_ENTITLEMENT: typing.Final = Route(
    "GET", "/applications/{application}/entitlements/{entitlement}"
)
DELETE_APPLICATION_ENTITLEMENT: typing.Final = Route(
    "DELETE", "/applications/{application}/entitlements/{entitlement}"
)
POST_APPLICATION_ENTITLEMENT_CONSUME: typing.Final = Route(
    "POST", "/applications/{application}/entitlements/{entitlement}/consume"
)
GET_SKU_SUBSCRIPTIONS: typing.Final = Route("GET", "/skus/{sku}/subscriptions")
GET_SKU_SUBSCRIPTION: typing.Final = Route("GET", "/skus/{sku}/subscriptions/{subscription}")
POST_TOKEN_REVOKE: typing.Final = Route("POST", "/oauth2/token/revoke")
GET_MY_AUTHORIZATION: typing.Final = Route("GET", "/oauth2/@me")
_SCHEDULED_EVENTS: typing.Final = "/guilds/{guild}/scheduled-events"
GET_GUILD_SCHEDULED_EVENTS: typing.Final = Route("GET", _SCHEDULED_EVENTS)
POST_GUILD_SCHEDULED_EVENTS: typing.Final = Route("POST", _SCHEDULED_EVENTS)
GET_GUILD_SCHEDULED_EVENT: typing.Final = Route("GET", _SCHEDULED_EVENTS + "/{event}")
PATCH_GUILD_SCHEDULED_EVENT: typing.Final = Route("PATCH", _SCHEDULED_EVENTS + "/{event}")
DELETE_GUILD_SCHEDULED_EVENT: typing.Final = Route("DELETE", _SCHEDULED_EVENTS + "/{event}")
GET_GUILD_SCHEDULED_EVENT_USERS: typing.Final = Route("GET", _SCHEDULED_EVENTS + "/{event}/users")
POST_STAGE_INSTANCES: typing.Final = Route("POST", "/stage-instances")
GET_STAGE_INSTANCE: typing.Final = Route("GET", "/stage-instances/{channel}")
PATCH_STAGE_INSTANCE: typing.Final = Route("PATCH", "/stage-instances/{channel}")
DELETE_STAGE_INSTANCE: typing.Final = Route("DELETE", "/stage-instances/{channel}")
GET_GUILD_VOICE_STATE: typing.Final = Route("GET", "/guilds/{guild}/voice-states/{user}")
PATCH_GUILD_VOICE_STATE: typing.Final = Route("PATCH", "/guilds/{guild}/voice-states/{user}")
GET_MY_GUILD_VOICE_STATE: typing.Final = Route("GET", "/guilds/{guild}/voice-states/@me")
PATCH_MY_GUILD_VOICE_STATE: typing.Final = Route("PATCH", "/guilds/{guild}/voice-states/@me")
