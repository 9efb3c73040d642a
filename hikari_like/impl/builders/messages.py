"""The message fields every message-sending call shares, serialised in one place.

Interaction responses, followups, `create_message`, `edit_message` and webhook executions all
send the same fields (content, embeds, components, attachments, flags, tts, allowed mentions);
`serialize_message_fields` turns them into Discord's JSON plus the files to upload, so every
caller agrees on the rules:

- `UNDEFINED` leaves a field out (an edit keeps it); `None` sends `null`/`[]` (an edit clears it).
- Uploads are listed in `attachments` as `{"id": i, "filename": ...}`, `i` being the file's index
  in the returned list, i.e. multipart part `files[i]`, with the resource's `description` (alt
  text, at most 1024 characters) and `"is_spoiler": true` for a spoiler. The same resource is
  uploaded once even when an embed and the attachment list both use it.
- Existing attachments (objects with an `id` that are not resources) are kept by ID.

```python
payload, uploads = serialize_message_fields(content="hi", embeds=[embed], user_mentions=[user_id])
```
"""

from __future__ import annotations

__all__ = [
    "MAX_ALT_TEXT",
    "V2_COMPONENT_TYPES",
    "PollBuildable",
    "put_message_options",
    "serialize_message_fields",
]

import os
import typing

from hikari_like import components as component_models
from hikari_like import embeds as embed_models
from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.builders import message_rules
from hikari_like.internal import mentions

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import components as component_builders
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED

V2_COMPONENT_TYPES: typing.Final = frozenset(
    {
        component_models.ComponentType.SECTION,
        component_models.ComponentType.TEXT_DISPLAY,
        component_models.ComponentType.THUMBNAIL,
        component_models.ComponentType.MEDIA_GALLERY,
        component_models.ComponentType.FILE,
        component_models.ComponentType.SEPARATOR,
        component_models.ComponentType.CONTAINER,
    }
)
"""Top-level component types that make a message a components-v2 message."""


class PollBuildable(typing.Protocol):
    """What `poll=` takes: a `PollBuilder`, or anything else that builds Discord's poll object."""

    def build(self) -> typing.MutableMapping[str, typing.Any]:
        """The poll request object."""
        ...


Attachmentish = files.Resourceish | snowflakes.Unique
"""A file to upload, or an attachment the message already has (kept by ID)."""


class _Uploads:
    """The files to upload, each once, in multipart order."""

    __slots__ = ("resources",)

    def __init__(self) -> None:
        self.resources: list[files.Resource] = []

    def add(self, resource: files.Resource) -> int:
        for index, known in enumerate(self.resources):
            if known is resource or known == resource:
                return index
        self.resources.append(resource)
        return len(self.resources) - 1


def _is_upload(value: object) -> bool:
    return isinstance(value, files.Resource | str | os.PathLike | bytes | bytearray | memoryview) or hasattr(
        value, "getvalue"
    )


def _attachment_entries(
    attachments: typing.Sequence[Attachmentish], uploads: _Uploads, *, editing: bool
) -> list[JSONObject]:
    kept: list[JSONObject] = []
    for attachment in attachments:
        # A message's own `Attachment` is also a downloadable resource: in an edit it means
        # "keep this one"; on a new message it is a file to send again.
        keep = editing and isinstance(attachment, messages.Attachment)
        if not keep and _is_upload(attachment):
            uploads.add(files.ensure_resource(typing.cast(files.Resourceish, attachment)))
        else:
            existing = typing.cast(snowflakes.Unique, attachment)
            entry: JSONObject = {"id": str(existing.id)}
            if isinstance(filename := getattr(existing, "filename", None), str):
                entry["filename"] = filename
            kept.append(entry)
    return kept


def _one_or_many(name: str, one: typing.Any, many: typing.Any) -> typing.Any:
    # hikari's REST methods take `embed=` or `embeds=` (and so on); giving both is a mistake.
    if one is _UNDEFINED:
        return many
    if many is not _UNDEFINED:
        msg = f"give {name} or {name}s, not both"
        raise ValueError(msg)
    return [one]


def _content_shortcuts(
    content: typing.Any, embed: typing.Any, attachment: typing.Any
) -> tuple[typing.Any, ...]:
    # hikari lets `content` be an Embed or a file, as in `create_message(channel, embed)`.
    if type(content) is str or content is _UNDEFINED or content is None:
        return content, embed, attachment  # the usual case, without the slower checks below
    if isinstance(content, embed_models.Embed) and embed is _UNDEFINED:
        return _UNDEFINED, content, attachment
    if isinstance(content, files.Resource) and attachment is _UNDEFINED:
        return _UNDEFINED, embed, content
    if content is not _UNDEFINED and content is not None:
        content = str(content)
    return content, embed, attachment


def _serialize_components(
    components: typing.Sequence[component_builders.ComponentBuilder], uploads: _Uploads
) -> tuple[list[JSONObject], bool]:
    payloads: list[JSONObject] = []
    is_v2 = False
    for component in components:
        payload, component_files = component.build()
        payloads.append(payload)
        for resource in component_files:
            uploads.add(resource)
        is_v2 = is_v2 or component.type in V2_COMPONENT_TYPES
    return payloads, is_v2


def _serialize_embeds(embeds: typing.Sequence[embed_models.Embed], uploads: _Uploads) -> list[JSONObject]:
    payloads: list[JSONObject] = []
    for embed in embeds:
        payload, embed_files = embed_models.serialize_embed(embed)
        payloads.append(payload)
        for resource in embed_files:
            uploads.add(resource)
    return payloads


def serialize_message_fields(
    *,
    content: typing.Any = _UNDEFINED,
    embed: embed_models.Embed | undefined.UndefinedType = _UNDEFINED,
    embeds: typing.Sequence[embed_models.Embed] | undefined.UndefinedType | None = _UNDEFINED,
    attachment: Attachmentish | undefined.UndefinedType = _UNDEFINED,
    attachments: typing.Sequence[Attachmentish] | undefined.UndefinedType | None = _UNDEFINED,
    component: component_builders.ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
    components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
    flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    tts: bool | undefined.UndefinedType = _UNDEFINED,
    mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
    mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
    user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
    role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
    poll: PollBuildable | undefined.UndefinedType = _UNDEFINED,
    editing: bool = False,
) -> tuple[JSONObject, list[files.Resource]]:
    """Serialise a message's fields; see the module docstring for the rules.

    `editing` says the fields change an existing message. A new message always carries
    `allowed_mentions`, so it pings nobody unless asked; an edit leaves it out unless a mention
    argument was given (keeping the message's own), and keeps the message's existing
    `Attachment`s by ID instead of uploading them again.
    """
    content, embed, attachment = _content_shortcuts(content, embed, attachment)
    embeds = _one_or_many("embed", embed, embeds)
    attachments = _one_or_many("attachment", attachment, attachments)
    components = _one_or_many("component", component, components)
    payload: JSONObject = {}
    if content is not _UNDEFINED:
        payload["content"] = content
    resources: list[files.Resource] = []
    is_v2 = False
    # Most answers are text only: skip the upload bookkeeping when there is nothing to attach.
    if embeds is not _UNDEFINED or attachments is not _UNDEFINED or components is not _UNDEFINED:
        resources, is_v2 = _put_parts(payload, embeds, attachments, components, editing=editing)
    if poll is not _UNDEFINED:
        payload["poll"] = poll.build()
    put_message_options(
        payload,
        flags=flags,
        tts=tts,
        mentions_everyone=mentions_everyone,
        mentions_reply=mentions_reply,
        user_mentions=user_mentions,
        role_mentions=role_mentions,
        editing=editing,
        is_v2=is_v2,
    )
    message_rules.check_message_payload(payload, is_v2=is_v2 or _has_v2_flag(payload), uploads=resources)
    return payload, resources


def _has_v2_flag(payload: JSONObject) -> bool:
    return bool(payload.get("flags", 0) & messages.MessageFlag.IS_COMPONENTS_V2)


def put_message_options(
    payload: JSONObject,
    *,
    flags: int | messages.MessageFlag | undefined.UndefinedType,
    tts: bool | undefined.UndefinedType,
    mentions_everyone: bool | undefined.UndefinedType,
    mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
    user_mentions: mentions.MentionTargets | undefined.UndefinedType,
    role_mentions: mentions.MentionTargets | undefined.UndefinedType,
    editing: bool,
    is_v2: bool = False,
) -> None:
    """Put a message's flags, `tts` and `allowed_mentions` (the rules of `serialize_message_fields`).

    Also used on its own by builders whose message is text only.
    """
    _put_flags(payload, flags, is_v2=is_v2)
    if tts is not _UNDEFINED:
        payload["tts"] = tts
    mentioned = (
        mentions_everyone is not _UNDEFINED
        or mentions_reply is not _UNDEFINED
        or user_mentions is not _UNDEFINED
        or role_mentions is not _UNDEFINED
    )
    if mentioned:
        payload["allowed_mentions"] = mentions.allowed_mentions(
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
        )
    elif not editing:
        payload["allowed_mentions"] = {"parse": []}  # a new message pings nobody unless asked


def _put_parts(
    payload: JSONObject,
    embeds: typing.Sequence[embed_models.Embed] | undefined.UndefinedType | None,
    attachments: typing.Sequence[Attachmentish] | undefined.UndefinedType | None,
    components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None,
    *,
    editing: bool,
) -> tuple[list[files.Resource], bool]:
    """Put the embeds, components and attachments; return the files to upload and whether the
    components are v2 ones."""
    uploads = _Uploads()
    kept = (
        []
        if attachments is _UNDEFINED or attachments is None
        else _attachment_entries(attachments, uploads, editing=editing)
    )
    if embeds is not _UNDEFINED:
        payload["embeds"] = None if embeds is None else _serialize_embeds(embeds, uploads)
    is_v2 = False
    if components is not _UNDEFINED:
        built = None if components is None else _serialize_components(components, uploads)
        payload["components"], is_v2 = built if built is not None else (None, False)
    _put_attachments(payload, attachments, kept, uploads.resources)
    return uploads.resources, is_v2


def _put_attachments(
    payload: JSONObject,
    attachments: typing.Sequence[Attachmentish] | undefined.UndefinedType | None,
    kept: list[JSONObject],
    resources: typing.Sequence[files.Resource],
) -> None:
    new = [_upload_entry(index, resource) for index, resource in enumerate(resources)]
    # An explicit list (or None, "remove all") must always be sent; otherwise only when uploading.
    if attachments is not _UNDEFINED or new:
        payload["attachments"] = kept + new


MAX_ALT_TEXT: typing.Final = 1024
"""Discord's limit on an attachment's `description` (alt text)."""


def _upload_entry(index: int, resource: files.Resource) -> JSONObject:
    entry: JSONObject = {"id": index, "filename": resource.filename}
    if (description := resource.description) is not None:
        if len(description) > MAX_ALT_TEXT:
            length = len(description)
            msg = f"the alt text of {resource.filename!r} is {length} characters; at most {MAX_ALT_TEXT}"
            raise errors.DiscordRuleError("attachment.description", msg)
        entry["description"] = description
    # The `SPOILER_` name prefix still works; `is_spoiler` is how Discord documents it since 2026-06.
    if getattr(resource, "is_spoiler", False) is True:
        entry["is_spoiler"] = True
    return entry


def _put_flags(
    payload: JSONObject, flags: int | messages.MessageFlag | undefined.UndefinedType, *, is_v2: bool
) -> None:
    if is_v2:
        flags = (0 if flags is _UNDEFINED else flags) | messages.MessageFlag.IS_COMPONENTS_V2
    if flags is not _UNDEFINED:
        payload["flags"] = int(flags)
