"""Scheduled event endpoints against the emulated Discord over loopback: stage, voice and
external events, edits through their lifecycle, the users list, and guild-scheduled-event.mdx's
rules."""

from __future__ import annotations

import datetime

from hikari_like import scheduled_events
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_scheduled_events
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import PNG
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

Status = scheduled_events.ScheduledEventStatus
START = datetime.datetime.now(datetime.UTC).replace(microsecond=0) + datetime.timedelta(days=2)
END = START + datetime.timedelta(hours=2)


async def test_stage_voice_and_external_events_are_created_as_their_classes(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    stage = discord.add_guild_channel("Stage", type=13)
    lounge = discord.add_guild_channel("Lounge", type=2)
    weekly = scheduled_events.ScheduledEventRecurrenceRule(
        start=START,
        frequency=scheduled_events.ScheduledEventRecurrenceFrequency.WEEKLY,
        by_weekday=[scheduled_events.ScheduledEventRecurrenceWeekday.FRIDAY],
    )

    ama = await rest.create_stage_event(discord.guild_id, stage["id"], "AMA", START, description="Ask!")
    games = await rest.create_voice_event(
        discord.guild_id, lounge["id"], "Games", START, image=PNG, recurrence_rule=weekly
    )
    picnic = await rest.create_external_event(discord.guild_id, "Picnic", "The park", START, END)

    assert isinstance(ama, scheduled_events.ScheduledStageEvent)
    assert (ama.channel_id, ama.description, ama.status) == (int(stage["id"]), "Ask!", Status.SCHEDULED)
    assert ama.start_time == START
    assert ama.creator is not None
    assert isinstance(games, scheduled_events.ScheduledVoiceEvent)
    assert games.recurrence_rule == weekly
    assert games.image_hash is not None
    assert str(games.make_image_url(size=64)).endswith(
        f"/guild-events/{games.id}/{games.image_hash}.png?size=64"
    )
    assert isinstance(picnic, scheduled_events.ScheduledExternalEvent)
    assert (picnic.location, picnic.end_time) == ("The park", END)
    body = discord.requests[-1].json
    assert body["entity_type"] == 3
    assert body["entity_metadata"] == {"location": "The park"}
    assert body["privacy_level"] == 2


async def test_an_event_is_fetched_listed_edited_through_its_lifecycle_and_deleted(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    event = await rest.create_external_event(discord.guild_id, "Picnic", "The park", START, END)

    fetched = await rest.fetch_scheduled_event(discord.guild_id, event)
    listed = await rest.fetch_scheduled_events(discord.guild_id)
    started = await rest.edit_scheduled_event(discord.guild_id, event, status=Status.ACTIVE, name="Picnic!")
    await refused(50035, rest.edit_scheduled_event(discord.guild_id, event, status=Status.SCHEDULED))
    done = await rest.edit_scheduled_event(discord.guild_id, event, status=Status.COMPLETED)

    assert (fetched, fetched.user_count) == (event, 0)
    assert discord.requests[-5].query == {"with_user_count": "true"}
    assert [item.id for item in listed] == [event.id]
    assert (started.name, started.status, done.status) == ("Picnic!", Status.ACTIVE, Status.COMPLETED)
    await refused(180000, rest.edit_scheduled_event(discord.guild_id, event, name="again"))
    assert await rest.fetch_scheduled_events(discord.guild_id) == []
    await rest.delete_scheduled_event(discord.guild_id, event)
    await refused(10070, rest.fetch_scheduled_event(discord.guild_id, event))


async def test_moving_an_event_outside_sends_a_null_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    lounge = discord.add_guild_channel("Lounge", type=2)
    event = await rest.create_voice_event(discord.guild_id, lounge["id"], "Games", START)

    moved = await rest.edit_scheduled_event(
        discord.guild_id,
        event,
        entity_type=scheduled_events.ScheduledEventType.EXTERNAL,
        location="The park",
        end_time=END,
    )

    assert discord.requests[-1].json["channel_id"] is None
    assert isinstance(moved, scheduled_events.ScheduledExternalEvent)
    assert moved.location == "The park"


async def test_discords_rules_for_events(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    text_channel = discord.channel_id
    past = START - datetime.timedelta(days=5)

    await refused(50035, rest.create_voice_event(discord.guild_id, text_channel, "Games", START))
    await refused(50035, rest.create_external_event(discord.guild_id, "Picnic", "", START, END))
    await refused(50035, rest.create_external_event(discord.guild_id, "Picnic", "Park", past, past))
    await refused(50035, rest.create_external_event(discord.guild_id, "Picnic", "Park", END, START))
    await refused(50035, rest.create_external_event(discord.guild_id, "x" * 101, "Park", START, END))
    assert await rest.fetch_scheduled_events(discord.guild_id) == []
    take_from_bot(discord, Permissions.MANAGE_EVENTS | Permissions.CREATE_EVENTS)
    await refused(50013, rest.create_external_event(discord.guild_id, "Picnic", "Park", START, END))


async def test_create_events_lets_the_bot_change_only_its_own(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = discord.world.guild(discord.guild_id)
    theirs = routes_scheduled_events.add_event(discord.world, guild, "Theirs")
    take_from_bot(discord, Permissions.MANAGE_EVENTS)
    discord.bot_role()["permissions"] = str(
        int(discord.bot_role()["permissions"]) | Permissions.CREATE_EVENTS
    )

    mine = await rest.create_external_event(discord.guild_id, "Mine", "Park", START, END)
    await rest.edit_scheduled_event(discord.guild_id, mine, description="ok")

    await refused(50013, rest.delete_scheduled_event(discord.guild_id, int(theirs["id"])))


async def test_event_users_are_paged_by_user_id_with_their_members(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = discord.world.guild(discord.guild_id)
    event = routes_scheduled_events.add_event(discord.world, guild, "Quiz")
    for user_id in range(4200, 4305):
        discord.add_member(f"user{user_id}", user_id=user_id)
        routes_scheduled_events.subscribe(guild, event["id"], str(user_id))

    oldest = [entry async for entry in rest.fetch_scheduled_event_users(discord.guild_id, int(event["id"]))]
    newest = await rest.fetch_scheduled_event_users(
        discord.guild_id, int(event["id"]), newest_first=True
    ).limit(3)
    after = await rest.fetch_scheduled_event_users(discord.guild_id, int(event["id"]), start_at=4302)

    assert [entry.user.id for entry in oldest] == list(range(4200, 4305))
    assert oldest[0].member is not None
    assert oldest[0].member.user == oldest[0].user
    assert oldest[0].event_id == int(event["id"])
    assert [entry.user.id for entry in newest] == [4304, 4303, 4302]
    assert [entry.user.id for entry in after] == [4303, 4304]
    assert discord.requests[-1].query == {"after": "4302", "limit": "100", "with_member": "true"}
