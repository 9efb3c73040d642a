"""One WARNING for each "thinking..." deferral that is never completed while its token lasts.

A listener that answers with `build_deferred_response()` (or is deferred for by auto-defer, or
sends `DEFERRED_MESSAGE_CREATE` over REST) promises an edit. If the edit never comes, the user
stares at "thinking..." until Discord gives up, and nothing in the bot's logs says why. The
watch remembers each such deferral by its token and the listener that made it; the REST client
tells it when the token completes one (an edit of the original response, its deletion, or a
followup, which Discord shows in place of "thinking..."). A deferral still open when the token
expires is logged once, naming the listener. Deferrals still open at shutdown are dropped
silently: the bot stopping is not the listener's mistake.

```python
bot.interaction_server.deferral_watch.pending  # deferrals waiting for their answer right now
```
"""

from __future__ import annotations

__all__ = ["INTERACTION_TOKEN_LIFETIME", "DeferralWatch"]

import asyncio
import logging
import typing

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

INTERACTION_TOKEN_LIFETIME: typing.Final = 15 * 60.0
"""Seconds an interaction token lets the bot edit and follow up (Discord: 15 minutes)."""


class DeferralWatch:
    """Deferrals waiting for the answer they promised, by interaction token.

    `token_lifetime` is how long a deferral may stay open before it is reported (Discord's 15
    minutes; tests set it shorter).
    """

    __slots__ = ("_open", "token_lifetime")

    def __init__(self, token_lifetime: float = INTERACTION_TOKEN_LIFETIME) -> None:
        self.token_lifetime = token_lifetime
        self._open: dict[str, asyncio.TimerHandle] = {}

    @property
    def pending(self) -> int:
        """How many deferrals are waiting for their edit, followup or deletion."""
        return len(self._open)

    def deferred(self, token: str, interaction: object, listener: object) -> None:
        """Watch the deferral `listener` sent for `interaction` (whose token is `token`)."""
        if token in self._open:
            return  # auto-defer and the listener's own deferral: one promise, one watch
        what = _describe_interaction(interaction)
        who = _listener_name(listener, interaction)
        loop = asyncio.get_running_loop()
        self._open[token] = loop.call_later(self.token_lifetime, self._expired, token, what, who)

    def completed(self, token: str) -> None:
        """The REST client sent what completes the deferral with `token` (if one is watched)."""
        handle = self._open.pop(token, None)
        if handle is not None:
            handle.cancel()

    def close(self) -> None:
        """Stop watching every open deferral, without a warning (the bot is stopping)."""
        for handle in self._open.values():
            handle.cancel()
        self._open.clear()

    def _expired(self, token: str, what: str, who: str) -> None:
        del self._open[token]
        _LOGGER.warning(
            "%s was deferred by listener %s and never completed before its token expired (%.0f s): "
            'the user saw "thinking..." until Discord marked it failed. Complete a deferral with '
            "interaction.edit_initial_response(...), a followup (interaction.execute(...)), or "
            "interaction.delete_initial_response()",
            what,
            who,
            self.token_lifetime,
        )


def _listener_name(listener: object, interaction: object) -> str:
    # A router (the command layer's) names the handler it routes to rather than itself.
    name_for = getattr(getattr(listener, "__self__", None), "listener_name_for", None)
    routed = name_for(interaction) if callable(name_for) else None
    return routed or getattr(listener, "__qualname__", None) or repr(listener)


def _describe_interaction(interaction: object) -> str:
    command = getattr(interaction, "command_name", None)
    name = f" (command {command!r})" if isinstance(command, str) else ""
    return f"interaction {getattr(interaction, 'id', '?')}{name}"
