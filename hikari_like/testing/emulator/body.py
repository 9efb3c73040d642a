"""Reading a request body the way Discord accepts it: JSON, multipart with `payload_json`, or a form."""

from __future__ import annotations

__all__ = ["ParsedBody", "read_body"]

import typing

import attrs
from aiohttp import BodyPartReader
from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.responses import DiscordError


@attrs.define(slots=True, kw_only=True, frozen=True)
class ParsedBody:
    """A decoded request body."""

    json: typing.Any = None
    form: dict[str, str] = attrs.field(factory=dict)
    files: tuple[RecordedFile, ...] = ()


def _invalid_json() -> DiscordError:
    return DiscordError(400, "The request body contains invalid JSON.", 50109)


def _decode_json(raw: bytes) -> typing.Any:
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise _invalid_json() from error


async def read_body(request: web.Request) -> ParsedBody:
    """Decode the body of `request`; malformed JSON is Discord's 400 (code 50109)."""
    if not request.body_exists:
        return ParsedBody()
    if request.content_type == "multipart/form-data":
        return await _read_multipart(request)
    if request.content_type == "application/x-www-form-urlencoded":
        form = await request.post()
        return ParsedBody(form={key: str(value) for key, value in form.items()})
    raw = await request.read()
    return ParsedBody(json=_decode_json(raw)) if raw else ParsedBody()


async def _read_multipart(request: web.Request) -> ParsedBody:
    reader = await request.multipart()
    payload: typing.Any = None
    form: dict[str, str] = {}
    files: list[RecordedFile] = []
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue  # Discord does not accept nested multiparts; ignore them like unknown fields.
        name = part.name or ""
        data = await part.read()
        if part.filename is not None:
            content_type = part.headers.get("Content-Type")
            files.append(
                RecordedFile(field=name, filename=part.filename, content_type=content_type, data=data)
            )
        elif name == "payload_json":
            payload = _decode_json(bytes(data))
        else:
            form[name] = bytes(data).decode("utf-8", "replace")
    return ParsedBody(json=payload, form=form, files=tuple(files))
