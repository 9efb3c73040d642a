"""Issue #20: mypy strict understands command handlers.

mypy runs over this file with `warn_unused_ignores`: each `type: ignore[...]` marks a mistake the
decorators' typing must reject (if it stops rejecting one, the ignore is unused and CI fails), and
each `typing.assert_type` is what mypy must infer. The tests run the same declarations, so the
runtime's verdict sits beside the type checker's: some mistakes only the type checker sees (the
handler would fail when Discord calls it), others both refuse.
"""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator
from collections.abc import Coroutine

import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like.impl import InteractionAutocompleteBuilder
from hikari_like.impl import InteractionDeferredBuilder
from hikari_like.impl import InteractionMessageBuilder
from hikari_like.impl import InteractionModalBuilder


def make_client() -> app_commands.Client:
    return app_commands.Client(hikari.RESTBot("token", banner=None, logs=None), sync_on_start=False)


# -- handlers that take the wrong context, or none -----------------------------------------------


async def takes_a_component_context(ctx: app_commands.ComponentContext) -> None: ...


async def takes_a_slash_context(ctx: app_commands.SlashContext) -> None: ...


async def takes_a_message_context(ctx: app_commands.MessageContext) -> None: ...


async def takes_a_modal_context(ctx: app_commands.ModalContext) -> None: ...


async def takes_nothing() -> None: ...


def is_not_async(ctx: app_commands.SlashContext) -> None: ...


def test_a_handler_taking_the_wrong_context_or_none() -> None:
    client = make_client()
    tags = client.group("tags", "Tags")

    # The runtime does not read the context's annotation: only the type checker sees these.
    client.slash("a", "A")(takes_a_component_context)  # type: ignore[type-var]
    tags.command("b", "B")(takes_a_modal_context)  # type: ignore[type-var]
    client.user_command("C")(takes_a_message_context)  # type: ignore[type-var]
    client.component("e")(takes_a_slash_context)  # type: ignore[type-var]
    client.modal("f")(takes_a_component_context)  # type: ignore[type-var]
    # A MessageContext is a SlashContext: a handler of any command's context takes it.
    client.message_command("D")(takes_a_slash_context)
    assert len(list(client.registry)) == 6  # (the group holds "b")

    # No context, or not async: both the type checker and the runtime refuse.
    with pytest.raises(app_commands.DeclarationError, match="context"):
        client.slash("g", "G")(takes_nothing)  # type: ignore[type-var]
    with pytest.raises(app_commands.DeclarationError, match="context"):
        client.component("h")(takes_nothing)  # type: ignore[type-var]
    with pytest.raises(app_commands.DeclarationError, match="async"):
        client.slash("i", "I")(is_not_async)  # type: ignore[type-var]


# -- handlers that answer with what Discord refuses ----------------------------------------------


async def modal_answering_a_modal(ctx: app_commands.ModalContext) -> InteractionModalBuilder:
    return InteractionModalBuilder("Again", "again")


async def modal_yielding_a_modal(ctx: app_commands.ModalContext) -> AsyncIterator[InteractionModalBuilder]:
    yield InteractionModalBuilder("Again", "again")


async def command_answering_suggestions(ctx: app_commands.SlashContext) -> InteractionAutocompleteBuilder:
    return InteractionAutocompleteBuilder([])


async def command_answering_a_number(ctx: app_commands.SlashContext) -> int:
    return 1


async def suggestions_answering_a_message(ctx: app_commands.AutocompleteContext) -> InteractionMessageBuilder:
    return InteractionMessageBuilder(hikari.ResponseType.MESSAGE_CREATE)


async def suggestions_from_a_generator(ctx: app_commands.AutocompleteContext) -> AsyncIterator[str]:
    yield "a"


# What Discord takes from each, accepted as it should be.
async def command_answering_a_modal(ctx: app_commands.SlashContext) -> InteractionModalBuilder:
    return InteractionModalBuilder("Form", "form")


async def button_yielding_a_modal(
    ctx: app_commands.ComponentContext,
) -> AsyncIterator[InteractionModalBuilder]:
    yield InteractionModalBuilder("Form", "form")


async def modal_deferring(ctx: app_commands.ModalContext) -> InteractionDeferredBuilder:
    return InteractionDeferredBuilder(hikari.ResponseType.DEFERRED_MESSAGE_UPDATE)


async def modal_answering_a_message(
    ctx: app_commands.ModalContext,
) -> AsyncIterator[InteractionMessageBuilder]:
    yield InteractionMessageBuilder(hikari.ResponseType.MESSAGE_CREATE)


async def suggestions(ctx: app_commands.AutocompleteContext) -> list[app_commands.Choice[int]]:
    return [app_commands.Choice("one", 1)]


async def suggestions_by_name(ctx: app_commands.AutocompleteContext) -> dict[str, float]:
    return {"half": 0.5}


def test_a_handler_answering_with_a_builder_discord_refuses() -> None:
    client = make_client()
    client.modal("a")(modal_answering_a_modal)  # type: ignore[type-var]
    client.modal("b")(modal_yielding_a_modal)  # type: ignore[type-var]
    client.slash("c", "C")(command_answering_suggestions)  # type: ignore[type-var]
    client.slash("d", "D")(command_answering_a_number)  # type: ignore[type-var]

    client.slash("e", "E")(command_answering_a_modal)
    client.component("f")(button_yielding_a_modal)
    client.modal("g")(modal_deferring)
    client.modal("h")(modal_answering_a_message)


def test_an_autocomplete_handler_answering_with_anything_but_suggestions() -> None:
    client = make_client()

    @client.slash("find", "Find")
    async def find(
        ctx: app_commands.SlashContext,
        a: str = app_commands.option("A", autocomplete=suggestions_answering_a_message),  # type: ignore[arg-type]
        b: int = app_commands.option("B", autocomplete=suggestions, default=1),
        c: float = app_commands.option("C", autocomplete=True, default=1.0),
        d: str = app_commands.option("D", autocomplete=True, default=""),
    ) -> None: ...

    find.autocomplete("c")(suggestions_by_name)
    with pytest.raises(app_commands.DeclarationError, match="async function"):
        find.autocomplete("d")(suggestions_from_a_generator)  # type: ignore[type-var]
    find.autocomplete("d")(suggestions_answering_a_message)  # type: ignore[type-var]
    assert set(find.autocompleters) == {"a", "b", "c", "d"}


# -- options whose default, choices or bounds do not fit the annotation ----------------------------


def test_an_option_setting_of_the_wrong_type() -> None:
    client = make_client()

    @client.slash("fits", "Every setting fits")
    async def fits(
        ctx: app_commands.SlashContext,
        name: str = app_commands.option("Name", default="anon", choices=["anon", "someone"]),
        count: int = app_commands.option("Count", min_value=1, max_value=10, default=1),
        ratio: float = app_commands.option("Ratio", min_value=0, max_value=2.5, default=1.0),
        size: int = app_commands.option("Size", choices=[app_commands.Choice("Small", 1)], default=1),
        level: int = app_commands.option("Level", choices={"Low": 1, "High": 2}, default=1),
        maybe: int | None = app_commands.option("Maybe", default=None),
        pick: typing.Literal["a", "b"] = app_commands.option("Pick", default="a"),
    ) -> None: ...

    async def wrong_default(
        ctx: app_commands.SlashContext,
        name: str = app_commands.option("Name", default=1),  # type: ignore[assignment]
    ) -> None: ...

    async def wrong_bound(
        ctx: app_commands.SlashContext,
        count: int = app_commands.option("Count", min_value="a"),  # type: ignore[assignment]
    ) -> None: ...

    async def wrong_choices(
        ctx: app_commands.SlashContext,
        count: int = app_commands.option("Count", choices=["one", "two"]),  # type: ignore[assignment]
    ) -> None: ...

    async def wrong_choice_objects(
        ctx: app_commands.SlashContext,
        count: int = app_commands.option("Count", choices=[app_commands.Choice("One", "1")]),  # type: ignore[assignment]
    ) -> None: ...

    async def not_a_choice(
        ctx: app_commands.SlashContext,
        pick: typing.Literal["a", "b"] = app_commands.option("Pick", default="c"),  # type: ignore[arg-type]
    ) -> None: ...

    # A default of the wrong type reaches only the handler (Discord never sees a default): the type
    # checker's to catch. Choices and bounds go to Discord, which the runtime checks too.
    client.slash("wrong-default", "Wrong default")(wrong_default)
    client.slash("not-a-choice", "Not a choice")(not_a_choice)
    for handler in (wrong_bound, wrong_choices, wrong_choice_objects):
        with pytest.raises(app_commands.DeclarationError, match="'count'"):
            client.slash("wrong", "Wrong")(handler)


# -- what mypy infers ------------------------------------------------------------------------------


async def echo(ctx: app_commands.SlashContext, text: str, times: int = 1) -> None:
    await ctx.respond(text * times)


async def gen(ctx: app_commands.SlashContext) -> AsyncIterator[InteractionMessageBuilder]:
    yield ctx.interaction.build_response().set_content("hi")


async def give_role(ctx: app_commands.ComponentContext, role_id: int) -> None: ...


async def suggest(ctx: app_commands.ModalContext, tag: str) -> None: ...


if typing.TYPE_CHECKING:
    from mypy_extensions import Arg
    from mypy_extensions import DefaultArg

    # The handlers' exact types, parameter names included (what a decorator must hand back).
    _Coroutine = Coroutine[typing.Any, typing.Any, None]
    EchoT = typing.Callable[
        [Arg(app_commands.SlashContext, "ctx"), Arg(str, "text"), DefaultArg(int, "times")], _Coroutine
    ]
    GenT = typing.Callable[[Arg(app_commands.SlashContext, "ctx")], AsyncIterator[InteractionMessageBuilder]]
    GiveRoleT = typing.Callable[[Arg(app_commands.ComponentContext, "ctx"), Arg(int, "role_id")], _Coroutine]
    SuggestT = typing.Callable[[Arg(app_commands.ModalContext, "ctx"), Arg(str, "tag")], _Coroutine]


def test_the_decorated_objects_keep_their_handlers_types() -> None:
    client = make_client()
    tags = client.group("tags", "Tags")
    plugin = app_commands.Plugin("extra")

    echoed = client.slash("echo", "Echo")(echo)
    typing.assert_type(echoed, "app_commands.SlashCommand[EchoT]")
    typing.assert_type(echoed.handler, "EchoT")
    generated = tags.command("gen", "Generated")(gen)
    typing.assert_type(generated, "app_commands.SlashCommand[GenT]")
    typing.assert_type(tags, app_commands.SlashGroup)
    typing.assert_type(tags.group("admin", "Admin"), app_commands.SlashGroup)
    route = plugin.component("role:{role_id:int}")(give_role)
    typing.assert_type(route, "app_commands.ComponentRoute[GiveRoleT]")
    typing.assert_type(route.custom_id(role_id=42), str)
    form = client.modal("suggest:{tag}")(suggest)
    typing.assert_type(form, "app_commands.ModalRoute[SuggestT]")
    assert (echoed.handler, generated.handler, route.handler, form.handler) == (echo, gen, give_role, suggest)
    assert route.custom_id(role_id=42) == "role:42"


def test_contexts_are_typed() -> None:
    client = make_client()

    @client.user_command("Inspect")
    async def inspect_user(ctx: app_commands.UserContext) -> None:
        typing.assert_type(ctx.target, hikari.User)
        typing.assert_type(ctx.target_member, hikari.InteractionMember | None)
        typing.assert_type(ctx.interaction, hikari.CommandInteraction)

    @client.message_command("Quote")
    async def quote(ctx: app_commands.MessageContext) -> None:
        typing.assert_type(ctx.target, hikari.Message)

    @client.slash("where", "Where am I")
    async def where(ctx: app_commands.SlashContext) -> None:
        typing.assert_type(ctx.user, hikari.User)
        typing.assert_type(ctx.member, hikari.InteractionMember | None)
        typing.assert_type(ctx.guild_id, hikari.Snowflake | None)
        typing.assert_type(ctx.channel_id, hikari.Snowflake)
        typing.assert_type(ctx.app_permissions, hikari.Permissions | None)
        typing.assert_type(ctx.client, app_commands.Client)
        typing.assert_type(ctx.command_key, str)
        typing.assert_type(await ctx.followup("more"), hikari.Message)
        typing.assert_type(await ctx.edit("changed"), hikari.Message)

    @client.component("page:{number:int}")
    async def page(ctx: app_commands.ComponentContext, number: int) -> None:
        typing.assert_type(ctx.interaction, hikari.ComponentInteraction)
        typing.assert_type(ctx.values, typing.Sequence[str])
        typing.assert_type(ctx.message, hikari.Message)

    @client.modal("form")
    async def form(ctx: app_commands.ModalContext) -> None:
        typing.assert_type(ctx.interaction, hikari.ModalInteraction)
        typing.assert_type(ctx.custom_id, str)

    async def names(ctx: app_commands.AutocompleteContext) -> list[str]:
        typing.assert_type(ctx.interaction, hikari.AutocompleteInteraction)
        typing.assert_type(ctx.value, str)
        typing.assert_type(ctx.options, typing.Mapping[str, object])
        return []

    assert [inspect_user.key, quote.key, where.key, page.key, form.key] == [
        "user:Inspect",
        "message:Quote",
        "/where",
        "component:page:{number:int}",
        "modal:form",
    ]
    assert names.__name__ == "names"
