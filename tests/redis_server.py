"""A real `redis-server` on a free loopback port, for the tests of the Redis store.

Without the binary the tests skip, unless `HIKARI_LIKE_REQUIRE_REDIS=1` (CI) says they must run:
then they fail, so a CI image that lost Redis cannot pass by skipping.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import typing

import pytest

REQUIRE_ENV: typing.Final = "HIKARI_LIKE_REQUIRE_REDIS"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def redis_binary() -> str:
    """The path of `redis-server`; skips (or fails under `HIKARI_LIKE_REQUIRE_REDIS=1`) without one."""
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{message}, and {REQUIRE_ENV}=1 requires the Redis tests")
        pytest.skip(message)
    return binary


class RedisServer:
    """One `redis-server` process; `stop()` and `start()` again on the same port (an outage)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [redis_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--appendonly", "no"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.1):
                return
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"redis-server did not listen on port {self.port}")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.terminate()
            process.wait(timeout=5)


@contextlib.contextmanager
def running_redis() -> typing.Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
