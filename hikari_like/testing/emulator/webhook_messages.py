"""Posting through a stored webhook with its token: Execute Webhook and the Get/Edit/Delete Webhook
Message routes (`resources/webhook.mdx`), as Discord serves them.

A message is authored by the webhook (its name and avatar, or the request's `username` and
`avatar_url`), carries `webhook_id`, and goes to the webhook's channel or to `thread_id`, a thread
of that channel (10003 otherwise; an archived one is unarchived). A forum or media channel needs
`thread_id` or `thread_name` (220001); `thread_name` elsewhere is 220003. Only SUPPRESS_EMBEDS,
SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 can be set (other bits are dropped). A webhook the
application does not own has its `components` ignored unless `with_components=true`, and then may
send only non-interactive ones (link buttons, layout and content components). Without
`wait=true`, Execute answers 204.

`routes_interactions.py` hands these routes a stored webhook's requests (`is_stored_webhook`).
"""

from __future__ import annotations

__all__ = ["delete_message", "edit_message", "execute", "get_message"]

import hashlib
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.internal import partial_json as read
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator import voice_messages
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_bool
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routes_webhooks import by_token
from hikari_like.testing.emulator.routes_webhooks import check_name

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.routing import RequestContext

# SUPPRESS_EMBEDS, IS_VOICE_MESSAGE, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2.
_SETTABLE_FLAGS: typing.Final = 1 << 2 | 1 << 12 | 1 << 13 | 1 << 15
_THREADS: typing.Final = frozenset({10, 11, 12})
_THREAD_ONLY: typing.Final = frozenset({15, 16})
_PUBLIC_THREAD: typing.Final = 11
_LINK_BUTTON: typing.Final = 5
_BUTTON: typing.Final = 2
_SELECTS: typing.Final = frozenset({3, 5, 6, 7, 8})


def _target_channel(ctx: RequestContext, webhook: json.JSONObject) -> json.JSONObject:
    """The webhook's channel, or the `thread_id` query's thread, which must be in that channel."""
    thread_id = query_snowflake(ctx, "thread_id")
    if thread_id is None:
        channel = ctx.state.channels.get(str(webhook["channel_id"]))
        if channel is None:
            raise DiscordError.unknown("Channel", 10003)
        return channel
    thread = ctx.state.channels.get(str(thread_id))
    if thread is None or thread["type"] not in _THREADS or thread.get("parent_id") != webhook["channel_id"]:
        raise DiscordError.unknown("Channel", 10003)
    return thread


def _thread_for_post(ctx: RequestContext, channel: json.JSONObject, body: json.JSONObject) -> json.JSONObject:
    """Where an Execute goes in a forum or media channel: the thread named, or a new one."""
    name = body.get("thread_name")
    if channel["type"] not in _THREAD_ONLY:
        if name is not None:
            raise DiscordError(400, "Webhooks can only create threads in forum channels", 220003)
        return channel
    if name is None:
        raise DiscordError(
            400, "Webhooks posted to forum channels must have a thread_name or thread_id", 220001
        )
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        raise invalid("thread_name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    thread = payloads.guild_channel_payload(
        ctx.state.ids(),
        guild_id=str(channel["guild_id"]),
        name=name,
        channel_type=_PUBLIC_THREAD,
        parent_id=channel["id"],
    )
    thread["applied_tags"] = [str(tag) for tag in body.get("applied_tags") or ()]
    thread["thread_metadata"] = {"archived": False, "locked": False, "auto_archive_duration": 4320}
    ctx.state.channels[thread["id"]] = thread
    return thread


def _author(webhook: json.JSONObject, body: json.JSONObject) -> json.JSONObject:
    """The user a webhook message shows: the webhook's name and avatar unless the request overrides."""
    username = (
        check_name(body["username"], "username") if body.get("username") is not None else webhook["name"]
    )
    avatar = webhook.get("avatar")
    url = body.get("avatar_url")
    if isinstance(url, str):
        # Discord proxies the image and shows its hash; a digest of the URL stands for it.
        avatar = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    author = payloads.user_payload(str(webhook["id"]), username)
    author.update(avatar=avatar, bot=True, discriminator="0000")
    return author


def _is_interactive(component: json.JSONObject) -> bool:
    kind = component.get("type")
    return kind in _SELECTS or (kind == _BUTTON and component.get("style") != _LINK_BUTTON)


def _children(component: json.JSONObject, at: str) -> typing.Iterator[tuple[object, str]]:
    for index, child in enumerate(read.array(component.get("components"))):
        yield child, f"{at}.components.{index}"
    if "accessory" in component:
        yield component["accessory"], f"{at}.accessory"


def _interactive_path(component: object, at: str) -> str | None:
    """Where the first interactive component of this tree is (a select, a button that is no link)."""
    if not isinstance(component, dict):
        return None
    if _is_interactive(component):
        return at
    for child, path in _children(component, at):
        found = _interactive_path(child, path)
        if found is not None:
            return found
    return None


def _components_allowed(
    ctx: RequestContext, webhook: json.JSONObject, body: json.JSONObject
) -> json.JSONObject:
    """The body with Discord's rule on components applied (see the module's docstring)."""
    if webhook.get("application_id") == ctx.state.application_id or "components" not in body:
        return body
    if not query_bool(ctx, "with_components"):
        return {key: value for key, value in body.items() if key != "components"}
    paths = (
        _interactive_path(item, f"components.{i}") for i, item in enumerate(read.array(body["components"]))
    )
    path = next((found for found in paths if found is not None), None)
    if path is not None:
        message = "Webhooks not owned by an application can only send non-interactive components."
        raise invalid(path, "COMPONENT_WEBHOOK_INTERACTIVE", message)
    return body


def _message_body(ctx: RequestContext, webhook: json.JSONObject, *, creating: bool) -> json.JSONObject:
    body = validation.require_object(ctx.body.json if ctx.body.json is not None else {})
    body = _components_allowed(ctx, webhook, body)
    validation.validate_message(body, has_files=bool(ctx.body.files), creating=creating)
    if body.get("flags") is not None:
        body = {**body, "flags": int(body["flags"]) & _SETTABLE_FLAGS}
    return body


async def execute(ctx: RequestContext) -> web.Response:
    """Execute Webhook: a new message in the webhook's channel (or thread); 204 unless `wait`."""
    webhook = by_token(ctx)
    body = _message_body(ctx, webhook, creating=True)
    voice_messages.check_voice_message(body, tuple(ctx.body.files))
    channel = _target_channel(ctx, webhook)
    if channel["id"] == webhook["channel_id"]:
        channel = _thread_for_post(ctx, channel, body)
    if (channel.get("thread_metadata") or {}).get("archived"):
        channel["thread_metadata"]["archived"] = False  # "The thread will automatically be unarchived."
    extra: json.JSONObject = {"webhook_id": webhook["id"]}
    if webhook.get("application_id") is not None:
        extra["application_id"] = webhook["application_id"]
    message = message_ops.new_message(
        ctx.state.ids,
        channel_id=channel["id"],
        author=_author(webhook, body),
        body=body,
        files=tuple(ctx.body.files),
        extra=extra,
    )
    voice_messages.keep_voice_metadata(message, body)
    ctx.state.store_message(message)
    return json_response(message) if query_bool(ctx, "wait") else empty_response()


def _sent_message(ctx: RequestContext) -> tuple[json.JSONObject, json.JSONObject]:
    """The webhook and the message it sent in its channel (or the `thread_id` thread): 10008 for a
    message it did not send."""
    webhook = by_token(ctx)
    channel = _target_channel(ctx, webhook)
    message = ctx.state.messages.get(channel["id"], {}).get(ctx.params["message"])
    if message is None or message.get("webhook_id") != webhook["id"]:
        raise DiscordError.unknown("Message", 10008)
    return webhook, message


async def get_message(ctx: RequestContext) -> web.Response:
    """Get Webhook Message: one the webhook sent, in its channel or the `thread_id` thread."""
    return json_response(_sent_message(ctx)[1])


async def edit_message(ctx: RequestContext) -> web.Response:
    """Edit Webhook Message: change one the webhook sent (Discord's rules on flags and components)."""
    webhook, message = _sent_message(ctx)
    voice_messages.check_voice_edit(message)
    body = _message_body(ctx, webhook, creating=False)
    return json_response(
        message_ops.apply_edit(ctx.state.ids, message, body=body, files=tuple(ctx.body.files))
    )


async def delete_message(ctx: RequestContext) -> web.Response:
    """Delete Webhook Message: delete one the webhook sent; answers 204."""
    _, message = _sent_message(ctx)
    ctx.state.discard_message(message["channel_id"], message["id"])
    return empty_response()
