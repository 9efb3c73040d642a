"""Poll endpoints: end a poll, list an answer's voters.

Votes come from users, never from apps: tests cast them with `EmulatorState.cast_poll_vote`
(`discord.cast_poll_vote(channel_id, message_id, user_id, answer_id)`).
"""

from __future__ import annotations

__all__ = ["ROUTES"]

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

_DEFAULT_LIMIT = 25
_MAX_LIMIT = 100


def _poll_message(ctx: RequestContext) -> json.JSONObject:
    channel = ctx.state.channel(ctx.params["channel"], permissive=ctx.options.permissive)
    return ctx.state.message(str(channel["id"]), ctx.params["message"])


async def expire_poll(ctx: RequestContext) -> web.Response:
    message = _poll_message(ctx)
    if str(message["author"]["id"]) != str(ctx.state.bot_user["id"]):
        raise DiscordError(403, "Cannot edit a message authored by another user", 50005)
    votes = ctx.state.poll_votes.setdefault(str(message["id"]), {})
    return json_response(message_ops.expire_poll(message, votes))


def _limit(ctx: RequestContext) -> int:
    raw = ctx.query.get("limit", str(_DEFAULT_LIMIT))
    if not raw.isdigit() or not 1 <= int(raw) <= _MAX_LIMIT:
        message = f"int value should be between 1 and {_MAX_LIMIT}."
        raise DiscordError.invalid_form(field_error("limit", "NUMBER_TYPE_MAX", message))
    return int(raw)


async def answer_voters(ctx: RequestContext) -> web.Response:
    message = _poll_message(ctx)
    if not isinstance(message.get("poll"), dict):
        raise DiscordError.unknown("Message", 10008)
    answer = ctx.params["answer"]
    voters = ctx.state.poll_votes.get(str(message["id"]), {}).get(int(answer), []) if answer.isdigit() else []
    after = int(ctx.query.get("after") or 0)
    # Sorted by ID, so that `after` pages through them.
    chosen = sorted(int(user_id) for user_id in voters if int(user_id) > after)[: _limit(ctx)]
    users = [ctx.state.users[str(user_id)] for user_id in chosen if str(user_id) in ctx.state.users]
    return json_response({"users": users})


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template="/channels/{channel}/polls/{message}/expire", handler=expire_poll),
    RouteSpec(
        method="GET", template="/channels/{channel}/polls/{message}/answers/{answer}", handler=answer_voters
    ),
)
