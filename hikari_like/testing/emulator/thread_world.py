"""The emulated Discord's threads: channels of types 10, 11 and 12 in the channel table, their
members in `EmulatorState.thread_members`, and the listings Discord answers about them.

A thread is a channel object with `parent_id`, `owner_id`, `thread_metadata`, `member_count`
(which stops at 50) and `message_count` (resources/channel.mdx, "Channel Object" and "Thread
Member Object"); its messages live in the message table like any channel's. A message's thread
has the message's ID, and the message shows it as `thread` with the HAS_THREAD flag.

Seed one in a test with `EmulatedDiscord.add_thread`, which calls `add_thread` here:

```python
thread = discord.add_thread("old", archived=True, archive_timestamp=last_week, members=[42])
```
"""

from __future__ import annotations

__all__ = [
    "ARCHIVE_DURATIONS",
    "HAS_THREAD",
    "THREAD_TYPES",
    "add_thread",
    "archived_at",
    "join",
    "leave",
    "listing",
    "member_of",
    "new_thread",
    "with_member",
]

import datetime
import typing

from hikari_like.testing.emulator import payloads

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.state import EmulatorState

NEWS_THREAD, PUBLIC_THREAD, PRIVATE_THREAD = 10, 11, 12
THREAD_TYPES: typing.Final = frozenset({NEWS_THREAD, PUBLIC_THREAD, PRIVATE_THREAD})
ARCHIVE_DURATIONS: typing.Final = (60, 1440, 4320, 10080)
"""The minutes Discord takes as `auto_archive_duration`."""
HAS_THREAD: typing.Final = 1 << 5
"""The message flag of a message a thread was started from."""
_MEMBER_COUNT_CAP: typing.Final = 50  # Discord's `member_count` "stops counting at 50"
_PARENT_TYPES: typing.Final = frozenset({0, 5, 15, 16})


def new_thread(
    state: EmulatorState,
    parent: json.JSONObject,
    name: str,
    *,
    thread_type: int,
    owner_id: str,
    thread_id: str | None = None,
    auto_archive_duration: int = 1440,
    rate_limit_per_user: int = 0,
    invitable: bool = True,
    applied_tags: typing.Sequence[str] = (),
) -> json.JSONObject:
    """Store a new, active thread of `parent` and make its owner its first member."""
    now = payloads.iso_timestamp()
    metadata: json.JSONObject = {
        "archived": False,
        "auto_archive_duration": auto_archive_duration,
        "archive_timestamp": now,
        "locked": False,
        "create_timestamp": now,
    }
    if thread_type == PRIVATE_THREAD:  # "only available on private threads"
        metadata["invitable"] = invitable
    thread: json.JSONObject = {
        "id": thread_id or state.ids(),
        "type": thread_type,
        "guild_id": parent["guild_id"],
        "parent_id": parent["id"],
        "owner_id": owner_id,
        "name": name,
        "last_message_id": None,
        "last_pin_timestamp": None,
        "rate_limit_per_user": rate_limit_per_user,
        "message_count": 0,
        "total_message_sent": 0,
        "member_count": 0,
        "flags": 0,
        "thread_metadata": metadata,
    }
    if parent["type"] in (15, 16):  # forum and media posts carry the forum's tags
        thread["applied_tags"] = list(applied_tags)
    state.channels[thread["id"]] = thread
    state.messages.setdefault(thread["id"], {})
    state.thread_members.setdefault(thread["id"], {})
    if parent["type"] in (15, 16):
        parent["last_message_id"] = thread["id"]  # a forum's "last message" is its last post
    join(state, thread, owner_id)
    return thread


def add_thread(
    state: EmulatorState,
    parent: json.JSONObject,
    name: str = "thread",
    *,
    type: int = PUBLIC_THREAD,  # Discord's field name, shadowing the builtin on purpose.
    thread_id: str | int | None = None,
    owner_id: str | int | None = None,
    archived: bool = False,
    archive_timestamp: datetime.datetime | None = None,
    locked: bool = False,
    invitable: bool = True,
    applied_tags: typing.Sequence[str | int] = (),
    members: typing.Sequence[str | int] = (),
) -> json.JSONObject:
    """Seed a thread of `parent` (a guild text, announcement, forum or media channel) as a test
    needs it: its owner (the bot by default) and `members` joined, archived at
    `archive_timestamp` (now by default) when `archived`. Returns the stored thread object.

    ```python
    general = discord.state.channels[discord.channel_id]
    old = add_thread(discord.state, general, "old", archived=True, archive_timestamp=last_week)
    ```
    """
    if parent.get("guild_id") is None or parent.get("type") not in _PARENT_TYPES:
        raise ValueError("a thread's parent is a guild text, announcement, forum or media channel")
    if type not in THREAD_TYPES:
        raise ValueError(f"thread types are {sorted(THREAD_TYPES)}, not {type}")
    owner = str(owner_id) if owner_id is not None else str(state.bot_user["id"])
    thread = new_thread(
        state,
        parent,
        name,
        thread_type=type,
        owner_id=owner,
        thread_id=None if thread_id is None else str(thread_id),
        invitable=invitable,
        applied_tags=[str(tag) for tag in applied_tags],
    )
    for user_id in members:
        join(state, thread, str(user_id))
    metadata = thread["thread_metadata"]
    metadata.update(archived=archived, locked=locked)
    if archive_timestamp is not None:
        metadata["archive_timestamp"] = payloads.iso_timestamp(archive_timestamp)
    return thread


def member_of(state: EmulatorState, thread: json.JSONObject, user_id: str) -> json.JSONObject | None:
    """The user's thread member object, if the user is in the thread."""
    return state.thread_members.get(thread["id"], {}).get(user_id)


def join(state: EmulatorState, thread: json.JSONObject, user_id: str) -> json.JSONObject:
    """Add the user to the thread (no change if already there); returns the thread member."""
    members = state.thread_members.setdefault(thread["id"], {})
    if user_id not in members:
        members[user_id] = {
            "id": thread["id"],
            "user_id": user_id,
            "join_timestamp": payloads.iso_timestamp(),
            "flags": 0,
        }
        _count_members(thread, members)
    return members[user_id]


def leave(state: EmulatorState, thread: json.JSONObject, user_id: str) -> bool:
    """Remove the user from the thread; whether the user was in it."""
    members = state.thread_members.get(thread["id"], {})
    if members.pop(user_id, None) is None:
        return False
    _count_members(thread, members)
    return True


def _count_members(thread: json.JSONObject, members: typing.Mapping[str, object]) -> None:
    thread["member_count"] = min(len(members), _MEMBER_COUNT_CAP)


def with_member(state: EmulatorState, thread: json.JSONObject, user_id: str) -> json.JSONObject:
    """The thread as an endpoint answers it to `user_id`: with the user's thread member object
    as `member` when the user joined it (a copy: the stored thread has none)."""
    member = member_of(state, thread, user_id)
    return thread if member is None else {**thread, "member": member}


def archived_at(thread: json.JSONObject) -> datetime.datetime:
    """When the thread was last archived (or unarchived, or created)."""
    return datetime.datetime.fromisoformat(thread["thread_metadata"]["archive_timestamp"])


def listing(state: EmulatorState, threads: typing.Sequence[json.JSONObject], user_id: str) -> json.JSONObject:
    """`{"threads": [...], "members": [...]}`: the threads and `user_id`'s thread member objects
    for the ones the user joined, as the listing endpoints answer."""
    members = [member_of(state, thread, user_id) for thread in threads]
    return {"threads": list(threads), "members": [member for member in members if member is not None]}
