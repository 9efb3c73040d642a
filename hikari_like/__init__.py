"""hikari_like: a fast, typed, testable library for Discord bots that live on interactions.

The names follow hikari's, so a hikari REST-bot program ports by changing its import::

    import hikari_like as hikari

Models, enums, errors and the bot live here; builders and implementations in `hikari_like.impl`;
interfaces in `hikari_like.api`; the testing toolkit and emulated Discord in `hikari_like.testing`.
"""

from __future__ import annotations

import typing

from hikari_like import api
from hikari_like import capabilities
from hikari_like import colours
from hikari_like import errors
from hikari_like import events
from hikari_like import sessions
from hikari_like import traits
from hikari_like import urls
from hikari_like._about import __version__
from hikari_like.applications import ActivityInstance
from hikari_like.applications import ActivityLocation
from hikari_like.applications import ActivityLocationKind
from hikari_like.applications import Application
from hikari_like.applications import ApplicationContextType
from hikari_like.applications import ApplicationEventWebhookStatus
from hikari_like.applications import ApplicationEventWebhookType
from hikari_like.applications import ApplicationFlags
from hikari_like.applications import ApplicationIntegrationType
from hikari_like.applications import ApplicationRoleConnectionMetadataRecord
from hikari_like.applications import ApplicationRoleConnectionMetadataRecordType
from hikari_like.applications import AuthorizationApplication
from hikari_like.applications import AuthorizationInformation
from hikari_like.applications import ConnectionVisibility
from hikari_like.applications import Entitlement
from hikari_like.applications import EntitlementType
from hikari_like.applications import OAuth2AuthorizationToken
from hikari_like.applications import OAuth2ImplicitToken
from hikari_like.applications import OAuth2Scope
from hikari_like.applications import OwnApplicationRoleConnection
from hikari_like.applications import OwnConnection
from hikari_like.applications import PartialOAuth2Token
from hikari_like.applications import Team
from hikari_like.applications import TeamMember
from hikari_like.applications import TeamMembershipState
from hikari_like.applications import TokenType
from hikari_like.capabilities import GatewayCapabilities
from hikari_like.channels import ChannelFlag
from hikari_like.channels import ChannelType
from hikari_like.channels import PartialChannel
from hikari_like.channels import PermissionOverwrite
from hikari_like.channels import PermissionOverwriteType
from hikari_like.channels import ThreadMetadata
from hikari_like.colors import Color
from hikari_like.colors import ColorGradient
from hikari_like.colors import Colorish
from hikari_like.colors import Colour
from hikari_like.colors import ColourGradient
from hikari_like.colors import Colourish
from hikari_like.commands import CommandChoice
from hikari_like.commands import CommandOption
from hikari_like.commands import CommandPermission
from hikari_like.commands import CommandPermissionType
from hikari_like.commands import CommandType
from hikari_like.commands import ContextMenuCommand
from hikari_like.commands import EntryPointCommand
from hikari_like.commands import EntryPointCommandHandlerType
from hikari_like.commands import GuildCommandPermissions
from hikari_like.commands import OptionType
from hikari_like.commands import PartialCommand
from hikari_like.commands import SlashCommand
from hikari_like.components import ActionRowComponent
from hikari_like.components import ButtonComponent
from hikari_like.components import ButtonStyle
from hikari_like.components import ChannelSelectMenuComponent
from hikari_like.components import ComponentType
from hikari_like.components import ContainerComponent
from hikari_like.components import ContainerTypesT
from hikari_like.components import FileComponent
from hikari_like.components import InteractiveButtonTypes
from hikari_like.components import InteractiveButtonTypesT
from hikari_like.components import MediaGalleryComponent
from hikari_like.components import MediaGalleryItem
from hikari_like.components import MediaLoadingType
from hikari_like.components import MediaResource
from hikari_like.components import MessageActionRowComponent
from hikari_like.components import MessageComponentTypesT
from hikari_like.components import ModalActionRowComponent
from hikari_like.components import ModalComponentTypesT
from hikari_like.components import PartialComponent
from hikari_like.components import SectionComponent
from hikari_like.components import SelectMenuComponent
from hikari_like.components import SelectMenuOption
from hikari_like.components import SeparatorComponent
from hikari_like.components import SpacingType
from hikari_like.components import TextDisplayComponent
from hikari_like.components import TextInputComponent
from hikari_like.components import TextInputStyle
from hikari_like.components import TextSelectMenuComponent
from hikari_like.components import ThumbnailComponent
from hikari_like.components import TopLevelComponentTypesT
from hikari_like.embeds import Embed
from hikari_like.embeds import EmbedAuthor
from hikari_like.embeds import EmbedField
from hikari_like.embeds import EmbedFooter
from hikari_like.embeds import EmbedImage
from hikari_like.embeds import EmbedProvider
from hikari_like.embeds import EmbedResource
from hikari_like.embeds import EmbedResourceWithProxy
from hikari_like.embeds import EmbedVideo
from hikari_like.emojis import CustomEmoji
from hikari_like.emojis import Emoji
from hikari_like.emojis import Emojiish
from hikari_like.emojis import KnownCustomEmoji
from hikari_like.emojis import UnicodeEmoji
from hikari_like.errors import *  # noqa: F403 - every error is part of the top-level API.
from hikari_like.events import *  # noqa: F403 - hikari has its events at the top level too.
from hikari_like.files import URL
from hikari_like.files import AsyncReader
from hikari_like.files import Bytes
from hikari_like.files import File
from hikari_like.files import LazyByteIteratorish
from hikari_like.files import Pathish
from hikari_like.files import Rawish
from hikari_like.files import Resource
from hikari_like.files import Resourceish
from hikari_like.files import WebResource
from hikari_like.guilds import GuildMemberFlags
from hikari_like.guilds import Member
from hikari_like.guilds import PartialRole
from hikari_like.guilds import Role
from hikari_like.guilds import RoleFlag
from hikari_like.intents import Intents
from hikari_like.interactions.base_interactions import DEFERRED_RESPONSE_TYPES
from hikari_like.interactions.base_interactions import MESSAGE_RESPONSE_TYPES
from hikari_like.interactions.base_interactions import DeferredResponseTypesT
from hikari_like.interactions.base_interactions import InteractionCallbackActivityInstance
from hikari_like.interactions.base_interactions import InteractionChannel
from hikari_like.interactions.base_interactions import InteractionMember
from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.interactions.base_interactions import MessageResponseMixin
from hikari_like.interactions.base_interactions import MessageResponseTypesT
from hikari_like.interactions.base_interactions import ModalResponseMixin
from hikari_like.interactions.base_interactions import PartialInteraction
from hikari_like.interactions.base_interactions import PartialInteractionMetadata
from hikari_like.interactions.base_interactions import ResolvedOptionData
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.callback_responses import InteractionCallback
from hikari_like.interactions.callback_responses import InteractionCallbackResource
from hikari_like.interactions.callback_responses import InteractionCallbackResponse
from hikari_like.interactions.command_interactions import COMMAND_RESPONSE_TYPES
from hikari_like.interactions.command_interactions import AutocompleteInteraction
from hikari_like.interactions.command_interactions import AutocompleteInteractionOption
from hikari_like.interactions.command_interactions import BaseCommandInteraction
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.command_interactions import CommandInteractionMetadata
from hikari_like.interactions.command_interactions import CommandInteractionOption
from hikari_like.interactions.command_interactions import CommandResponseTypesT
from hikari_like.interactions.component_interactions import COMPONENT_RESPONSE_TYPES
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.component_interactions import ComponentInteractionMetadata
from hikari_like.interactions.component_interactions import ComponentResponseTypesT
from hikari_like.interactions.modal_interactions import MODAL_RESPONSE_TYPES
from hikari_like.interactions.modal_interactions import CheckboxComponent
from hikari_like.interactions.modal_interactions import CheckboxGroupComponent
from hikari_like.interactions.modal_interactions import FileUploadComponent
from hikari_like.interactions.modal_interactions import LabelComponent
from hikari_like.interactions.modal_interactions import ModalComponent
from hikari_like.interactions.modal_interactions import ModalInteraction
from hikari_like.interactions.modal_interactions import ModalInteractionMetadata
from hikari_like.interactions.modal_interactions import ModalResponseTypesT
from hikari_like.interactions.modal_interactions import RadioGroupComponent
from hikari_like.locales import Locale
from hikari_like.messages import Attachment
from hikari_like.messages import AttachmentFlag
from hikari_like.messages import Message
from hikari_like.messages import MessageFlag
from hikari_like.messages import MessageReference
from hikari_like.messages import MessageReferenceType
from hikari_like.messages import MessageSnapshot
from hikari_like.messages import MessageType
from hikari_like.messages import PartialMessage
from hikari_like.messages import PinnedMessage
from hikari_like.monetization import SKU
from hikari_like.monetization import EntitlementOwnerType
from hikari_like.monetization import SKUFlags
from hikari_like.monetization import SKUType
from hikari_like.monetization import Subscription
from hikari_like.monetization import SubscriptionStatus
from hikari_like.permissions import Permissions
from hikari_like.presences import Activity
from hikari_like.presences import ActivityAssets
from hikari_like.presences import ActivityFlag
from hikari_like.presences import ActivityParty
from hikari_like.presences import ActivitySecret
from hikari_like.presences import ActivityTimestamps
from hikari_like.presences import ActivityType
from hikari_like.presences import ClientStatus
from hikari_like.presences import MemberPresence
from hikari_like.presences import RichActivity
from hikari_like.presences import Status
from hikari_like.sessions import GatewayBotInfo
from hikari_like.sessions import SessionStartLimit
from hikari_like.snowflakes import SearchableSnowflakeish
from hikari_like.snowflakes import SearchableSnowflakeishOr
from hikari_like.snowflakes import Snowflake
from hikari_like.snowflakes import Snowflakeish
from hikari_like.snowflakes import SnowflakeishOr
from hikari_like.snowflakes import SnowflakeishSequence
from hikari_like.snowflakes import Unique
from hikari_like.traits import EntityFactoryAware
from hikari_like.traits import EventFactoryAware
from hikari_like.traits import EventManagerAware
from hikari_like.traits import ExecutorAware
from hikari_like.traits import GatewayBotAware
from hikari_like.traits import IntentsAware
from hikari_like.traits import InteractionServerAware
from hikari_like.traits import NetworkSettingsAware
from hikari_like.traits import RESTAware
from hikari_like.traits import RESTBotAware
from hikari_like.traits import Runnable
from hikari_like.traits import ShardAware
from hikari_like.undefined import UNDEFINED
from hikari_like.undefined import UndefinedNoneOr
from hikari_like.undefined import UndefinedOr
from hikari_like.undefined import UndefinedType
from hikari_like.users import OwnUser
from hikari_like.users import PartialUser
from hikari_like.users import PremiumType
from hikari_like.users import PrimaryGuild
from hikari_like.users import User
from hikari_like.users import UserFlag

if typing.TYPE_CHECKING:
    from hikari_like import audit_logs
    from hikari_like import auto_mod
    from hikari_like import impl
    from hikari_like import invites
    from hikari_like import iterators
    from hikari_like import polls
    from hikari_like import scheduled_events
    from hikari_like import stage_instances
    from hikari_like import stickers
    from hikari_like import templates
    from hikari_like import voices
    from hikari_like import webhooks
    from hikari_like._channel_kinds import ChannelFollow
    from hikari_like._channel_kinds import DMChannel
    from hikari_like._channel_kinds import ForumLayoutType
    from hikari_like._channel_kinds import ForumSortOrderType
    from hikari_like._channel_kinds import ForumTag
    from hikari_like._channel_kinds import GroupDMChannel
    from hikari_like._channel_kinds import GuildCategory
    from hikari_like._channel_kinds import GuildChannel
    from hikari_like._channel_kinds import GuildForumChannel
    from hikari_like._channel_kinds import GuildMediaChannel
    from hikari_like._channel_kinds import GuildNewsChannel
    from hikari_like._channel_kinds import GuildNewsThread
    from hikari_like._channel_kinds import GuildPrivateThread
    from hikari_like._channel_kinds import GuildPublicThread
    from hikari_like._channel_kinds import GuildStageChannel
    from hikari_like._channel_kinds import GuildTextChannel
    from hikari_like._channel_kinds import GuildThreadChannel
    from hikari_like._channel_kinds import GuildVoiceChannel
    from hikari_like._channel_kinds import PermissibleGuildChannel
    from hikari_like._channel_kinds import PrivateChannel
    from hikari_like._channel_kinds import TextableChannel
    from hikari_like._channel_kinds import TextableGuildChannel
    from hikari_like._channel_kinds import ThreadMember
    from hikari_like._channel_kinds import VideoQualityMode
    from hikari_like._channel_kinds import WebhookChannelT
    from hikari_like._channel_kinds import WebhookChannelTypes
    from hikari_like._gateway_guild import GatewayGuild
    from hikari_like._guild_details import BulkBanResponse
    from hikari_like._guild_details import Guild
    from hikari_like._guild_details import GuildBan
    from hikari_like._guild_details import GuildExplicitContentFilterLevel
    from hikari_like._guild_details import GuildFeature
    from hikari_like._guild_details import GuildIncidents
    from hikari_like._guild_details import GuildMessageNotificationsLevel
    from hikari_like._guild_details import GuildMFALevel
    from hikari_like._guild_details import GuildNSFWLevel
    from hikari_like._guild_details import GuildPremiumTier
    from hikari_like._guild_details import GuildPreview
    from hikari_like._guild_details import GuildSystemChannelFlag
    from hikari_like._guild_details import GuildVerificationLevel
    from hikari_like._guild_details import GuildWidget
    from hikari_like._guild_details import OwnGuild
    from hikari_like._guild_details import PartialGuild
    from hikari_like._guild_details import RESTGuild
    from hikari_like._guild_details import WelcomeChannel
    from hikari_like._guild_details import WelcomeScreen
    from hikari_like._guild_integrations import Integration
    from hikari_like._guild_integrations import IntegrationAccount
    from hikari_like._guild_integrations import IntegrationApplication
    from hikari_like._guild_integrations import IntegrationExpireBehaviour
    from hikari_like._guild_integrations import IntegrationType
    from hikari_like._guild_integrations import PartialApplication
    from hikari_like._guild_integrations import PartialIntegration
    from hikari_like._message_parts import MessageActivity
    from hikari_like._message_parts import MessageActivityType
    from hikari_like._message_parts import Reaction
    from hikari_like._message_parts import ReactionCountDetails
    from hikari_like._message_parts import ReactionType
    from hikari_like._message_search import MessageSearchAuthorType
    from hikari_like._message_search import MessageSearchEmbedType
    from hikari_like._message_search import MessageSearchHasType
    from hikari_like._message_search import MessageSearchResult
    from hikari_like._message_search import MessageSearchSortMode
    from hikari_like._message_search import MessageSearchSortOrder
    from hikari_like.audit_logs import AuditLog
    from hikari_like.audit_logs import AuditLogChange
    from hikari_like.audit_logs import AuditLogChangeKey
    from hikari_like.audit_logs import AuditLogEntry
    from hikari_like.audit_logs import AuditLogEventType
    from hikari_like.audit_logs import BaseAuditLogEntryInfo
    from hikari_like.audit_logs import ChannelOverwriteEntryInfo
    from hikari_like.audit_logs import MemberDisconnectEntryInfo
    from hikari_like.audit_logs import MemberMoveEntryInfo
    from hikari_like.audit_logs import MemberPruneEntryInfo
    from hikari_like.audit_logs import MessageBulkDeleteEntryInfo
    from hikari_like.audit_logs import MessageDeleteEntryInfo
    from hikari_like.audit_logs import MessagePinEntryInfo
    from hikari_like.audit_logs import VoiceChannelStatusCreateEntryInfo
    from hikari_like.audit_logs import VoiceChannelStatusDeleteEntryInfo
    from hikari_like.auto_mod import AutoModActionType
    from hikari_like.auto_mod import AutoModBlockMessage
    from hikari_like.auto_mod import AutoModEventType
    from hikari_like.auto_mod import AutoModKeywordPresetType
    from hikari_like.auto_mod import AutoModRule
    from hikari_like.auto_mod import AutoModSendAlertMessage
    from hikari_like.auto_mod import AutoModTimeout
    from hikari_like.auto_mod import AutoModTriggerType
    from hikari_like.auto_mod import KeywordPresetTrigger
    from hikari_like.auto_mod import KeywordTrigger
    from hikari_like.auto_mod import MemberProfileTrigger
    from hikari_like.auto_mod import MentionSpamTrigger
    from hikari_like.auto_mod import PartialAutoModAction
    from hikari_like.auto_mod import PartialAutoModTrigger
    from hikari_like.auto_mod import SpamTrigger
    from hikari_like.impl.bots.asgi_bot import AsgiBot
    from hikari_like.impl.bots.gateway_bot import GatewayBot
    from hikari_like.impl.bots.rest_bot import RESTBot
    from hikari_like.impl.config import BasicAuthHeader
    from hikari_like.impl.config import HTTPSettings
    from hikari_like.impl.config import HTTPTimeoutSettings
    from hikari_like.impl.config import ProxySettings
    from hikari_like.impl.rest.client import RESTApp
    from hikari_like.impl.rest.token_strategies import ClientCredentialsStrategy
    from hikari_like.impl.rest.token_strategies import TokenStrategy
    from hikari_like.impl.server.asgi import AsgiAdapter
    from hikari_like.impl.server.interaction_server import InteractionServer
    from hikari_like.invites import Invite
    from hikari_like.invites import InviteCode
    from hikari_like.invites import InviteFlags
    from hikari_like.invites import InviteGuild
    from hikari_like.invites import InviteRole
    from hikari_like.invites import InviteType
    from hikari_like.invites import InviteWithMetadata
    from hikari_like.invites import TargetType
    from hikari_like.invites import VanityURL
    from hikari_like.iterators import All
    from hikari_like.iterators import AttrComparator
    from hikari_like.iterators import BufferedLazyIterator
    from hikari_like.iterators import FlatLazyIterator
    from hikari_like.iterators import LazyIterator
    from hikari_like.polls import Poll
    from hikari_like.polls import PollAnswer
    from hikari_like.polls import PollAnswerCount
    from hikari_like.polls import PollLayoutType
    from hikari_like.polls import PollMedia
    from hikari_like.polls import PollResult
    from hikari_like.scheduled_events import EventPrivacyLevel
    from hikari_like.scheduled_events import ScheduledEvent
    from hikari_like.scheduled_events import ScheduledEventRecurrenceFrequency
    from hikari_like.scheduled_events import ScheduledEventRecurrenceMonth
    from hikari_like.scheduled_events import ScheduledEventRecurrenceNWeekday
    from hikari_like.scheduled_events import ScheduledEventRecurrenceRule
    from hikari_like.scheduled_events import ScheduledEventRecurrenceWeekday
    from hikari_like.scheduled_events import ScheduledEventStatus
    from hikari_like.scheduled_events import ScheduledEventType
    from hikari_like.scheduled_events import ScheduledEventUser
    from hikari_like.scheduled_events import ScheduledExternalEvent
    from hikari_like.scheduled_events import ScheduledStageEvent
    from hikari_like.scheduled_events import ScheduledVoiceEvent
    from hikari_like.stage_instances import StageInstance
    from hikari_like.stage_instances import StageInstancePrivacyLevel
    from hikari_like.stickers import GuildSticker
    from hikari_like.stickers import PartialSticker
    from hikari_like.stickers import StandardSticker
    from hikari_like.stickers import StickerFormatType
    from hikari_like.stickers import StickerPack
    from hikari_like.stickers import StickerType
    from hikari_like.templates import Template
    from hikari_like.templates import TemplateGuild
    from hikari_like.templates import TemplateRole
    from hikari_like.voices import VoiceRegion
    from hikari_like.voices import VoiceState
    from hikari_like.webhooks import ApplicationWebhook
    from hikari_like.webhooks import ChannelFollowerWebhook
    from hikari_like.webhooks import ExecutableWebhook
    from hikari_like.webhooks import IncomingWebhook
    from hikari_like.webhooks import PartialWebhook
    from hikari_like.webhooks import WebhookType
else:
    from hikari_like.internal import lazy_imports

    # The builders, bots, servers and REST client (and through them aiohttp) load on first use.
    _IMPL_ONLY = {
        "EventFactoryImpl",
        "EventManagerImpl",
        "GatewayShardImpl",
        "InMemoryRateLimitStore",
        "RedisStore",
        "run_workers",
        "GatewayTimings",
        "IdentifyLimiter",
        "RESTClientImpl",
        "StaticTokenStrategy",
        "ThreadMembersIterator",
        "TypingIndicator",
    }  # reached as `hikari_like.impl.<name>`
    _LAZY_SOURCES = {
        "impl": "hikari_like.impl",
        # Paginated endpoints return its lazy iterators; a program rarely names the module.
        "iterators": "hikari_like.iterators",
        "All": "hikari_like.iterators",
        "AttrComparator": "hikari_like.iterators",
        "BufferedLazyIterator": "hikari_like.iterators",
        "FlatLazyIterator": "hikari_like.iterators",
        "LazyIterator": "hikari_like.iterators",
        # Polls load when a message has one (`Message.poll`) or a program names them.
        "polls": "hikari_like.polls",
        "Poll": "hikari_like.polls",
        "PollAnswer": "hikari_like.polls",
        "PollAnswerCount": "hikari_like.polls",
        "PollLayoutType": "hikari_like.polls",
        "PollMedia": "hikari_like.polls",
        "PollResult": "hikari_like.polls",
        # Guild, channel, invite, template and voice models REST returns load on first use (#18).
        "invites": "hikari_like.invites",
        "templates": "hikari_like.templates",
        "voices": "hikari_like.voices",
        "ChannelFollow": "hikari_like._channel_kinds",
        "DMChannel": "hikari_like._channel_kinds",
        "ForumLayoutType": "hikari_like._channel_kinds",
        "ForumSortOrderType": "hikari_like._channel_kinds",
        "ForumTag": "hikari_like._channel_kinds",
        "GroupDMChannel": "hikari_like._channel_kinds",
        "GuildCategory": "hikari_like._channel_kinds",
        "GuildChannel": "hikari_like._channel_kinds",
        "GuildForumChannel": "hikari_like._channel_kinds",
        "GuildMediaChannel": "hikari_like._channel_kinds",
        "GuildNewsChannel": "hikari_like._channel_kinds",
        "GuildNewsThread": "hikari_like._channel_kinds",
        "GuildPrivateThread": "hikari_like._channel_kinds",
        "GuildPublicThread": "hikari_like._channel_kinds",
        "GuildStageChannel": "hikari_like._channel_kinds",
        "GuildTextChannel": "hikari_like._channel_kinds",
        "GuildThreadChannel": "hikari_like._channel_kinds",
        "GuildVoiceChannel": "hikari_like._channel_kinds",
        "PermissibleGuildChannel": "hikari_like._channel_kinds",
        "PrivateChannel": "hikari_like._channel_kinds",
        "TextableChannel": "hikari_like._channel_kinds",
        "TextableGuildChannel": "hikari_like._channel_kinds",
        "ThreadMember": "hikari_like._channel_kinds",
        "VideoQualityMode": "hikari_like._channel_kinds",
        "GatewayGuild": "hikari_like._gateway_guild",
        "BulkBanResponse": "hikari_like._guild_details",
        "Guild": "hikari_like._guild_details",
        "GuildBan": "hikari_like._guild_details",
        "GuildExplicitContentFilterLevel": "hikari_like._guild_details",
        "GuildFeature": "hikari_like._guild_details",
        "GuildIncidents": "hikari_like._guild_details",
        "GuildMFALevel": "hikari_like._guild_details",
        "GuildMessageNotificationsLevel": "hikari_like._guild_details",
        "GuildNSFWLevel": "hikari_like._guild_details",
        "GuildPremiumTier": "hikari_like._guild_details",
        "GuildPreview": "hikari_like._guild_details",
        "GuildSystemChannelFlag": "hikari_like._guild_details",
        "GuildVerificationLevel": "hikari_like._guild_details",
        "GuildWidget": "hikari_like._guild_details",
        "OwnGuild": "hikari_like._guild_details",
        "PartialGuild": "hikari_like._guild_details",
        "RESTGuild": "hikari_like._guild_details",
        "WelcomeChannel": "hikari_like._guild_details",
        "WelcomeScreen": "hikari_like._guild_details",
        "Integration": "hikari_like._guild_integrations",
        "IntegrationAccount": "hikari_like._guild_integrations",
        "IntegrationApplication": "hikari_like._guild_integrations",
        "IntegrationExpireBehaviour": "hikari_like._guild_integrations",
        "IntegrationType": "hikari_like._guild_integrations",
        "PartialApplication": "hikari_like._guild_integrations",
        "PartialIntegration": "hikari_like._guild_integrations",
        "Invite": "hikari_like.invites",
        "InviteCode": "hikari_like.invites",
        "InviteFlags": "hikari_like.invites",
        "InviteGuild": "hikari_like.invites",
        "InviteRole": "hikari_like.invites",
        "InviteType": "hikari_like.invites",
        "InviteWithMetadata": "hikari_like.invites",
        "TargetType": "hikari_like.invites",
        "VanityURL": "hikari_like.invites",
        "Template": "hikari_like.templates",
        "TemplateGuild": "hikari_like.templates",
        "TemplateRole": "hikari_like.templates",
        "VoiceRegion": "hikari_like.voices",
        "VoiceState": "hikari_like.voices",
        "audit_logs": "hikari_like.audit_logs",
        "AuditLog": "hikari_like.audit_logs",
        "AuditLogChange": "hikari_like.audit_logs",
        "AuditLogChangeKey": "hikari_like.audit_logs",
        "AuditLogEntry": "hikari_like.audit_logs",
        "AuditLogEventType": "hikari_like.audit_logs",
        "BaseAuditLogEntryInfo": "hikari_like.audit_logs",
        "ChannelOverwriteEntryInfo": "hikari_like.audit_logs",
        "MemberDisconnectEntryInfo": "hikari_like.audit_logs",
        "MemberMoveEntryInfo": "hikari_like.audit_logs",
        "MemberPruneEntryInfo": "hikari_like.audit_logs",
        "MessageBulkDeleteEntryInfo": "hikari_like.audit_logs",
        "MessageDeleteEntryInfo": "hikari_like.audit_logs",
        "MessagePinEntryInfo": "hikari_like.audit_logs",
        "VoiceChannelStatusCreateEntryInfo": "hikari_like.audit_logs",
        "VoiceChannelStatusDeleteEntryInfo": "hikari_like.audit_logs",
        "auto_mod": "hikari_like.auto_mod",
        "AutoModActionType": "hikari_like.auto_mod",
        "AutoModBlockMessage": "hikari_like.auto_mod",
        "AutoModEventType": "hikari_like.auto_mod",
        "AutoModKeywordPresetType": "hikari_like.auto_mod",
        "AutoModRule": "hikari_like.auto_mod",
        "AutoModSendAlertMessage": "hikari_like.auto_mod",
        "AutoModTimeout": "hikari_like.auto_mod",
        "AutoModTriggerType": "hikari_like.auto_mod",
        "KeywordPresetTrigger": "hikari_like.auto_mod",
        "KeywordTrigger": "hikari_like.auto_mod",
        "MemberProfileTrigger": "hikari_like.auto_mod",
        "MentionSpamTrigger": "hikari_like.auto_mod",
        "PartialAutoModAction": "hikari_like.auto_mod",
        "PartialAutoModTrigger": "hikari_like.auto_mod",
        "SpamTrigger": "hikari_like.auto_mod",
        "scheduled_events": "hikari_like.scheduled_events",
        "EventPrivacyLevel": "hikari_like.scheduled_events",
        "ScheduledEvent": "hikari_like.scheduled_events",
        "ScheduledEventRecurrenceFrequency": "hikari_like.scheduled_events",
        "ScheduledEventRecurrenceMonth": "hikari_like.scheduled_events",
        "ScheduledEventRecurrenceNWeekday": "hikari_like.scheduled_events",
        "ScheduledEventRecurrenceRule": "hikari_like.scheduled_events",
        "ScheduledEventRecurrenceWeekday": "hikari_like.scheduled_events",
        "ScheduledEventStatus": "hikari_like.scheduled_events",
        "ScheduledEventType": "hikari_like.scheduled_events",
        "ScheduledEventUser": "hikari_like.scheduled_events",
        "ScheduledExternalEvent": "hikari_like.scheduled_events",
        "ScheduledStageEvent": "hikari_like.scheduled_events",
        "ScheduledVoiceEvent": "hikari_like.scheduled_events",
        "stage_instances": "hikari_like.stage_instances",
        "StageInstance": "hikari_like.stage_instances",
        "StageInstancePrivacyLevel": "hikari_like.stage_instances",
        "stickers": "hikari_like.stickers",
        "GuildSticker": "hikari_like.stickers",
        "PartialSticker": "hikari_like.stickers",
        "StandardSticker": "hikari_like.stickers",
        "StickerFormatType": "hikari_like.stickers",
        "StickerPack": "hikari_like.stickers",
        "StickerType": "hikari_like.stickers",
        "MessageActivity": "hikari_like._message_parts",
        "MessageActivityType": "hikari_like._message_parts",
        "Reaction": "hikari_like._message_parts",
        "ReactionCountDetails": "hikari_like._message_parts",
        "ReactionType": "hikari_like._message_parts",
        "MessageSearchAuthorType": "hikari_like._message_search",
        "MessageSearchEmbedType": "hikari_like._message_search",
        "MessageSearchHasType": "hikari_like._message_search",
        "MessageSearchResult": "hikari_like._message_search",
        "MessageSearchSortMode": "hikari_like._message_search",
        "MessageSearchSortOrder": "hikari_like._message_search",
        "webhooks": "hikari_like.webhooks",
        "ApplicationWebhook": "hikari_like.webhooks",
        "ChannelFollowerWebhook": "hikari_like.webhooks",
        "ExecutableWebhook": "hikari_like.webhooks",
        "IncomingWebhook": "hikari_like.webhooks",
        "PartialWebhook": "hikari_like.webhooks",
        "WebhookType": "hikari_like.webhooks",
        "WebhookChannelT": "hikari_like._channel_kinds",
        "WebhookChannelTypes": "hikari_like._channel_kinds",
        **{name: source for name, source in lazy_imports.IMPL_SOURCES.items() if name not in _IMPL_ONLY},
    }
    __getattr__, __dir__ = lazy_imports.exports(__name__, _LAZY_SOURCES)

__all__ = [
    # applications and commands (#23)
    "ActivityInstance",
    "ActivityLocation",
    "ActivityLocationKind",
    "ApplicationEventWebhookStatus",
    "ApplicationEventWebhookType",
    "ApplicationRoleConnectionMetadataRecord",
    "ApplicationRoleConnectionMetadataRecordType",
    "ConnectionVisibility",
    "OwnApplicationRoleConnection",
    "OwnConnection",
    "CommandPermission",
    "CommandPermissionType",
    "GuildCommandPermissions",
    "__version__",
    "api",
    "capabilities",
    "errors",
    "events",
    "impl",
    "colours",
    "iterators",
    "All",
    "AttrComparator",
    "BufferedLazyIterator",
    "FlatLazyIterator",
    "LazyIterator",
    "polls",
    "sessions",
    "traits",
    "urls",
    "ApplicationContextType",
    "ApplicationIntegrationType",
    "AuthorizationApplication",
    "AuthorizationInformation",
    "Entitlement",
    "EntitlementType",
    "OAuth2AuthorizationToken",
    "OAuth2ImplicitToken",
    "OAuth2Scope",
    "PartialOAuth2Token",
    "Team",
    "TeamMember",
    "TeamMembershipState",
    "TokenType",
    "SKU",
    "EntitlementOwnerType",
    "SKUFlags",
    "SKUType",
    "Subscription",
    "SubscriptionStatus",
    "ChannelType",
    "PartialChannel",
    "ThreadMetadata",
    "Color",
    "Colorish",
    "Colour",
    "Colourish",
    "CommandChoice",
    "CommandOption",
    "CommandType",
    "OptionType",
    "ButtonStyle",
    "ComponentType",
    "TextInputStyle",
    "Embed",
    "EmbedAuthor",
    "EmbedField",
    "EmbedFooter",
    "EmbedImage",
    "EmbedProvider",
    "EmbedResource",
    "EmbedResourceWithProxy",
    "EmbedVideo",
    "CustomEmoji",
    "Emoji",
    "Emojiish",
    "UnicodeEmoji",
    "AsyncReader",
    "Bytes",
    "File",
    "Pathish",
    "Rawish",
    "Resource",
    "Resourceish",
    "URL",
    "WebResource",
    "ColorGradient",
    "ColourGradient",
    "GuildMemberFlags",
    "Member",
    "Role",
    "RoleFlag",
    "BulkBanResponse",
    "ChannelFlag",
    "ChannelFollow",
    "ForumLayoutType",
    "ForumSortOrderType",
    "ForumTag",
    "GatewayGuild",
    "GroupDMChannel",
    "Guild",
    "GuildBan",
    "GuildCategory",
    "GuildExplicitContentFilterLevel",
    "GuildFeature",
    "GuildForumChannel",
    "GuildIncidents",
    "GuildMFALevel",
    "GuildMediaChannel",
    "GuildMessageNotificationsLevel",
    "GuildNSFWLevel",
    "GuildNewsChannel",
    "GuildNewsThread",
    "GuildPremiumTier",
    "GuildPreview",
    "GuildPrivateThread",
    "GuildPublicThread",
    "GuildStageChannel",
    "GuildSystemChannelFlag",
    "GuildThreadChannel",
    "GuildVerificationLevel",
    "GuildVoiceChannel",
    "GuildWidget",
    "Invite",
    "InviteCode",
    "InviteFlags",
    "InviteGuild",
    "InviteRole",
    "InviteType",
    "InviteWithMetadata",
    "OwnGuild",
    "PartialGuild",
    "PartialRole",
    "PermissibleGuildChannel",
    "PermissionOverwrite",
    "PermissionOverwriteType",
    "PrivateChannel",
    "RESTGuild",
    "TargetType",
    "Template",
    "TemplateGuild",
    "TemplateRole",
    "TextableChannel",
    "TextableGuildChannel",
    "ThreadMember",
    "VanityURL",
    "VideoQualityMode",
    "VoiceRegion",
    "VoiceState",
    "WelcomeChannel",
    "WelcomeScreen",
    "Integration",
    "IntegrationAccount",
    "IntegrationApplication",
    "IntegrationExpireBehaviour",
    "IntegrationType",
    "PartialApplication",
    "PartialIntegration",
    "invites",
    "templates",
    "voices",
    "DEFERRED_RESPONSE_TYPES",
    "MESSAGE_RESPONSE_TYPES",
    "DeferredResponseTypesT",
    "InteractionCallbackActivityInstance",
    "InteractionChannel",
    "InteractionMember",
    "InteractionType",
    "MessageResponseMixin",
    "MessageResponseTypesT",
    "ModalResponseMixin",
    "PartialInteraction",
    "PartialInteractionMetadata",
    "ResolvedOptionData",
    "ResponseType",
    "COMMAND_RESPONSE_TYPES",
    "AutocompleteInteraction",
    "AutocompleteInteractionOption",
    "BaseCommandInteraction",
    "CommandInteraction",
    "CommandInteractionMetadata",
    "CommandInteractionOption",
    "CommandResponseTypesT",
    "COMPONENT_RESPONSE_TYPES",
    "ComponentInteraction",
    "ComponentInteractionMetadata",
    "ComponentResponseTypesT",
    "MODAL_RESPONSE_TYPES",
    "LabelComponent",
    "ActionRowComponent",
    "PartialComponent",
    "ButtonComponent",
    "SelectMenuOption",
    "SelectMenuComponent",
    "TextSelectMenuComponent",
    "ChannelSelectMenuComponent",
    "SectionComponent",
    "ThumbnailComponent",
    "TextDisplayComponent",
    "MediaGalleryComponent",
    "MediaGalleryItem",
    "MediaResource",
    "SeparatorComponent",
    "FileComponent",
    "ContainerComponent",
    "ContainerTypesT",
    "InteractiveButtonTypes",
    "InteractiveButtonTypesT",
    "MessageComponentTypesT",
    "ModalComponentTypesT",
    "TopLevelComponentTypesT",
    "MessageActionRowComponent",
    "FileUploadComponent",
    "RadioGroupComponent",
    "CheckboxGroupComponent",
    "CheckboxComponent",
    "MediaLoadingType",
    "ModalActionRowComponent",
    "SpacingType",
    "ModalComponent",
    "ModalInteraction",
    "ModalInteractionMetadata",
    "ModalResponseTypesT",
    "TextInputComponent",
    "Intents",
    "Locale",
    "Attachment",
    "AttachmentFlag",
    "Message",
    "MessageFlag",
    "MessageReference",
    "MessageReferenceType",
    "MessageSnapshot",
    "MessageType",
    "Permissions",
    "Poll",
    "PollAnswer",
    "PollAnswerCount",
    "PollLayoutType",
    "PollMedia",
    "PollResult",
    "Activity",
    "ActivityAssets",
    "ActivityFlag",
    "ActivityParty",
    "ActivitySecret",
    "ActivityTimestamps",
    "ActivityType",
    "ClientStatus",
    "MemberPresence",
    "RichActivity",
    "Status",
    "SearchableSnowflakeish",
    "SearchableSnowflakeishOr",
    "Snowflake",
    "Snowflakeish",
    "SnowflakeishOr",
    "SnowflakeishSequence",
    "Unique",
    "EntityFactoryAware",
    "EventFactoryAware",
    "EventManagerAware",
    "ExecutorAware",
    "GatewayBotAware",
    "IntentsAware",
    "InteractionServerAware",
    "NetworkSettingsAware",
    "RESTAware",
    "RESTBotAware",
    "Runnable",
    "ShardAware",
    "UNDEFINED",
    "UndefinedNoneOr",
    "UndefinedOr",
    "UndefinedType",
    "PremiumType",
    "PrimaryGuild",
    "OwnUser",
    "PartialUser",
    "User",
    "UserFlag",
    "BasicAuthHeader",
    "HTTPSettings",
    "HTTPTimeoutSettings",
    "ProxySettings",
    "GatewayBot",
    "GatewayCapabilities",
    "InteractionServer",
    "AsgiAdapter",
    "AsgiBot",
    "Application",
    "ApplicationFlags",
    "DMChannel",
    "GuildChannel",
    "GuildTextChannel",
    "ContextMenuCommand",
    "EntryPointCommand",
    "EntryPointCommandHandlerType",
    "PartialCommand",
    "SlashCommand",
    "GatewayBotInfo",
    "SessionStartLimit",
    "InteractionCallback",
    "InteractionCallbackResource",
    "InteractionCallbackResponse",
    "RESTApp",
    "RESTBot",
    "ClientCredentialsStrategy",
    "TokenStrategy",
    # audit logs and auto-moderation (#23)
    "audit_logs",
    "AuditLog",
    "AuditLogChange",
    "AuditLogChangeKey",
    "AuditLogEntry",
    "AuditLogEventType",
    "BaseAuditLogEntryInfo",
    "ChannelOverwriteEntryInfo",
    "MemberDisconnectEntryInfo",
    "MemberMoveEntryInfo",
    "MemberPruneEntryInfo",
    "MessageBulkDeleteEntryInfo",
    "MessageDeleteEntryInfo",
    "MessagePinEntryInfo",
    "VoiceChannelStatusCreateEntryInfo",
    "VoiceChannelStatusDeleteEntryInfo",
    "auto_mod",
    "AutoModActionType",
    "AutoModBlockMessage",
    "AutoModEventType",
    "AutoModKeywordPresetType",
    "AutoModRule",
    "AutoModSendAlertMessage",
    "AutoModTimeout",
    "AutoModTriggerType",
    "KeywordPresetTrigger",
    "KeywordTrigger",
    "MemberProfileTrigger",
    "MentionSpamTrigger",
    "PartialAutoModAction",
    "PartialAutoModTrigger",
    "SpamTrigger",
    "scheduled_events",
    "EventPrivacyLevel",
    "ScheduledEvent",
    "ScheduledEventRecurrenceFrequency",
    "ScheduledEventRecurrenceMonth",
    "ScheduledEventRecurrenceNWeekday",
    "ScheduledEventRecurrenceRule",
    "ScheduledEventRecurrenceWeekday",
    "ScheduledEventStatus",
    "ScheduledEventType",
    "ScheduledEventUser",
    "ScheduledExternalEvent",
    "ScheduledStageEvent",
    "ScheduledVoiceEvent",
    "stage_instances",
    "StageInstance",
    "StageInstancePrivacyLevel",
    "stickers",
    "GuildSticker",
    "PartialSticker",
    "StandardSticker",
    "StickerFormatType",
    "StickerPack",
    "StickerType",
    "KnownCustomEmoji",
    "LazyByteIteratorish",
    "PartialMessage",
    "PinnedMessage",
    "MessageActivity",
    "MessageActivityType",
    "Reaction",
    "ReactionCountDetails",
    "ReactionType",
    "MessageSearchAuthorType",
    "MessageSearchEmbedType",
    "MessageSearchHasType",
    "MessageSearchResult",
    "MessageSearchSortMode",
    "MessageSearchSortOrder",
    "webhooks",
    "ApplicationWebhook",
    "ChannelFollowerWebhook",
    "ExecutableWebhook",
    "IncomingWebhook",
    "PartialWebhook",
    "WebhookType",
    "WebhookChannelT",
    "WebhookChannelTypes",
]
__all__ += errors.__all__
__all__ += events.__all__
