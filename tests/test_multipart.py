"""The streaming multipart encoder, parsed back by aiohttp's reader over a real socket."""

from __future__ import annotations

import email.parser
import email.policy
import pathlib

import aiohttp
from aiohttp import web

from hikari_like import files
from hikari_like.impl import builders as se
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.internal import json
from hikari_like.internal import multipart


async def _parse_with_aiohttp(
    body: multipart.MultipartBody,
) -> list[tuple[str | None, str | None, str, bytes]]:
    received: list[tuple[str | None, str | None, str, bytes]] = []

    async def handler(request: web.Request) -> web.Response:
        reader = await request.multipart()
        async for part in reader:
            assert isinstance(part, aiohttp.BodyPartReader)
            received.append(
                (part.name, part.filename, part.headers["Content-Type"], bytes(await part.read()))
            )
        return web.Response(status=204)

    app = web.Application(client_max_size=10 * 1024 * 1024)
    app.router.add_post("/", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                f"http://127.0.0.1:{port}/", data=body.stream(), headers={"Content-Type": body.content_type}
            ) as response,
        ):
            assert response.status == 204
    finally:
        await runner.cleanup()
    return received


async def test_builder_output_round_trips_through_a_real_server(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.bin"
    big_data = bytes(range(256)) * 2000  # 512 000 bytes, several chunks
    big.write_bytes(big_data)
    builder = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "files!")
        .add_attachment(files.File(big))
        .add_attachment(files.Bytes(b"hello", 'we"ird name.txt'))
    )
    payload, uploads = builder.build()

    parts = await _parse_with_aiohttp(multipart.MultipartBody(json.dumps(payload), uploads))

    assert [(name, filename, ctype) for name, filename, ctype, _ in parts] == [
        ("payload_json", None, "application/json"),
        ("files[0]", "big.bin", "application/octet-stream"),
        ("files[1]", "we%22ird name.txt", "text/plain"),
    ]
    assert json.loads(parts[0][3]) == payload
    assert payload["data"]["attachments"] == [
        {"id": 0, "filename": "big.bin"},
        {"id": 1, "filename": 'we"ird name.txt'},
    ]
    assert parts[1][3] == big_data
    assert parts[2][3] == b"hello"


async def test_body_parses_with_the_email_parser() -> None:
    body = multipart.MultipartBody(
        b'{"a":1}', [files.Bytes(b"\x00\x01binary\r\n--", "x.bin")], boundary="BOUNDARY"
    )
    raw = await body.read()
    assert body.content_type == "multipart/form-data; boundary=BOUNDARY"
    assert raw.startswith(b"--BOUNDARY\r\n")
    assert raw.endswith(b"--BOUNDARY--\r\n")

    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + body.content_type.encode() + b"\r\n\r\n" + raw
    )
    parts = list(message.iter_parts())
    assert [part.get_param("name", header="content-disposition") for part in parts] == [
        "payload_json",
        "files[0]",
    ]
    assert parts[0].get_payload(decode=True) == b'{"a":1}'
    assert parts[1].get_filename() == "x.bin"
    assert parts[1].get_payload(decode=True) == b"\x00\x01binary\r\n--"


async def test_stream_can_be_replayed_for_a_retry() -> None:
    body = multipart.MultipartBody(b"{}", [files.Bytes(b"abc", "a.txt")])
    assert await body.read() == await body.read()
    assert multipart.file_field_name(3) == "files[3]"
