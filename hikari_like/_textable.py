"""The message helpers hikari users call on a channel that takes messages (`channel.send(...)`,
`channel.fetch_history()`, `channel.pin_message(...)`), each one call of the REST client's endpoint.

A base of `channels.TextableChannel` (DMs, text, announcement and voice channels, threads).

```python
message = await channel.send("Deploy finished", embed=summary)
again = await channel.fetch_message(message)
async with channel.trigger_typing():
    report = await build_report()
await channel.delete_messages(await channel.fetch_history().limit(10))
```
"""

from __future__ import annotations

__all__ = ["TextableHelpers"]

import typing

from hikari_like.undefined import UNDEFINED

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import iterators
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import undefined
    from hikari_like.api.special_endpoints import ComponentBuilder
    from hikari_like.impl.rest.typing_indicator import TypingIndicator
    from hikari_like.internal import mentions


class TextableHelpers:
    """`send`, `fetch_message`, `fetch_history`, pins, `delete_messages` and `trigger_typing`, for
    channel models with an `app` and an `id`."""

    __slots__ = ()

    if typing.TYPE_CHECKING:
        app: traits.RESTAware
        id: snowflakes.Snowflake

    async def send(
        self,
        content: undefined.UndefinedOr[typing.Any] = UNDEFINED,
        *,
        attachment: undefined.UndefinedOr[files.Resourceish] = UNDEFINED,
        attachments: undefined.UndefinedOr[typing.Sequence[files.Resourceish]] = UNDEFINED,
        component: undefined.UndefinedOr[ComponentBuilder] = UNDEFINED,
        components: undefined.UndefinedOr[typing.Sequence[ComponentBuilder]] = UNDEFINED,
        embed: undefined.UndefinedOr[embeds_.Embed] = UNDEFINED,
        embeds: undefined.UndefinedOr[typing.Sequence[embeds_.Embed]] = UNDEFINED,
        sticker: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = UNDEFINED,
        stickers: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = UNDEFINED,
        nonce: undefined.UndefinedOr[str] = UNDEFINED,
        tts: undefined.UndefinedOr[bool] = UNDEFINED,
        reply: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = UNDEFINED,
        reply_must_exist: undefined.UndefinedOr[bool] = UNDEFINED,
        mentions_everyone: undefined.UndefinedOr[bool] = UNDEFINED,
        mentions_reply: undefined.UndefinedOr[bool] = UNDEFINED,
        user_mentions: undefined.UndefinedOr[mentions.MentionTargets] = UNDEFINED,
        role_mentions: undefined.UndefinedOr[mentions.MentionTargets] = UNDEFINED,
        flags: undefined.UndefinedType | int | messages.MessageFlag = UNDEFINED,
    ) -> messages.Message:
        """Send a message to this channel (`rest.create_message`, whose arguments these are)."""
        return await self.app.rest.create_message(
            self.id,
            content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            sticker=sticker,
            stickers=stickers,
            nonce=nonce,
            tts=tts,
            reply=reply,
            reply_must_exist=reply_must_exist,
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            flags=flags,
        )

    async def fetch_message(self, message: snowflakes.SnowflakeishOr) -> messages.Message:
        """One message of this channel (`rest.fetch_message`); `NotFoundError` if it is gone."""
        return await self.app.rest.fetch_message(self.id, message)

    def fetch_history(
        self,
        *,
        before: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = UNDEFINED,
        after: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = UNDEFINED,
        around: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = UNDEFINED,
    ) -> iterators.LazyIterator[messages.Message]:
        """This channel's messages (`rest.fetch_messages`): newest first, oldest first with `after`.

        ```python
        async for message in channel.fetch_history(after=yesterday):
            ...
        ```
        """
        return self.app.rest.fetch_messages(self.id, before=before, after=after, around=around)

    def trigger_typing(self) -> TypingIndicator:
        """Show "typing..." here (`rest.trigger_typing`): `await` it once or `async with` it."""
        return self.app.rest.trigger_typing(self.id)

    def fetch_pins(self) -> iterators.LazyIterator[messages.PinnedMessage]:
        """This channel's pins, most recently pinned first (`rest.fetch_pins`)."""
        return self.app.rest.fetch_pins(self.id)

    async def pin_message(self, message: snowflakes.SnowflakeishOr) -> None:
        """Pin one of this channel's messages (`rest.pin_message`)."""
        await self.app.rest.pin_message(self.id, message)

    async def unpin_message(self, message: snowflakes.SnowflakeishOr) -> None:
        """Unpin one of this channel's messages (`rest.unpin_message`)."""
        await self.app.rest.unpin_message(self.id, message)

    async def delete_messages(
        self,
        messages: snowflakes.SnowflakeishOr
        | typing.Iterable[snowflakes.SnowflakeishOr]
        | typing.AsyncIterable[snowflakes.SnowflakeishOr],
        /,
        *other_messages: snowflakes.SnowflakeishOr,
    ) -> None:
        """Delete messages of this channel (`rest.delete_messages`: 100 per request, under two weeks
        old; `BulkDeleteError` tells what was deleted if it stops midway)."""
        await self.app.rest.delete_messages(self.id, messages, *other_messages)
