"""`EntityFactoryImpl`: hikari's entity factory over the models' own parsers.

Each method hands its payload to the parser the REST client uses for the same object (the model's
`from_payload`, or the module function that picks the model for a payload's `type`), with the
factory's `app`; the keyword arguments fill in what a payload leaves out. Nothing here reads JSON
itself, so a payload reads the same whichever way it arrives.

```python
factory = EntityFactoryImpl(rest)
message = factory.deserialize_message(await rest.request("GET", f"/channels/{channel}/messages/{id}"))
```
"""

from __future__ import annotations

__all__ = ["EntityFactoryImpl"]

import typing

from hikari_like import _application_roles
from hikari_like import _audit_log_kinds
from hikari_like import _channel_kinds
from hikari_like import applications
from hikari_like import audit_logs
from hikari_like import auto_mod
from hikari_like import channels
from hikari_like import commands
from hikari_like import embeds
from hikari_like import emojis
from hikari_like import errors
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
from hikari_like import undefined
from hikari_like import users
from hikari_like import voices
from hikari_like import webhooks
from hikari_like.api import entity_factory
from hikari_like.impl.builders import commands as command_builders
from hikari_like.impl.rest.endpoints import channel_fields
from hikari_like.impl.rest.endpoints import guild_settings
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import base_interactions
from hikari_like.interactions import callback_responses
from hikari_like.interactions import command_interactions
from hikari_like.interactions import component_interactions
from hikari_like.interactions import modal_interactions

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_T = typing.TypeVar("_T")
_GuildChannelT = typing.TypeVar("_GuildChannelT", bound=channels.GuildChannel)
_ThreadT = typing.TypeVar("_ThreadT", bound=channels.GuildThreadChannel)
_UNDEFINED: typing.Final = undefined.UNDEFINED


def _given(value: undefined.UndefinedOr[_T]) -> _T | None:
    return None if isinstance(value, undefined.UndefinedType) else value


def _guild_id(
    payload: JSONObject, guild_id: undefined.UndefinedOr[snowflakes.Snowflake]
) -> snowflakes.Snowflake:
    """The guild given, else the payload's own `guild_id` (`KeyError` when neither says)."""
    return snowflakes.parse(payload["guild_id"]) if guild_id is _UNDEFINED else guild_id


def _expect(model: object, kind: type[_T]) -> _T:
    """`model`, when the payload was one of `kind` (a method named for a kind refuses the others)."""
    if not isinstance(model, kind):
        raise TypeError(f"expected a payload of {kind.__name__}, got one of {type(model).__name__}")
    return model


def _with(model: _T, **fields: object) -> _T:
    """`model` with the given fields replaced; `UNDEFINED` leaves a field as the payload had it."""
    for name, value in fields.items():
        if value is not _UNDEFINED:
            setattr(model, name, value)
    return model


class EntityFactoryImpl(entity_factory.EntityFactory):
    """The entity factory of one app: every model it makes keeps `app` (for `message.respond(...)` and
    the like). `bot.entity_factory` and `rest.entity_factory` are made for you.

    ```python
    member = EntityFactoryImpl(bot).deserialize_member(payload, guild_id=guild_id)
    ```

    As hikari's, the thread methods and `deserialize_thread_member` also take `user_id`: whose
    membership a thread member object is, since Discord leaves the user's ID out of a thread's own
    `member`.
    """

    __slots__ = ("_app",)

    def __init__(self, app: traits.RESTAware) -> None:
        self._app = app

    @property
    def app(self) -> traits.RESTAware:
        """The app the models keep (its REST client answers their helper methods)."""
        return self._app

    # -- applications and OAuth2 --------------------------------------------------------------------

    def deserialize_activity_instance(self, payload: JSONObject) -> applications.ActivityInstance:
        return applications.ActivityInstance.from_payload(payload)

    def deserialize_application(self, payload: JSONObject) -> applications.Application:
        return applications.Application.from_payload(payload, app=self._app)

    def deserialize_application_connection_metadata_record(
        self, payload: JSONObject
    ) -> applications.ApplicationRoleConnectionMetadataRecord:
        return applications.ApplicationRoleConnectionMetadataRecord.from_payload(payload)

    def deserialize_authorization_information(
        self, payload: JSONObject
    ) -> applications.AuthorizationInformation:
        return applications.AuthorizationInformation.from_payload(payload, app=self._app)

    def deserialize_authorization_token(self, payload: JSONObject) -> applications.OAuth2AuthorizationToken:
        return applications.OAuth2AuthorizationToken.from_grant(payload, app=self._app)

    def deserialize_implicit_token(self, query: typing.Mapping[str, str]) -> applications.OAuth2ImplicitToken:
        return applications.OAuth2ImplicitToken.from_query(query)

    def deserialize_own_application_role_connection(
        self, payload: JSONObject
    ) -> applications.OwnApplicationRoleConnection:
        return applications.OwnApplicationRoleConnection.from_payload(payload)

    def deserialize_own_connection(self, payload: JSONObject) -> applications.OwnConnection:
        return applications.OwnConnection.from_payload(payload)

    def deserialize_partial_token(self, payload: JSONObject) -> applications.PartialOAuth2Token:
        return applications.PartialOAuth2Token.from_payload(payload)

    def serialize_application_connection_metadata_record(
        self, record: applications.ApplicationRoleConnectionMetadataRecord
    ) -> JSONObject:
        return _application_roles.record_payload(record)

    # -- audit logs and auto-moderation -------------------------------------------------------------

    def deserialize_audit_log(
        self, payload: JSONObject, *, guild_id: snowflakes.Snowflake
    ) -> audit_logs.AuditLog:
        return audit_logs.AuditLog.from_payload(payload, app=self._app, guild_id=guild_id)

    def deserialize_audit_log_entry(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> audit_logs.AuditLogEntry:
        guild = _guild_id(payload, guild_id)
        return audit_logs.AuditLogEntry.from_payload(payload, app=self._app, guild_id=guild)

    def deserialize_auto_mod_action(self, payload: JSONObject) -> auto_mod.PartialAutoModAction:
        return auto_mod.action_from_payload(payload)

    def deserialize_auto_mod_rule(self, payload: JSONObject) -> auto_mod.AutoModRule:
        return auto_mod.AutoModRule.from_payload(payload, app=self._app)

    # -- channels and threads -----------------------------------------------------------------------

    def _guild_channel(
        self,
        kind: type[_GuildChannelT],
        payload: JSONObject,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake],
    ) -> _GuildChannelT:
        return kind.from_payload(payload, app=self._app, guild_id=_given(guild_id))

    def _thread(
        self,
        parse: typing.Callable[..., _ThreadT],
        payload: JSONObject,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake],
        member: undefined.UndefinedNoneOr[channels.ThreadMember],
        user_id: undefined.UndefinedOr[snowflakes.Snowflake],
    ) -> _ThreadT:
        thread = parse(payload, app=self._app, guild_id=_given(guild_id))
        own = payload.get("member")
        if member is _UNDEFINED and user_id is not _UNDEFINED and isinstance(own, dict):
            # Discord leaves the user's ID out of a thread's `member`; `user_id` says whose it is.
            member = channels.ThreadMember.from_payload(
                own, thread_id=thread.id, user_id=user_id, app=self._app, guild_id=thread.guild_id
            )
        return _with(thread, member=member)

    def deserialize_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.PartialChannel:
        return channels.channel_from_payload(payload, app=self._app, guild_id=_given(guild_id))

    def deserialize_channel_follow(self, payload: JSONObject) -> channels.ChannelFollow:
        return channels.ChannelFollow.from_payload(payload, app=self._app)

    def deserialize_dm(self, payload: JSONObject) -> channels.DMChannel:
        return channels.DMChannel.from_payload(payload, app=self._app)

    def deserialize_group_dm(self, payload: JSONObject) -> channels.GroupDMChannel:
        return channels.GroupDMChannel.from_payload(payload, app=self._app)

    def deserialize_guild_category(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildCategory:
        return self._guild_channel(channels.GuildCategory, payload, guild_id)

    def deserialize_guild_forum_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildForumChannel:
        return self._guild_channel(channels.GuildForumChannel, payload, guild_id)

    def deserialize_guild_media_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildMediaChannel:
        return self._guild_channel(channels.GuildMediaChannel, payload, guild_id)

    def deserialize_guild_news_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildNewsChannel:
        return self._guild_channel(channels.GuildNewsChannel, payload, guild_id)

    def deserialize_guild_stage_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildStageChannel:
        return self._guild_channel(channels.GuildStageChannel, payload, guild_id)

    def deserialize_guild_text_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildTextChannel:
        return self._guild_channel(channels.GuildTextChannel, payload, guild_id)

    def deserialize_guild_voice_channel(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> channels.GuildVoiceChannel:
        return self._guild_channel(channels.GuildVoiceChannel, payload, guild_id)

    def deserialize_guild_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = _UNDEFINED,
        user_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> channels.GuildThreadChannel:
        return self._thread(_channel_kinds.thread_from_payload, payload, guild_id, member, user_id)

    def deserialize_guild_news_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = _UNDEFINED,
        user_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> channels.GuildNewsThread:
        return self._thread(channels.GuildNewsThread.from_payload, payload, guild_id, member, user_id)

    def deserialize_guild_private_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = _UNDEFINED,
        user_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> channels.GuildPrivateThread:
        return self._thread(channels.GuildPrivateThread.from_payload, payload, guild_id, member, user_id)

    def deserialize_guild_public_thread(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        member: undefined.UndefinedNoneOr[channels.ThreadMember] = _UNDEFINED,
        user_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> channels.GuildPublicThread:
        return self._thread(channels.GuildPublicThread.from_payload, payload, guild_id, member, user_id)

    def deserialize_partial_channel(self, payload: JSONObject) -> channels.PartialChannel:
        return channels.PartialChannel.from_payload(payload, app=self._app)

    def deserialize_permission_overwrite(self, payload: JSONObject) -> channels.PermissionOverwrite:
        return channels.PermissionOverwrite.from_payload(payload)

    def deserialize_thread_member(
        self,
        payload: JSONObject,
        *,
        thread_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        user_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> channels.ThreadMember:
        return channels.ThreadMember.from_payload(
            payload, thread_id=_given(thread_id), user_id=_given(user_id)
        )

    def serialize_forum_tag(self, tag: channels.ForumTag) -> JSONObject:
        return channel_fields.tag_payload(tag)

    def serialize_permission_overwrite(self, overwrite: channels.PermissionOverwrite) -> JSONObject:
        return channel_fields.overwrite_payload(overwrite)

    # -- application commands -----------------------------------------------------------------------

    def deserialize_command(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> commands.PartialCommand:
        return _with(commands.command_from_payload(payload, app=self._app), guild_id=guild_id)

    def deserialize_context_menu_command(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> commands.ContextMenuCommand:
        return _with(commands.ContextMenuCommand.from_payload(payload, app=self._app), guild_id=guild_id)

    def deserialize_slash_command(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> commands.SlashCommand:
        return _with(commands.SlashCommand.from_payload(payload, app=self._app), guild_id=guild_id)

    def deserialize_guild_command_permissions(self, payload: JSONObject) -> commands.GuildCommandPermissions:
        return commands.GuildCommandPermissions.from_payload(payload)

    def serialize_command_option(self, option: commands.CommandOption) -> JSONObject:
        return command_builders.serialize_command_option(option)

    def serialize_command_permission(self, permission: commands.CommandPermission) -> JSONObject:
        return permission.to_payload()

    # -- emojis and stickers ------------------------------------------------------------------------

    def deserialize_emoji(self, payload: JSONObject) -> emojis.UnicodeEmoji | emojis.CustomEmoji:
        return emojis.deserialize_emoji(payload)

    def deserialize_custom_emoji(self, payload: JSONObject) -> emojis.CustomEmoji:
        return _expect(emojis.deserialize_emoji(payload), emojis.CustomEmoji)

    def deserialize_unicode_emoji(self, payload: JSONObject) -> emojis.UnicodeEmoji:
        return _expect(emojis.deserialize_emoji(payload), emojis.UnicodeEmoji)

    def deserialize_known_custom_emoji(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> emojis.KnownCustomEmoji:
        return emojis.KnownCustomEmoji.from_payload(payload, app=self._app, guild_id=_given(guild_id))

    def deserialize_guild_sticker(self, payload: JSONObject) -> stickers.GuildSticker:
        return stickers.GuildSticker.from_payload(payload, app=self._app)

    def deserialize_partial_sticker(self, payload: JSONObject) -> stickers.PartialSticker:
        return stickers.PartialSticker.from_payload(payload)

    def deserialize_standard_sticker(self, payload: JSONObject) -> stickers.StandardSticker:
        return stickers.StandardSticker.from_payload(payload)

    def deserialize_sticker_pack(self, payload: JSONObject) -> stickers.StickerPack:
        return stickers.StickerPack.from_payload(payload)

    # -- guilds and members -------------------------------------------------------------------------

    def deserialize_bulk_ban_response(self, payload: JSONObject) -> guilds.BulkBanResponse:
        return guilds.BulkBanResponse.from_payload(payload)

    def deserialize_guild_incidents(self, payload: JSONObject | None) -> guilds.GuildIncidents:
        return guilds.GuildIncidents.from_payload(payload)

    def deserialize_guild_member_ban(self, payload: JSONObject) -> guilds.GuildBan:
        return guilds.GuildBan.from_payload(payload, app=self._app)

    def deserialize_guild_onboarding(self, payload: JSONObject) -> guilds.GuildOnboarding:
        return guilds.GuildOnboarding.from_payload(payload)

    def deserialize_guild_preview(self, payload: JSONObject) -> guilds.GuildPreview:
        return guilds.GuildPreview.from_payload(payload, app=self._app)

    def deserialize_guild_widget(self, payload: JSONObject) -> guilds.GuildWidget:
        return guilds.GuildWidget.from_payload(payload, app=self._app)

    def deserialize_integration(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> guilds.Integration:
        guild = _guild_id(payload, guild_id)
        return guilds.Integration.from_payload(payload, app=self._app, guild_id=guild)

    def deserialize_member(
        self,
        payload: JSONObject,
        *,
        user: undefined.UndefinedOr[users.User] = _UNDEFINED,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> guilds.Member:
        user = self.deserialize_user(payload["user"]) if user is _UNDEFINED else user
        return guilds.Member.from_payload(payload, user=user, guild_id=_guild_id(payload, guild_id))

    def deserialize_member_presence(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
    ) -> presences.MemberPresence:
        return presences.MemberPresence.from_payload(
            payload, app=self._app, guild_id=_guild_id(payload, guild_id)
        )

    def deserialize_own_guild(self, payload: JSONObject) -> guilds.OwnGuild:
        return guilds.OwnGuild.from_payload(payload, app=self._app)

    def deserialize_partial_integration(self, payload: JSONObject) -> guilds.PartialIntegration:
        return _audit_log_kinds.integration(payload)

    def deserialize_rest_guild(self, payload: JSONObject) -> guilds.RESTGuild:
        return guilds.RESTGuild.from_payload(payload, app=self._app)

    def deserialize_role(self, payload: JSONObject, *, guild_id: snowflakes.Snowflake) -> guilds.Role:
        return guilds.Role.from_payload(payload, app=self._app, guild_id=guild_id)

    def deserialize_welcome_screen(self, payload: JSONObject) -> guilds.WelcomeScreen:
        return guilds.WelcomeScreen.from_payload(payload)

    def serialize_welcome_channel(self, welcome_channel: guilds.WelcomeChannel) -> JSONObject:
        return guild_settings.welcome_channel_payload(welcome_channel)

    # -- interactions -------------------------------------------------------------------------------

    def deserialize_interaction(self, payload: JSONObject) -> base_interactions.PartialInteraction:
        kind = INTERACTION_TYPES.get(payload.get("type"))  # type: ignore[arg-type]  # any JSON value
        if kind is None:
            raise errors.UnrecognisedEntityError(
                f"not an interaction type this library reads: {payload.get('type')!r}"
            )
        return kind.from_payload(payload, app=self._app)

    def deserialize_autocomplete_interaction(
        self, payload: JSONObject
    ) -> command_interactions.AutocompleteInteraction:
        return command_interactions.AutocompleteInteraction.from_payload(payload, app=self._app)

    def deserialize_command_interaction(self, payload: JSONObject) -> command_interactions.CommandInteraction:
        return command_interactions.CommandInteraction.from_payload(payload, app=self._app)

    def deserialize_component_interaction(
        self, payload: JSONObject
    ) -> component_interactions.ComponentInteraction:
        return component_interactions.ComponentInteraction.from_payload(payload, app=self._app)

    def deserialize_modal_interaction(self, payload: JSONObject) -> modal_interactions.ModalInteraction:
        return modal_interactions.ModalInteraction.from_payload(payload, app=self._app)

    def deserialize_interaction_callback_response(
        self, payload: JSONObject
    ) -> callback_responses.InteractionCallbackResponse:
        return callback_responses.InteractionCallbackResponse.from_payload(payload, app=self._app)

    # -- invites and templates ----------------------------------------------------------------------

    def deserialize_invite(self, payload: JSONObject) -> invites.Invite:
        return invites.Invite.from_payload(payload, app=self._app)

    def deserialize_invite_with_metadata(self, payload: JSONObject) -> invites.InviteWithMetadata:
        return invites.InviteWithMetadata.from_payload(payload, app=self._app)

    def deserialize_template(self, payload: JSONObject) -> templates.Template:
        return templates.Template.from_payload(payload, app=self._app)

    def deserialize_vanity_url(self, payload: JSONObject) -> invites.VanityURL:
        return invites.VanityURL.from_payload(payload, app=self._app)

    # -- messages, embeds and polls -----------------------------------------------------------------

    def deserialize_embed(self, payload: JSONObject) -> embeds.Embed:
        return embeds.deserialize_embed(payload)

    def deserialize_message(self, payload: JSONObject) -> messages.Message:
        return messages.Message.from_payload(payload, app=self._app)

    def deserialize_message_search_result(self, payload: JSONObject) -> messages.MessageSearchResult:
        return messages.MessageSearchResult.from_payload(payload, app=self._app)

    def deserialize_message_snapshot(self, payload: JSONObject) -> messages.MessageSnapshot:
        return messages.MessageSnapshot.from_payload(payload, app=self._app)

    def deserialize_partial_message(self, payload: JSONObject) -> messages.PartialMessage:
        return messages.PartialMessage.from_payload(payload, app=self._app)

    def deserialize_pinned_message(self, payload: JSONObject) -> messages.PinnedMessage:
        return messages.PinnedMessage.from_payload(payload, app=self._app)

    def deserialize_poll(self, payload: JSONObject) -> polls.Poll:
        return polls.Poll.from_payload(payload)

    def serialize_embed(
        self, embed: embeds.Embed
    ) -> tuple[JSONObject, list[files.Resource[files.AsyncReader]]]:
        return embeds.serialize_embed(embed)

    # -- monetization -------------------------------------------------------------------------------

    def deserialize_entitlement(self, payload: JSONObject) -> monetization.Entitlement:
        return monetization.Entitlement.from_payload(payload)

    def deserialize_sku(self, payload: JSONObject) -> monetization.SKU:
        return monetization.SKU.from_payload(payload)

    # -- scheduled events and stages ----------------------------------------------------------------

    def deserialize_scheduled_event(self, payload: JSONObject) -> scheduled_events.ScheduledEvent:
        return scheduled_events.ScheduledEvent.from_payload(payload, app=self._app)

    def deserialize_scheduled_external_event(
        self, payload: JSONObject
    ) -> scheduled_events.ScheduledExternalEvent:
        return _expect(self.deserialize_scheduled_event(payload), scheduled_events.ScheduledExternalEvent)

    def deserialize_scheduled_stage_event(self, payload: JSONObject) -> scheduled_events.ScheduledStageEvent:
        return _expect(self.deserialize_scheduled_event(payload), scheduled_events.ScheduledStageEvent)

    def deserialize_scheduled_voice_event(self, payload: JSONObject) -> scheduled_events.ScheduledVoiceEvent:
        return _expect(self.deserialize_scheduled_event(payload), scheduled_events.ScheduledVoiceEvent)

    def deserialize_scheduled_event_user(
        self, payload: JSONObject, *, guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED
    ) -> scheduled_events.ScheduledEventUser:
        guild = _guild_id(payload, guild_id)
        return scheduled_events.ScheduledEventUser.from_payload(payload, app=self._app, guild_id=guild)

    def deserialize_stage_instance(self, payload: JSONObject) -> stage_instances.StageInstance:
        return stage_instances.StageInstance.from_payload(payload, app=self._app)

    # -- users, sessions and voice ------------------------------------------------------------------

    def deserialize_gateway_bot_info(self, payload: JSONObject) -> sessions.GatewayBotInfo:
        return sessions.GatewayBotInfo.from_payload(payload)

    def deserialize_my_user(self, payload: JSONObject) -> users.OwnUser:
        return users.OwnUser.from_payload(payload, app=self._app)

    def deserialize_user(self, payload: JSONObject) -> users.User:
        return users.User.from_payload(payload, app=self._app)

    def deserialize_voice_region(self, payload: JSONObject) -> voices.VoiceRegion:
        return voices.VoiceRegion.from_payload(payload)

    def deserialize_voice_state(
        self,
        payload: JSONObject,
        *,
        guild_id: undefined.UndefinedOr[snowflakes.Snowflake] = _UNDEFINED,
        member: undefined.UndefinedOr[guilds.Member] = _UNDEFINED,
    ) -> voices.VoiceState:
        state = voices.VoiceState.from_payload(payload, app=self._app, guild_id=_given(guild_id))
        return _with(state, member=member)

    # -- webhooks -----------------------------------------------------------------------------------

    def deserialize_application_webhook(self, payload: JSONObject) -> webhooks.ApplicationWebhook:
        return webhooks.ApplicationWebhook.from_payload(payload, app=self._app)

    def deserialize_channel_follower_webhook(self, payload: JSONObject) -> webhooks.ChannelFollowerWebhook:
        return webhooks.ChannelFollowerWebhook.from_payload(payload, app=self._app)

    def deserialize_incoming_webhook(self, payload: JSONObject) -> webhooks.IncomingWebhook:
        return webhooks.IncomingWebhook.from_payload(payload, app=self._app)

    def deserialize_webhook(self, payload: JSONObject) -> webhooks.PartialWebhook:
        return webhooks.webhook_from_payload(payload, app=self._app)
