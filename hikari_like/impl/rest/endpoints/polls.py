"""Poll endpoints of the REST client: end a poll, list who voted for an answer.

A mixin of `RESTClientImpl`. A poll is sent with its message (`create_message(..., poll=...)`,
`execute_webhook(..., poll=...)`); these act on it afterwards.

```python
message = await rest.end_poll(channel_id, message_id)
voters = await rest.fetch_poll_voters(channel_id, message_id, 1, limit=100)
```
"""

from __future__ import annotations

__all__ = ["PollEndpoints"]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _poll_route(
    route: routes.Route,
    channel: snowflakes.SnowflakeishOr,
    message: snowflakes.SnowflakeishOr,
    **more: object,
) -> routes.CompiledRoute:
    return route.compile(
        channel=snowflakes.snowflake_of(channel), message=snowflakes.snowflake_of(message), **more
    )


def _voters_query(
    after: snowflakes.SnowflakeishOr | undefined.UndefinedType, limit: int | undefined.UndefinedType
) -> dict[str, str]:
    query: dict[str, str] = {}
    if after is not _UNDEFINED:
        query["after"] = str(snowflakes.snowflake_of(after))
    if limit is not _UNDEFINED:
        query["limit"] = str(limit)
    return query


class PollEndpoints(rest_api.RESTClient):
    """`end_poll` and `fetch_poll_voters`."""

    __slots__ = ()

    async def end_poll(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr, /
    ) -> messages.Message:
        """End the poll on one of the bot's messages now; returns the message with its final poll.

        Discord refuses a poll someone else sent (403) and a message without a poll (520006).

        ```python
        ended = await rest.end_poll(message.channel_id, message)
        assert ended.poll is not None and ended.poll.results is not None
        ```
        """
        route = _poll_route(routes.POST_EXPIRE_POLL, channel, message)
        return messages.Message.from_payload(await self.request(route), app=self)

    async def fetch_poll_voters(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        answer_id: int,
        /,
        *,
        after: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        limit: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[users.User]:
        """The users who voted for one answer: up to `limit` (1-100, Discord's default 25) after
        the user ID `after`, in ID order.

        ```python
        voters = await rest.fetch_poll_voters(channel_id, message_id, answer.answer_id, limit=100)
        ```
        """
        route = _poll_route(routes.GET_POLL_ANSWER, channel, message, answer=answer_id)
        response = await self.request(route, query=_voters_query(after, limit) or None)
        payloads = read.objects(read.mapping(response).get("users"))
        return read.each(payloads, lambda payload: users.User.from_payload(payload, app=self))
