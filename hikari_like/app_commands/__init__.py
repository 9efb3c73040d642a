"""hikari_like's command layer: commands, components and modals routed by declaration.

```python
import hikari_like as hikari
from hikari_like import app_commands

bot = hikari.RESTBot(token)
client = app_commands.Client(bot)


@client.slash("echo", "Repeat what you say")
@app_commands.cooldown(1, 5.0)
async def echo(
    ctx: app_commands.SlashContext,
    text: str = app_commands.option("What to say", max_length=200),
    ephemeral: bool = False,
) -> None:
    await ctx.respond(text, ephemeral=ephemeral)


@client.component("vote:{choice}")
async def vote(ctx: app_commands.ComponentContext, choice: str) -> None:
    await ctx.respond(f"You voted {choice}.", ephemeral=True)


bot.run()
```

Options come from the handler's annotations (`options`), answers go through the context
(`context`), custom_ids are patterns with typed captures (`custom_ids`), checks and cooldowns
guard handlers (`checks`, `cooldowns`), plugins split a bot over modules (`plugins`), and the
declared commands are synced to Discord at start, writing only what changed (`sync`). See
docs/commands.md.
"""

from __future__ import annotations

__all__ = [
    "AnswerableContext",
    "AutocompleteContext",
    "BotMissingPermissionsError",
    "BucketType",
    "Check",
    "CheckFailedError",
    "Choice",
    "Client",
    "CommandRefused",
    "CommandStore",
    "ComponentContext",
    "ComponentRoute",
    "Context",
    "ContextMenuCommand",
    "Cooldown",
    "CustomIdPattern",
    "DeclarationError",
    "GuildOnlyError",
    "LocalCommandStore",
    "MessageContext",
    "MissingPermissionsError",
    "ModalContext",
    "ModalRoute",
    "NotOwnerError",
    "OnCooldownError",
    "Plugin",
    "SlashCommand",
    "SlashContext",
    "ScopeDiff",
    "SlashGroup",
    "StaleCommandError",
    "SyncReport",
    "UnknownCommandError",
    "UnknownComponentError",
    "UserContext",
    "bot_has_permissions",
    "check",
    "cooldown",
    "guild_only",
    "has_permissions",
    "option",
    "owner_only",
]

from hikari_like.app_commands.checks import Check
from hikari_like.app_commands.checks import bot_has_permissions
from hikari_like.app_commands.checks import check
from hikari_like.app_commands.checks import guild_only
from hikari_like.app_commands.checks import has_permissions
from hikari_like.app_commands.checks import owner_only
from hikari_like.app_commands.client import AnswerableContext
from hikari_like.app_commands.client import Client
from hikari_like.app_commands.command_diff import ScopeDiff
from hikari_like.app_commands.context import AutocompleteContext
from hikari_like.app_commands.context import ComponentContext
from hikari_like.app_commands.context import Context
from hikari_like.app_commands.context import MessageContext
from hikari_like.app_commands.context import ModalContext
from hikari_like.app_commands.context import SlashContext
from hikari_like.app_commands.context import UserContext
from hikari_like.app_commands.cooldowns import BucketType
from hikari_like.app_commands.cooldowns import Cooldown
from hikari_like.app_commands.cooldowns import cooldown
from hikari_like.app_commands.custom_ids import CustomIdPattern
from hikari_like.app_commands.declarations import ComponentRoute
from hikari_like.app_commands.declarations import ContextMenuCommand
from hikari_like.app_commands.declarations import ModalRoute
from hikari_like.app_commands.declarations import SlashCommand
from hikari_like.app_commands.declarations import SlashGroup
from hikari_like.app_commands.errors import BotMissingPermissionsError
from hikari_like.app_commands.errors import CheckFailedError
from hikari_like.app_commands.errors import CommandRefused
from hikari_like.app_commands.errors import DeclarationError
from hikari_like.app_commands.errors import GuildOnlyError
from hikari_like.app_commands.errors import MissingPermissionsError
from hikari_like.app_commands.errors import NotOwnerError
from hikari_like.app_commands.errors import OnCooldownError
from hikari_like.app_commands.errors import StaleCommandError
from hikari_like.app_commands.errors import UnknownCommandError
from hikari_like.app_commands.errors import UnknownComponentError
from hikari_like.app_commands.options import Choice
from hikari_like.app_commands.options import option
from hikari_like.app_commands.plugins import Plugin
from hikari_like.app_commands.store import CommandStore
from hikari_like.app_commands.store import LocalCommandStore
from hikari_like.app_commands.sync import SyncReport
