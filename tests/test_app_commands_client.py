"""Issue #20: the command layer answers real signed interactions from the emulated Discord."""

from __future__ import annotations

import asyncio
import enum
import typing

import attrs
import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.testing import InteractionResponse


class Colour(enum.Enum):
    RED = "red"
    DARK_BLUE = "blue"


@attrs.frozen
class Served:
    """A RESTBot with a command client, serving on loopback, and the emulated Discord behind it."""

    discord: EmulatedDiscord
    bot: hikari.RESTBot
    client: app_commands.Client

    async def send(self, payload: dict[str, typing.Any]) -> InteractionResponse:
        response = await self.discord.send_interaction(self.bot.interaction_server.urls[0], payload)
        await self.bot.interaction_server.close_continuations(5)  # what runs after the answer
        return response

    def followups(self, payload: dict[str, typing.Any]) -> list[str]:
        return [m["content"] for m in self.discord.interactions[payload["token"]].followups.values()]

    def original(self, payload: dict[str, typing.Any]) -> typing.Any:
        original = self.discord.interactions[payload["token"]].original
        return None if original is None else original.get("content")


@pytest.fixture
async def served(discord: EmulatedDiscord) -> typing.AsyncIterator[Served]:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=False)
    declare(client)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        yield Served(discord, bot, client)
    finally:
        await bot.close()


def declare(client: app_commands.Client) -> None:
    @client.slash("echo", "Repeat text")
    async def echo(
        ctx: app_commands.SlashContext,
        text: str = app_commands.option("What to say", max_length=50),
        times: int = app_commands.option("How often", min_value=1, default=1),
        colour: Colour | None = None,
        loud: bool = False,
    ) -> None:
        said = " ".join([text.upper() if loud else text] * times)
        await ctx.respond(f"{said} {colour.name if colour else ''}".strip(), ephemeral=loud)

    @client.slash("greet", "Greet someone")
    async def greet(
        ctx: app_commands.SlashContext, who: hikari.User, role: hikari.Role | None = None
    ) -> None:
        await ctx.respond(f"Hi {who.username}{' of ' + role.name if role else ''}!")
        await ctx.followup("(a followup after the answer)")

    @client.slash("slow", "Defers, then answers")
    async def slow(ctx: app_commands.SlashContext) -> None:
        await ctx.defer()
        await asyncio.sleep(0.05)
        await ctx.respond("done")  # completes the deferral
        await ctx.respond("and one more")  # a followup

    @client.slash("gen", "A generator handler")
    async def gen(
        ctx: app_commands.SlashContext,
    ) -> typing.AsyncIterator[hikari.impl.InteractionMessageBuilder]:
        yield ctx.interaction.build_response().set_content("yielded")
        await ctx.followup("after the yield")

    @client.slash("broken", "Raises")
    async def broken(ctx: app_commands.SlashContext) -> None:
        raise RuntimeError("boom")

    tag = client.group("tag", "Tags")

    @tag.command("show", "Show a tag")
    async def show(
        ctx: app_commands.SlashContext, name: str = app_commands.option("Which", autocomplete=True)
    ) -> None:
        await ctx.respond(
            f"tag {name}",
            component=hikari.impl.MessageActionRowBuilder().add_interactive_button(
                hikari.ButtonStyle.PRIMARY, helpful.custom_id(count=0), label="Helpful"
            ),
        )

    @show.autocomplete("name")
    async def names(ctx: app_commands.AutocompleteContext) -> list[str]:
        return [name for name in ("faq", "fanart", "rules") if name.startswith(ctx.value)]

    admin = tag.group("admin", "Admin tools")

    @admin.command("wipe", "Wipe tags")
    async def wipe(ctx: app_commands.SlashContext) -> None:
        await ctx.modal(
            "Really?",
            confirm.custom_id(what="tags"),
            hikari.impl.ModalActionRowBuilder().add_text_input("why", "Why"),
        )

    @client.component("helpful:{count:int}")
    async def helpful(ctx: app_commands.ComponentContext, count: int) -> None:
        await ctx.update(f"helpful x{count + 1}")

    @client.modal("confirm:{what}")
    async def confirm(ctx: app_commands.ModalContext, what: str) -> None:
        await ctx.respond(f"wiping {what} because {ctx.value('why')}", ephemeral=True)

    @client.user_command("Inspect")
    async def inspect(ctx: app_commands.UserContext) -> None:
        await ctx.respond(f"that is {ctx.target.username}")


def answer(response: InteractionResponse) -> tuple[int, typing.Any, int]:
    body = response.json()
    data = body.get("data") or {}
    return body["type"], data.get("content"), data.get("flags", 0)


async def test_options_arrive_typed_and_the_answer_is_the_http_response(served: Served) -> None:
    response = await served.send(payloads.slash_command("echo", {"text": "hi", "times": 2, "colour": "blue"}))
    assert response.status == 200
    assert answer(response) == (4, "hi hi DARK_BLUE", 0)
    loud = await served.send(payloads.slash_command("echo", {"text": "hi", "loud": True}))
    assert answer(loud) == (4, "HI", 64)


async def test_resolved_options_and_a_followup_after_the_answer(served: Served) -> None:
    payload = payloads.slash_command("greet", [payloads.option("who", "1234", type=6)])
    response = await served.send(payload)
    assert answer(response)[1].startswith("Hi ")
    assert served.followups(payload) == ["(a followup after the answer)"]


async def test_a_deferral_is_the_http_answer_and_respond_completes_it(served: Served) -> None:
    payload = payloads.slash_command("slow")
    response = await served.send(payload)
    assert answer(response) == (5, None, 0)
    assert served.original(payload) == "done"
    assert served.followups(payload) == ["and one more"]


async def test_a_generator_handler_yields_its_answer(served: Served) -> None:
    payload = payloads.slash_command("gen")
    assert answer(await served.send(payload)) == (4, "yielded", 0)
    assert served.followups(payload) == ["after the yield"]


async def test_subcommands_autocomplete_components_and_modals(served: Served) -> None:
    show = payloads.slash_command("tag", [payloads.subcommand("show", [payloads.option("name", "faq")])])
    response = await served.send(show)
    assert answer(response)[1] == "tag faq"
    button = response.json()["data"]["components"][0]["components"][0]
    assert button["custom_id"] == "helpful:0"
    typing_ = payloads.autocomplete(
        "tag", [payloads.subcommand("show", [payloads.option("name", "fa", focused=True)])]
    )
    suggestions = (await served.send(typing_)).json()
    assert suggestions == {
        "type": 8,
        "data": {"choices": [{"name": "faq", "value": "faq"}, {"name": "fanart", "value": "fanart"}]},
    }
    pressed = await served.send(payloads.button_press("helpful:4"))
    assert answer(pressed) == (7, "helpful x5", 0)
    wipe = payloads.slash_command("tag", [payloads.subcommand_group("admin", [payloads.subcommand("wipe")])])
    modal = (await served.send(wipe)).json()
    assert (modal["type"], modal["data"]["custom_id"]) == (9, "confirm:tags")
    submitted = await served.send(payloads.modal_submit("confirm:tags", {"why": "spring cleaning"}))
    assert answer(submitted) == (4, "wiping tags because spring cleaning", 64)


async def test_a_user_command_gets_its_target(served: Served) -> None:
    response = await served.send(payloads.user_command("Inspect"))
    assert answer(response)[1].startswith("that is ")


async def test_what_is_not_declared_is_refused_with_an_ephemeral_message(served: Served) -> None:
    unknown = await served.send(payloads.slash_command("nope"))
    assert answer(unknown) == (4, app_commands.UnknownCommandError().message, 64)
    stale = await served.send(payloads.slash_command("echo", {"text": 5}))
    assert answer(stale) == (4, app_commands.StaleCommandError().message, 64)
    missing = await served.send(payloads.slash_command("echo", {"times": 2}))
    assert answer(missing) == (4, app_commands.StaleCommandError().message, 64)
    old_button = await served.send(payloads.button_press("helpful:many"))
    assert answer(old_button) == (4, app_commands.UnknownComponentError().message, 64)


async def test_an_error_reaches_the_client_error_handler_then_the_bot(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    assert (await served.send(payloads.slash_command("broken"))).status == 500
    seen: list[str] = []

    async def on_error(ctx: app_commands.Context[typing.Any], exc: Exception) -> None:
        seen.append(str(exc))
        if ctx.command_key == "/broken":
            await typing.cast("app_commands.SlashContext", ctx).respond(
                "Something went wrong.", ephemeral=True
            )

    served.client.set_error_handler(on_error)
    assert answer(await served.send(payloads.slash_command("broken"))) == (4, "Something went wrong.", 64)
    assert seen == ["boom"]


async def test_the_declared_commands_are_synced_at_start_and_only_once(discord: EmulatedDiscord) -> None:
    put = "PUT /applications/{application}/commands"
    for _ in range(2):
        bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        declare(app_commands.Client(bot))
        await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
        await bot.close()
    names = sorted(command["name"] for command in discord.commands)
    assert names == ["Inspect", "broken", "echo", "gen", "greet", "slow", "tag"]
    assert len(discord.requests_to(put)) == 1


async def test_a_handler_may_return_its_builder_hikari_style(discord: EmulatedDiscord) -> None:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=False)

    @client.slash("typed", "Returns a builder")
    async def typed(ctx: app_commands.SlashContext) -> hikari.impl.InteractionMessageBuilder:
        return ctx.interaction.build_response().set_content("returned")

    @client.slash("untyped", "Returns a builder, unannotated")
    async def untyped(ctx):  # type: ignore[no-untyped-def] # as a hikari user ports it
        await asyncio.sleep(0)  # after a suspension too
        return ctx.interaction.build_response().set_content("returned later")

    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        served = Served(discord, bot, client)
        assert answer(await served.send(payloads.slash_command("typed"))) == (4, "returned", 0)
        assert answer(await served.send(payloads.slash_command("untyped"))) == (4, "returned later", 0)
    finally:
        await bot.close()


async def test_a_handler_that_never_answers_is_named_in_a_warning(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    @served.client.slash("silent", "Forgets to answer")
    async def silent(ctx: app_commands.SlashContext) -> None:
        pass

    response = await served.send(payloads.slash_command("silent"))
    assert response.status == 204
    assert "/silent returned without answering" in caplog.text
