"""The built-in server binds where hikari's parameters say: Unix sockets, TLS, several hosts."""

from __future__ import annotations

import datetime
import pathlib
import ssl

import aiohttp
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

import hikari_like
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads


async def test_unix_socket(key_pair: KeyPair, tmp_path: pathlib.Path) -> None:
    server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
    socket_path = tmp_path / "bot.sock"
    await server.start(path=str(socket_path))
    try:
        assert server.urls == [f"unix:{socket_path}"]
        connector = aiohttp.UnixConnector(path=str(socket_path))
        async with (
            aiohttp.ClientSession(connector=connector) as session,
            InteractionClient("http://bot/", key_pair, session=session) as client,
        ):
            response = await client.send(payloads.ping())
    finally:
        await server.close()
    assert response.json() == {"type": 1}


def _self_signed(directory: pathlib.Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .sign(key, hashes.SHA256())
    )
    (directory / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (directory / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(directory / "cert.pem", directory / "key.pem")
    return context


async def test_tls(key_pair: KeyPair, tmp_path: pathlib.Path) -> None:
    server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
    await server.start(host="127.0.0.1", port=0, ssl_context=_self_signed(tmp_path))
    try:
        (url,) = server.urls
        assert url.startswith("https://")
        async with (
            aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session,
            InteractionClient(url, key_pair, session=session) as client,
        ):
            response = await client.send(payloads.ping())
    finally:
        await server.close()
    assert response.json() == {"type": 1}


async def test_several_hosts(key_pair: KeyPair) -> None:
    server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
    await server.start(host=["127.0.0.1", "127.0.0.2"], port=0)
    urls = list(server.urls)
    try:
        statuses = []
        for url in urls:
            async with InteractionClient(url, key_pair) as client:
                statuses.append((await client.send(payloads.ping())).status)
    finally:
        await server.close()
    assert len(urls) == 2
    assert statuses == [200, 200]
