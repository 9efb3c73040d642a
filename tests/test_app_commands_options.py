"""Issue #20: options read from a handler's annotations, told to Discord in its documented shape, and
handed to the handler typed when a real signed interaction arrives.

Every command built here is checked against the option structure of Discord's documentation
(docs/interactions/Application_Commands.md: "Application Command Option Structure"): the fields,
which option types each field is valid for, the naming rule, the lengths and the choice shape.
"""

from __future__ import annotations

import enum
import inspect
import re
import typing

import attrs
import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse

STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 9, 10, 11

# Discord's documented option fields, and the option types each may be set on.
_EVERY_TYPE: typing.Final = frozenset(range(1, 12))
_VALUE_TYPES: typing.Final = _EVERY_TYPE - {1, 2}
DOCUMENTED_FIELDS: typing.Final[dict[str, frozenset[int]]] = {
    "type": _EVERY_TYPE,
    "name": _EVERY_TYPE,
    "name_localizations": _EVERY_TYPE,
    "description": _EVERY_TYPE,
    "description_localizations": _EVERY_TYPE,
    "required": _VALUE_TYPES,
    "choices": frozenset({STRING, INTEGER, NUMBER}),
    "options": frozenset({1, 2}),
    "channel_types": frozenset({CHANNEL}),
    "min_value": frozenset({INTEGER, NUMBER}),
    "max_value": frozenset({INTEGER, NUMBER}),
    "min_length": frozenset({STRING}),
    "max_length": frozenset({STRING}),
    "autocomplete": frozenset({STRING, INTEGER, NUMBER}),
}
# `^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$`, lowercase where a letter has a lowercase form.
DISCORD_NAME: typing.Final = re.compile(r"^[-_'\w\u0900-\u097f\u0e00-\u0e7f]{1,32}$")
CHOICE_VALUE_TYPES: typing.Final[dict[int, tuple[type, ...]]] = {
    STRING: (str,),
    INTEGER: (int,),
    NUMBER: (int, float),
}


def assert_documented_option(option: dict[str, typing.Any]) -> None:
    """`option` is an option as Discord documents it (or the test says which rule it breaks)."""
    kind = option["type"]
    for field in option:
        assert field in DOCUMENTED_FIELDS, f"{field!r} is not an option field"
        assert kind in DOCUMENTED_FIELDS[field], f"{field!r} is not valid on option type {kind}"
    assert DISCORD_NAME.match(option["name"])
    assert option["name"] == option["name"].lower()
    assert 1 <= len(option["description"]) <= 100
    assert isinstance(option.get("required", False), bool)
    choices = option.get("choices", [])
    assert len(choices) <= 25
    assert not (choices and option.get("autocomplete")), "autocomplete may not be set with choices"
    for choice in choices:
        assert set(choice) <= {"name", "value", "name_localizations"}
        assert 1 <= len(choice["name"]) <= 100
        assert type(choice["value"]) in CHOICE_VALUE_TYPES[kind]
    for limit in ("min_length", "max_length"):
        assert 0 <= option.get(limit, 1) <= 6000
    assert all(isinstance(channel_type, int) for channel_type in option.get("channel_types", []))
    if kind in (1, 2):  # a subcommand's options, a group's subcommands
        nested = option.get("options", [])
        assert len(nested) <= 25
        assert (
            all(child["type"] == 1 for child in nested)
            if kind == 2
            else all(child["type"] > 2 for child in nested)
        )
        _assert_documented_options(nested)


def assert_documented_command(command: dict[str, typing.Any]) -> None:
    """A CHAT_INPUT command as Discord documents it, its required options before the optional ones."""
    assert command["type"] == 1
    assert DISCORD_NAME.match(command["name"])
    assert 1 <= len(command["description"]) <= 100
    _assert_documented_options(command.get("options", []))


def _assert_documented_options(options: list[dict[str, typing.Any]]) -> None:
    assert len(options) <= 25
    required = [option.get("required", False) for option in options]
    assert required == sorted(required, reverse=True), "required options must be listed first"
    assert len({option["name"] for option in options}) == len(options)
    for option in options:
        assert_documented_option(option)


# -- what Discord is told, annotation by annotation ---------------------------------------------


class Colour(enum.Enum):
    RED = "red"
    DARK_BLUE = "blue"


class Size(enum.IntEnum):
    SMALL = 1
    EXTRA_LARGE = 3


class Weight(float, enum.Enum):
    LIGHT = 0.5
    HEAVY = 2.0


class Mood(enum.StrEnum):
    CALM = "calm"
    ANGRY = "angry"


_NO_DEFAULT: typing.Final = inspect.Parameter.empty


def built_option(annotation: object, default: object = _NO_DEFAULT) -> dict[str, typing.Any]:
    """The option JSON for `async def probe(ctx, value: <annotation> = <default>)`.

    The annotation is set as an object, as a module without `from __future__ import annotations`
    has it; the end-to-end tests below read string annotations.
    """

    async def probe(ctx: app_commands.SlashContext, value: typing.Any) -> None: ...

    probe.__annotations__ = {"ctx": app_commands.SlashContext, "value": annotation, "return": None}
    probe.__defaults__ = None if default is _NO_DEFAULT else (default,)
    command = app_commands.SlashCommand.declare(probe, "probe", "A probe")
    built = command.to_builder().build()
    assert_documented_command(built)
    option: dict[str, typing.Any] = built["options"][0]
    return option


def _choices(*pairs: tuple[str, object]) -> list[dict[str, object]]:
    return [{"name": name, "value": value} for name, value in pairs]


ANNOTATIONS: typing.Final[list[tuple[object, int, dict[str, object]]]] = [
    (str, STRING, {}),
    (int, INTEGER, {}),
    (float, NUMBER, {}),
    (bool, BOOLEAN, {}),
    (hikari.User, USER, {}),
    (hikari.PartialUser, USER, {}),
    (hikari.InteractionMember, USER, {}),
    (hikari.Member, USER, {}),
    (hikari.Role, ROLE, {}),
    (hikari.InteractionChannel, CHANNEL, {}),
    (hikari.PartialChannel, CHANNEL, {}),
    (hikari.Attachment, ATTACHMENT, {}),
    (hikari.User | hikari.Role, MENTIONABLE, {}),
    (hikari.Role | hikari.User, MENTIONABLE, {}),
    (hikari.InteractionMember | hikari.Role, MENTIONABLE, {}),
    (typing.Literal["a", "b"], STRING, {"choices": _choices(("a", "a"), ("b", "b"))}),
    (typing.Literal[1, 2], INTEGER, {"choices": _choices(("1", 1), ("2", 2))}),
    (typing.Literal[0.5, 1.5], NUMBER, {"choices": _choices(("0.5", 0.5), ("1.5", 1.5))}),
    (Colour, STRING, {"choices": _choices(("Red", "red"), ("Dark Blue", "blue"))}),
    (Size, INTEGER, {"choices": _choices(("Small", 1), ("Extra Large", 3))}),
    (Weight, NUMBER, {"choices": _choices(("Light", 0.5), ("Heavy", 2.0))}),
    (Mood, STRING, {"choices": _choices(("Calm", "calm"), ("Angry", "angry"))}),
    (typing.Annotated[str, "not an option(...)"], STRING, {}),
]


@pytest.mark.parametrize(("annotation", "option_type", "extra"), ANNOTATIONS, ids=repr)
def test_each_annotation_is_the_documented_option(
    annotation: object, option_type: int, extra: dict[str, object]
) -> None:
    assert built_option(annotation) == {
        "type": option_type,
        "name": "value",
        "description": "value",
        "required": True,
        **extra,
    }


@pytest.mark.parametrize(("annotation", "option_type", "extra"), ANNOTATIONS, ids=repr)
def test_x_or_none_is_optional(annotation: object, option_type: int, extra: dict[str, object]) -> None:
    optional = built_option(annotation | None)  # type: ignore[operator]
    # `required` defaults to false in Discord's structure: an optional option leaves it out.
    assert optional == {"type": option_type, "name": "value", "description": "value", **extra}
    assert built_option(typing.Optional[annotation]) == optional  # noqa: UP045


def test_a_default_makes_an_option_optional_and_required_options_go_first() -> None:
    async def search(
        ctx: app_commands.SlashContext,
        limit: int = 10,
        *,
        exact: bool = app_commands.option("Exact matches only", default=False),
        query: str = app_commands.option("What to look for"),
        page: int | None = app_commands.option("Which page"),
        sort: typing.Literal["new", "old"] = "new",
    ) -> None: ...

    command = app_commands.SlashCommand.declare(search, "search", "Search")
    built = command.to_builder().build()
    assert_documented_command(built)
    assert [(option["name"], option.get("required", False)) for option in built["options"]] == [
        ("query", True),
        ("limit", False),
        ("exact", False),
        ("page", False),
        ("sort", False),
    ]
    assert command.defaults == {"limit": 10, "exact": False, "page": None, "sort": "new"}


def test_option_settings_reach_the_payload() -> None:
    async def settle(
        ctx: app_commands.SlashContext,
        text: str = app_commands.option(
            "What to say",
            name="texte",
            min_length=2,
            max_length=200,
            name_localizations={"fr": "texte", "de": "text"},
            description_localizations={"fr": "Que dire"},
        ),
        count: int = app_commands.option("How many", min_value=1, max_value=10, default=1),
        ratio: float = app_commands.option("How much", min_value=0.25, max_value=4, default=1.0),
        where: hikari.InteractionChannel | None = app_commands.option(
            "Where", channel_types=[hikari.ChannelType.GUILD_TEXT, 5]
        ),
    ) -> None: ...

    command = app_commands.SlashCommand.declare(settle, "settle", "Settings")
    built = command.to_builder().build()
    assert_documented_command(built)
    text, count, ratio, where = built["options"]
    assert text == {
        "type": STRING,
        "name": "texte",
        "description": "What to say",
        "required": True,
        "min_length": 2,
        "max_length": 200,
        "name_localizations": {"fr": "texte", "de": "text"},
        "description_localizations": {"fr": "Que dire"},
    }
    assert command.by_option["texte"].parameter == "text"
    assert count == {
        "type": INTEGER,
        "name": "count",
        "description": "How many",
        "min_value": 1,
        "max_value": 10,
    }
    assert (ratio["min_value"], ratio["max_value"]) == (0.25, 4)
    assert where == {"type": CHANNEL, "name": "where", "description": "Where", "channel_types": [0, 5]}


def test_choices_as_a_list_a_mapping_or_choice_objects() -> None:
    async def pick(
        ctx: app_commands.SlashContext,
        plain: str = app_commands.option("Plain", choices=["tea", "coffee"]),
        named: int = app_commands.option("Named", choices={"One": 1, "Two": 2}),
        localized: float = app_commands.option(
            "Localized", choices=[app_commands.Choice("Half", 0.5, name_localizations={"fr": "Moitié"})]
        ),
        members: Colour = app_commands.option("Some colours", choices=[Colour.DARK_BLUE]),
    ) -> None: ...

    built = app_commands.SlashCommand.declare(pick, "pick", "Pick").to_builder().build()
    assert_documented_command(built)
    assert [option["choices"] for option in built["options"]] == [
        _choices(("tea", "tea"), ("coffee", "coffee")),
        _choices(("One", 1), ("Two", 2)),
        [{"name": "Half", "value": 0.5, "name_localizations": {"fr": "Moitié"}}],
        _choices(("Dark Blue", "blue")),  # a member is shown by its name, as the enum's own choices
    ]


async def suggest_fruit(ctx: app_commands.AutocompleteContext) -> list[str]:
    return [fruit for fruit in ("apple", "apricot", "banana") if fruit.startswith(ctx.value)]


def test_autocomplete_given_as_a_handler_or_set_later() -> None:
    async def fruit(
        ctx: app_commands.SlashContext,
        name: str = app_commands.option("Which fruit", autocomplete=suggest_fruit),
        count: int = app_commands.option("How many", autocomplete=True, default=1),
    ) -> None: ...

    command = app_commands.SlashCommand.declare(fruit, "fruit", "Fruit")
    assert command.autocompleters == {"name": suggest_fruit}

    @command.autocomplete("count")
    async def counts(ctx: app_commands.AutocompleteContext) -> list[int]:
        return [1, 2, 3]

    built = command.to_builder().build()
    assert_documented_command(built)
    assert [option.get("autocomplete") for option in built["options"]] == [True, True]
    assert command.autocompleters == {"name": suggest_fruit, "count": counts}


def test_annotated_metadata_carries_the_option_settings() -> None:
    async def shout(
        ctx: app_commands.SlashContext,
        text: typing.Annotated[str, app_commands.option("What to shout", max_length=20)],
        times: typing.Annotated[int, "unrelated metadata", app_commands.option("How often", min_value=1)] = 2,
    ) -> None: ...

    command = app_commands.SlashCommand.declare(shout, "shout", "Shout")
    built = command.to_builder().build()
    assert_documented_command(built)
    assert built["options"] == [
        {"type": STRING, "name": "text", "description": "What to shout", "required": True, "max_length": 20},
        {"type": INTEGER, "name": "times", "description": "How often", "min_value": 1},
    ]
    assert command.defaults == {"times": 2}


def test_names_in_other_scripts_and_with_apostrophes_are_accepted() -> None:
    async def greet(
        ctx: app_commands.SlashContext,
        who: str = app_commands.option("Who", name="l'ami"),
        whom: str = app_commands.option("Whom", name="привет"),
        where: str = app_commands.option("Where", name="こんにちは"),
    ) -> None: ...

    built = app_commands.SlashCommand.declare(greet, "l'accueil", "Greet").to_builder().build()
    assert_documented_command(built)
    assert [option["name"] for option in built["options"]] == ["l'ami", "привет", "こんにちは"]


def test_groups_subcommands_and_command_settings() -> None:
    client = app_commands.Client(hikari.RESTBot("token", banner=None, logs=None), sync_on_start=False)
    tag = client.group(
        "tag",
        "Tags",
        default_member_permissions=hikari.Permissions.MANAGE_GUILD | hikari.Permissions.BAN_MEMBERS,
        contexts=[hikari.ApplicationContextType.GUILD],
        integration_types=[hikari.ApplicationIntegrationType.GUILD_INSTALL],
        nsfw=True,
        name_localizations={"fr": "étiquette"},
        description_localizations={"fr": "Étiquettes"},
    )

    @tag.command("show", "Show a tag", name_localizations={"fr": "montrer"})
    async def show(ctx: app_commands.SlashContext, name: str, raw: bool = False) -> None: ...

    @tag.group("admin", "Admin tools").command("wipe", "Wipe the tags")
    async def wipe(ctx: app_commands.SlashContext) -> None: ...

    @client.slash("open", "For everyone", default_member_permissions=hikari.Permissions.NONE)
    async def open_(ctx: app_commands.SlashContext) -> None: ...

    @client.slash(
        "admins", "Administrators only", default_member_permissions=hikari.Permissions.ADMINISTRATOR
    )
    async def admins(ctx: app_commands.SlashContext) -> None: ...

    built = {builder.name: builder.build() for builder in client.declared_commands()[None]}
    for command in built.values():
        assert_documented_command(command)
    assert built["tag"] == {
        "type": 1,
        "name": "tag",
        "description": "Tags",
        "name_localizations": {"fr": "étiquette"},
        "description_localizations": {"fr": "Étiquettes"},
        "default_member_permissions": str(
            int(hikari.Permissions.MANAGE_GUILD | hikari.Permissions.BAN_MEMBERS)
        ),
        "contexts": [0],
        "integration_types": [0],
        "nsfw": True,
        "options": [
            {
                "type": 1,
                "name": "show",
                "description": "Show a tag",
                "name_localizations": {"fr": "montrer"},
                "options": [
                    {"type": STRING, "name": "name", "description": "name", "required": True},
                    {"type": BOOLEAN, "name": "raw", "description": "raw"},
                ],
            },
            {
                "type": 2,
                "name": "admin",
                "description": "Admin tools",
                "options": [{"type": 1, "name": "wipe", "description": "Wipe the tags"}],
            },
        ],
    }
    # As in hikari, NONE (0) is not sent: open to everyone. ADMINISTRATOR keeps it to administrators.
    assert "default_member_permissions" not in built["open"]
    assert built["admins"]["default_member_permissions"] == "8"


# -- end to end: each kind arrives typed in the handler -----------------------------------------


@attrs.frozen
class Served:
    """A RESTBot with a command client serving on loopback, and the emulated Discord sending to it."""

    discord: EmulatedDiscord
    bot: hikari.RESTBot
    client: app_commands.Client
    received: dict[str, object]

    async def send(self, payload: dict[str, typing.Any]) -> InteractionResponse:
        self.received.clear()
        response = await self.discord.send_interaction(self.bot.interaction_server.urls[0], payload)
        await self.bot.interaction_server.close_continuations(5)
        return response


@pytest.fixture
async def served(discord: EmulatedDiscord) -> typing.AsyncIterator[Served]:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=False)
    received: dict[str, object] = {}
    declare_kinds(client, received)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        yield Served(discord, bot, client, received)
    finally:
        await bot.close()


def declare_kinds(client: app_commands.Client, received: dict[str, object]) -> None:
    @client.slash("kinds", "Every kind of option")
    async def kinds(
        ctx: app_commands.SlashContext,
        who: hikari.User,
        member: hikari.InteractionMember | None = None,
        role: hikari.Role | None = None,
        channel: hikari.InteractionChannel | None = None,
        file: hikari.Attachment | None = None,
        anyone: hikari.User | hikari.Role | None = None,
        colour: Colour | None = None,
        size: Size = Size.SMALL,
        ratio: float = 1.0,
        pick: typing.Literal["x", "y"] = "x",
        flag: bool = False,
    ) -> None:
        received.update(who=who, member=member, role=role, channel=channel, file=file, anyone=anyone)
        received.update(colour=colour, size=size, ratio=ratio, pick=pick, flag=flag)
        await ctx.respond("ok")

    @client.slash("fruit", "Fruit, suggested as you type")
    async def fruit(
        ctx: app_commands.SlashContext,
        name: str = app_commands.option("Which", name="fruit-name", autocomplete=suggest_fruit),
        count: int = app_commands.option("How many", autocomplete=True, default=1),
    ) -> None:
        received.update(name=name, count=count)
        await ctx.respond(f"{count} {name}")

    @fruit.autocomplete("count")
    async def counts(ctx: app_commands.AutocompleteContext) -> dict[str, int]:
        received.update(typed=ctx.value, others=dict(ctx.options))
        return {"one": 1, "a dozen": 12}


def resolved_option(name: str, kind: int, snowflake: int) -> dict[str, typing.Any]:
    return payloads.option(name, snowflake, type=kind)


async def test_resolved_objects_arrive_as_models(served: Served) -> None:
    payload = payloads.slash_command(
        "kinds",
        [
            resolved_option("who", USER, 1001),
            resolved_option("member", USER, 1002),
            resolved_option("role", ROLE, 2001),
            resolved_option("channel", CHANNEL, 3001),
            resolved_option("file", ATTACHMENT, 4001),
            resolved_option("anyone", MENTIONABLE, 1003),
        ],
    )
    response = await served.send(payload)
    assert response.json()["data"]["content"] == "ok"
    got = served.received
    assert isinstance(got["who"], hikari.User)
    assert got["who"].id == 1001
    assert isinstance(got["member"], hikari.InteractionMember)
    assert got["member"].id == 1002
    assert isinstance(got["role"], hikari.Role)
    assert got["role"].id == 2001
    assert isinstance(got["channel"], hikari.InteractionChannel)
    assert got["channel"].id == 3001
    assert isinstance(got["file"], hikari.Attachment)
    assert got["file"].id == 4001
    assert isinstance(got["anyone"], hikari.User)
    assert got["anyone"].id == 1003
    assert (got["colour"], got["size"], got["ratio"], got["pick"], got["flag"]) == (
        None,
        Size.SMALL,
        1.0,
        "x",
        False,
    )


async def test_a_mentionable_role_arrives_as_the_role(served: Served) -> None:
    # Discord resolves a mentionable that is a role among the roles only.
    payload = payloads.slash_command(
        "kinds", [resolved_option("who", USER, 1001), resolved_option("role", ROLE, 2002)]
    )
    payload["data"]["options"].append({"name": "anyone", "type": MENTIONABLE, "value": "2002"})
    await served.send(payload)
    anyone = served.received["anyone"]
    assert isinstance(anyone, hikari.Role)
    assert anyone.id == 2002


async def test_a_member_option_in_a_dm_is_none(served: Served) -> None:
    payload = payloads.slash_command(
        "kinds", [resolved_option("who", USER, 1001), resolved_option("member", USER, 1002)], guild=False
    )
    await served.send(payload)
    assert isinstance(served.received["who"], hikari.User)
    assert served.received["member"] is None


async def test_choices_arrive_as_enum_members_and_a_whole_number_as_a_float(served: Served) -> None:
    options = [
        resolved_option("who", USER, 1001),
        payloads.option("colour", "blue"),
        payloads.option("size", 3),
        payloads.option("ratio", 2, type=NUMBER),  # Discord sends a whole NUMBER as a JSON integer
        payloads.option("pick", "y"),
        payloads.option("flag", True),
    ]
    await served.send(payloads.slash_command("kinds", options))
    got = served.received
    assert got["colour"] is Colour.DARK_BLUE
    assert got["size"] is Size.EXTRA_LARGE
    assert got["ratio"] == 2.0
    assert type(got["ratio"]) is float
    assert (got["pick"], got["flag"]) == ("y", True)


async def test_a_value_that_left_the_enum_or_of_another_type_is_a_stale_command(served: Served) -> None:
    stale = app_commands.StaleCommandError().message
    for options in (
        [resolved_option("who", USER, 1001), payloads.option("colour", "green")],
        [resolved_option("who", USER, 1001), payloads.option("ratio", "2", type=NUMBER)],
        [resolved_option("who", USER, 1001), payloads.option("flag", 1, type=BOOLEAN)],
        [payloads.option("who", "1001", type=ROLE)],
    ):
        body = (await served.send(payloads.slash_command("kinds", options))).json()
        assert (body["data"]["content"], body["data"]["flags"]) == (stale, 64), options
        assert served.received == {}


async def test_an_option_named_apart_from_its_parameter_and_autocomplete_end_to_end(served: Served) -> None:
    answer = await served.send(payloads.slash_command("fruit", [payloads.option("fruit-name", "kiwi")]))
    assert answer.json()["data"]["content"] == "1 kiwi"

    typing_name = payloads.autocomplete("fruit", [payloads.option("fruit-name", "ap", focused=True)])
    assert (await served.send(typing_name)).json() == {
        "type": 8,
        "data": {"choices": [{"name": "apple", "value": "apple"}, {"name": "apricot", "value": "apricot"}]},
    }
    typing_count = payloads.autocomplete(
        "fruit", [payloads.option("fruit-name", "kiwi"), payloads.option("count", "1", focused=True)]
    )
    assert (await served.send(typing_count)).json() == {
        "type": 8,
        "data": {"choices": [{"name": "one", "value": 1}, {"name": "a dozen", "value": 12}]},
    }
    assert served.received == {"typed": "1", "others": {"fruit-name": "kiwi"}}
