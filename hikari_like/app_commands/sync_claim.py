"""Which process syncs the commands when several start the same bot (`run_workers`, `uvicorn --workers`).

`claim_sync` answers, for this process, "do I sync?", in this order:

1. a shared store (a `RedisStore`, through the bot's `rate_limit_store`): only the process whose
   `claim(key, ttl=...)` succeeds syncs, on any host;
2. no shared store but `HIKARI_LIKE_WORKER_INDEX` set (`run_workers` sets it): only worker 0;
3. otherwise, and also for the winners of 1 and 2: a lock file in the temporary directory,
   taken without waiting and held while the sync runs. A process that finds it taken skips; so
   does one that takes it within `ttl` seconds of a finished sync of the same commands (the file
   keeps the time). One that comes later still fetches and finds nothing to write (the diff).
   Where there is no `fcntl` (Windows), this step lets every process through.

The key is a digest of the application ID and the declared commands (`sync_key`), so a redeploy
with changed commands syncs again, and a restart with the same ones costs one `GET` per scope.

```python
async with claim_sync(sync_key(application_id, declared), store=client.store) as mine:
    if mine:
        await sync_commands(rest, application_id, declared)
```
"""

from __future__ import annotations

__all__ = ["WORKER_INDEX_VARIABLE", "claim_sync", "lock_path", "sync_key"]

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
import typing

from hikari_like import snowflakes
from hikari_like.app_commands import store as store_

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import commands as command_builders

_LOGGER: typing.Final = logging.getLogger("hikari_like.app_commands.sync")
WORKER_INDEX_VARIABLE: typing.Final = "HIKARI_LIKE_WORKER_INDEX"
"""The environment variable `run_workers` sets in each worker: `0`, `1`, ..."""


def sync_key(
    application: snowflakes.SnowflakeishOr,
    declared: typing.Mapping[snowflakes.Snowflake | None, typing.Sequence[command_builders.CommandBuilder]],
) -> str:
    """A short key naming this application and exactly this declared command set.

    The same commands give the same key in every process (the payloads are digested in a
    canonical form); any change to them gives another.

    ```python
    key = sync_key(application_id, client.declared_commands())  # "commands-sync:<app>:<digest>"
    ```
    """
    canonical = {
        "" if scope is None else str(scope): [builder.build() for builder in builders]
        for scope, builders in declared.items()
    }
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"commands-sync:{snowflakes.snowflake_of(application)}:{digest}"


@contextlib.asynccontextmanager
async def claim_sync(
    key: str, *, store: store_.CommandStore | None, ttl: float = 60.0
) -> typing.AsyncIterator[bool]:
    """Yield whether this process should sync the commands named by `key`; hold the claim meanwhile.

    `store` shares the claim between processes unless it is `None` or a `LocalCommandStore`
    (which only knows this process). A claim lasts `ttl` seconds: a restart with the same
    commands inside that time does not sync again (nothing would change). If the claimant's
    sync raises, a shared-store claim still holds until `ttl` ends; the lock file records only
    syncs that finished, so the next process on this host tries again.

    ```python
    async with claim_sync(key, store=None) as mine:
        if mine:
            ...  # only one process on this host gets here while the others start
    ```
    """
    process = f"process {os.getpid()}"
    if store is not None and not isinstance(store, store_.LocalCommandStore):
        if not await store.claim(key, ttl=ttl):
            _LOGGER.info("%s skips the command sync: another process claimed it in the shared store", process)
            yield False
            return
        reason = "it claimed the sync in the shared store"
    else:
        worker = os.environ.get(WORKER_INDEX_VARIABLE, "").strip()
        if worker and worker != "0":
            _LOGGER.info("%s (worker %s) skips the command sync: worker 0 syncs", process, worker)
            yield False
            return
        reason = "it is worker 0" if worker else "it holds the lock file"
    with _lock_file(key) as lock:
        if lock is not None and not lock.locked:
            _LOGGER.info("%s skips the command sync: another process on this host is syncing", process)
            yield False
            return
        since = None if lock is None else lock.seconds_since_sync()
        if since is not None and since < ttl:
            _LOGGER.info("%s skips the command sync: synced on this host %.1f s ago", process, since)
            yield False
            return
        _LOGGER.info("%s syncs the commands: %s", process, reason)
        yield True
        if lock is not None:  # only after a sync that did not raise
            lock.record_sync()


def lock_path(key: str) -> str:
    """The lock file for `key`: in the temporary directory, named by a digest of the key."""
    name = f"hikari_like-sync-{hashlib.sha256(key.encode()).hexdigest()[:24]}.lock"
    return os.path.join(tempfile.gettempdir(), name)


class _LockFile:
    """An open lock file: whether this process holds its `flock`, and when the last sync ended.

    The file holds the wall-clock time of the last sync that finished, so a process that takes
    the lock right after another synced the same commands need not fetch them again.
    """

    __slots__ = ("descriptor", "locked")

    def __init__(self, descriptor: int, *, locked: bool) -> None:
        self.descriptor = descriptor
        self.locked = locked

    def seconds_since_sync(self) -> float | None:
        try:
            ended = float(os.pread(self.descriptor, 64, 0).decode("ascii").strip())
        except (OSError, ValueError):
            return None
        elapsed = time.time() - ended
        return elapsed if elapsed >= 0 else None  # a clock set back: as if never synced

    def record_sync(self) -> None:
        text = repr(time.time()).encode("ascii")
        os.ftruncate(self.descriptor, 0)
        os.pwrite(self.descriptor, text, 0)


@contextlib.contextmanager
def _lock_file(key: str) -> typing.Iterator[_LockFile | None]:
    """Open `key`'s lock file and try its exclusive `flock` without waiting; `None` without one.

    There is none on Windows (no `fcntl`), or when the file cannot be opened (another user's).
    """
    if sys.platform == "win32":
        yield None
        return
    import fcntl

    path = lock_path(key)
    try:
        # Symlinks are not followed: a link planted in a shared /tmp cannot make us write elsewhere.
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    except OSError as exc:
        _LOGGER.warning("cannot open the sync lock file %s (%s): syncing without it", path, exc)
        descriptor = None
    if descriptor is None:
        yield None
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        locked = True
    except BlockingIOError:
        locked = False
    try:
        yield _LockFile(descriptor, locked=locked)
    finally:
        if locked:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)
