"""The emulated gateway's answer to Request Guild Members (opcode 8): GUILD_MEMBERS_CHUNK dispatches.

```python
gateway.guild_members["500000000000000005"] = [member_object, ...]   # as Discord's member objects
await bot.request_guild_members(500000000000000005, query="al", limit=10, nonce="search")
# -> one GUILD_MEMBERS_CHUNK with the members whose username or nickname starts with "al"
```

Discord's rules (gateway events, "Request Guild Members"): `user_ids` picks members by ID and
lists the others in `not_found`; otherwise `query` matches the start of a username or nickname,
case-insensitively, and `limit` caps the matches (0 with an empty query: every member; a query
gives at most 100). Members come in chunks of at most 1,000, at least one chunk per request;
`presences` adds the members' presences, and the `nonce` comes back in every chunk.
"""

from __future__ import annotations

__all__ = ["CHUNK_SIZE", "member_chunks"]

import typing

from hikari_like.internal import json

CHUNK_SIZE: typing.Final = 1000
_QUERY_LIMIT: typing.Final = 100


def member_chunks(
    request: json.JSONObject,
    members: typing.Sequence[json.JSONObject],
    presences: typing.Mapping[str, json.JSONObject],
) -> list[json.JSONObject]:
    """The GUILD_MEMBERS_CHUNK payloads answering `request` (opcode 8's `d`) from a guild's
    `members` and the `presences` of its users, by user ID."""
    wanted = _requested_ids(request.get("user_ids"))
    if wanted is None:
        found, not_found = _matching(request, members), []
    else:
        by_id = {_user_id(member): member for member in members}
        found = [by_id[user_id] for user_id in wanted if user_id in by_id]
        not_found = [user_id for user_id in wanted if user_id not in by_id]
    pieces = [found[start : start + CHUNK_SIZE] for start in range(0, len(found), CHUNK_SIZE)] or [[]]
    return [
        _chunk(
            request,
            piece,
            position=(index, len(pieces)),
            not_found=not_found if index == 0 else [],
            presences=presences,
        )
        for index, piece in enumerate(pieces)
    ]


def _requested_ids(value: object) -> list[str] | None:
    if value is None:
        return None
    return [str(item) for item in (value if isinstance(value, list) else [value])]


def _matching(request: json.JSONObject, members: typing.Sequence[json.JSONObject]) -> list[json.JSONObject]:
    query = str(request.get("query") or "").casefold()
    limit = request.get("limit") if isinstance(request.get("limit"), int) else 0
    found = [member for member in members if not query or _matches(member, query)]
    if query or limit:
        found = found[: min(limit or _QUERY_LIMIT, _QUERY_LIMIT)]
    return found


def _matches(member: json.JSONObject, query: str) -> bool:
    user = member.get("user") or {}
    names = (user.get("username"), member.get("nick"))
    return any(isinstance(name, str) and name.casefold().startswith(query) for name in names)


def _user_id(member: json.JSONObject) -> str:
    return str((member.get("user") or {}).get("id"))


def _chunk(
    request: json.JSONObject,
    members: list[json.JSONObject],
    *,
    position: tuple[int, int],
    not_found: list[str],
    presences: typing.Mapping[str, json.JSONObject],
) -> json.JSONObject:
    index, count = position
    chunk: json.JSONObject = {
        "guild_id": str(request.get("guild_id")),
        "members": members,
        "chunk_index": index,
        "chunk_count": count,
    }
    if not_found:
        chunk["not_found"] = not_found
    if request.get("presences"):
        chunk["presences"] = [
            presences[user_id] for user_id in map(_user_id, members) if user_id in presences
        ]
    if request.get("nonce") is not None:
        chunk["nonce"] = request["nonce"]
    return chunk
