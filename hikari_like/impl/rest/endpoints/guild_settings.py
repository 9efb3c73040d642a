"""Guild settings endpoints of the REST client: the widget, the welcome screen, onboarding and
templates.

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: `resources/guild.mdx`, "Get
Guild Widget Settings" to "Modify Guild Onboarding"; `resources/guild-template.mdx`).

```python
widget = await rest.edit_widget(guild_id, enabled=True, channel=rules_channel_id)
template = await rest.create_template(guild_id, "Starter", description="Our layout")
await rest.sync_guild_template(guild_id, template)
```
"""

from __future__ import annotations

__all__ = ["GuildSettingsEndpoints", "PromptBuilder", "welcome_channel_payload"]

import typing

from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints.guilds import guild_route
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import templates
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never make these calls.
    templates = lazy_imports.module("hikari_like.templates")

_UNDEFINED: typing.Final = undefined.UNDEFINED


class PromptBuilder(typing.Protocol):
    """What `edit_guild_onboarding` takes as a prompt: anything that builds an onboarding prompt
    object (hikari's `GuildOnboardingPromptBuilder`, or a small class of your own)."""

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The prompt object (Discord's onboarding prompt structure)."""
        ...


def _template_route(
    route: routes.Route, guild: snowflakes.SnowflakeishOr, template: str | templates.Template
) -> routes.CompiledRoute:
    return route.compile(guild=snowflakes.snowflake_of(guild), template=_code(template))


def _code(template: str | templates.Template) -> str:
    return template if isinstance(template, str) else template.code


def welcome_channel_payload(channel: guilds.WelcomeChannel) -> dict[str, typing.Any]:
    """A welcome screen channel as Discord takes it."""
    body = payloads.Payload(description=channel.description)
    body.put_snowflake("channel_id", channel.channel_id)
    body.put_snowflake("emoji_id", channel.emoji_id)
    body.put("emoji_name", channel.emoji_name, conversion=str)
    return body


def _prompts(prompts: typing.Sequence[PromptBuilder]) -> list[typing.MutableMapping[str, typing.Any]]:
    # As hikari does, a new prompt without an ID gets its index: Discord needs one on every prompt.
    built: list[typing.MutableMapping[str, typing.Any]] = [dict(prompt.build()) for prompt in prompts]
    for index, prompt in enumerate(built):
        prompt.setdefault("id", str(index))
    return built


def _template_body(
    name: str | undefined.UndefinedType, description: str | undefined.UndefinedType | None
) -> payloads.Payload:
    body = payloads.Payload()
    body.put("name", name)
    body.put("description", description)
    return body


class GuildSettingsEndpoints(rest_api.RESTClient):
    """The widget, the welcome screen, onboarding and templates."""

    __slots__ = ()

    async def fetch_widget(self, guild: snowflakes.SnowflakeishOr) -> guilds.GuildWidget:
        """A guild's widget settings (needs MANAGE_GUILD).

        ```python
        widget = await rest.fetch_widget(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_WIDGET, guild))
        return guilds.GuildWidget.from_payload(response, app=self)

    async def edit_widget(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        channel: snowflakes.SnowflakeishOr | undefined.UndefinedType | None = _UNDEFINED,
        enabled: bool | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> guilds.GuildWidget:
        """Turn the widget on or off, or set the channel its invite leads to (`None`: no invite).

        Sent as Discord's `channel_id` (hikari 2.7 sends `channel`, which Discord ignores).

        ```python
        widget = await rest.edit_widget(guild_id, enabled=True, channel=channel_id)
        ```
        """
        body = payloads.Payload()
        body.put("enabled", enabled)
        body.put_snowflake("channel_id", channel)
        route = guild_route(routes.PATCH_GUILD_WIDGET, guild)
        return guilds.GuildWidget.from_payload(await self.request(route, json=body, reason=reason), app=self)

    async def fetch_welcome_screen(self, guild: snowflakes.SnowflakeishOr) -> guilds.WelcomeScreen:
        """A guild's welcome screen (a disabled one needs MANAGE_GUILD).

        ```python
        screen = await rest.fetch_welcome_screen(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_WELCOME_SCREEN, guild))
        return guilds.WelcomeScreen.from_payload(response)

    async def edit_welcome_screen(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        description: str | undefined.UndefinedType | None = _UNDEFINED,
        enabled: bool | undefined.UndefinedType = _UNDEFINED,
        channels: typing.Sequence[guilds.WelcomeChannel] | undefined.UndefinedType | None = _UNDEFINED,
    ) -> guilds.WelcomeScreen:
        """Change the welcome screen (needs MANAGE_GUILD); up to 5 channels.

        ```python
        rules = WelcomeChannel(channel_id=rules_id, description="Read me", emoji_name=UnicodeEmoji("📜"))
        screen = await rest.edit_welcome_screen(guild_id, enabled=True, channels=[rules])
        ```
        """
        body = payloads.Payload()
        body.put("description", description)
        body.put("enabled", enabled)
        body.put_array("welcome_channels", channels, conversion=welcome_channel_payload)
        route = guild_route(routes.PATCH_GUILD_WELCOME_SCREEN, guild)
        return guilds.WelcomeScreen.from_payload(await self.request(route, json=body))

    async def fetch_guild_onboarding(self, guild: snowflakes.SnowflakeishOr) -> guilds.GuildOnboarding:
        """A guild's onboarding: its prompts, default channels and mode.

        ```python
        onboarding = await rest.fetch_guild_onboarding(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_ONBOARDING, guild))
        return guilds.GuildOnboarding.from_payload(response)

    async def edit_guild_onboarding(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        default_channel_ids: typing.Sequence[snowflakes.SnowflakeishOr]
        | undefined.UndefinedType = _UNDEFINED,
        enabled: bool | undefined.UndefinedType = _UNDEFINED,
        mode: guilds.GuildOnboardingMode | undefined.UndefinedType = _UNDEFINED,
        prompts: typing.Sequence[PromptBuilder] | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> guilds.GuildOnboarding:
        """Replace the onboarding settings given (needs MANAGE_GUILD and MANAGE_ROLES); prompts
        are `hikari_like.impl.GuildOnboardingPromptBuilder`s (or anything with such a `build()`).

        ```python
        prompt = GuildOnboardingPromptBuilder("Play?", False, False, True).add_option("Chess", role_ids=[r])
        onboarding = await rest.edit_guild_onboarding(guild_id, default_channel_ids=ids, prompts=[prompt])
        ```
        """
        body = payloads.Payload()
        body.put_snowflake_array("default_channel_ids", default_channel_ids)
        body.put("enabled", enabled)
        body.put("mode", mode, conversion=int)
        body.put("prompts", prompts, conversion=_prompts)
        route = guild_route(routes.PUT_GUILD_ONBOARDING, guild)
        return guilds.GuildOnboarding.from_payload(await self.request(route, json=body, reason=reason))

    async def fetch_template(self, template: templates.Template | str) -> templates.Template:
        """A template by its code (anyone with the code may look).

        ```python
        template = await rest.fetch_template("hgM48av5Q69A")
        ```
        """
        response = await self.request(routes.GET_TEMPLATE.compile(template=_code(template)))
        return templates.Template.from_payload(response, app=self)

    async def fetch_guild_templates(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[templates.Template]:
        """A guild's templates (needs MANAGE_GUILD).

        ```python
        codes = [template.code for template in await rest.fetch_guild_templates(guild_id)]
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_TEMPLATES, guild))
        return read.each(read.objects(response), lambda item: templates.Template.from_payload(item, app=self))

    async def create_template(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        description: str | undefined.UndefinedType | None = _UNDEFINED,
    ) -> templates.Template:
        """Snapshot a guild as a template (needs MANAGE_GUILD); a name of 1-100 characters.

        ```python
        template = await rest.create_template(guild_id, "Starter", description="Our layout")
        ```
        """
        body = _template_body(name, description)
        response = await self.request(guild_route(routes.POST_GUILD_TEMPLATES, guild), json=body)
        return templates.Template.from_payload(response, app=self)

    async def edit_template(
        self,
        guild: snowflakes.SnowflakeishOr,
        template: str | templates.Template,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        description: str | undefined.UndefinedType | None = _UNDEFINED,
    ) -> templates.Template:
        """Rename a template or change its description (needs MANAGE_GUILD).

        ```python
        template = await rest.edit_template(guild_id, "hgM48av5Q69A", name="Starter v2")
        ```
        """
        route = _template_route(routes.PATCH_GUILD_TEMPLATE, guild, template)
        response = await self.request(route, json=_template_body(name, description))
        return templates.Template.from_payload(response, app=self)

    async def delete_template(
        self, guild: snowflakes.SnowflakeishOr, template: str | templates.Template
    ) -> templates.Template:
        """Delete a template (needs MANAGE_GUILD); returns it as it was.

        ```python
        deleted = await rest.delete_template(guild_id, "hgM48av5Q69A")
        ```
        """
        response = await self.request(_template_route(routes.DELETE_GUILD_TEMPLATE, guild, template))
        return templates.Template.from_payload(response, app=self)

    async def sync_guild_template(
        self, guild: snowflakes.SnowflakeishOr, template: templates.Template | str
    ) -> templates.Template:
        """Bring a template up to date with its guild (needs MANAGE_GUILD).

        ```python
        template = await rest.sync_guild_template(guild_id, "hgM48av5Q69A")
        ```
        """
        response = await self.request(_template_route(routes.PUT_GUILD_TEMPLATE, guild, template))
        return templates.Template.from_payload(response, app=self)
