"""The message helpers hikari users call on a channel that takes messages (`channel.send(...)`),
each one call of the REST client's message endpoint.

A base of `channels.TextableChannel` (DMs, text, announcement and voice channels, threads).

```python
message = await channel.send("Deploy finished", embed=summary)
again = await channel.fetch_message(message)
```
"""

from __future__ import annotations

__all__ = ["TextableHelpers"]

import typing

from hikari_like.undefined import UNDEFINED

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import undefined
    from hikari_like.api.special_endpoints import ComponentBuilder
    from hikari_like.internal import mentions


class TextableHelpers:
    """`send` and `fetch_message`, for channel models with an `app` and an `id`."""

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
