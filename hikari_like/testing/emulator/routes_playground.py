"""Testing-only routes under `/_emulator/`: deliver an interaction to a bot, and read it back.

They let another process (`python -m hikari_like send`) use a running emulator as a test does:

- `GET /_emulator/commands`: every registered command, global and per guild (guild ones carry
  their `guild_id`), to build an interaction from.
- `POST /_emulator/interactions` `{"url", "payload"}`: `EmulatedDiscord.send_interaction` (the
  interaction is registered, signed with the application's key and POSTed to the bot); answers
  the bot's HTTP answer as `{"status", "content_type", "json"|"text", "files"}`, or 502 when the
  bot is unreachable.
- `GET /_emulator/interactions/{token}`: what the emulated Discord received for it: the initial
  response, the original message as it is now, each edit and the followups.

They are authorized with the bot token like Discord's own routes. Each delivery is logged at
INFO on `hikari_like.testing.emulator.playground`.
"""

from __future__ import annotations

__all__ = ["DELIVERY", "LOGGER_NAME", "ROUTES", "Deliver"]

import logging
import typing

import aiohttp
from aiohttp import web

from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing.client import InteractionResponse
    from hikari_like.testing.emulator.records import RecordedFile
    from hikari_like.testing.emulator.state import IssuedInteraction

Deliver = typing.Callable[[str, typing.Mapping[str, typing.Any]], typing.Awaitable["InteractionResponse"]]
"""`EmulatedDiscord.send_interaction`: register, sign and POST an interaction to a bot's URL."""

DELIVERY: typing.Final = web.AppKey[Deliver]("hikari_like.playground_delivery")
"""Where the emulator's application keeps its `send_interaction`."""

LOGGER_NAME: typing.Final = "hikari_like.testing.emulator.playground"
"""The logger each delivery is reported on (INFO)."""

_LOGGER = logging.getLogger(LOGGER_NAME)


async def list_commands(ctx: RequestContext) -> web.Response:
    commands = list(ctx.state.global_commands.values())
    for guild_commands in ctx.state.guild_commands.values():
        commands.extend(guild_commands.values())
    return json_response(commands)


async def deliver_interaction(ctx: RequestContext) -> web.Response:
    body = ctx.body.json
    if not isinstance(body, dict) or not isinstance(body.get("url"), str):
        raise DiscordError(400, "expected a JSON object with 'url' and 'payload'", 0)
    url, payload = body["url"], body["payload"]
    try:
        response = await ctx.request.app[DELIVERY](url, payload)
    except (aiohttp.ClientError, OSError) as error:
        _LOGGER.info("%s to %s: the bot is unreachable (%s)", _described(payload), url, error)
        raise DiscordError(502, f"the bot at {url} is unreachable: {error}", 0) from None
    answer = _answer_json(response)
    _LOGGER.info("%s to %s: the bot answered %s", _described(payload), url, _described_answer(answer))
    return json_response(answer)


async def received_interaction(ctx: RequestContext) -> web.Response:
    issued = ctx.state.interactions.get(ctx.params["token"])
    if issued is None:
        raise DiscordError.unknown("Interaction", 10062)
    return json_response(_received_json(issued))


def _described(payload: JSONObject) -> str:
    data = payload.get("data") or {}
    what = data.get("custom_id") or _command_path(data)
    return f"{InteractionType(int(payload['type'])).name} {what}"


def _command_path(data: JSONObject) -> str:
    words = [str(data.get("name", "?"))]
    options = data.get("options") or []
    # Subcommands and groups are the options that have options of their own (or none at all).
    while options and "value" not in options[0]:
        words.append(str(options[0]["name"]))
        options = options[0].get("options") or []
    return "/" + " ".join(words) if data.get("type", 1) == 1 else words[0]


def _described_answer(answer: JSONObject) -> str:
    body = answer.get("json")
    if answer["status"] != 200 or not isinstance(body, dict) or "type" not in body:
        return str(answer["status"])
    return f"{answer['status']} {ResponseType(int(body['type'])).name}"


def _answer_json(response: InteractionResponse) -> JSONObject:
    answer: JSONObject = {"status": response.status, "content_type": response.content_type}
    if response.content_type == "multipart/form-data":
        answer["json"] = response.payload_json
        answer["files"] = sorted(response.attachments)
    elif response.content_type == "application/json":
        answer["json"] = response.json()
    else:
        answer["text"] = response.body.decode(errors="replace")
    return answer


def _filenames(files: tuple[RecordedFile, ...]) -> list[str | None]:
    return [file.filename for file in files]


def _received_json(issued: IssuedInteraction) -> JSONObject:
    response = issued.response
    return {
        "token": issued.token,
        "type": issued.type,
        "response": None
        if response is None
        else {"type": response.type, "data": response.data, "files": _filenames(response.files)},
        "original": issued.original,
        "edits": [
            {"message_id": edit.message_id, "body": edit.body, "files": _filenames(edit.files)}
            for edit in issued.edits
        ],
        "followups": list(issued.followups.values()),
    }


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/_emulator/commands", handler=list_commands),
    RouteSpec(method="POST", template="/_emulator/interactions", handler=deliver_interaction),
    RouteSpec(method="GET", template="/_emulator/interactions/{token}", handler=received_interaction),
)
