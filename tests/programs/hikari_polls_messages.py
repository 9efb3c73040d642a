# A hikari REST program for polls and forwards, written against hikari 2.7's public API. The test
# runs this exact source twice: with `import hikari` (the reference) and `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def tea_poll() -> hikari.impl.PollBuilder:
    poll = hikari.impl.PollBuilder(question_text="Tea or coffee?", allow_multiselect=False, duration=24)
    return poll.add_answer(text="Tea", emoji=hikari.UnicodeEmoji("🍵")).add_answer(text="Coffee")


async def run(
    url: str, token: str, channel_id: int, let_users_vote: typing.Callable[[int], None]
) -> dict[str, typing.Any]:
    """Ask, let users vote, read the voters, end the poll, then forward a spoilered note."""
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            asked = await rest.create_message(channel_id, poll=tea_poll())
            let_users_vote(int(asked.id))
            voters = await rest.fetch_poll_voters(channel_id, asked, 1, limit=10)
            ended = await rest.end_poll(channel_id, asked)
            note = await rest.create_message(
                channel_id, "pass it on", attachment=hikari.Bytes(b"secret", "notes.txt", spoiler=True)
            )
            forward = await rest.forward_message(channel_id, note)
    finally:
        await app.close()
    assert asked.poll is not None
    assert ended.poll is not None
    assert ended.poll.results is not None
    assert forward.message_reference is not None
    snapshot = forward.message_snapshots[0]
    return {
        "question": asked.poll.question.text,
        "answers": [(answer.answer_id, answer.poll_media.text) for answer in asked.poll.answers],
        "emoji": str(asked.poll.answers[0].poll_media.emoji),
        "multiselect": asked.poll.allow_multiselect,
        "has_expiry": asked.poll.expiry is not None,
        "voters": sorted(int(user.id) for user in voters),
        "finalized": ended.poll.results.is_finalized,
        "counts": [(count.id, count.count) for count in ended.poll.results.answer_counts],
        "note_file": note.attachments[0].filename,
        "forward_type": int(forward.message_reference.type),
        "forwarded_id": int(forward.message_reference.id or 0) == int(note.id),
        "snapshot_content": snapshot.content,
        "snapshot_files": [attachment.filename for attachment in snapshot.attachments],
    }
