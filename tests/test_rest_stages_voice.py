"""Stage instances, voice states and interaction voice-message responses against the emulated
Discord over loopback (stage-instance.mdx, voice.mdx, message.mdx "Voice Messages")."""

from __future__ import annotations

import datetime

from hikari_like import messages
from hikari_like import stage_instances
from hikari_like import undefined
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_scheduled_events
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot
from tests.test_rest_voice_messages import WAVEFORM
from tests.test_rest_voice_messages import voice_file

KAT = 42


async def test_a_stage_is_opened_changed_fetched_and_ended(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    stage = discord.add_guild_channel("Stage", type=13)

    opened = await rest.create_stage_instance(stage["id"], topic="Q&A", privacy_level=undefined.UNDEFINED)
    await refused(150006, rest.create_stage_instance(stage["id"], topic="again", privacy_level=2))
    edited = await rest.edit_stage_instance(stage["id"], topic="Q&A, part 2", reason="more")
    fetched = await rest.fetch_stage_instance(stage["id"])
    await rest.delete_stage_instance(stage["id"], reason="done")

    assert (opened.channel_id, opened.guild_id, opened.topic) == (
        int(stage["id"]),
        int(discord.guild_id),
        "Q&A",
    )
    assert opened.privacy_level is stage_instances.StageInstancePrivacyLevel.GUILD_ONLY
    assert (edited, edited.topic) == (opened, "Q&A, part 2")
    assert fetched.topic == "Q&A, part 2"
    assert fetched.scheduled_event_id is None
    assert discord.requests[-1].headers["X-Audit-Log-Reason"] == "done"
    await refused(10067, rest.fetch_stage_instance(stage["id"]))


async def test_a_stage_tied_to_an_event_starts_and_completes_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    stage = discord.add_guild_channel("Stage", type=13)
    guild = discord.world.guild(discord.guild_id)
    event = routes_scheduled_events.add_event(
        discord.world, guild, "AMA", entity_type=routes_scheduled_events.STAGE, channel_id=stage["id"]
    )

    opened = await rest.create_stage_instance(
        stage["id"], topic="AMA", privacy_level=2, scheduled_event_id=int(event["id"])
    )
    assert opened.scheduled_event_id == int(event["id"])
    assert (event["status"], event["entity_id"]) == (2, str(opened.id))
    await rest.delete_stage_instance(stage["id"])
    assert event["status"] == 3


async def test_stage_rules(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    stage = discord.add_guild_channel("Stage", type=13)

    await refused(50024, rest.create_stage_instance(discord.channel_id, topic="Q&A", privacy_level=2))
    await refused(50035, rest.create_stage_instance(stage["id"], topic="x" * 121, privacy_level=2))
    take_from_bot(discord, Permissions.MUTE_MEMBERS)
    await refused(50013, rest.create_stage_instance(stage["id"], topic="Q&A", privacy_level=2))


async def test_voice_states_are_fetched_for_members_in_voice(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=KAT)
    stage = discord.add_guild_channel("Stage", type=13)

    await refused(10065, rest.fetch_voice_state(discord.guild_id, KAT))
    discord.connect_voice(KAT, stage["id"])
    discord.connect_voice(discord.bot_user["id"], stage["id"])
    state = await rest.fetch_voice_state(discord.guild_id, KAT)
    mine = await rest.fetch_my_voice_state(discord.guild_id)

    assert (state.user_id, state.channel_id, state.guild_id) == (KAT, int(stage["id"]), int(discord.guild_id))
    assert state.member is not None
    assert state.member.user.username == "kat"
    assert (state.is_suppressed, state.requested_to_speak_at) == (False, None)
    assert mine.user_id == int(discord.bot_user["id"])
    assert discord.requests[-1].route == "GET /guilds/{guild}/voice-states/@me"


async def test_stage_speakers_are_invited_and_ask_to_speak(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=KAT)
    stage = discord.add_guild_channel("Stage", type=13)
    lounge = discord.add_guild_channel("Lounge", type=2)
    discord.connect_voice(KAT, stage["id"])
    discord.connect_voice(discord.bot_user["id"], stage["id"])
    moment = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)

    await rest.edit_voice_state(discord.guild_id, stage["id"], KAT, suppress=True)
    suppressed = await rest.fetch_voice_state(discord.guild_id, KAT)
    await rest.edit_my_voice_state(discord.guild_id, stage["id"], request_to_speak=moment)
    asked = await rest.fetch_my_voice_state(discord.guild_id)
    await rest.edit_my_voice_state(discord.guild_id, stage["id"], request_to_speak=False)

    assert suppressed.is_suppressed is True
    assert asked.requested_to_speak_at == moment
    assert discord.requests[-1].json == {"channel_id": stage["id"], "request_to_speak_timestamp": None}
    assert (await rest.fetch_my_voice_state(discord.guild_id)).requested_to_speak_at is None
    await rest.edit_my_voice_state(discord.guild_id, stage["id"], request_to_speak=True)
    assert (await rest.fetch_my_voice_state(discord.guild_id)).requested_to_speak_at is not None
    await refused(50035, rest.edit_voice_state(discord.guild_id, lounge["id"], KAT, suppress=False))
    take_from_bot(discord, Permissions.MUTE_MEMBERS)
    await refused(50013, rest.edit_voice_state(discord.guild_id, stage["id"], KAT, suppress=False))


async def test_an_interaction_is_answered_with_a_voice_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    interaction = discord.issue_interaction()

    answer = await rest.create_interaction_voice_message_response(
        interaction.id, interaction.token, voice_file(), WAVEFORM, 2.5, flags=messages.MessageFlag.EPHEMERAL
    )

    request = discord.requests[-1]
    assert "Authorization" not in request.headers
    assert request.json["type"] == 4
    assert request.json["data"]["attachments"][0]["waveform"] == WAVEFORM
    assert not isinstance(answer.resource, undefined.UndefinedType)
    message = answer.resource.message
    assert not isinstance(message, undefined.UndefinedType)
    assert answer.interaction.response_message_ephemeral is True
    assert message.flags & messages.MessageFlag.IS_VOICE_MESSAGE
    assert message.flags & messages.MessageFlag.EPHEMERAL
    assert message.attachments[0].duration == 2.5


async def test_a_deferred_response_becomes_a_voice_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    interaction = discord.issue_interaction()
    await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.DEFERRED_MESSAGE_CREATE
    )

    message = await rest.edit_interaction_voice_message_response(
        interaction.application_id, interaction.token, voice_file("memo.ogg"), WAVEFORM, 4.0
    )

    assert message.flags & messages.MessageFlag.IS_VOICE_MESSAGE
    assert (message.attachments[0].duration, message.attachments[0].waveform) == (4.0, WAVEFORM)
    await refused(
        50162,
        rest.edit_interaction_voice_message_response(
            interaction.application_id, interaction.token, voice_file(), WAVEFORM, 1.0
        ),
    )
