"""Command sync: the diff of declared and registered commands (on payloads shaped as Discord's docs
show them), the emulator answering as Discord does, `sync_commands` against the emulated Discord
over loopback (a second sync writes nothing), and the one-syncer claim."""

from __future__ import annotations

import asyncio
import copy
import logging
import pathlib
import tempfile
import typing

import aiohttp
import pytest

from hikari_like import commands
from hikari_like import errors
from hikari_like import permissions
from hikari_like.app_commands import sync_claim
from hikari_like.app_commands.command_diff import diff_scope
from hikari_like.app_commands.command_diff import field_changes
from hikari_like.app_commands.store import LocalCommandStore
from hikari_like.app_commands.sync import sync_commands
from hikari_like.impl.builders import CommandBuilder
from hikari_like.impl.builders import ContextMenuCommandBuilder
from hikari_like.impl.builders import EntryPointCommandBuilder
from hikari_like.impl.builders import SlashCommandBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.snowflakes import Snowflake
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

GLOBAL_GET = "GET /applications/{application}/commands"
GLOBAL_PUT = "PUT /applications/{application}/commands"
GUILD_PUT = "PUT /applications/{application}/guilds/{guild}/commands"
STRING = commands.OptionType.STRING
OPTION = commands.CommandOption


def blep() -> SlashCommandBuilder:
    """The slash command of Discord's "Making a Global Command" example."""
    animals = [commands.CommandChoice(name=n, value=f"animal_{n.lower()}") for n in ("Dog", "Cat", "Penguin")]
    return SlashCommandBuilder(
        "blep",
        "Send a random adorable animal photo",
        options=[
            OPTION(
                type=STRING,
                name="animal",
                description="The type of animal",
                is_required=True,
                choices=animals,
            ),
            OPTION(
                type=commands.OptionType.BOOLEAN,
                name="only_smol",
                description="Whether to show only baby animals",
            ),
        ],
    )


def registered_blep() -> JSONObject:
    """`blep` as Discord answers `GET .../commands?with_localizations=true`: its own fields added,
    `required` only where true, nulls where nothing was set."""
    return {
        "id": "1111111111111111111",
        "application_id": "2222222222222222222",
        "version": "3333333333333333333",
        "default_member_permissions": None,
        "type": 1,
        "name": "blep",
        "name_localizations": None,
        "description": "Send a random adorable animal photo",
        "description_localizations": None,
        "dm_permission": True,
        "contexts": None,
        "integration_types": [0],
        "nsfw": False,
        "options": [
            {
                "type": 3,
                "name": "animal",
                "name_localizations": None,
                "description": "The type of animal",
                "description_localizations": None,
                "required": True,
                "choices": [
                    {"name": "Dog", "name_localizations": None, "value": "animal_dog"},
                    {"name": "Cat", "name_localizations": None, "value": "animal_cat"},
                    {"name": "Penguin", "name_localizations": None, "value": "animal_penguin"},
                ],
            },
            {
                "type": 5,
                "name": "only_smol",
                "name_localizations": None,
                "description": "Whether to show only baby animals",
                "description_localizations": None,
            },
        ],
    }


def registered_high_five() -> JSONObject:
    """Discord's guild USER command example ("High Five"), as a guild's list answers it."""
    return {
        "id": "4444444444444444444",
        "application_id": "2222222222222222222",
        "version": "5555555555555555555",
        "default_member_permissions": None,
        "type": 2,
        "name": "High Five",
        "name_localizations": None,
        "description": "",
        "description_localizations": None,
        "guild_id": "6666666666666666666",
        "contexts": None,
        "integration_types": [0],
        "nsfw": False,
    }


def registered_launch() -> JSONObject:
    """The entry point command Discord makes when Activities are enabled."""
    return {
        "id": "7777777777777777777",
        "application_id": "2222222222222222222",
        "version": "8888888888888888888",
        "default_member_permissions": None,
        "type": 4,
        "name": "launch",
        "description": "",
        "dm_permission": True,
        "contexts": [0, 1, 2],
        "integration_types": [0, 1],
        "nsfw": False,
        "handler": 2,
    }


# -- the diff ---------------------------------------------------------------------------------------


def test_a_command_as_discord_answers_it_is_unchanged() -> None:
    high_five = ContextMenuCommandBuilder(commands.CommandType.USER, "High Five")

    diff = diff_scope([blep(), high_five], [registered_blep(), registered_high_five()])

    assert not diff.has_changes
    assert diff.unchanged == ["/blep", "[user] High Five"]
    assert str(diff) == "global commands: up to date (2 commands)"


def test_a_changed_field_is_named_by_its_path_with_both_values() -> None:
    declared = blep()
    declared.add_option(OPTION(type=STRING, name="caption", description="Say something", max_length=200))
    registered = registered_blep()
    registered["options"].append(
        {"type": 3, "name": "caption", "description": "Say something", "max_length": 100}
    )

    diff = diff_scope([declared], [registered])

    assert diff.has_changes
    (change,) = diff.changed
    assert (change.name, change.type) == ("blep", commands.CommandType.SLASH)
    assert [(c.path, c.registered, c.declared) for c in change.changes] == [
        ("options[2].max_length", 100, 200)
    ]
    assert str(diff).splitlines() == [
        "global commands: 1 to change, 0 unchanged",
        "~ /blep  options[2].max_length: 100 -> 200",
    ]


def test_added_removed_and_the_kept_entry_point() -> None:
    tag = SlashCommandBuilder("tag", "Show a tag")
    old = {**registered_blep(), "name": "old", "options": []}

    diff = diff_scope([blep(), tag], [registered_blep(), old, registered_launch()])

    assert diff.added == ["/tag"]
    assert diff.removed == ["/old"]
    assert diff.kept == ["[entry point] launch"]
    assert str(diff).splitlines() == [
        "global commands: 1 to add, 1 to remove, 1 unchanged",
        "+ /tag",
        "- /old",
        "= [entry point] launch  (kept: entry point commands stay unless one is declared)",
    ]


def test_a_declared_entry_point_replaces_the_registered_one() -> None:
    play = EntryPointCommandBuilder("play", "Play the game")

    diff = diff_scope([play], [registered_launch()])

    assert (diff.added, diff.removed, diff.kept) == (["[entry point] play"], ["[entry point] launch"], [])


def test_commands_are_told_apart_by_type_and_name() -> None:
    user_blep = ContextMenuCommandBuilder(commands.CommandType.USER, "blep")

    diff = diff_scope([user_blep], [registered_blep()])

    assert (diff.added, diff.removed) == (["[user] blep"], ["/blep"])


def test_localizations_permissions_and_nsfw_are_compared() -> None:
    declared = (
        blep()
        .set_name_localizations({"fr": "blep-fr"})
        .set_default_member_permissions(permissions.Permissions.MANAGE_GUILD)
        .set_is_nsfw(True)
    )
    registered = {
        **registered_blep(),
        "default_member_permissions": "16",
        "name_localizations": {"de": "blep-de"},
    }

    changes = field_changes(registered, declared.build())

    assert [(c.path, c.registered, c.declared) for c in changes] == [
        ("name_localizations.fr", None, "blep-fr"),
        ("name_localizations.de", "blep-de", None),
        ("default_member_permissions", "16", "32"),
        ("nsfw", False, True),
    ]
    assert (
        field_changes(
            {
                **registered,
                "default_member_permissions": "32",
                "name_localizations": {"fr": "blep-fr"},
                "nsfw": True,
            },
            declared.build(),
        )
        == []
    )


def test_contexts_null_is_not_every_context_and_order_does_not_matter() -> None:
    registered = registered_blep()
    everywhere = blep().set_context_types([2, 0, 1])

    assert field_changes(registered, blep().build()) == []  # absent and null: Discord's default
    assert [c.path for c in field_changes(registered, everywhere.build())] == ["contexts"]
    assert field_changes({**registered, "contexts": [0, 1, 2]}, everywhere.build()) == []


def test_integration_types_are_compared_only_when_declared() -> None:
    # Discord fills them from the app's installation settings; a declaration without them accepts those.
    registered = {**registered_blep(), "integration_types": [0, 1]}

    assert field_changes(registered, blep().build()) == []
    changes = field_changes(registered, blep().set_integration_types([0]).build())
    assert [(c.path, c.registered, c.declared) for c in changes] == [("integration_types", [0, 1], [0])]


def test_fields_discord_adds_and_the_declaration_does_not_know_are_ignored() -> None:
    registered = registered_blep()
    registered["brand_new_field"] = {"x": 1}
    registered["options"][0]["name_localized"] = "animal"
    registered["options"][0]["another_new_field"] = True

    assert field_changes(registered, blep().build()) == []


def test_options_compare_in_order_and_subcommands_have_no_required() -> None:
    swapped = blep().build()
    swapped["options"].reverse()
    group: JSONObject = {
        "type": 1,
        "name": "tag",
        "description": "Tags",
        "options": [{"type": 1, "name": "show", "description": "Show one", "options": []}],
    }
    registered_group: JSONObject = copy.deepcopy(group)
    registered_group["options"][0].pop("options")
    registered_group["options"][0]["required"] = False

    assert [c.path for c in field_changes(registered_blep(), swapped)][:2] == [
        "options[0].type",
        "options[0].name",
    ]
    assert field_changes(registered_group, group) == []


def test_a_number_option_compares_its_values_as_numbers() -> None:
    declared = SlashCommandBuilder(
        "roll",
        "Roll",
        options=[
            OPTION(
                type=commands.OptionType.FLOAT, name="bias", description="How much", min_value=1, max_value=2
            )
        ],
    )
    registered = {**declared.build(), "id": "1", "version": "1"}
    registered["options"] = [{**registered["options"][0], "min_value": 1.0, "max_value": 2.0}]

    assert field_changes(registered, declared.build()) == []


def test_a_whole_option_added_shows_its_set_fields() -> None:
    declared = SlashCommandBuilder(
        "echo", "Echo", options=[OPTION(type=STRING, name="text", description="What")]
    )
    registered = {**declared.build(), "options": []}

    (change,) = diff_scope([declared], [registered]).changed
    assert [str(field) for field in change.changes] == [
        "options[0]: (none) -> {type: 3, name: 'text', description: 'What'}"
    ]


# -- the emulator answers as Discord does ------------------------------------------------------------


async def test_the_emulator_leaves_out_what_discord_leaves_out(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    body = [
        {
            "name": "echo",
            "description": "Echo",
            "default_member_permissions": 32,
            "options": [
                {
                    "type": 3,
                    "name": "text",
                    "description": "What",
                    "required": False,
                    "autocomplete": False,
                    "choices": [],
                }
            ],
        }
    ]
    await rest.request("PUT", f"/applications/{discord.application_id}/commands", json=body)

    (command,) = discord.commands
    assert command["default_member_permissions"] == "32"
    assert command["options"] == [{"type": 3, "name": "text", "description": "What"}]


async def test_the_emulator_keeps_the_version_of_an_unchanged_command(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    first = await rest.set_application_commands(discord.application_id, [blep()])
    same = await rest.set_application_commands(discord.application_id, [blep()])
    changed = await rest.set_application_commands(discord.application_id, [blep().set_is_nsfw(True)])

    assert first[0].version == same[0].version
    assert changed[0].version != first[0].version
    assert first[0].id == changed[0].id


async def test_the_list_answers_localizations_only_when_asked(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    path = f"{discord.url}/applications/{discord.application_id}/commands"
    headers = {"Authorization": f"Bot {discord.token}"}
    body = [
        {
            "name": "birthday",
            "description": "Wish a friend a happy birthday",
            "name_localizations": {"zh-CN": "生日"},
            "description_localizations": {"zh-CN": "祝你朋友生日快乐"},
            "options": [
                {
                    "type": 4,
                    "name": "age",
                    "description": "Your friend's age",
                    "name_localizations": {"zh-CN": "岁数"},
                }
            ],
        }
    ]
    async with session.put(path, json=body, headers=headers) as response:
        assert response.status == 200

    async with session.get(path, headers={**headers, "X-Discord-Locale": "zh-CN"}) as response:
        (localized,) = await response.json()
    async with session.get(path, params={"with_localizations": "true"}, headers=headers) as response:
        (full,) = await response.json()

    assert "name_localizations" not in localized
    assert (localized["name_localized"], localized["description_localized"]) == ("生日", "祝你朋友生日快乐")
    assert localized["options"][0]["name_localized"] == "岁数"
    assert "description_localized" not in localized["options"][0]
    assert full["name_localizations"] == {"zh-CN": "生日"}
    assert "name_localized" not in full


async def test_the_emulator_refuses_permissions_that_are_not_a_bit_set(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    body = [{"name": "echo", "description": "Echo", "default_member_permissions": "admins"}]

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("PUT", f"/applications/{discord.application_id}/commands", json=body)

    assert caught.value.code == 50035
    assert (
        caught.value.errors["0"]["default_member_permissions"]["_errors"][0]["code"] == "NUMBER_TYPE_COERCE"
    )


# -- sync_commands -----------------------------------------------------------------------------------


def rich_commands() -> list[CommandBuilder]:
    """Every kind of field a declaration can set, so that none of them reads as a change later."""
    tag = SlashCommandBuilder(
        "tag",
        "Tags",
        options=[
            OPTION(
                type=commands.OptionType.SUB_COMMAND,
                name="show",
                description="Show a tag",
                options=[
                    OPTION(
                        type=STRING, name="name", description="Which", is_required=True, autocomplete=True
                    ),
                    OPTION(
                        type=commands.OptionType.CHANNEL,
                        name="where",
                        description="Where",
                        channel_types=[5, 0],
                    ),
                ],
            ),
            OPTION(
                type=commands.OptionType.SUB_COMMAND_GROUP,
                name="admin",
                description="Manage tags",
                options=[
                    OPTION(type=commands.OptionType.SUB_COMMAND, name="wipe", description="Wipe them all")
                ],
            ),
        ],
    )
    roll = SlashCommandBuilder(
        "roll",
        "Roll dice",
        options=[
            OPTION(
                type=commands.OptionType.INTEGER,
                name="sides",
                description="Sides",
                min_value=2,
                max_value=100,
            ),
            OPTION(
                type=STRING,
                name="label",
                description="A label",
                min_length=1,
                max_length=50,
                name_localizations={"de": "etikett"},
            ),
            OPTION(
                type=commands.OptionType.FLOAT,
                name="luck",
                description="Luck",
                choices=[commands.CommandChoice(name="Some", value=0.5, name_localizations={"fr": "Un peu"})],
            ),
        ],
        description_localizations={"fr": "Lancer les dés"},
    )
    roll.set_default_member_permissions(
        permissions.Permissions.MANAGE_GUILD | permissions.Permissions.KICK_MEMBERS
    )
    roll.set_is_nsfw(True).set_context_types([0, 1]).set_integration_types([0, 1])
    info = ContextMenuCommandBuilder(
        commands.CommandType.USER, "User info", name_localizations={"fr": "Infos"}
    )
    return [tag, roll, info, blep()]


async def test_a_second_sync_writes_nothing(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = Snowflake(discord.guild_id)
    declared: dict[Snowflake | None, list[CommandBuilder]] = {
        None: rich_commands(),
        guild: [SlashCommandBuilder("admin", "Server admin")],
    }

    first = await sync_commands(rest, discord.application_id, declared)
    second = await sync_commands(rest, discord.application_id, declared)

    assert first.written == [None, guild]
    assert second.written == []
    assert not second.has_changes
    assert len(discord.requests_to(GLOBAL_PUT)) == 1
    assert len(discord.requests_to(GUILD_PUT)) == 1
    assert all(r.query == {"with_localizations": "true"} for r in discord.requests_to(GLOBAL_GET))
    assert [c["name"] for c in discord.commands] == ["tag", "roll", "User info", "blep"]
    assert str(second).splitlines()[-1] == "nothing to write"


async def test_only_the_scope_that_changed_is_written(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = Snowflake(discord.guild_id)
    await sync_commands(
        rest, discord.application_id, {None: [blep()], guild: [SlashCommandBuilder("a", "A")]}
    )

    report = await sync_commands(
        rest,
        discord.application_id,
        {None: [blep().set_is_nsfw(True)], guild: [SlashCommandBuilder("a", "A")]},
    )

    assert report.written == [None]
    assert len(discord.requests_to(GUILD_PUT)) == 1
    assert discord.commands[0]["nsfw"] is True
    assert str(report).splitlines() == [
        "global commands: 1 to change, 0 unchanged",
        "~ /blep  nsfw: False -> True",
        f"guild {guild} commands: up to date (1 command)",
        "wrote: global commands",
    ]


async def test_a_dry_run_tells_and_writes_nothing(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    report = await sync_commands(rest, discord.application_id, {None: [blep()]}, dry_run=True)

    assert report.dry_run
    assert report.written == [None]
    assert discord.requests_to(GLOBAL_PUT) == []
    assert discord.commands == []
    assert str(report).splitlines() == [
        "global commands: 1 to add, 0 unchanged",
        "+ /blep",
        "would write: global commands",
    ]


async def test_the_registered_entry_point_is_sent_back_unchanged(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    launch = await rest.create_application_command(discord.application_id, EntryPointCommandBuilder("Launch"))

    report = await sync_commands(rest, discord.application_id, {None: [blep()]})

    assert report.scopes[0].kept == ["[entry point] Launch"]
    (put,) = discord.requests_to(GLOBAL_PUT)
    assert [c["name"] for c in put.json] == ["blep", "Launch"]
    assert put.json[1]["id"] == str(launch.id)
    assert {c["name"]: c["id"] for c in discord.commands}["Launch"] == str(launch.id)
    again = await sync_commands(rest, discord.application_id, {None: [blep()]})
    assert again.written == []


async def test_an_empty_guild_scope_clears_it(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = Snowflake(discord.guild_id)
    await sync_commands(rest, discord.application_id, {guild: [SlashCommandBuilder("a", "A")]})

    report = await sync_commands(rest, discord.application_id, {guild: []})

    assert report.scopes[0].removed == ["/a"]
    assert discord.guild_commands[discord.guild_id] == []
    assert discord.requests_to(GUILD_PUT)[-1].json == []


async def test_a_set_discord_would_refuse_sends_nothing(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = Snowflake(discord.guild_id)

    with pytest.raises(errors.DiscordRuleError, match="entry point"):
        await sync_commands(
            rest, discord.application_id, {None: [blep()], guild: [EntryPointCommandBuilder("x")]}
        )

    assert discord.requests == []


async def test_the_diff_is_logged_at_info(
    discord: EmulatedDiscord, rest: RESTClientImpl, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="hikari_like.app_commands.sync"):
        await sync_commands(rest, discord.application_id, {None: [blep()]})

    messages = [record.getMessage() for record in caplog.records]
    assert "global commands: 1 to add, 0 unchanged\n+ /blep" in messages
    assert "wrote global commands (1 commands)" in messages


# -- who syncs ---------------------------------------------------------------------------------------


def test_the_sync_key_names_the_application_and_the_exact_commands() -> None:
    key = sync_claim.sync_key(123, {None: [blep()]})

    assert key == sync_claim.sync_key(Snowflake(123), {None: [blep()]})
    assert key.startswith("commands-sync:123:")
    assert key != sync_claim.sync_key(124, {None: [blep()]})
    assert key != sync_claim.sync_key(123, {None: [blep().set_is_nsfw(True)]})
    assert key != sync_claim.sync_key(123, {Snowflake(1): [blep()]})


@pytest.fixture
def lock_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> pathlib.Path:
    """Lock files in this test's own directory (they outlive the process, as they must)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.delenv(sync_claim.WORKER_INDEX_VARIABLE, raising=False)
    return tmp_path


async def test_without_a_shared_store_the_lock_file_lets_one_in_at_a_time(lock_dir: pathlib.Path) -> None:
    key = sync_claim.sync_key(1, {None: [blep()]})

    async with (
        sync_claim.claim_sync(key, store=LocalCommandStore()) as first,
        sync_claim.claim_sync(key, store=None) as second,
    ):
        pass
    async with sync_claim.claim_sync(key, store=None) as soon_after:
        pass

    assert (first, second, soon_after) == (True, False, False)
    assert pathlib.Path(sync_claim.lock_path(key)).parent == lock_dir


async def test_the_lock_file_remembers_a_finished_sync_for_ttl_seconds(lock_dir: pathlib.Path) -> None:
    key = sync_claim.sync_key(1, {None: [blep()]})
    async with sync_claim.claim_sync(key, store=None, ttl=0.05) as first:
        pass
    await asyncio.sleep(0.1)  # past the ttl
    async with sync_claim.claim_sync(key, store=None, ttl=0.05) as after_ttl:
        pass
    async with sync_claim.claim_sync(key, store=None, ttl=30.0) as within_ttl:
        pass

    assert (first, after_ttl, within_ttl) == (True, True, False)


async def test_a_sync_that_raised_is_not_remembered(lock_dir: pathlib.Path) -> None:
    key = sync_claim.sync_key(1, {None: [blep()]})

    async def failing_sync() -> None:
        async with sync_claim.claim_sync(key, store=None) as mine:
            assert mine
            raise errors.HTTPError("Discord was down", route="GET /x")

    with pytest.raises(errors.HTTPError):
        await failing_sync()
    async with sync_claim.claim_sync(key, store=None) as retried:
        pass

    assert retried


async def test_with_a_worker_index_only_worker_zero_syncs(
    lock_dir: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = sync_claim.sync_key(2, {None: [blep()]})
    results = []
    for index in ("1", "0", "3"):
        monkeypatch.setenv(sync_claim.WORKER_INDEX_VARIABLE, index)
        async with sync_claim.claim_sync(key, store=None) as mine:
            results.append(mine)

    assert results == [False, True, False]


async def test_claims_in_parallel_let_exactly_one_through(lock_dir: pathlib.Path) -> None:
    key = sync_claim.sync_key(3, {None: [blep()]})
    release = asyncio.Event()

    async def claim() -> bool:
        async with sync_claim.claim_sync(key, store=None) as mine:
            await release.wait()
            return mine

    tasks = [asyncio.create_task(claim()) for _ in range(4)]
    await asyncio.sleep(0)
    release.set()

    assert sorted(await asyncio.gather(*tasks)) == [False, False, False, True]


@pytest.mark.redis
async def test_with_a_shared_store_only_the_claimant_syncs_on_any_worker_index(
    lock_dir: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hikari_like.impl.rest.redis import RedisStore
    from tests.redis_server import running_redis

    key = sync_claim.sync_key(4, {None: [blep()]})
    with running_redis() as redis_server:
        stores = [RedisStore.from_url(redis_server.url) for _ in range(4)]
        try:
            results = []
            for index, store in enumerate(stores):
                # The store decides, not the worker index: worker 0 may well lose the claim.
                monkeypatch.setenv(sync_claim.WORKER_INDEX_VARIABLE, str(3 - index))
                async with sync_claim.claim_sync(key, store=store) as mine:
                    results.append(mine)
        finally:
            for store in stores:
                await store.close()

    assert results == [True, False, False, False]
