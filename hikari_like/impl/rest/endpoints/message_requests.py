"""The steps the message-sending REST endpoints share, so each endpoint only names its route.

`create_message`, `edit_message`, `execute_webhook`, `edit_webhook_message`,
`create_interaction_response` and `edit_interaction_response` all serialise the same fields
(`builders.messages.serialize_message_fields`); the edits and interaction responses also accept
`None` on a singular name (`embed=None` clears the embeds), and most of them answer with the
message Discord made or changed.

```python
fields = serialize_clearable_fields(content="edited", embed=None, editing=True)
message = await request_message(rest, routes.PATCH_CHANNEL_MESSAGE.compile(channel=1, message=2), fields)
```
"""

from __future__ import annotations

__all__ = [
    "MessageFieldOptions",
    "clearable",
    "observe_interaction_answer",
    "put_stickers",
    "request_message",
    "serialize_clearable_fields",
]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.builders import messages as message_builders

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like.api import rest as rest_api
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.impl.rest import routes
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_T = typing.TypeVar("_T")


class MessageFieldOptions(typing.TypedDict, total=False):
    """The fields of `serialize_message_fields` that take no `None`-clears-it rule."""

    content: typing.Any
    flags: int | messages.MessageFlag | undefined.UndefinedType
    tts: bool | undefined.UndefinedType
    mentions_everyone: bool | undefined.UndefinedType
    mentions_reply: bool | undefined.UndefinedType
    user_mentions: mentions.MentionTargets | undefined.UndefinedType
    role_mentions: mentions.MentionTargets | undefined.UndefinedType
    poll: message_builders.PollBuildable | undefined.UndefinedType
    editing: bool


def clearable(
    one: _T | undefined.UndefinedType | None, many: typing.Sequence[_T] | undefined.UndefinedType | None
) -> tuple[_T | undefined.UndefinedType, typing.Sequence[_T] | undefined.UndefinedType | None]:
    """An edit's `attachment=None` (or `embed=None`...) removes them all, as the plural `None` does.

    `serialize_message_fields` takes `None` only on the plural name, so `(None, UNDEFINED)` becomes
    `(UNDEFINED, None)`.
    """
    if one is None:
        if many is not _UNDEFINED:
            raise ValueError("give the singular or the plural argument, not both")
        return _UNDEFINED, None
    return one, many


def serialize_clearable_fields(
    *,
    attachment: message_builders.Attachmentish | undefined.UndefinedType | None = _UNDEFINED,
    attachments: typing.Sequence[message_builders.Attachmentish]
    | undefined.UndefinedType
    | None = _UNDEFINED,
    component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
    components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
    embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
    embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
    **options: typing.Unpack[MessageFieldOptions],
) -> tuple[JSONObject, list[files.Resource]]:
    """`serialize_message_fields`, where `None` on a singular name clears as the plural `None` does."""
    attachment, attachments = clearable(attachment, attachments)
    component, components = clearable(component, components)
    embed, embeds = clearable(embed, embeds)
    return message_builders.serialize_message_fields(
        attachment=attachment,
        attachments=attachments,
        component=component,
        components=components,
        embed=embed,
        embeds=embeds,
        **options,
    )


async def request_message(
    client: rest_api.RESTClient,
    route: routes.CompiledRoute,
    message: tuple[JSONObject, typing.Sequence[files.Resource]],
    *,
    query: typing.Mapping[str, str] | None = None,
    authorization: str | undefined.UndefinedType | None = _UNDEFINED,
) -> messages.Message:
    """Send a serialised message on `route` (multipart when it has files) and read the message answered."""
    payload, uploads = message
    response = await client.request(
        route, json=payload, files=uploads, query=query, authorization=authorization
    )
    return messages.Message.from_payload(response, app=client)


def put_stickers(
    payload: JSONObject,
    sticker: snowflakes.SnowflakeishOr | undefined.UndefinedType,
    stickers: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType,
) -> None:
    """Put hikari's `sticker=` or `stickers=` into a message body as Discord's `sticker_ids`
    (`ValueError` for both at once)."""
    if sticker is not _UNDEFINED and stickers is not _UNDEFINED:
        raise ValueError("give sticker or stickers, not both")
    chosen = [sticker] if sticker is not _UNDEFINED else stickers
    if chosen is not _UNDEFINED:
        payload["sticker_ids"] = [str(snowflakes.snowflake_of(item)) for item in chosen]


def observe_interaction_answer(rest: rest_api.RESTClient, token: str) -> None:
    """Tell the client's `interaction_answer_observer` (if any) that `token` answered for itself.

    Called after an edit or deletion of an interaction's original response and after a followup:
    each completes a "thinking..." deferral, which the bot's interaction server watches.
    """
    observer: typing.Callable[[str], None] | None = getattr(rest, "interaction_answer_observer", None)
    if observer is not None:
        observer(token)
