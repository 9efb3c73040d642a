"""Events the bots dispatch to the listeners of `bot.listen()` / `bot.subscribe()`.

A `GatewayBot` dispatches what its shards receive; every bot dispatches webhook events when it
has a `webhook_events_path` (see `application_events`).

```python
@bot.listen()
async def on_message(event: hikari_like.events.MessageCreateEvent) -> None:
    ...
```

A listener for a class also receives its subclasses: `MessageCreateEvent` gets guild and DM
messages, `Event` gets everything.
"""

from __future__ import annotations

__all__ = [
    "ApplicationAuthorizedEvent",
    "ApplicationCommandPermissionsUpdateEvent",
    "ApplicationDeauthorizedEvent",
    "AuditLogEntryCreateEvent",
    "AutoModActionExecutionEvent",
    "AutoModEvent",
    "AutoModRuleCreateEvent",
    "AutoModRuleDeleteEvent",
    "AutoModRuleUpdateEvent",
    "AutocompleteInteractionCreateEvent",
    "BanCreateEvent",
    "BanDeleteEvent",
    "BanEvent",
    "ChannelEvent",
    "CommandInteractionCreateEvent",
    "ComponentInteractionCreateEvent",
    "DMChannelEvent",
    "DMMessageCreateEvent",
    "DMMessageDeleteEvent",
    "DMMessageUpdateEvent",
    "DMPinsUpdateEvent",
    "DMReactionAddEvent",
    "DMReactionDeleteAllEvent",
    "DMReactionDeleteEmojiEvent",
    "DMReactionDeleteEvent",
    "DMReactionEvent",
    "DMTypingEvent",
    "EmojisUpdateEvent",
    "EntitlementCreateEvent",
    "EntitlementDeleteEvent",
    "EntitlementEvent",
    "EntitlementUpdateEvent",
    "Event",
    "EventT",
    "ExceptionEvent",
    "GameDirectMessage",
    "GameDirectMessageCreateEvent",
    "GameDirectMessageDeleteEvent",
    "GameDirectMessageEvent",
    "GameDirectMessageUpdateEvent",
    "GatewayShard",
    "GuildAvailableEvent",
    "GuildBulkMessageDeleteEvent",
    "GuildChannelCreateEvent",
    "GuildChannelDeleteEvent",
    "GuildChannelEvent",
    "GuildChannelUpdateEvent",
    "GuildEvent",
    "GuildJoinEvent",
    "GuildLeaveEvent",
    "GuildMessageCreateEvent",
    "GuildMessageDeleteEvent",
    "GuildMessageUpdateEvent",
    "GuildPinsUpdateEvent",
    "GuildReactionAddEvent",
    "GuildReactionDeleteAllEvent",
    "GuildReactionDeleteEmojiEvent",
    "GuildReactionDeleteEvent",
    "GuildReactionEvent",
    "GuildThreadAccessEvent",
    "GuildThreadCreateEvent",
    "GuildThreadDeleteEvent",
    "GuildThreadEvent",
    "GuildThreadUpdateEvent",
    "GuildTypingEvent",
    "GuildUnavailableEvent",
    "GuildUpdateEvent",
    "GuildVisibilityEvent",
    "IntegrationCreateEvent",
    "IntegrationDeleteEvent",
    "IntegrationEvent",
    "IntegrationUpdateEvent",
    "InteractionCreateEvent",
    "InviteCreateEvent",
    "InviteDeleteEvent",
    "InviteEvent",
    "LobbyMessage",
    "LobbyMessageCreateEvent",
    "LobbyMessageDeleteEvent",
    "LobbyMessageEvent",
    "LobbyMessageUpdateEvent",
    "MemberChunkEvent",
    "MemberCreateEvent",
    "MemberDeleteEvent",
    "MemberEvent",
    "MemberUpdateEvent",
    "MessageCreateEvent",
    "MessageDeleteEvent",
    "MessageEvent",
    "MessageUpdateEvent",
    "ModalInteractionCreateEvent",
    "OwnUserUpdateEvent",
    "PinsUpdateEvent",
    "PollVoteCreateEvent",
    "PollVoteDeleteEvent",
    "PresenceUpdateEvent",
    "QuestUserEnrollmentEvent",
    "ReactionAddEvent",
    "ReactionDeleteAllEvent",
    "ReactionDeleteEmojiEvent",
    "ReactionDeleteEvent",
    "ReactionEvent",
    "RoleCreateEvent",
    "RoleDeleteEvent",
    "RoleEvent",
    "RoleUpdateEvent",
    "ScheduledEventCreateEvent",
    "ScheduledEventDeleteEvent",
    "ScheduledEventEvent",
    "ScheduledEventUpdateEvent",
    "ScheduledEventUserAddEvent",
    "ScheduledEventUserRemoveEvent",
    "ShardConnectedEvent",
    "ShardDisconnectedEvent",
    "ShardEvent",
    "ShardPayloadEvent",
    "ShardReadyEvent",
    "ShardResumedEvent",
    "ShardStateEvent",
    "StageInstanceCreateEvent",
    "StageInstanceDeleteEvent",
    "StageInstanceEvent",
    "StageInstanceUpdateEvent",
    "StartedEvent",
    "StartingEvent",
    "StickersUpdateEvent",
    "StoppedEvent",
    "StoppingEvent",
    "ThreadListSyncEvent",
    "ThreadMembersUpdateEvent",
    "TypingEvent",
    "UnknownWebhookEvent",
    "VoiceChannelStartTimeUpdateEvent",
    "VoiceChannelStatusUpdateEvent",
    "VoiceEvent",
    "VoiceServerUpdateEvent",
    "VoiceStateUpdateEvent",
    "WebhookEvent",
    "WebhookUpdateEvent",
]

from hikari_like.events.application_events import ApplicationAuthorizedEvent
from hikari_like.events.application_events import ApplicationCommandPermissionsUpdateEvent
from hikari_like.events.application_events import ApplicationDeauthorizedEvent
from hikari_like.events.application_events import GameDirectMessageCreateEvent
from hikari_like.events.application_events import GameDirectMessageDeleteEvent
from hikari_like.events.application_events import GameDirectMessageEvent
from hikari_like.events.application_events import GameDirectMessageUpdateEvent
from hikari_like.events.application_events import LobbyMessageCreateEvent
from hikari_like.events.application_events import LobbyMessageDeleteEvent
from hikari_like.events.application_events import LobbyMessageEvent
from hikari_like.events.application_events import LobbyMessageUpdateEvent
from hikari_like.events.application_events import QuestUserEnrollmentEvent
from hikari_like.events.application_events import UnknownWebhookEvent
from hikari_like.events.application_events import WebhookEvent
from hikari_like.events.auto_mod_events import AutoModActionExecutionEvent
from hikari_like.events.auto_mod_events import AutoModEvent
from hikari_like.events.auto_mod_events import AutoModRuleCreateEvent
from hikari_like.events.auto_mod_events import AutoModRuleDeleteEvent
from hikari_like.events.auto_mod_events import AutoModRuleUpdateEvent
from hikari_like.events.base_events import Event
from hikari_like.events.base_events import EventT
from hikari_like.events.base_events import ExceptionEvent
from hikari_like.events.channel_events import ChannelEvent
from hikari_like.events.channel_events import DMChannelEvent
from hikari_like.events.channel_events import DMPinsUpdateEvent
from hikari_like.events.channel_events import GuildChannelCreateEvent
from hikari_like.events.channel_events import GuildChannelDeleteEvent
from hikari_like.events.channel_events import GuildChannelEvent
from hikari_like.events.channel_events import GuildChannelUpdateEvent
from hikari_like.events.channel_events import GuildPinsUpdateEvent
from hikari_like.events.channel_events import GuildThreadAccessEvent
from hikari_like.events.channel_events import GuildThreadCreateEvent
from hikari_like.events.channel_events import GuildThreadDeleteEvent
from hikari_like.events.channel_events import GuildThreadEvent
from hikari_like.events.channel_events import GuildThreadUpdateEvent
from hikari_like.events.channel_events import InviteCreateEvent
from hikari_like.events.channel_events import InviteDeleteEvent
from hikari_like.events.channel_events import InviteEvent
from hikari_like.events.channel_events import PinsUpdateEvent
from hikari_like.events.channel_events import ThreadListSyncEvent
from hikari_like.events.channel_events import ThreadMembersUpdateEvent
from hikari_like.events.channel_events import WebhookUpdateEvent
from hikari_like.events.guild_events import AuditLogEntryCreateEvent
from hikari_like.events.guild_events import BanCreateEvent
from hikari_like.events.guild_events import BanDeleteEvent
from hikari_like.events.guild_events import BanEvent
from hikari_like.events.guild_events import EmojisUpdateEvent
from hikari_like.events.guild_events import GuildAvailableEvent
from hikari_like.events.guild_events import GuildEvent
from hikari_like.events.guild_events import GuildJoinEvent
from hikari_like.events.guild_events import GuildLeaveEvent
from hikari_like.events.guild_events import GuildUnavailableEvent
from hikari_like.events.guild_events import GuildUpdateEvent
from hikari_like.events.guild_events import GuildVisibilityEvent
from hikari_like.events.guild_events import IntegrationCreateEvent
from hikari_like.events.guild_events import IntegrationDeleteEvent
from hikari_like.events.guild_events import IntegrationEvent
from hikari_like.events.guild_events import IntegrationUpdateEvent
from hikari_like.events.guild_events import PresenceUpdateEvent
from hikari_like.events.guild_events import StickersUpdateEvent
from hikari_like.events.interaction_events import AutocompleteInteractionCreateEvent
from hikari_like.events.interaction_events import CommandInteractionCreateEvent
from hikari_like.events.interaction_events import ComponentInteractionCreateEvent
from hikari_like.events.interaction_events import InteractionCreateEvent
from hikari_like.events.interaction_events import ModalInteractionCreateEvent
from hikari_like.events.lifetime_events import StartedEvent
from hikari_like.events.lifetime_events import StartingEvent
from hikari_like.events.lifetime_events import StoppedEvent
from hikari_like.events.lifetime_events import StoppingEvent
from hikari_like.events.member_events import MemberCreateEvent
from hikari_like.events.member_events import MemberDeleteEvent
from hikari_like.events.member_events import MemberEvent
from hikari_like.events.member_events import MemberUpdateEvent
from hikari_like.events.message_events import DMMessageCreateEvent
from hikari_like.events.message_events import DMMessageDeleteEvent
from hikari_like.events.message_events import DMMessageUpdateEvent
from hikari_like.events.message_events import GuildBulkMessageDeleteEvent
from hikari_like.events.message_events import GuildMessageCreateEvent
from hikari_like.events.message_events import GuildMessageDeleteEvent
from hikari_like.events.message_events import GuildMessageUpdateEvent
from hikari_like.events.message_events import MessageCreateEvent
from hikari_like.events.message_events import MessageDeleteEvent
from hikari_like.events.message_events import MessageEvent
from hikari_like.events.message_events import MessageUpdateEvent
from hikari_like.events.monetization_events import EntitlementCreateEvent
from hikari_like.events.monetization_events import EntitlementDeleteEvent
from hikari_like.events.monetization_events import EntitlementEvent
from hikari_like.events.monetization_events import EntitlementUpdateEvent
from hikari_like.events.poll_events import PollVoteCreateEvent
from hikari_like.events.poll_events import PollVoteDeleteEvent
from hikari_like.events.reaction_events import DMReactionAddEvent
from hikari_like.events.reaction_events import DMReactionDeleteAllEvent
from hikari_like.events.reaction_events import DMReactionDeleteEmojiEvent
from hikari_like.events.reaction_events import DMReactionDeleteEvent
from hikari_like.events.reaction_events import DMReactionEvent
from hikari_like.events.reaction_events import GuildReactionAddEvent
from hikari_like.events.reaction_events import GuildReactionDeleteAllEvent
from hikari_like.events.reaction_events import GuildReactionDeleteEmojiEvent
from hikari_like.events.reaction_events import GuildReactionDeleteEvent
from hikari_like.events.reaction_events import GuildReactionEvent
from hikari_like.events.reaction_events import ReactionAddEvent
from hikari_like.events.reaction_events import ReactionDeleteAllEvent
from hikari_like.events.reaction_events import ReactionDeleteEmojiEvent
from hikari_like.events.reaction_events import ReactionDeleteEvent
from hikari_like.events.reaction_events import ReactionEvent
from hikari_like.events.role_events import RoleCreateEvent
from hikari_like.events.role_events import RoleDeleteEvent
from hikari_like.events.role_events import RoleEvent
from hikari_like.events.role_events import RoleUpdateEvent
from hikari_like.events.scheduled_events import ScheduledEventCreateEvent
from hikari_like.events.scheduled_events import ScheduledEventDeleteEvent
from hikari_like.events.scheduled_events import ScheduledEventEvent
from hikari_like.events.scheduled_events import ScheduledEventUpdateEvent
from hikari_like.events.scheduled_events import ScheduledEventUserAddEvent
from hikari_like.events.scheduled_events import ScheduledEventUserRemoveEvent
from hikari_like.events.shard_events import GatewayShard
from hikari_like.events.shard_events import MemberChunkEvent
from hikari_like.events.shard_events import ShardConnectedEvent
from hikari_like.events.shard_events import ShardDisconnectedEvent
from hikari_like.events.shard_events import ShardEvent
from hikari_like.events.shard_events import ShardPayloadEvent
from hikari_like.events.shard_events import ShardReadyEvent
from hikari_like.events.shard_events import ShardResumedEvent
from hikari_like.events.shard_events import ShardStateEvent
from hikari_like.events.social_messages import GameDirectMessage
from hikari_like.events.social_messages import LobbyMessage
from hikari_like.events.stage_events import StageInstanceCreateEvent
from hikari_like.events.stage_events import StageInstanceDeleteEvent
from hikari_like.events.stage_events import StageInstanceEvent
from hikari_like.events.stage_events import StageInstanceUpdateEvent
from hikari_like.events.typing_events import DMTypingEvent
from hikari_like.events.typing_events import GuildTypingEvent
from hikari_like.events.typing_events import TypingEvent
from hikari_like.events.user_events import OwnUserUpdateEvent
from hikari_like.events.voice_events import VoiceChannelStartTimeUpdateEvent
from hikari_like.events.voice_events import VoiceChannelStatusUpdateEvent
from hikari_like.events.voice_events import VoiceEvent
from hikari_like.events.voice_events import VoiceServerUpdateEvent
from hikari_like.events.voice_events import VoiceStateUpdateEvent
