"""What the command layer raises: mistakes in a declaration, and why an invocation was refused.

```
DeclarationError (a TypeError)      a command, option, route or check is declared wrongly; raised
                                    when the module is imported, naming the handler and parameter
CommandRefused (a HikariLikeError)  an invocation did not pass a check; answered with an ephemeral
│                                   message (`Client.set_failure_messages`), the handler never runs
├── GuildOnlyError                  used outside a guild
├── MissingPermissionsError         the invoking member lacks `missing`
├── BotMissingPermissionsError      the application lacks `missing` in this channel
├── NotOwnerError                   the invoker does not own the application
├── OnCooldownError                 used again within the cooldown; `retry_after` seconds to wait
├── CheckFailedError                a custom check returned False
├── UnknownCommandError             Discord sent a command the bot does not declare
├── StaleCommandError               Discord's copy of a command differs from the declared one
└── UnknownComponentError           no route matches a component's or form's custom_id
```
"""

from __future__ import annotations

__all__ = [
    "BotMissingPermissionsError",
    "CheckFailedError",
    "CommandRefused",
    "DeclarationError",
    "GuildOnlyError",
    "MissingPermissionsError",
    "NotOwnerError",
    "OnCooldownError",
    "StaleCommandError",
    "UnknownCommandError",
    "UnknownComponentError",
]

import typing

from hikari_like import errors

if typing.TYPE_CHECKING:
    from hikari_like import permissions as permissions_


class DeclarationError(TypeError):
    """A command, option, custom_id route or check is declared wrongly.

    Raised at declaration time (when the decorator runs), never while answering Discord; the
    message names the handler and the parameter at fault.
    """


class CommandRefused(errors.HikariLikeError):
    """An invocation did not pass its checks or cooldown; the handler was not called.

    The client answers it with an ephemeral message built by its failure-message hook.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class GuildOnlyError(CommandRefused):
    """The command can only be used in a guild."""

    def __init__(self) -> None:
        super().__init__("This command can only be used in a server.")


class MissingPermissionsError(CommandRefused):
    """The invoking member lacks `missing` in this channel."""

    def __init__(self, missing: permissions_.Permissions) -> None:
        super().__init__(f"You need these permissions: {_names(missing)}.")
        self.missing = missing


class BotMissingPermissionsError(CommandRefused):
    """The application lacks `missing` in this channel."""

    def __init__(self, missing: permissions_.Permissions) -> None:
        super().__init__(f"I need these permissions here: {_names(missing)}.")
        self.missing = missing


class NotOwnerError(CommandRefused):
    """Only the application's owner (or its team members) may use the command."""

    def __init__(self) -> None:
        super().__init__("Only the owner of this app can use this command.")


class OnCooldownError(CommandRefused):
    """Used again too soon; `retry_after` is the seconds until the next use is allowed."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"Slow down: try again in {retry_after:.1f} s.")
        self.retry_after = retry_after


class CheckFailedError(CommandRefused):
    """A custom check said no."""

    def __init__(self, message: str = "You cannot use this command here.") -> None:
        super().__init__(message)


def _names(value: permissions_.Permissions) -> str:
    names = [(flag.name or str(flag.value)).replace("_", " ").lower() for flag in value.split()]
    return ", ".join(sorted(names)) or "none"


class UnknownCommandError(CommandRefused):
    """Discord sent a command this bot does not declare (its commands are being synced)."""

    def __init__(self) -> None:
        super().__init__("This command is not available right now. Try again in a minute.")


class StaleCommandError(CommandRefused):
    """Discord's copy of the command differs from the declared one (a sync is pending)."""

    def __init__(self) -> None:
        super().__init__("This command was just updated. Try again in a minute.")


class UnknownComponentError(CommandRefused):
    """No route matches the button, menu or form's custom_id (it is older than the bot's code)."""

    def __init__(self) -> None:
        super().__init__("This no longer works. Run the command again.")
