"""Issue #20: checks (guild only, the invoker's and the app's permissions, owner only, custom
predicates) against interactions parsed from realistic payloads.

The Client's end-to-end tests answer refusals over HTTP; here each check meets a context directly.
"""

from __future__ import annotations

import typing

import attrs
import pytest

import hikari_like
from hikari_like import app_commands
from hikari_like.app_commands import checks
from hikari_like.app_commands import errors
from hikari_like.permissions import Permissions
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from tests.helpers import APP

OWNER: typing.Final = 111
STRANGER: typing.Final = 222


def _client() -> app_commands.Client:
    bot = hikari_like.RESTBot("token", public_key=KeyPair.generate().public_key_hex, banner=None, logs=None)
    return app_commands.Client(bot, sync_on_start=False, owner_ids=[OWNER])


CLIENT: typing.Final = _client()
"""The client the contexts belong to (`owner_only` asks it for the owners)."""


def context(
    *,
    guild: bool = True,
    user_id: int = STRANGER,
    permissions: Permissions = Permissions.SEND_MESSAGES,
    app_permissions: Permissions | None = Permissions.SEND_MESSAGES,
) -> app_commands.Context[typing.Any]:
    origin: payloads.Origin = {"guild": guild, "user_id": user_id, "permissions": str(int(permissions))}
    if app_permissions is None:
        # Only payloads older than the field lack it; a component interaction then reads None.
        payload = payloads.button_press("vote:yes", **origin)
        del payload["app_permissions"]
        return app_commands.ComponentContext(
            hikari_like.ComponentInteraction.from_payload(payload, app=APP), CLIENT, "component:vote:yes"
        )
    origin["app_permissions"] = str(int(app_permissions))
    payload = payloads.slash_command("echo", **origin)
    return app_commands.SlashContext(
        hikari_like.CommandInteraction.from_payload(payload, app=APP), CLIENT, "/echo"
    )


def checks_of(decorate: typing.Callable[[typing.Any], typing.Any]) -> list[checks.CheckT]:
    async def handler(ctx: app_commands.Context[typing.Any]) -> None: ...

    return checks.pending_checks(decorate(handler))


async def refusal(
    found: list[checks.CheckT], ctx: app_commands.Context[typing.Any]
) -> errors.CommandRefused | None:
    try:
        await checks.run_checks(found, ctx)
    except errors.CommandRefused as refused:
        return refused
    return None


# -- guild_only ----------------------------------------------------------------------------------


async def test_guild_only_passes_in_a_guild_and_refuses_in_a_dm() -> None:
    found = checks_of(checks.guild_only)

    assert await refusal(found, context()) is None
    assert isinstance(await refusal(found, context(guild=False)), errors.GuildOnlyError)


# -- has_permissions -----------------------------------------------------------------------------


async def test_has_permissions_needs_every_permission_and_names_what_is_missing() -> None:
    found = checks_of(checks.has_permissions(Permissions.KICK_MEMBERS, Permissions.BAN_MEMBERS))
    both = Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS | Permissions.SEND_MESSAGES

    assert await refusal(found, context(permissions=both)) is None
    refused = await refusal(found, context(permissions=Permissions.KICK_MEMBERS))
    assert isinstance(refused, errors.MissingPermissionsError)
    assert refused.missing == Permissions.BAN_MEMBERS
    assert str(refused) == "You need these permissions: ban members."


async def test_has_permissions_lets_administrators_in_and_refuses_outside_guilds() -> None:
    found = checks_of(checks.has_permissions(Permissions.MANAGE_GUILD))

    assert await refusal(found, context(permissions=Permissions.ADMINISTRATOR)) is None
    assert isinstance(await refusal(found, context(guild=False)), errors.GuildOnlyError)


# -- bot_has_permissions -------------------------------------------------------------------------


async def test_bot_has_permissions_reads_the_apps_permissions_in_the_channel() -> None:
    found = checks_of(checks.bot_has_permissions(Permissions.MANAGE_ROLES | Permissions.EMBED_LINKS))

    allowed = Permissions.MANAGE_ROLES | Permissions.EMBED_LINKS
    assert await refusal(found, context(app_permissions=allowed)) is None
    # The member's own permissions do not matter: it is the app that acts.
    refused = await refusal(found, context(permissions=allowed, app_permissions=Permissions.EMBED_LINKS))
    assert isinstance(refused, errors.BotMissingPermissionsError)
    assert refused.missing == Permissions.MANAGE_ROLES
    assert await refusal(found, context(app_permissions=Permissions.ADMINISTRATOR)) is None


async def test_bot_has_permissions_passes_when_discord_sends_no_app_permissions() -> None:
    found = checks_of(checks.bot_has_permissions(Permissions.MANAGE_ROLES))

    assert await refusal(found, context(guild=False, app_permissions=None)) is None


# -- owner_only ----------------------------------------------------------------------------------


async def test_owner_only_lets_the_owners_in() -> None:
    found = checks_of(checks.owner_only)

    assert await refusal(found, context(user_id=OWNER)) is None
    assert isinstance(await refusal(found, context(user_id=STRANGER)), errors.NotOwnerError)


# -- check ---------------------------------------------------------------------------------------


async def test_a_custom_check_refuses_with_its_message_or_the_default() -> None:
    def in_a_guild(ctx: app_commands.Context[typing.Any]) -> bool:
        return ctx.guild_id is not None

    worded = checks_of(checks.check(in_a_guild, message="Servers only, please."))
    plain = checks_of(checks.check(in_a_guild))

    assert await refusal(worded, context()) is None
    refused = await refusal(worded, context(guild=False))
    assert isinstance(refused, errors.CheckFailedError)
    assert str(refused) == "Servers only, please."
    assert str(await refusal(plain, context(guild=False))) == str(errors.CheckFailedError())


async def test_a_custom_check_may_be_async_return_any_truth_or_raise_its_own_refusal() -> None:
    async def is_owner(ctx: app_commands.Context[typing.Any]) -> bool:
        return ctx.user.id in await ctx.client.fetch_owner_ids()

    def not_on_weekends(ctx: app_commands.Context[typing.Any]) -> bool:
        raise errors.CheckFailedError("Closed on weekends.")

    def member_or_none(ctx: app_commands.Context[typing.Any]) -> typing.Any:
        return ctx.member  # truthy in a guild, None in a DM

    assert await refusal(checks_of(checks.check(is_owner)), context(user_id=OWNER)) is None
    assert isinstance(await refusal(checks_of(checks.check(is_owner)), context()), errors.CheckFailedError)
    assert str(await refusal(checks_of(checks.check(not_on_weekends)), context())) == "Closed on weekends."
    assert await refusal(checks_of(checks.check(member_or_none)), context()) is None
    assert await refusal(checks_of(checks.check(member_or_none)), context(guild=False)) is not None


async def test_a_lambda_check_reads_the_context() -> None:
    found = checks_of(checks.check(lambda ctx: ctx.channel_id != 0))

    assert await refusal(found, context()) is None


def test_a_check_of_something_not_callable_is_a_declaration_error() -> None:
    with pytest.raises(errors.DeclarationError, match="function of the context"):
        checks.check(typing.cast("typing.Any", "is_admin"))


# -- order, stashing and declarations ------------------------------------------------------------


async def test_checks_run_in_the_order_written_and_stop_at_the_first_refusal() -> None:
    seen: list[str] = []

    def first(ctx: app_commands.Context[typing.Any]) -> bool:
        seen.append("first")
        return True

    def never(ctx: app_commands.Context[typing.Any]) -> bool:
        seen.append("never")
        return True

    @checks.check(first)
    @checks.guild_only
    @checks.check(never)
    async def handler(ctx: app_commands.Context[typing.Any]) -> None: ...

    found = checks.pending_checks(handler)
    assert [check.name for check in typing.cast("list[checks.Check]", found)] == [
        "check(first)",
        "guild_only",
        "check(never)",
    ]
    assert isinstance(await refusal(found, context(guild=False)), errors.GuildOnlyError)
    assert seen == ["first"]


async def test_plain_predicates_in_a_checks_list_run_too() -> None:
    def always(ctx: checks.CheckContext) -> bool:
        return True

    async def never(ctx: checks.CheckContext) -> bool:
        return False

    assert await refusal([always], context()) is None
    assert isinstance(await refusal([always, never], context()), errors.CheckFailedError)
    assert await refusal([], context()) is None


def test_pending_checks_are_a_copy_and_empty_for_an_undecorated_handler() -> None:
    @checks.guild_only
    async def handler(ctx: app_commands.Context[typing.Any]) -> None: ...

    async def bare(ctx: app_commands.Context[typing.Any]) -> None: ...

    checks.pending_checks(handler).clear()
    assert len(checks.pending_checks(handler)) == 1
    assert checks.pending_checks(bare) == []
    assert checks.pending_checks(object()) == []


@attrs.define
class Declaration:
    """What the command decorators return: a `checks` list (and a cooldown)."""

    checks: list[checks.CheckT] = attrs.field(factory=list)
    cooldown: object = None


def test_decorators_above_the_command_decorator_append_to_the_declaration() -> None:
    declared = Declaration(checks=checks_of(checks.guild_only))

    assert checks.owner_only(checks.has_permissions(Permissions.BAN_MEMBERS)(declared)) is declared
    assert [repr(check) for check in declared.checks] == [
        "<check guild_only>",
        "<check has_permissions(BAN_MEMBERS)>",
        "<check owner_only>",
    ]


def test_checks_are_named_for_logs() -> None:
    def is_mod(ctx: app_commands.Context[typing.Any]) -> bool:
        return True

    (named,) = checks_of(checks.check(is_mod))
    (both,) = checks_of(checks.has_permissions(Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS))
    (app,) = checks_of(checks.bot_has_permissions(Permissions.MANAGE_ROLES))

    assert repr(named) == "<check check(is_mod)>"
    assert repr(both) == "<check has_permissions(KICK_MEMBERS | BAN_MEMBERS)>"
    assert repr(app) == "<check bot_has_permissions(MANAGE_ROLES)>"


def test_mistakes_in_declaring_checks_are_declaration_errors() -> None:
    with pytest.raises(errors.DeclarationError, match="at least one permission"):
        checks.has_permissions()
    with pytest.raises(errors.DeclarationError, match="Permissions flags"):
        checks.bot_has_permissions(typing.cast("Permissions", 8))
    with pytest.raises(errors.DeclarationError, match="decorates a command handler"):
        checks.guild_only(42)
    with pytest.raises(errors.DeclarationError, match="decorates a command handler"):
        checks.owner_only(len)  # a builtin has nowhere to keep them
