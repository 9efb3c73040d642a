"""Reaction endpoints of the REST client: add, remove and list the reactions on a message (#19).

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: resources/message.mdx, "Create
Reaction" to "Delete All Reactions for Emoji"). Every method takes the emoji in each form hikari
takes: the character (`"👍"`, a `UnicodeEmoji`), a `CustomEmoji`, `"name:id"`, a mention
(`"<:name:id>"`, `"<a:name:id>"`), or a custom emoji's name with its ID as `emoji_id`
(`emoji_paths.emoji_path`); a string that is no emoji raises `ValueError` before any request.

```python
await rest.add_reaction(channel_id, message_id, "👍")
await rest.add_reaction(channel_id, message_id, "party", emoji_id=123456789012345678)
voters = await rest.fetch_reactions_for_emoji(channel_id, message_id, "👍").count()
```
"""

from __future__ import annotations

__all__ = ["ReactionEndpoints"]

import functools
import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.emoji_paths import emoji_path

if typing.TYPE_CHECKING:
    from hikari_like import emojis
    from hikari_like import iterators
    from hikari_like import messages
    from hikari_like.impl.rest import pagination
else:
    from hikari_like.internal import lazy_imports

    # Loaded on the first listing of reactors: most bots never list them.
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_PAGE_SIZE: typing.Final = 100
"""Discord's largest page of reactors (`limit` 1-100)."""

_Emoji: typing.TypeAlias = "str | emojis.Emoji"
_EmojiId: typing.TypeAlias = "snowflakes.SnowflakeishOr | undefined.UndefinedType"


def _reaction_route(
    route: routes.Route,
    channel: snowflakes.SnowflakeishOr,
    message: snowflakes.SnowflakeishOr,
    emoji: _Emoji,
    emoji_id: _EmojiId,
    **more: snowflakes.SnowflakeishOr,
) -> routes.CompiledRoute:
    # The emoji first: a bad one is refused before any ID is read.
    path = emoji_path(emoji, emoji_id)
    ids = {name: snowflakes.snowflake_of(value) for name, value in more.items()}
    return route.compile(
        channel=snowflakes.snowflake_of(channel), message=snowflakes.snowflake_of(message), emoji=path, **ids
    )


class ReactionEndpoints(rest_api.RESTClient):
    """`add_reaction`, `delete_my_reaction`, `delete_reaction`, `delete_all_reactions`,
    `delete_all_reactions_for_emoji`, `fetch_reactions_for_emoji`."""

    __slots__ = ()

    async def add_reaction(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        emoji: str | emojis.Emoji,
        emoji_id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """React to a message as the bot. Needs READ_MESSAGE_HISTORY in the channel, and
        ADD_REACTIONS when nobody has reacted with this emoji yet; a message holds at most 20
        different emojis (`BadRequestError`, code 30010).

        ```python
        for emoji in ("1️⃣", "2️⃣", "<:party:123456789012345678>"):
            await rest.add_reaction(channel_id, message_id, emoji)
        ```
        """
        await self.request(_reaction_route(routes.PUT_MY_REACTION, channel, message, emoji, emoji_id))

    async def delete_my_reaction(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        emoji: str | emojis.Emoji,
        emoji_id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Take back the bot's own reaction (no permission needed).

        ```python
        await rest.delete_my_reaction(channel_id, message_id, "👍")
        ```
        """
        await self.request(_reaction_route(routes.DELETE_MY_REACTION, channel, message, emoji, emoji_id))

    async def delete_all_reactions_for_emoji(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        emoji: str | emojis.Emoji,
        emoji_id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Remove everyone's reactions with one emoji. Needs MANAGE_MESSAGES in the channel.

        ```python
        await rest.delete_all_reactions_for_emoji(channel_id, message_id, "party", emoji_id=123)
        ```
        """
        await self.request(_reaction_route(routes.DELETE_REACTION_EMOJI, channel, message, emoji, emoji_id))

    async def delete_reaction(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        emoji: str | emojis.Emoji,
        emoji_id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Remove one user's reaction. Needs MANAGE_MESSAGES in the channel.

        ```python
        await rest.delete_reaction(channel_id, message_id, spammer_id, "🍆")
        ```
        """
        route = _reaction_route(routes.DELETE_REACTION_USER, channel, message, emoji, emoji_id, user=user)
        await self.request(route)

    async def delete_all_reactions(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> None:
        """Remove every reaction from a message. Needs MANAGE_MESSAGES in the channel.

        ```python
        await rest.delete_all_reactions(channel_id, message_id)
        ```
        """
        await self.request(routes.compile_ids(routes.DELETE_ALL_REACTIONS, channel=channel, message=message))

    def fetch_reactions_for_emoji(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        emoji: str | emojis.Emoji,
        emoji_id: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reaction_type: messages.ReactionType | int | undefined.UndefinedType = _UNDEFINED,
    ) -> iterators.LazyIterator[users.User]:
        """The users who reacted with an emoji, by ascending ID, 100 a request as they are read.
        `reaction_type` picks `messages.ReactionType.NORMAL` reactions (Discord's default) or
        `BURST` (super) ones.

        ```python
        async for user in rest.fetch_reactions_for_emoji(channel_id, message_id, "👍"):
            print(user.username)
        ```
        """
        route = _reaction_route(routes.GET_REACTIONS, channel, message, emoji, emoji_id)
        query = {} if reaction_type is _UNDEFINED else {"type": str(int(reaction_type))}
        parse = functools.partial(users.User.from_payload, app=self)
        return pagination.paginate_route(
            self, route, parse, direction="after", page_size=_PAGE_SIZE, query=query
        )
