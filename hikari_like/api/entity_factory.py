"""The entity factory's interface: Discord's JSON objects in, models out (and a few models back out).

Every model already reads its own payload (`Message.from_payload(payload, app=...)`); the factory
gathers those parsers behind hikari's names, so a program that holds raw JSON (a
`ShardPayloadEvent.payload`, the answer of a raw `rest.request(...)`, a stored fixture) turns it
into the model the REST client would have made:

```python
message = bot.entity_factory.deserialize_message(payload)
member = bot.entity_factory.deserialize_member(payload, guild_id=guild_id)
body, attachments = bot.entity_factory.serialize_embed(embed)
```

A payload missing what its model requires raises `KeyError`, `TypeError` or `ValueError`, as the
model's own parser does; unknown fields are ignored and unknown enum values kept. hikari's
`deserialize_gateway_guild` is not here: a GUILD_CREATE is read straight into the guild events'
fields (`GuildAvailableEvent.guild`, `.members`, ...), with no definition object in between.
"""

from __future__ import annotations

__all__ = ["EntityFactory"]

import abc
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import applications
    from hikari_like import audit_logs
    from hikari_like import auto_mod
    from hikari_like import channels
    from hikari_like import commands
    from hikari_like import embeds
    from hikari_like import emojis
    from hikari_like import files
    from hikari_like import guilds
    from hikari_like import invites
    from hikari_like import messages
    from hikari_like import monetization
    from hikari_like import polls
    from hikari_like import presences
    from hikari_like import scheduled_events
    from hikari_like import sessions
    from hikari_like import snowflakes
    from hikari_like import stage_instances
    from hikari_like import stickers
    from hikari_like import templates
    from hikari_like import users
    from hikari_like import voices
    from hikari_like import webhooks
    from hikari_like.interactions import base_interactions
    from hikari_like.interactions import callback_responses
    from hikari_like.interactions import command_interactions
    from hikari_like.interactions import component_interactions
    from hikari_like.interactions import modal_interactions
    from hikari_like.internal.json import JSONObject


class EntityFactory(abc.ABC):
    """Makes models from Discord's JSON objects, and the JSON of the models a bot sends.

    `hikari_like.impl.EntityFactoryImpl` is the implementation; `bot.entity_factory` and
    `rest.entity_factory` give the one each client uses.
    """

    __slots__ = ()

    @abc.abstractmethod
    def deserialize_activity_instance(self, payload: JSONObject) -> applications.ActivityInstance:
        """Read Discord's activity instance object as `applications.ActivityInstance`."""

    @abc.abstractmethod
    def deserialize_application(self, payload: JSONObject) -> applications.Application:
        """Read Discord's application object as `applications.Application`."""

    @abc.abstractmethod
    def deserialize_application_connection_metadata_record(
        self, payload: JSONObject
    ) -> applications.ApplicationRoleConnectionMetadataRecord:
        """Read Discord's application connection metadata record object as
        `applications.ApplicationRoleConnectionMetadataRecord`.
        """

    @abc.abstractmethod
    def deserialize_application_webhook(self, payload: JSONObject) -> webhooks.ApplicationWebhook:
        """Read Discord's application webhook object as `webhooks.ApplicationWebhook`."""

    @abc.abstractmethod
    def deserialize_audit_log(
        self, payload: JSONObject, *, guild_id: snowflakes.Snowflake
    ) -> audit_logs.AuditLog:
        """Read Discord's audit log object as `audit_logs.AuditLog`, for the guild `guild_id` (the
        object does not name it).
        """

    @abc.abstractmethod
    def deserialize_audit_log_entry(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> audit_logs.AuditLogEntry:
        """Read an audit log entry object; `guild_id` is for entries that leave it out (all of
        Discord's do, so give it or a `guild_id` field).
        """

    @abc.abstractmethod
    def deserialize_authorization_information(
        self, payload: JSONObject
    ) -> applications.AuthorizationInformation:
        """Read Discord's authorization information object as
        `applications.AuthorizationInformation`.
        """

    @abc.abstractmethod
    def deserialize_authorization_token(self, payload: JSONObject) -> applications.OAuth2AuthorizationToken:
        """Read Discord's authorization token object as `applications.OAuth2AuthorizationToken`."""

    @abc.abstractmethod
    def deserialize_auto_mod_action(self, payload: JSONObject) -> auto_mod.PartialAutoModAction:
        """Read Discord's auto mod action object as `auto_mod.PartialAutoModAction`."""

    @abc.abstractmethod
    def deserialize_auto_mod_rule(self, payload: JSONObject) -> auto_mod.AutoModRule:
        """Read Discord's auto mod rule object as `auto_mod.AutoModRule`."""

    @abc.abstractmethod
    def deserialize_autocomplete_interaction(
        self, payload: JSONObject
    ) -> command_interactions.AutocompleteInteraction:
        """Read Discord's autocomplete interaction object as
        `command_interactions.AutocompleteInteraction`.
        """

    @abc.abstractmethod
    def deserialize_bulk_ban_response(self, payload: JSONObject) -> guilds.BulkBanResponse:
        """Read Discord's bulk ban response object as `guilds.BulkBanResponse`."""

    @abc.abstractmethod
    def deserialize_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.PartialChannel:
        """Read a channel object as the most specific class for its `type`; `guild_id` is for
        guild channels that leave it out (a template's channels).
        """

    @abc.abstractmethod
    def deserialize_channel_follow(self, payload: JSONObject) -> channels.ChannelFollow:
        """Read Discord's channel follow object as `channels.ChannelFollow`."""

    @abc.abstractmethod
    def deserialize_channel_follower_webhook(self, payload: JSONObject) -> webhooks.ChannelFollowerWebhook:
        """Read Discord's channel follower webhook object as `webhooks.ChannelFollowerWebhook`."""

    @abc.abstractmethod
    def deserialize_command(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> commands.PartialCommand:
        """Read Discord's command object as `commands.PartialCommand`.
        `guild_id` replaces the payload's (`None`: a global command).
        """

    @abc.abstractmethod
    def deserialize_command_interaction(self, payload: JSONObject) -> command_interactions.CommandInteraction:
        """Read Discord's command interaction object as `command_interactions.CommandInteraction`."""

    @abc.abstractmethod
    def deserialize_component_interaction(
        self, payload: JSONObject
    ) -> component_interactions.ComponentInteraction:
        """Read Discord's component interaction object as
        `component_interactions.ComponentInteraction`.
        """

    @abc.abstractmethod
    def deserialize_context_menu_command(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> commands.ContextMenuCommand:
        """Read Discord's context menu command object as `commands.ContextMenuCommand`.
        `guild_id` replaces the payload's (`None`: a global command).
        """

    @abc.abstractmethod
    def deserialize_custom_emoji(self, payload: JSONObject) -> emojis.CustomEmoji:
        """Read a partial emoji object with an ID as `emojis.CustomEmoji` (`TypeError` for a
        Unicode one).
        """

    @abc.abstractmethod
    def deserialize_dm(self, payload: JSONObject) -> channels.DMChannel:
        """Read Discord's dm object as `channels.DMChannel`."""

    @abc.abstractmethod
    def deserialize_embed(self, payload: JSONObject) -> embeds.Embed:
        """Read Discord's embed object as `embeds.Embed`."""

    @abc.abstractmethod
    def deserialize_emoji(self, payload: JSONObject) -> emojis.UnicodeEmoji | emojis.CustomEmoji:
        """Read a partial emoji object: `emojis.CustomEmoji` when it has an ID, else
        `emojis.UnicodeEmoji`.
        """

    @abc.abstractmethod
    def deserialize_entitlement(self, payload: JSONObject) -> monetization.Entitlement:
        """Read Discord's entitlement object as `monetization.Entitlement`."""

    @abc.abstractmethod
    def deserialize_gateway_bot_info(self, payload: JSONObject) -> sessions.GatewayBotInfo:
        """Read Discord's gateway bot info object as `sessions.GatewayBotInfo`."""

    @abc.abstractmethod
    def deserialize_group_dm(self, payload: JSONObject) -> channels.GroupDMChannel:
        """Read Discord's group dm object as `channels.GroupDMChannel`."""

    @abc.abstractmethod
    def deserialize_guild_category(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildCategory:
        """Read Discord's guild category object as `channels.GuildCategory`. `guild_id` is for
        payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_command_permissions(self, payload: JSONObject) -> commands.GuildCommandPermissions:
        """Read Discord's guild command permissions object as `commands.GuildCommandPermissions`."""

    @abc.abstractmethod
    def deserialize_guild_forum_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildForumChannel:
        """Read Discord's guild forum channel object as `channels.GuildForumChannel`. `guild_id` is
        for payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_incidents(self, payload: JSONObject | None) -> guilds.GuildIncidents:
        """Read a guild's incidents data object (`None`: no incidents) as `guilds.GuildIncidents`."""

    @abc.abstractmethod
    def deserialize_guild_media_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildMediaChannel:
        """Read Discord's guild media channel object as `channels.GuildMediaChannel`. `guild_id` is
        for payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_member_ban(self, payload: JSONObject) -> guilds.GuildBan:
        """Read Discord's guild member ban object as `guilds.GuildBan`."""

    @abc.abstractmethod
    def deserialize_guild_news_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildNewsChannel:
        """Read Discord's guild news channel object as `channels.GuildNewsChannel`. `guild_id` is for
        payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_news_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = undefined.UNDEFINED,
    ) -> channels.GuildNewsThread:
        """Read Discord's guild news thread object as `channels.GuildNewsThread`.
        `guild_id` is for payloads that leave it out; `member` replaces the thread's own member
        (`None` removes it).
        """

    @abc.abstractmethod
    def deserialize_guild_onboarding(self, payload: JSONObject) -> guilds.GuildOnboarding:
        """Read Discord's guild onboarding object as `guilds.GuildOnboarding`."""

    @abc.abstractmethod
    def deserialize_guild_preview(self, payload: JSONObject) -> guilds.GuildPreview:
        """Read Discord's guild preview object as `guilds.GuildPreview`."""

    @abc.abstractmethod
    def deserialize_guild_private_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = undefined.UNDEFINED,
    ) -> channels.GuildPrivateThread:
        """Read Discord's guild private thread object as `channels.GuildPrivateThread`.
        `guild_id` is for payloads that leave it out; `member` replaces the thread's own member
        (`None` removes it).
        """

    @abc.abstractmethod
    def deserialize_guild_public_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = undefined.UNDEFINED,
    ) -> channels.GuildPublicThread:
        """Read Discord's guild public thread object as `channels.GuildPublicThread`.
        `guild_id` is for payloads that leave it out; `member` replaces the thread's own member
        (`None` removes it).
        """

    @abc.abstractmethod
    def deserialize_guild_stage_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildStageChannel:
        """Read Discord's guild stage channel object as `channels.GuildStageChannel`. `guild_id` is
        for payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_sticker(self, payload: JSONObject) -> stickers.GuildSticker:
        """Read Discord's guild sticker object as `stickers.GuildSticker`."""

    @abc.abstractmethod
    def deserialize_guild_text_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildTextChannel:
        """Read Discord's guild text channel object as `channels.GuildTextChannel`. `guild_id` is for
        payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = undefined.UNDEFINED,
    ) -> channels.GuildThreadChannel:
        """Read Discord's guild thread object as `channels.GuildThreadChannel`.
        `guild_id` is for payloads that leave it out; `member` replaces the thread's own member
        (`None` removes it).
        """

    @abc.abstractmethod
    def deserialize_guild_voice_channel(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.GuildVoiceChannel:
        """Read Discord's guild voice channel object as `channels.GuildVoiceChannel`. `guild_id` is
        for payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_guild_widget(self, payload: JSONObject) -> guilds.GuildWidget:
        """Read Discord's guild widget object as `guilds.GuildWidget`."""

    @abc.abstractmethod
    def deserialize_implicit_token(self, query: typing.Mapping[str, str]) -> applications.OAuth2ImplicitToken:
        """Read the implicit grant's redirect fragment (`access_token`, `token_type`,
        `expires_in`, `scope` and `state`, every value a string) as `applications.OAuth2ImplicitToken`.
        """

    @abc.abstractmethod
    def deserialize_incoming_webhook(self, payload: JSONObject) -> webhooks.IncomingWebhook:
        """Read Discord's incoming webhook object as `webhooks.IncomingWebhook`."""

    @abc.abstractmethod
    def deserialize_integration(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> guilds.Integration:
        """Read Discord's integration object as `guilds.Integration`. `guild_id` is for payloads that
        leave it out.
        """

    @abc.abstractmethod
    def deserialize_interaction(self, payload: JSONObject) -> base_interactions.PartialInteraction:
        """Read an interaction object as the class of its `type` (command, autocomplete,
        component or modal; `hikari_like.errors.UnrecognisedEntityError` for a type this library
        does not read, as in hikari).
        """

    @abc.abstractmethod
    def deserialize_interaction_callback_response(
        self, payload: JSONObject
    ) -> callback_responses.InteractionCallbackResponse:
        """Read Discord's interaction callback response object as
        `callback_responses.InteractionCallbackResponse`.
        """

    @abc.abstractmethod
    def deserialize_invite(self, payload: JSONObject) -> invites.Invite:
        """Read Discord's invite object as `invites.Invite`."""

    @abc.abstractmethod
    def deserialize_invite_with_metadata(self, payload: JSONObject) -> invites.InviteWithMetadata:
        """Read Discord's invite with metadata object as `invites.InviteWithMetadata`."""

    @abc.abstractmethod
    def deserialize_known_custom_emoji(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> emojis.KnownCustomEmoji:
        """Read Discord's known custom emoji object as `emojis.KnownCustomEmoji`. `guild_id` is for
        payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_member_presence(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> presences.MemberPresence:
        """Read Discord's presence update object as `presences.MemberPresence`; `guild_id` is for
        objects without a `guild_id` field (`KeyError` when neither says).

        ```python
        presence = factory.deserialize_member_presence(event.payload)
        ```
        """

    @abc.abstractmethod
    def deserialize_member(
        self,
        payload: JSONObject,
        *,
        user: undefined.UndefinedOr[users.User] = undefined.UNDEFINED,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> guilds.Member:
        """Read Discord's guild member object as `guilds.Member`. `user` replaces the payload's
        `user` (for objects that come without it); `guild_id` is for objects without a `guild_id`
        field (`KeyError` when neither says).

        ```python
        member = factory.deserialize_member(payload, guild_id=guild_id)
        ```
        """

    @abc.abstractmethod
    def deserialize_message(self, payload: JSONObject) -> messages.Message:
        """Read Discord's message object as `messages.Message`."""

    @abc.abstractmethod
    def deserialize_message_search_result(self, payload: JSONObject) -> messages.MessageSearchResult:
        """Read Discord's message search result object as `messages.MessageSearchResult`."""

    @abc.abstractmethod
    def deserialize_message_snapshot(self, payload: JSONObject) -> messages.MessageSnapshot:
        """Read Discord's message snapshot object as `messages.MessageSnapshot`."""

    @abc.abstractmethod
    def deserialize_modal_interaction(self, payload: JSONObject) -> modal_interactions.ModalInteraction:
        """Read Discord's modal interaction object as `modal_interactions.ModalInteraction`."""

    @abc.abstractmethod
    def deserialize_my_user(self, payload: JSONObject) -> users.OwnUser:
        """Read Discord's my user object as `users.OwnUser`."""

    @abc.abstractmethod
    def deserialize_own_application_role_connection(
        self, payload: JSONObject
    ) -> applications.OwnApplicationRoleConnection:
        """Read Discord's own application role connection object as
        `applications.OwnApplicationRoleConnection`.
        """

    @abc.abstractmethod
    def deserialize_own_connection(self, payload: JSONObject) -> applications.OwnConnection:
        """Read Discord's own connection object as `applications.OwnConnection`."""

    @abc.abstractmethod
    def deserialize_own_guild(self, payload: JSONObject) -> guilds.OwnGuild:
        """Read Discord's own guild object as `guilds.OwnGuild`."""

    @abc.abstractmethod
    def deserialize_partial_channel(self, payload: JSONObject) -> channels.PartialChannel:
        """Read Discord's partial channel object as `channels.PartialChannel`."""

    @abc.abstractmethod
    def deserialize_partial_integration(self, payload: JSONObject) -> guilds.PartialIntegration:
        """Read Discord's partial integration object as `guilds.PartialIntegration`."""

    @abc.abstractmethod
    def deserialize_partial_message(self, payload: JSONObject) -> messages.PartialMessage:
        """Read Discord's partial message object as `messages.PartialMessage`."""

    @abc.abstractmethod
    def deserialize_partial_sticker(self, payload: JSONObject) -> stickers.PartialSticker:
        """Read Discord's partial sticker object as `stickers.PartialSticker`."""

    @abc.abstractmethod
    def deserialize_partial_token(self, payload: JSONObject) -> applications.PartialOAuth2Token:
        """Read Discord's partial token object as `applications.PartialOAuth2Token`."""

    @abc.abstractmethod
    def deserialize_permission_overwrite(self, payload: JSONObject) -> channels.PermissionOverwrite:
        """Read Discord's permission overwrite object as `channels.PermissionOverwrite`."""

    @abc.abstractmethod
    def deserialize_pinned_message(self, payload: JSONObject) -> messages.PinnedMessage:
        """Read Discord's pinned message object as `messages.PinnedMessage`."""

    @abc.abstractmethod
    def deserialize_poll(self, payload: JSONObject) -> polls.Poll:
        """Read Discord's poll object as `polls.Poll`."""

    @abc.abstractmethod
    def deserialize_rest_guild(self, payload: JSONObject) -> guilds.RESTGuild:
        """Read Discord's rest guild object as `guilds.RESTGuild`."""

    @abc.abstractmethod
    def deserialize_role(self, payload: JSONObject, *, guild_id: snowflakes.Snowflake) -> guilds.Role:
        """Read Discord's role object as `guilds.Role` of the guild `guild_id` (the object does not
        name it).
        """

    @abc.abstractmethod
    def deserialize_scheduled_event(self, payload: JSONObject) -> scheduled_events.ScheduledEvent:
        """Read a scheduled event object as the class of its `entity_type` (stage, voice or
        external; an unknown type reads as `scheduled_events.ScheduledEvent`).
        """

    @abc.abstractmethod
    def deserialize_scheduled_event_user(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> scheduled_events.ScheduledEventUser:
        """Read Discord's scheduled event user object as `scheduled_events.ScheduledEventUser`.
        `guild_id` is for payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_scheduled_external_event(
        self, payload: JSONObject
    ) -> scheduled_events.ScheduledExternalEvent:
        """Read Discord's scheduled external event object as `scheduled_events.ScheduledExternalEvent`
        (`TypeError` for an event whose `entity_type` is not `EXTERNAL`).
        """

    @abc.abstractmethod
    def deserialize_scheduled_stage_event(self, payload: JSONObject) -> scheduled_events.ScheduledStageEvent:
        """Read Discord's scheduled stage event object as `scheduled_events.ScheduledStageEvent`
        (`TypeError` for an event whose `entity_type` is not `STAGE_INSTANCE`).
        """

    @abc.abstractmethod
    def deserialize_scheduled_voice_event(self, payload: JSONObject) -> scheduled_events.ScheduledVoiceEvent:
        """Read Discord's scheduled voice event object as `scheduled_events.ScheduledVoiceEvent`
        (`TypeError` for an event whose `entity_type` is not `VOICE`).
        """

    @abc.abstractmethod
    def deserialize_sku(self, payload: JSONObject) -> monetization.SKU:
        """Read Discord's sku object as `monetization.SKU`."""

    @abc.abstractmethod
    def deserialize_slash_command(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> commands.SlashCommand:
        """Read Discord's slash command object as `commands.SlashCommand`.
        `guild_id` replaces the payload's (`None`: a global command).
        """

    @abc.abstractmethod
    def deserialize_stage_instance(self, payload: JSONObject) -> stage_instances.StageInstance:
        """Read Discord's stage instance object as `stage_instances.StageInstance`."""

    @abc.abstractmethod
    def deserialize_standard_sticker(self, payload: JSONObject) -> stickers.StandardSticker:
        """Read Discord's standard sticker object as `stickers.StandardSticker`."""

    @abc.abstractmethod
    def deserialize_sticker_pack(self, payload: JSONObject) -> stickers.StickerPack:
        """Read Discord's sticker pack object as `stickers.StickerPack`."""

    @abc.abstractmethod
    def deserialize_template(self, payload: JSONObject) -> templates.Template:
        """Read Discord's template object as `templates.Template`."""

    @abc.abstractmethod
    def deserialize_thread_member(
        self,
        payload: JSONObject,
        *,
        thread_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
    ) -> channels.ThreadMember:
        """Read Discord's thread member object as `channels.ThreadMember`. `thread_id` is for
        payloads that leave it out.
        """

    @abc.abstractmethod
    def deserialize_unicode_emoji(self, payload: JSONObject) -> emojis.UnicodeEmoji:
        """Read a partial emoji object without an ID as `emojis.UnicodeEmoji` (`TypeError` for
        a custom one).
        """

    @abc.abstractmethod
    def deserialize_user(self, payload: JSONObject) -> users.User:
        """Read Discord's user object as `users.User`."""

    @abc.abstractmethod
    def deserialize_vanity_url(self, payload: JSONObject) -> invites.VanityURL:
        """Read Discord's vanity url object as `invites.VanityURL`."""

    @abc.abstractmethod
    def deserialize_voice_region(self, payload: JSONObject) -> voices.VoiceRegion:
        """Read Discord's voice region object as `voices.VoiceRegion`."""

    @abc.abstractmethod
    def deserialize_voice_state(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = undefined.UNDEFINED,
        member: undefined.UndefinedOr[guilds.Member] = undefined.UNDEFINED,
    ) -> voices.VoiceState:
        """Read Discord's voice state object as `voices.VoiceState`. `guild_id` is for payloads that
        leave it out; `member` replaces the payload's own.
        """

    @abc.abstractmethod
    def deserialize_webhook(self, payload: JSONObject) -> webhooks.PartialWebhook:
        """Read a webhook object as the class of its `type` (incoming, channel follower or
        application).
        """

    @abc.abstractmethod
    def deserialize_welcome_screen(self, payload: JSONObject) -> guilds.WelcomeScreen:
        """Read Discord's welcome screen object as `guilds.WelcomeScreen`."""

    @abc.abstractmethod
    def serialize_application_connection_metadata_record(
        self, record: applications.ApplicationRoleConnectionMetadataRecord
    ) -> JSONObject:
        """`applications.ApplicationRoleConnectionMetadataRecord` as the JSON object Discord takes."""

    @abc.abstractmethod
    def serialize_command_option(self, option: commands.CommandOption) -> JSONObject:
        """`commands.CommandOption` as the JSON object Discord takes."""

    @abc.abstractmethod
    def serialize_command_permission(self, permission: commands.CommandPermission) -> JSONObject:
        """`commands.CommandPermission` as the JSON object Discord takes."""

    @abc.abstractmethod
    def serialize_embed(
        self, embed: embeds.Embed
    ) -> tuple[JSONObject, list[files.Resource[files.AsyncReader]]]:
        """`embed` as the embed object a message sends, and the files it attaches (its images and
        thumbnails that are uploads, referenced as `attachment://name` in the JSON).
        """

    @abc.abstractmethod
    def serialize_forum_tag(self, tag: channels.ForumTag) -> JSONObject:
        """`channels.ForumTag` as the JSON object Discord takes."""

    @abc.abstractmethod
    def serialize_permission_overwrite(self, overwrite: channels.PermissionOverwrite) -> JSONObject:
        """`channels.PermissionOverwrite` as the JSON object Discord takes."""

    @abc.abstractmethod
    def serialize_welcome_channel(self, welcome_channel: guilds.WelcomeChannel) -> JSONObject:
        """`guilds.WelcomeChannel` as the JSON object Discord takes."""
