"""What a route receives: the request's data as a read-only mapping, plus where it came from."""

from __future__ import annotations

__all__ = ["Request"]

import collections.abc
import types
import typing

import attrs


def _read_only_copy(data: typing.Mapping[str, typing.Any]) -> typing.Mapping[str, typing.Any]:
    return types.MappingProxyType(dict(data))


@attrs.frozen(slots=True, kw_only=True, eq=False)
class Request(collections.abc.Mapping[str, typing.Any]):
    """One IPC request: a read-only mapping of the keyword arguments the client sent.

    ```python
    @server.route()
    async def greet(request: ipc.Request) -> str:
        return f"hello {request['name']}"  # client: await client.request("greet", name="Ann")
    ```
    """

    endpoint: str
    """The route's name the client asked for."""
    headers: typing.Mapping[str, str]
    """The websocket upgrade request's headers (case-insensitive), without any `Authorization`."""
    request_id: int
    """The id the client gave the request; its reply carries it back."""
    _data: typing.Mapping[str, typing.Any] = attrs.field(converter=_read_only_copy, alias="data", repr=False)

    @property
    def data(self) -> typing.Mapping[str, typing.Any]:
        """The keyword arguments the client sent, read-only (the request itself is this mapping too)."""
        return self._data

    def __getitem__(self, key: str) -> typing.Any:
        return self._data[key]

    def __iter__(self) -> typing.Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)
