"""N worker processes of the built-in server on one port (`SO_REUSEPORT`: the kernel spreads connections).

```python
# bot.py
def build_bot() -> hikari_like.RESTBot:
    store = RedisStore.from_url(os.environ["REDIS_URL"])
    bot = hikari_like.RESTBot(token, public_key=key, rate_limit_store=store, replay_store=store)
    bot.set_listener(hikari_like.CommandInteraction, ping)
    return bot


if __name__ == "__main__":
    hikari_like.impl.run_workers(build_bot, workers=4, host="0.0.0.0", port=8080)
```

Each worker is a fresh interpreter (`spawn`) that calls `build_bot()` and runs the bot with
`reuse_port=True`, so `build_bot` must be importable (a module-level function). Workers share
nothing by themselves: give them a shared store for rate limits and replay protection.
Each worker finds its number in `HIKARI_LIKE_WORKER_INDEX` (`0` to `workers - 1`), set before
`build_bot()` runs; without a shared store, only worker 0 syncs an `app_commands.Client`'s commands.
SIGINT/SIGTERM to the parent stop every worker gracefully; if one worker dies, the others are
stopped too and `run_workers` returns its exit code (a supervisor such as systemd restarts them).
"""

from __future__ import annotations

__all__ = ["run_workers"]

import logging
import multiprocessing
import os
import signal
import sys
import typing

if typing.TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from hikari_like.impl.bots.rest_bot import RESTBot

_LOGGER: typing.Final = logging.getLogger("hikari_like.workers")
_WORKER_INDEX_VARIABLE: typing.Final = "HIKARI_LIKE_WORKER_INDEX"
"""Set in each worker's environment before `build_bot()` runs: `0`, `1`, ... `workers - 1`."""
_STOP_TIMEOUT: typing.Final = 70.0
"""How long a worker may take to stop (above `RESTBot.run`'s default 60 s shutdown timeout)."""


def _serve(build_bot: typing.Callable[[], RESTBot], run_options: dict[str, typing.Any], index: int) -> None:
    # Set before build_bot() runs, so the bot (and the command layer's one-syncer rule) can read it.
    os.environ[_WORKER_INDEX_VARIABLE] = str(index)
    bot = build_bot()
    bot.run(reuse_port=True, **run_options)


def run_workers(
    build_bot: typing.Callable[[], RESTBot],
    *,
    workers: int,
    host: str = "0.0.0.0",
    port: int = 8080,
    **run_options: typing.Any,
) -> int:
    """Run `workers` processes of `build_bot()`'s bot on `host:port`; block until they stop.

    `run_options` are `RESTBot.run`'s (`shutdown_timeout`, `ssl_context`, ...). Returns 0 after
    a clean stop, else the exit code of the first worker that failed.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if port == 0:
        raise ValueError("workers share one port: give a fixed port (0 would give each its own)")
    context = multiprocessing.get_context("spawn")
    options = {"host": host, "port": port, **run_options}
    processes = [
        context.Process(target=_serve, args=(build_bot, options, n), name=f"hikari_like worker {n}")
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    _LOGGER.info("started %s workers on %s:%s", workers, host, port)
    previous = {signum: signal.signal(signum, _raise_stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        return _supervise(processes)
    except _Stop:
        return _stop_all(processes, failed=0)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop


def _supervise(processes: typing.Sequence[BaseProcess]) -> int:
    from multiprocessing import connection

    sentinels = {process.sentinel: process for process in processes}
    connection.wait(list(sentinels))  # the first worker to exit, for whatever reason
    failed = next((p.exitcode for p in processes if p.exitcode not in (None, 0)), 0) or 0
    _LOGGER.log(logging.ERROR if failed else logging.INFO, "a worker exited (code %s): stopping", failed)
    return _stop_all(processes, failed=failed)


def _stop_all(processes: typing.Sequence[BaseProcess], *, failed: int) -> int:
    for process in processes:
        if process.is_alive():
            process.terminate()  # SIGTERM: the bot's graceful close
    for process in processes:
        process.join(_STOP_TIMEOUT)
        if process.is_alive():
            process.kill()
            process.join()
    sys.stdout.flush()
    return failed
