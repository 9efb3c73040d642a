# A hikari REST program that runs a guild's events and stage, written against hikari 2.7's public
# API: it schedules an external event and a stage event, lists them and their interested users,
# opens the stage for the stage event, invites a speaker, asks to speak itself, reads voice
# states, edits and ends the stage and the events. The test runs this exact source with
# `import hikari` (the reference) and `import hikari_like as hikari`.
from __future__ import annotations

import datetime
import typing

import hikari  # the test rewrites this line for hikari_like


async def run(url: str, token: str, guild_id: int, stage_id: int, speaker_id: int) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            return await host(rest, guild_id, stage_id, speaker_id)
    finally:
        await app.close()


async def host(
    rest: hikari.api.RESTClient, guild_id: int, stage_id: int, speaker_id: int
) -> dict[str, typing.Any]:
    start = datetime.datetime(2031, 5, 1, 18, 0, tzinfo=datetime.UTC)
    picnic = await rest.create_external_event(
        guild_id, "Picnic", "The park", start, start + datetime.timedelta(hours=3), description="Bring food"
    )
    ama = await rest.create_stage_event(guild_id, stage_id, "AMA", start)
    events = await rest.fetch_scheduled_events(guild_id)
    users = [entry.user.id async for entry in rest.fetch_scheduled_event_users(guild_id, picnic)]
    stage = await rest.create_stage_instance(
        stage_id,
        topic="Ask me anything",
        privacy_level=hikari.StageInstancePrivacyLevel.GUILD_ONLY,
        scheduled_event_id=ama.id,
    )
    started = await rest.fetch_scheduled_event(guild_id, ama)
    await rest.edit_voice_state(guild_id, stage_id, speaker_id, suppress=False)
    await rest.edit_my_voice_state(guild_id, stage_id, suppress=True)
    speaker = await rest.fetch_voice_state(guild_id, speaker_id)
    mine = await rest.fetch_my_voice_state(guild_id)
    edited = await rest.edit_stage_instance(stage_id, topic="AMA, part 2")
    await rest.delete_stage_instance(stage_id)
    renamed = await rest.edit_scheduled_event(guild_id, picnic, name="Big picnic")
    await rest.delete_scheduled_event(guild_id, picnic)
    try:
        await rest.fetch_stage_instance(stage_id)
        gone = "still there"
    except hikari.NotFoundError as error:
        gone = f"not found {error.code}"
    return {
        "kinds": [type(picnic).__name__, type(ama).__name__],
        "picnic": (picnic.name, picnic.location, picnic.description, picnic.end_time),
        "events": sorted((event.name, event.user_count) for event in events),
        "users": users,
        "stage": (stage.topic, stage.privacy_level, stage.scheduled_event_id == ama.id),
        "started": started.status,
        "speaker": (speaker.user_id, speaker.is_suppressed, speaker.channel_id == stage_id),
        "mine": mine.is_suppressed,
        "edited": edited.topic,
        "renamed": renamed.name,
        "gone": gone,
        "left": [event.name for event in await rest.fetch_scheduled_events(guild_id)],
    }
