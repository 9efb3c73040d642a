"""Issue #20: a declaration Discord would refuse fails when the decorator runs, with a
`DeclarationError` (a `TypeError`) naming the handler and the parameter at fault, and the client
is left as it was.
"""

from __future__ import annotations

import inspect
import typing

import pytest

import hikari_like as hikari
from hikari_like import app_commands

if typing.TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture
def client() -> app_commands.Client:
    return app_commands.Client(hikari.RESTBot("token", banner=None, logs=None), sync_on_start=False)


def refusal(declare: Callable[[], object]) -> str:
    """The message of the `DeclarationError` that `declare()` raises."""
    with pytest.raises(app_commands.DeclarationError) as caught:
        declare()
    assert isinstance(caught.value, TypeError)
    return str(caught.value)


def handler_with(name: str, options: dict[str, object]) -> Callable[..., typing.Any]:
    """`async def <name>(ctx, *, <option>: <annotation>, ...)`, for signatures too long to write out."""

    async def handler(ctx: app_commands.SlashContext, **options: typing.Any) -> None: ...

    handler.__qualname__ = name
    context = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [inspect.Parameter(option, keyword, annotation=kind) for option, kind in options.items()]
    handler.__signature__ = inspect.Signature([context, *parameters])  # type: ignore[attr-defined]
    handler.__annotations__ = dict(options)
    return handler


# -- options -------------------------------------------------------------------------------------


def test_a_parameter_without_an_annotation(client: app_commands.Client) -> None:
    async def echo(ctx: app_commands.SlashContext, text) -> None: ...  # type: ignore[no-untyped-def]

    message = refusal(lambda: client.slash("echo", "Echo")(echo))
    assert "echo" in message
    assert "'text'" in message
    assert "needs an annotation" in message
    assert not client.registry.slash  # nothing was declared


def test_an_annotation_with_no_option_type(client: app_commands.Client) -> None:
    async def tally(ctx: app_commands.SlashContext, counts: dict[str, int]) -> None: ...

    message = refusal(lambda: client.slash("tally", "Tally")(tally))
    assert "tally" in message
    assert "'counts'" in message
    assert "no Discord option type" in message


def test_a_literal_or_enum_that_discord_cannot_offer(client: app_commands.Client) -> None:
    async def mixed(ctx: app_commands.SlashContext, pick: typing.Literal["a", 1]) -> None: ...

    assert "'pick'" in refusal(lambda: client.slash("mixed", "Mixed")(mixed))


def test_variadic_and_positional_only_parameters(client: app_commands.Client) -> None:
    async def args(ctx: app_commands.SlashContext, *words: str) -> None: ...

    async def kwargs(ctx: app_commands.SlashContext, **extra: str) -> None: ...

    async def positional(ctx: app_commands.SlashContext, text: str, /) -> None: ...

    for handler, parameter in ((args, "'words'"), (kwargs, "'extra'"), (positional, "'text'")):
        message = refusal(lambda: client.slash("cmd", "Command")(handler))  # noqa: B023 (called at once)
        assert handler.__name__ in message
        assert parameter in message
        assert "by keyword" in message


@pytest.mark.parametrize("bad", ["Text", "x" * 33, "two words", "wh@t"])
def test_option_names_discord_refuses(client: app_commands.Client, bad: str) -> None:
    async def named(
        ctx: app_commands.SlashContext, text: str = app_commands.option("Text", name=bad)
    ) -> None: ...

    message = refusal(lambda: client.slash("named", "Named")(named))
    assert "named" in message
    assert "'text'" in message
    assert repr(bad) in message


def test_an_uppercase_parameter_name_needs_name(client: app_commands.Client) -> None:
    async def shout(ctx: app_commands.SlashContext, Text: str) -> None: ...

    message = refusal(lambda: client.slash("shout", "Shout")(shout))
    assert "'Text'" in message
    assert "pass name=" in message


@pytest.mark.parametrize("bad", ["Echo", "e" * 33, "two words", ""])
def test_command_and_group_names_discord_refuses(client: app_commands.Client, bad: str) -> None:
    async def echo(ctx: app_commands.SlashContext) -> None: ...

    assert repr(bad) in refusal(lambda: client.slash(bad, "Echo")(echo))
    assert repr(bad) in refusal(lambda: client.group(bad, "Tags"))
    tags = client.group("tags", "Tags")
    assert repr(bad) in refusal(lambda: tags.command(bad, "Show")(echo))
    assert repr(bad) in refusal(lambda: tags.group(bad, "Admin"))


@pytest.mark.parametrize("description", ["", "d" * 101])
def test_descriptions_of_1_to_100_characters(client: app_commands.Client, description: str) -> None:
    async def echo(ctx: app_commands.SlashContext) -> None: ...

    async def say(ctx: app_commands.SlashContext, text: str = app_commands.option("d" * 101)) -> None: ...

    assert "/echo" in refusal(lambda: client.slash("echo", description)(echo))
    assert "/tags" in refusal(lambda: client.group("tags", description))
    message = refusal(lambda: client.slash("say", "Say")(say))
    assert "say" in message
    assert "'text'" in message
    assert "101 characters" in message


def test_more_than_25_options(client: app_commands.Client) -> None:
    crowded = handler_with("crowded", {f"option_{index}": str for index in range(26)})
    message = refusal(lambda: client.slash("crowded", "Crowded")(crowded))
    assert "crowded" in message
    assert "26 options" in message
    client.slash("roomy", "Roomy")(handler_with("roomy", {f"option_{index}": str for index in range(25)}))


def test_more_than_25_choices(client: app_commands.Client) -> None:
    async def pick(
        ctx: app_commands.SlashContext, n: int = app_commands.option("N", choices=range(26))
    ) -> None: ...

    message = refusal(lambda: client.slash("pick", "Pick")(pick))
    assert "pick" in message
    assert "'n'" in message
    assert "26 choices" in message


def test_two_options_with_one_name(client: app_commands.Client) -> None:
    async def twice(
        ctx: app_commands.SlashContext,
        first: str = app_commands.option("First", name="same"),
        second: str = app_commands.option("Second", name="same"),
    ) -> None: ...

    message = refusal(lambda: client.slash("twice", "Twice")(twice))
    assert "twice" in message
    assert "'same'" in message


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"min_length": 1}, "min_length/max_length are for str options"),
        ({"max_length": 5}, "min_length/max_length are for str options"),
        ({"channel_types": [0]}, "channel_types is for channel options"),
        ({"min_value": 5, "max_value": 1}, "is above max_"),
        ({"choices": [1, "two"]}, "the value 'two', not an int"),
        ({"choices": [True, False]}, "the value True, not an int"),
        ({"min_value": "1"}, "the bound '1' is not an int"),
        ({"max_value": 2.5}, "the bound 2.5 is not an int"),
        ({"choices": {"x" * 101: 1}}, "1-100 characters"),
        ({"choices": [1], "autocomplete": True}, "choices or autocomplete, not both"),
    ],
)
def test_settings_an_int_option_cannot_have(
    client: app_commands.Client, setting: dict[str, typing.Any], expected: str
) -> None:
    async def count(ctx: app_commands.SlashContext, n: int = app_commands.option("N", **setting)) -> None: ...

    message = refusal(lambda: client.slash("count", "Count")(count))
    assert "count" in message
    assert "'n'" in message
    assert expected in message


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"min_value": 1}, "min_value/max_value are for int and float options"),
        ({"min_length": 5, "max_length": 1}, "is above max_"),
        ({"min_length": -1}, "0-6000"),
        ({"max_length": 6001}, "0-6000"),
        ({"max_length": 0}, "0-6000"),
        ({"choices": ["x" * 101]}, "1-100 characters"),
    ],
)
def test_settings_a_str_option_cannot_have(
    client: app_commands.Client, setting: dict[str, typing.Any], expected: str
) -> None:
    async def say(
        ctx: app_commands.SlashContext, text: str = app_commands.option("Text", **setting)
    ) -> None: ...

    message = refusal(lambda: client.slash("say", "Say")(say))
    assert "'text'" in message
    assert expected in message


async def suggest(ctx: app_commands.AutocompleteContext) -> list[str]:
    return []


def test_choices_and_autocomplete_only_where_discord_has_them(client: app_commands.Client) -> None:
    async def literal(
        ctx: app_commands.SlashContext,
        pick: typing.Literal["a", "b"] = app_commands.option("Pick", autocomplete=suggest),
    ) -> None: ...

    async def user(
        ctx: app_commands.SlashContext,
        who: typing.Annotated[hikari.User, app_commands.option("Who", autocomplete=True)],
    ) -> None: ...

    async def flag(
        ctx: app_commands.SlashContext, on: bool = app_commands.option("On", choices=[True])
    ) -> None: ...

    assert "not both" in refusal(lambda: client.slash("literal", "Literal")(literal))
    assert "autocomplete is for str, int and float" in refusal(lambda: client.slash("user", "User")(user))
    assert "choices are for str, int and float" in refusal(lambda: client.slash("flag", "Flag")(flag))


def test_autocomplete_set_later_must_fit_the_option(client: app_commands.Client) -> None:
    @client.slash("find", "Find")
    async def find(
        ctx: app_commands.SlashContext,
        who: hikari.User,
        colour: typing.Literal["red", "blue"] = "red",
        query: str = "",
    ) -> None: ...

    assert "no option 'missing'" in refusal(lambda: find.autocomplete("missing"))
    assert "'colour'" in refusal(lambda: find.autocomplete("colour"))
    assert "'who'" in refusal(lambda: find.autocomplete("who"))

    def not_async(ctx: app_commands.AutocompleteContext) -> list[str]:
        return []

    message = refusal(lambda: find.autocomplete("query")(not_async))  # type: ignore[type-var]
    assert "not_async" in message
    assert "async" in message
    assert find.autocompleters == {}


def test_an_autocomplete_handler_given_to_option_must_be_async(client: app_commands.Client) -> None:
    def not_async(ctx: app_commands.AutocompleteContext) -> list[str]:
        return []

    async def find(
        ctx: app_commands.SlashContext,
        query: str = app_commands.option("Query", autocomplete=not_async),  # type: ignore[arg-type]
    ) -> None: ...

    message = refusal(lambda: client.slash("find", "Find")(find))
    assert "'query'" in message
    assert "not_async" in message
    assert "async function" in message


def test_an_option_given_twice(client: app_commands.Client) -> None:
    async def both(
        ctx: app_commands.SlashContext,
        text: typing.Annotated[str, app_commands.option("In the annotation")] = app_commands.option(
            "As default"
        ),
    ) -> None: ...

    message = refusal(lambda: client.slash("both", "Both")(both))
    assert "'text'" in message
    assert "twice" in message


# -- handlers ------------------------------------------------------------------------------------


def test_a_handler_that_is_not_async(client: app_commands.Client) -> None:
    def plain(ctx: app_commands.SlashContext) -> None: ...

    def user(ctx: app_commands.UserContext) -> None: ...

    def button(ctx: app_commands.ComponentContext) -> None: ...

    for declare in (
        lambda: client.slash("plain", "Plain")(plain),  # type: ignore[type-var]
        lambda: client.group("tags", "Tags").command("plain", "Plain")(plain),  # type: ignore[type-var]
        lambda: client.user_command("User")(user),  # type: ignore[type-var]
        lambda: client.component("button")(button),  # type: ignore[type-var]
        lambda: client.modal("form")(button),  # type: ignore[type-var]
    ):
        message = refusal(declare)
        assert "must be an async function" in message
        assert ".plain" in message or ".user" in message or ".button" in message
    assert list(client.registry) == [client.registry.slash["tags"]]


def test_a_handler_without_a_context(client: app_commands.Client) -> None:
    async def lonely() -> None: ...

    assert "context" in refusal(lambda: client.slash("lonely", "Lonely")(lonely))  # type: ignore[type-var]
    assert "context" in refusal(lambda: client.user_command("Lonely")(lonely))  # type: ignore[type-var]
    assert "context" in refusal(lambda: client.component("lonely")(lonely))  # type: ignore[type-var]


def test_a_context_menu_handler_takes_the_context_only(client: app_commands.Client) -> None:
    async def inspect_user(ctx: app_commands.UserContext, reason: str) -> None: ...

    async def quote(ctx: app_commands.MessageContext, *, loud: bool = False) -> None: ...

    message = refusal(lambda: client.user_command("Inspect")(inspect_user))  # type: ignore[type-var]
    assert "inspect_user" in message
    assert "reason" in message
    assert "ctx.target" in message
    assert "loud" in refusal(lambda: client.message_command("Quote")(quote))
    assert "1-32" in refusal(lambda: client.message_command("q" * 33)(quote))


# -- groups and names ----------------------------------------------------------------------------


def test_a_group_without_subcommands_is_refused_when_built(client: app_commands.Client) -> None:
    tags = client.group("tags", "Tags")
    admin = tags.group("admin", "Admin")
    message = refusal(tags.to_builder)
    assert "/tags admin has no subcommands" in message

    @admin.command("wipe", "Wipe")
    async def wipe(ctx: app_commands.SlashContext) -> None: ...

    built = tags.to_builder().build()
    assert built["options"][0]["options"][0]["name"] == "wipe"
    client.group("empty", "Empty")
    assert "/empty has no subcommands" in refusal(client.declared_commands)


def test_a_subgroup_cannot_hold_a_group(client: app_commands.Client) -> None:
    admin = client.group("tags", "Tags").group("admin", "Admin")
    message = refusal(lambda: admin.group("deeper", "Deeper"))
    assert "/tags admin" in message
    assert "subgroup" in message


def test_a_group_holds_at_most_25_children_with_distinct_names(client: app_commands.Client) -> None:
    tags = client.group("tags", "Tags")

    async def show(ctx: app_commands.SlashContext) -> None: ...

    tags.command("show", "Show")(show)
    assert "'show'" in refusal(lambda: tags.command("show", "Again")(show))
    assert "'show'" in refusal(lambda: tags.group("show", "A group"))
    for index in range(24):
        tags.command(f"sub{index}", "Sub")(show)
    assert "25" in refusal(lambda: tags.command("one-more", "Too many")(show))


def test_a_name_declared_twice(client: app_commands.Client) -> None:
    @client.slash("echo", "Echo")
    async def echo(ctx: app_commands.SlashContext) -> None: ...

    async def echo_again(ctx: app_commands.SlashContext) -> None: ...

    message = refusal(lambda: client.slash("echo", "Echo again")(echo_again))
    assert "/echo is declared twice" in message
    assert "echo_again" in message
    assert "/echo" in refusal(lambda: client.group("echo", "A group"))
    assert client.registry.slash == {"echo": echo}

    @client.user_command("Inspect")
    async def inspect_user(ctx: app_commands.UserContext) -> None: ...

    @client.message_command("Inspect")  # another type: Discord allows the same name
    async def inspect_message(ctx: app_commands.MessageContext) -> None: ...

    async def inspect_again(ctx: app_commands.UserContext) -> None: ...

    assert "inspect_again" in refusal(lambda: client.user_command("Inspect")(inspect_again))


def test_two_routes_for_the_same_custom_ids(client: app_commands.Client) -> None:
    @client.component("role:{role_id:int}")
    async def give_role(ctx: app_commands.ComponentContext, role_id: int) -> None: ...

    async def take_role(ctx: app_commands.ComponentContext, other: int) -> None: ...

    message = refusal(lambda: client.component("role:{other:int}")(take_role))
    assert "role:{role_id:int}" in message
    assert "already routed" in message

    @client.modal("role:{role_id:int}")  # forms are routed apart from components
    async def role_form(ctx: app_commands.ModalContext, role_id: int) -> None: ...


def test_custom_id_captures_that_do_not_match_the_handler(client: app_commands.Client) -> None:
    async def missing(ctx: app_commands.ComponentContext) -> None: ...

    async def extra(ctx: app_commands.ComponentContext, page: int, size: int) -> None: ...

    async def defaulted(ctx: app_commands.ComponentContext, page: int, size: int = 10) -> None: ...

    message = refusal(lambda: client.component("page:{page:int}")(missing))
    assert "missing" in message
    assert "'page'" in message
    message = refusal(lambda: client.modal("page:{page:int}")(extra))  # type: ignore[type-var]
    assert "extra" in message
    assert "'size'" in message
    client.component("page:{page:int}")(defaulted)
    assert "integer" in refusal(lambda: client.component("p:{page:integer}")(defaulted))
