"""Turning the bot's answers into lines a person can read."""

from __future__ import annotations

__all__ = ["describe_discord_side", "describe_received", "describe_response"]

import typing

from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.messages import MessageFlag

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse
    from hikari_like.testing.emulator import IssuedInteraction


def _labels(components: list[typing.Any]) -> list[str]:
    labels = []
    for row in components:
        for component in row.get("components", ()):
            label = component.get("label") or component.get("placeholder") or component.get("custom_id")
            labels.append(str(label))
    return labels


def _describe_data(data: dict[str, typing.Any]) -> list[str]:
    parts = []
    if data.get("content"):
        parts.append(repr(data["content"]))
    parts.extend(
        f"[embed {embed.get('title')!r}: {embed.get('description')!r}]" for embed in data.get("embeds", ())
    )
    if data.get("components") and "title" not in data:
        parts.append("[components: " + ", ".join(_labels(data["components"])) + "]")
    if "choices" in data:
        parts.append("choices: " + ", ".join(choice["name"] for choice in data["choices"]))
    if "title" in data:
        parts.append(f"modal {data['title']!r} asking for: " + ", ".join(_labels(data["components"])))
    if MessageFlag.EPHEMERAL & int(data.get("flags", 0)):
        parts.append("(only the user sees it)")
    return parts


def describe_response(response: InteractionResponse) -> str:
    """`200 MESSAGE_CREATE 'hello' [embed ...]`, from what the bot sent back."""
    if response.status != 200:
        return f"{response.status} {response.body.decode(errors='replace')}"
    body = response.payload_json if response.content_type == "multipart/form-data" else response.json()
    parts = [f"{response.status} {ResponseType(body['type']).name}", *_describe_data(body.get("data") or {})]
    if response.content_type == "multipart/form-data":
        parts.append("files: " + ", ".join(sorted(response.attachments)))
    return " ".join(parts)


def _describe_message(message: dict[str, typing.Any]) -> str:
    parts = _describe_data(message)
    files = [attachment["filename"] for attachment in message.get("attachments", ())]
    if files:
        parts.append("files: " + ", ".join(files))
    return " ".join(parts)


def describe_discord_side(issued: IssuedInteraction | None, *, deferred: bool) -> list[str]:
    """What Discord shows after the bot's REST calls: the deferred answer, and the followups."""
    if issued is None:
        return []
    lines = []
    if deferred and issued.original is not None:
        lines.append("Discord then shows (edited over REST) " + _describe_message(issued.original))
    lines.extend("followup over REST " + _describe_message(message) for message in issued.followups.values())
    return lines


def describe_received(received: dict[str, typing.Any]) -> list[str]:
    """What the emulated Discord received for one interaction (`GET /_emulator/interactions/{token}`)."""
    response = received.get("response")
    if response is None:
        return ["no response (yet)"]
    files = ", ".join(name for name in response["files"] if name)
    answer = [ResponseType(response["type"]).name, *_describe_data(response["data"] or {})]
    lines = ["response " + " ".join(answer) + (f" files: {files}" if files else "")]
    lines.extend(
        f"edit of message {edit['message_id']}: {' '.join(_describe_data(edit['body']))}"
        for edit in received["edits"]
    )
    if received["edits"] and received.get("original") is not None:
        lines.append("original message now: " + _describe_message(received["original"]))
    lines.extend("followup " + _describe_message(message) for message in received["followups"])
    return lines
