"""Load generators: wrk when it is installed, otherwise our own, in a child process.

Both keep `connections` keep-alive connections busy for `duration` seconds, each sending the
same request as soon as the previous answer arrived, and report requests/s, p50/p99 latency and
how many answers were not 200 (a contestant that fails fast must not look fast).

Our own generator is a bare asyncio protocol on uvloop: it writes prepared bytes and reads only
the status line and `Content-Length`, so it spends a few microseconds per request and stays far
from being the bottleneck for a Python server (checked against wrk: see docs/benchmarks.md).
"""

from __future__ import annotations

__all__ = ["Run", "generate_load", "wrk_available"]

import asyncio
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import typing
import urllib.parse

import attrs

if typing.TYPE_CHECKING:
    from multiprocessing.connection import Connection


@attrs.frozen(kw_only=True)
class Run:
    """What one load run measured."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    failures: int
    """Answers that were not 200, plus socket errors."""

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def wrk_available() -> bool:
    """Whether `wrk` is on the PATH."""
    return shutil.which("wrk") is not None


def generate_load(
    url: str, body: bytes, headers: dict[str, str], *, connections: int, duration: float, use_wrk: bool
) -> Run:
    """POST `body` with `headers` to `url` for `duration` seconds over `connections` connections."""
    if use_wrk:
        return _wrk(url, body, headers, connections=connections, duration=duration)
    return _own(url, body, headers, connections=connections, duration=duration)


# -- wrk ----------------------------------------------------------------------------------------------

_WRK_SCRIPT: typing.Final = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
{headers}
function done(summary, latency, requests)
  local failures = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format('RESULT {{"requests": %d, "micros": %d, "p50": %d, "p99": %d, "failures": %d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), failures))
end
"""


def _lua_string(text: str) -> str:
    # A Lua long bracket takes the text as is (no escapes), as long as the text never closes it.
    if "]==]" in text:
        raise ValueError("text must not contain ']==]'")
    return "[==[" + text + "]==]"


def _wrk(url: str, body: bytes, headers: dict[str, str], *, connections: int, duration: float) -> Run:
    # The spaces matter: `[[` would open a Lua long string.
    header_lines = "\n".join(
        f"wrk.headers[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in headers.items()
    )
    script = _WRK_SCRIPT.format(body=_lua_string(body.decode()), headers=header_lines)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    try:
        command = ["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(duration))}s", "-s", file.name, url]
        output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 60)
    finally:
        os.unlink(file.name)
    lines = [line for line in output.stdout.splitlines() if line.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"wrk printed no result:\n{output.stdout}\n{output.stderr}")
    result = json.loads(lines[0].removeprefix("RESULT "))
    return Run(
        requests=result["requests"],
        seconds=result["micros"] / 1e6,
        p50_ms=result["p50"] / 1e3,
        p99_ms=result["p99"] / 1e3,
        failures=result["failures"],
    )


# -- our own ------------------------------------------------------------------------------------------


def _request_bytes(url: str, body: bytes, headers: dict[str, str]) -> bytes:
    parts = urllib.parse.urlsplit(url)
    head = [
        f"POST {parts.path or '/'} HTTP/1.1",
        f"Host: {parts.netloc}",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _body_end(buffer: bytes, head: bytes, body_start: int) -> int:
    """Where the answer whose lowercased `head` ends at `body_start` ends, or -1 if not all here."""
    for line in head.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            end = body_start + int(line[15:])
            return end if len(buffer) >= end else -1
    if b"transfer-encoding: chunked" in head:
        last_chunk = buffer.find(b"0\r\n\r\n", body_start)
        return -1 if last_chunk < 0 else last_chunk + 5
    return body_start


class _Client(asyncio.Protocol):
    """One keep-alive connection: send, wait for the whole answer, record, send again."""

    def __init__(self, request: bytes, deadline: float, latencies: list[float], done: asyncio.Future[int]):
        self._request = request
        self._deadline = deadline
        self._latencies = latencies
        self._done = done
        self._buffer = b""
        self._sent_at = 0.0
        self._failures = 0
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = typing.cast("asyncio.Transport", transport)
        self._send()

    def _send(self) -> None:
        self._sent_at = time.perf_counter()
        if self._transport is not None:
            self._transport.write(self._request)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self._buffer[:end].lower()
        body_end = _body_end(self._buffer, head, end + 4)
        if body_end < 0:
            return
        now = time.perf_counter()
        self._latencies.append(now - self._sent_at)
        if not head.startswith(b"http/1.1 200"):
            self._failures += 1
        self._buffer = self._buffer[body_end:]
        if now < self._deadline:
            self._send()
        elif not self._done.done():
            self._done.set_result(self._failures)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self._done.done():
            self._done.set_result(self._failures + 1)


async def _drive(url: str, request: bytes, connections: int, duration: float) -> dict[str, typing.Any]:
    loop = asyncio.get_running_loop()
    parts = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    started = time.perf_counter()
    deadline = started + duration
    done = [loop.create_future() for _ in range(connections)]
    transports = [
        (
            await loop.create_connection(
                lambda future=future: _Client(request, deadline, latencies, future),  # type: ignore[misc]
                parts.hostname or "127.0.0.1",
                parts.port or 80,
            )
        )[0]
        for future in done
    ]
    failures = sum(await asyncio.gather(*done))
    elapsed = time.perf_counter() - started
    for transport in transports:
        transport.close()
    return {"latencies": latencies, "seconds": elapsed, "failures": failures}


def _child(url: str, request: bytes, connections: int, duration: float, connection: Connection) -> None:
    try:
        import uvloop

        loop_factory: typing.Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    except ImportError:
        loop_factory = asyncio.new_event_loop
    with asyncio.Runner(loop_factory=loop_factory) as runner:
        connection.send(runner.run(_drive(url, request, connections, duration)))


def _own(url: str, body: bytes, headers: dict[str, str], *, connections: int, duration: float) -> Run:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    request = _request_bytes(url, body, headers)
    process = context.Process(target=_child, args=(url, request, connections, duration, theirs), daemon=True)
    process.start()
    try:
        if not ours.poll(duration + 60):
            raise RuntimeError("the load generator did not finish")
        result = ours.recv()
    finally:
        process.join(10)
    latencies = result["latencies"]
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0.0] * 99
    return Run(
        requests=len(latencies),
        seconds=result["seconds"],
        p50_ms=cuts[49] * 1e3,
        p99_ms=cuts[98] * 1e3,
        failures=result["failures"],
    )
