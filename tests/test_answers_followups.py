"""User-installed apps: the followup limit, forced-ephemeral answers, and resolved channels'
`app_permissions`.

Discord's docs: "Apps are limited to 5 followup messages per interaction if it was initiated
from a user-installed app and isn't installed in the server (meaning the authorizing integration
owners object only contains USER_INSTALL)" (receiving-and-responding, Create Followup Message),
error 40094 "This interaction has hit the maximum number of follow up messages"
(opcodes-and-status-codes); `USE_EXTERNAL_APPS` (1 << 50) "Allows user-installed apps to send
public responses. When disabled ... the responses will be ephemeral. This only applies to apps
not also installed to the server" (permissions), and a user-installed app cannot answer
publicly where the user may not send messages (application resource, User Context); resolved
partial channels carry `permissions` and `app_permissions` (receiving-and-responding).
"""

from __future__ import annotations

import typing

import aiohttp
import pytest

import hikari_like
from hikari_like import errors
from hikari_like.permissions import Permissions
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.rate_limits import RouteLimit
from tests.helpers import APP
from tests.helpers import TOKEN

FOLLOWUP = "POST /webhooks/{webhook}/{token}"
LIMIT_HIT: typing.Final = {
    "message": "This interaction has hit the maximum number of follow up messages",
    "code": 40094,
}
SEND_AND_EXTERNAL = Permissions.SEND_MESSAGES | Permissions.USE_EXTERNAL_APPS


@pytest.fixture
async def discord() -> typing.AsyncIterator[EmulatedDiscord]:
    """The emulated Discord with room for six followups at once (its webhook bucket holds five)."""
    async with EmulatedDiscord(
        token=TOKEN, rate_limits={FOLLOWUP: RouteLimit(limit=20, period=1)}
    ) as emulator:
        yield emulator


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


def user_installed(payload: dict[str, typing.Any], *, also_guild: bool = False) -> dict[str, typing.Any]:
    """`payload` as a user install (only, or besides the guild's) authorized it."""
    invoker = payload["member"]["user"] if "member" in payload else payload["user"]
    owners = {"1": invoker["id"]}
    if also_guild:
        owners["0"] = payload["guild_id"]
    payload["authorizing_integration_owners"] = owners
    return payload


def command(payload: dict[str, typing.Any]) -> hikari_like.CommandInteraction:
    return hikari_like.CommandInteraction.from_payload(payload, app=APP)


# -- the followup limit ----------------------------------------------------------------------------


def test_the_limit_is_five_only_for_a_user_install_alone() -> None:
    alone = command(user_installed(payloads.slash_command("x")))
    with_guild = command(user_installed(payloads.slash_command("x"), also_guild=True))
    guild_only = command(payloads.slash_command("x"))

    assert (alone.is_user_install_only, alone.followup_limit) == (True, 5)
    assert (with_guild.is_user_install_only, with_guild.followup_limit) == (False, None)
    assert (guild_only.is_user_install_only, guild_only.followup_limit) == (False, None)


async def sixth_followup(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, payload: dict[str, typing.Any]
) -> list[errors.DiscordRuleError]:
    """Answer `payload`, then try 6 followups; the rule errors raised."""
    refused: list[errors.DiscordRuleError] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[typing.Any, None]:
        yield interaction.build_response().set_content("answer")
        with pytest.raises(hikari_like.BadRequestError):
            await interaction.execute()  # an empty message: refused by Discord, so it does not count
        for number in range(1, 7):
            try:
                await interaction.execute(f"followup {number}")
            except errors.DiscordRuleError as error:
                refused.append(error)

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    await discord.send_interaction(url_of(bot), payload)
    await bot.interaction_server.close_continuations(grace_period=5)
    return refused


async def test_the_sixth_followup_of_a_user_install_is_refused_before_sending(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    payload = user_installed(payloads.slash_command("x"))

    refused = await sixth_followup(bot, discord, payload)

    assert [error.rule for error in refused] == ["followup_limit"]
    assert "40094" in str(refused[0])
    sent = discord.requests_to(FOLLOWUP)
    assert [request.status for request in sent] == [400, 200, 200, 200, 200, 200]  # the sixth never went
    assert [m["content"] for m in discord.followups[payload["token"]]] == [
        f"followup {n}" for n in range(1, 6)
    ]


async def test_a_guild_install_has_no_followup_limit(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    payload = user_installed(payloads.slash_command("x"), also_guild=True)

    refused = await sixth_followup(bot, discord, payload)

    assert refused == []
    assert len(discord.followups[payload["token"]]) == 6


async def post(
    session: aiohttp.ClientSession, url: str, body: dict[str, typing.Any]
) -> tuple[int, typing.Any]:
    async with session.post(url, json=body) as response:
        return response.status, await response.json() if response.content_type == "application/json" else None


@pytest.mark.parametrize(("owners", "sixth"), [({"1": "42"}, 400), ({"0": "7", "1": "42"}, 200)])
async def test_the_emulator_refuses_the_sixth_followup_of_a_user_install_alone(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, owners: dict[str, str], sixth: int
) -> None:
    issued = discord.issue_interaction()
    issued.authorizing_integration_owners = owners
    webhook = f"{discord.url}/webhooks/{discord.application_id}/{issued.token}"
    callback = f"{discord.url}/interactions/{issued.id}/{issued.token}/callback"
    assert (await post(session, callback, {"type": 4, "data": {"content": "answer"}}))[0] == 204

    statuses = [(await post(session, webhook, {"content": f"followup {n}"}))[0] for n in range(1, 6)]
    last = await post(session, webhook, {"content": "followup 6"})

    assert statuses == [200] * 5
    assert last[0] == sixth
    if sixth == 400:
        assert last[1] == LIMIT_HIT


# -- forced ephemeral --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("permissions", "forced"),
    [
        (Permissions.SEND_MESSAGES, True),
        (Permissions.USE_EXTERNAL_APPS, True),
        (SEND_AND_EXTERNAL, False),
        (Permissions.ADMINISTRATOR, False),
    ],
)
def test_a_user_install_in_a_guild_answers_publicly_only_with_use_external_apps(
    permissions: Permissions, forced: bool
) -> None:
    interaction = command(user_installed(payloads.slash_command("x", permissions=str(int(permissions)))))

    assert interaction.is_forced_ephemeral is forced


def test_in_a_thread_the_user_needs_to_send_in_threads() -> None:
    payload = user_installed(payloads.slash_command("x", permissions=str(int(SEND_AND_EXTERNAL))))
    payload["channel"]["type"] = 11  # GUILD_PUBLIC_THREAD

    assert command(payload).is_forced_ephemeral is True
    granted = SEND_AND_EXTERNAL | Permissions.SEND_MESSAGES_IN_THREADS
    payload["member"]["permissions"] = str(int(granted))
    assert command(payload).is_forced_ephemeral is False


def test_guild_installs_and_dms_are_never_forced() -> None:
    nothing = str(int(Permissions.NONE))
    guild_install = command(payloads.slash_command("x", permissions=nothing))
    both = command(user_installed(payloads.slash_command("x", permissions=nothing), also_guild=True))
    in_dm = command(user_installed(payloads.slash_command("x", guild=False)))

    assert [guild_install.is_forced_ephemeral, both.is_forced_ephemeral, in_dm.is_forced_ephemeral] == [
        False,
        False,
        False,
    ]


# -- resolved channels -----------------------------------------------------------------------------


def test_a_resolved_channel_has_the_apps_permissions() -> None:
    payload = payloads.slash_command("where", [payloads.option("channel", 123, type=7)])
    resolved = payload["data"]["resolved"]["channels"]
    (channel_payload,) = resolved.values()
    channel_payload["app_permissions"] = str(int(Permissions.SEND_MESSAGES))

    interaction = command(payload)

    assert interaction.resolved is not None
    (channel,) = interaction.resolved.channels.values()
    assert channel.app_permissions == Permissions.SEND_MESSAGES
    channel_payload["app_permissions"] = ["not", "a", "permission", "string"]
    (malformed,) = command(payload).resolved.channels.values()  # type: ignore[union-attr]
    assert malformed.app_permissions is None
