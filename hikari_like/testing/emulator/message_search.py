"""Search Guild Messages over the stored messages: a simple but honest matcher, answered in
Discord's shape (`resources/message.mdx`, "Search Guild Messages").

Every filter given must match; an array filter (the parameter repeated, `?has=link&has=poll`)
matches when any of its values does, and a negated type (`-bot`, `-link`) when none does. Content
matches when every word of the query is a word of the message (case-insensitive; `slop`, word
distance, is not modelled). Results are sorted by time (newest first unless `sort_order=asc`);
`relevance` ranks by how often the query's words occur. Discord's limits: `limit` 1-25 (default
25), `offset` up to 9975, `content` up to 1024 characters (50035 otherwise). Age-restricted
channels are left out unless `include_nsfw`.

The emulator indexes at once, so it never answers Discord's 202 "Index not yet available".
"""

from __future__ import annotations

__all__ = ["search"]

import re
import typing
import urllib.parse

from hikari_like.internal import json
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_int

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.routing import RequestContext

_MAX_CONTENT: typing.Final = 1024
_MAX_OFFSET: typing.Final = 9975
_THREAD_TYPES: typing.Final = frozenset({10, 11, 12})
_WORDS: typing.Final = re.compile(r"\w+")
_LINKS: typing.Final = re.compile(r"https?://[^\s<>]+")
_TRUE: typing.Final = frozenset({"true", "True", "1"})
_Predicate: typing.TypeAlias = typing.Callable[[json.JSONObject], bool]


def search(ctx: RequestContext, channels: list[json.JSONObject]) -> json.JSONObject:
    """The response body for the request's filters over the messages of `channels`."""
    limit = query_int(ctx, "limit", default=25, low=1, high=25)
    offset = query_int(ctx, "offset", default=0, low=0, high=_MAX_OFFSET)
    content = ctx.query.get("content")
    if content is not None and len(content) > _MAX_CONTENT:
        raise invalid("content", "BASE_TYPE_MAX_LENGTH", f"Must be {_MAX_CONTENT} or fewer in length.")
    searched = _searched_channels(ctx, channels)
    predicates = _predicates(ctx)
    found = [
        message
        for channel in searched
        for message in ctx.state.messages.get(channel["id"], {}).values()
        if all(predicate(message) for predicate in predicates)
    ]
    page = _sorted(ctx, found, content)[offset : offset + limit]
    threads = [channel for channel in searched if channel.get("type") in _THREAD_TYPES]
    shown_threads = [thread for thread in threads if any(m["channel_id"] == thread["id"] for m in page)]
    return {
        "doing_deep_historical_index": False,
        "total_results": len(found),
        "messages": [[_without_reactions(message)] for message in page],
        "threads": shown_threads,
        "members": _bot_memberships(ctx, shown_threads),
    }


def _searched_channels(ctx: RequestContext, channels: list[json.JSONObject]) -> list[json.JSONObject]:
    wanted = set(ctx.request.query.getall("channel_id", []))
    include_nsfw = ctx.query.get("include_nsfw") in _TRUE
    return [
        channel
        for channel in channels
        if (not wanted or channel["id"] in wanted) and (include_nsfw or not channel.get("nsfw"))
    ]


def _predicates(ctx: RequestContext) -> list[_Predicate]:
    query = ctx.request.query
    predicates: list[_Predicate] = []
    if (content := query.get("content")) is not None:
        words = {word.casefold() for word in _WORDS.findall(content)}
        predicates.append(lambda m: words <= _words(m))
    for name, read in _ARRAY_FILTERS.items():
        if values := query.getall(name, []):
            predicates.append(_any_of(read, values))
    for name, test in _TYPE_FILTERS.items():
        if values := query.getall(name, []):
            predicates.append(_types_match(test, values))
    for name, read_flag in _BOOLEAN_FILTERS.items():
        if (value := query.get(name)) is not None:
            predicates.append(_flag_is(read_flag, expected=value in _TRUE))
    if (max_id := query.get("max_id")) is not None and max_id.isdigit():
        predicates.append(lambda m: int(m["id"]) < int(max_id))
    if (min_id := query.get("min_id")) is not None and min_id.isdigit():
        predicates.append(lambda m: int(m["id"]) > int(min_id))
    return predicates


def _flag_is(read_flag: typing.Callable[[json.JSONObject], bool], *, expected: bool) -> _Predicate:
    return lambda message: read_flag(message) is expected


def _any_of(read: typing.Callable[[json.JSONObject], set[str]], values: list[str]) -> _Predicate:
    wanted = set(values)
    return lambda message: bool(read(message) & wanted)


def _types_match(test: typing.Callable[[json.JSONObject, str], bool], values: list[str]) -> _Predicate:
    wanted = [value for value in values if not value.startswith("-")]
    unwanted = [value[1:] for value in values if value.startswith("-")]

    def matches(message: json.JSONObject) -> bool:
        if wanted and not any(test(message, kind) for kind in wanted):
            return False
        return not any(test(message, kind) for kind in unwanted)

    return matches


def _words(message: json.JSONObject) -> set[str]:
    return {word.casefold() for word in _WORDS.findall(str(message.get("content") or ""))}


def _ids(values: object) -> set[str]:
    return {str(item["id"]) if isinstance(item, dict) else str(item) for item in values or ()}  # type: ignore[attr-defined]


def _reference(message: json.JSONObject) -> json.JSONObject:
    reference = message.get("message_reference")
    return reference if isinstance(reference, dict) and reference.get("type", 0) == 0 else {}


def _replied_to_users(message: json.JSONObject) -> set[str]:
    replied = message.get("referenced_message")
    return {str(replied["author"]["id"])} if isinstance(replied, dict) and replied.get("author") else set()


def _attachment_names(message: json.JSONObject) -> set[str]:
    return {str(attachment.get("filename", "")) for attachment in message.get("attachments") or ()}


def _hostnames(message: json.JSONObject) -> set[str]:
    links = _LINKS.findall(str(message.get("content") or ""))
    links += [str(embed["url"]) for embed in message.get("embeds") or () if embed.get("url")]
    return {urllib.parse.urlsplit(link).hostname or "" for link in links}


_ARRAY_FILTERS: typing.Final[dict[str, typing.Callable[[json.JSONObject], set[str]]]] = {
    "author_id": lambda m: {str(m["author"]["id"])},
    "mentions": lambda m: _ids(m.get("mentions")),
    "mentions_role_id": lambda m: _ids(m.get("mention_roles")),
    "replied_to_message_id": lambda m: {str(_reference(m).get("message_id"))} if _reference(m) else set(),
    "replied_to_user_id": _replied_to_users,
    "embed_provider": lambda m: {str((e.get("provider") or {}).get("name")) for e in m.get("embeds") or ()},
    "link_hostname": _hostnames,
    "attachment_filename": _attachment_names,
    "attachment_extension": lambda m: {
        name.rpartition(".")[2] for name in _attachment_names(m) if "." in name
    },
}


def _author_is(message: json.JSONObject, kind: str) -> bool:
    if message.get("webhook_id"):
        return kind == "webhook"
    is_bot = bool(message["author"].get("bot"))
    return kind == ("bot" if is_bot else "user")


def _content_types(message: json.JSONObject) -> set[str]:
    return {
        str(attachment.get("content_type") or "").partition("/")[0]
        for attachment in message.get("attachments") or ()
    }


def _has(message: json.JSONObject, kind: str) -> bool:
    embed_types = {str(embed.get("type", "rich")) for embed in message.get("embeds") or ()}
    checks: dict[str, typing.Callable[[], bool]] = {
        "image": lambda: "image" in _content_types(message) or "image" in embed_types,
        "sound": lambda: "audio" in _content_types(message),
        "video": lambda: "video" in _content_types(message) or "video" in embed_types,
        "file": lambda: bool(message.get("attachments")),
        "sticker": lambda: bool(message.get("sticker_items")),
        "embed": lambda: bool(message.get("embeds")),
        "link": lambda: bool(_hostnames(message)),
        "poll": lambda: "poll" in message,
        "snapshot": lambda: bool(message.get("message_snapshots")),
    }
    check = checks.get(kind)
    return check is not None and check()


def _embed_is(message: json.JSONObject, kind: str) -> bool:
    # Discord's search groups: "gif" is a gifv embed, "article" also covers links and rich previews.
    groups = {
        "image": {"image"},
        "video": {"video"},
        "gif": {"gifv"},
        "sound": set(),
        "article": {"article", "link"},
    }
    return any(
        str(embed.get("type", "rich")) in groups.get(kind, set()) for embed in message.get("embeds") or ()
    )


_TYPE_FILTERS: typing.Final[dict[str, typing.Callable[[json.JSONObject, str], bool]]] = {
    "author_type": _author_is,
    "has": _has,
    "embed_type": _embed_is,
}

_BOOLEAN_FILTERS: typing.Final[dict[str, typing.Callable[[json.JSONObject], bool]]] = {
    "mention_everyone": lambda m: bool(m.get("mention_everyone")),
    "pinned": lambda m: bool(m.get("pinned")),
}


def _sorted(ctx: RequestContext, found: list[json.JSONObject], content: str | None) -> list[json.JSONObject]:
    if ctx.query.get("sort_by") == "relevance" and content:
        words = [word.casefold() for word in _WORDS.findall(content)]

        def score(message: json.JSONObject) -> tuple[int, int]:
            text = [word.casefold() for word in _WORDS.findall(str(message.get("content") or ""))]
            return (sum(text.count(word) for word in words), int(message["id"]))

        return sorted(found, key=score, reverse=True)
    return sorted(found, key=lambda message: int(message["id"]), reverse=ctx.query.get("sort_order") != "asc")


def _without_reactions(message: json.JSONObject) -> json.JSONObject:
    return {name: value for name, value in message.items() if name != "reactions"}


def _bot_memberships(ctx: RequestContext, threads: list[json.JSONObject]) -> list[json.JSONObject]:
    bot_id = str(ctx.state.bot_user["id"])
    joined = (ctx.state.thread_members.get(thread["id"], {}).get(bot_id) for thread in threads)
    return [member for member in joined if member is not None]
