"""Issue #20: `testing.CommandSession` drives a command-layer bot by its declarations, over real
signed HTTP from the emulated Discord, and reads back what Discord received."""

from __future__ import annotations

import asyncio
import enum
import json
import typing

import pytest

import hikari_like as hikari
from hikari_like import app_commands
from hikari_like import impl
from hikari_like import testing
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import serving_in_loop

Permissions = hikari.Permissions
ResponseType = hikari.ResponseType


class Size(enum.Enum):
    SMALL = "s"
    LARGE = "l"


TEXT_CHANNEL = app_commands.option(
    "A text channel", channel_types=[hikari.ChannelType.GUILD_TEXT], default=None
)


def row() -> impl.MessageActionRowBuilder:
    return impl.MessageActionRowBuilder()


def declare(client: app_commands.Client) -> None:
    """A bot with a bit of everything the command layer offers."""

    @client.slash("echo", "Repeat text")
    async def echo(
        ctx: app_commands.SlashContext,
        text: str = app_commands.option("What to say", max_length=20),
        times: int = app_commands.option("How often", min_value=1, max_value=3, default=1),
        size: Size | None = None,
        ratio: float = 1.0,
        loud: bool = False,
    ) -> None:
        said = " ".join([text.upper() if loud else text] * times)
        await ctx.respond(f"{said} {size.name if size else '-'} {ratio}", ephemeral=loud)

    @client.slash("who", "People and places")
    async def who(
        ctx: app_commands.SlashContext,
        person: hikari.User,
        member: hikari.InteractionMember | None = None,
        role: hikari.Role | None = None,
        where: hikari.InteractionChannel | None = TEXT_CHANNEL,
        file: hikari.Attachment | None = None,
        anyone: hikari.User | hikari.Role | None = None,
    ) -> None:
        facts = {
            "person": person.username,
            "member_has_role": None if member is None or role is None else role.id in member.role_ids,
            "role": None if role is None else role.name,
            "where": None if where is None else where.name,
            "file": None if file is None else file.filename,
            "anyone": None if anyone is None else type(anyone).__name__,
        }
        await ctx.respond(json.dumps(facts))

    @client.slash("slow", "Defers, then answers")
    async def slow(ctx: app_commands.SlashContext) -> None:
        await ctx.defer(ephemeral=True)
        await asyncio.sleep(0.05)
        await ctx.respond("done")
        await ctx.respond("and one more")

    @client.slash("gen", "A generator handler")
    async def gen(ctx: app_commands.SlashContext) -> typing.AsyncIterator[impl.InteractionMessageBuilder]:
        yield ctx.interaction.build_response().set_content("yielded")
        await asyncio.sleep(0.05)
        await ctx.followup("after the yield")

    @client.slash("broken", "Raises")
    async def broken(ctx: app_commands.SlashContext) -> None:
        raise RuntimeError("boom")

    @client.slash("purge", "Moderators only")
    @app_commands.has_permissions(Permissions.MANAGE_MESSAGES)
    async def purge(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("purged")

    @client.slash("promote", "Needs the bot to manage roles")
    @app_commands.bot_has_permissions(Permissions.MANAGE_ROLES)
    async def promote(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("promoted")

    @client.slash("here", "Where am I")
    @app_commands.guild_only
    async def here(ctx: app_commands.SlashContext) -> None:
        await ctx.respond(f"guild {ctx.guild_id} channel {ctx.channel_id} user {ctx.user.username}")

    @client.slash("local", "Only in one guild", guilds=[1234])
    async def local(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("local")

    declare_tags(client)
    declare_routes(client)


def declare_tags(client: app_commands.Client) -> None:
    tag = client.group("tag", "Tags")

    @tag.command("show", "Show a tag")
    async def show(
        ctx: app_commands.SlashContext, name: str = app_commands.option("Which", autocomplete=True)
    ) -> None:
        rating = row().add_text_menu("rate", min_values=1, max_values=2)
        for value in ("1", "2", "3"):
            rating.add_option(f"{value} stars", value)
        await ctx.respond(
            f"tag {name}",
            components=[
                row().add_interactive_button(hikari.ButtonStyle.PRIMARY, "helpful:0", label="Helpful"),
                rating.parent,
                row().add_user_menu("assign", min_values=1, max_values=2),
                row().add_interactive_button(
                    hikari.ButtonStyle.SECONDARY, "gone", is_disabled=True, label="x"
                ),
            ],
        )

    @show.autocomplete("name")
    async def names(ctx: app_commands.AutocompleteContext) -> list[str]:
        return [name for name in ("faq", "fanart", "rules") if name.startswith(ctx.value)]

    @tag.command("suggest", "Suggest a tag")
    async def suggest(ctx: app_commands.SlashContext, name: str) -> None:
        kind = impl.TextSelectMenuBuilder(custom_id="kind", min_values=1, max_values=2)
        kind.add_option("Idea", "idea").add_option("Fix", "fix")
        await ctx.modal(
            "Suggest",
            f"suggest:{name}",
            impl.LabelComponentBuilder(
                label="Text", component=impl.TextInputBuilder(custom_id="text", max_length=50)
            ),
            impl.LabelComponentBuilder(label="Kind", component=kind),
            impl.LabelComponentBuilder(
                label="Public?", component=impl.CheckboxComponentBuilder(custom_id="public")
            ),
        )

    @tag.command("report", "Report a problem with a tag")
    async def report(ctx: app_commands.SlashContext) -> None:
        platform = impl.RadioGroupComponentBuilder(custom_id="platform").add_option("Linux", "linux")
        areas = impl.CheckboxGroupComponentBuilder(custom_id="areas", min_values=0, is_required=False)
        who = impl.SelectMenuBuilder(
            type=hikari.ComponentType.USER_SELECT_MENU, custom_id="who", min_values=1
        )
        await ctx.modal(
            "Report",
            "report",
            impl.LabelComponentBuilder(
                label="Evidence",
                component=impl.FileUploadComponentBuilder(custom_id="evidence", max_values=2),
            ),
            impl.LabelComponentBuilder(label="Who", component=who),
            impl.LabelComponentBuilder(label="Platform", component=platform.add_option("Mac", "mac")),
            impl.LabelComponentBuilder(
                label="Areas", component=areas.add_option("UI", "ui").add_option("Net", "net")
            ),
            impl.LabelComponentBuilder(
                label="Details", component=impl.TextInputBuilder(custom_id="details", required=False)
            ),
        )

    admin = tag.group("admin", "Admin tools")

    @admin.command("wipe", "Wipe tags")
    async def wipe(ctx: app_commands.SlashContext) -> None:
        await ctx.modal("Really?", "wipe", impl.ModalActionRowBuilder().add_text_input("why", "Why"))


def declare_routes(client: app_commands.Client) -> None:
    @client.component("helpful:{count:int}")
    async def helpful(ctx: app_commands.ComponentContext, count: int) -> None:
        button = row().add_interactive_button(
            hikari.ButtonStyle.PRIMARY, f"helpful:{count + 1}", label="More"
        )
        await ctx.update(f"helpful x{count + 1}", component=button)

    @client.component("rate")
    async def rate(ctx: app_commands.ComponentContext) -> None:
        await ctx.respond(f"rated {','.join(ctx.values)}", ephemeral=True)

    @client.component("assign")
    async def assign(ctx: app_commands.ComponentContext) -> None:
        resolved = ctx.interaction.resolved
        names = [] if resolved is None else sorted(user.username for user in resolved.users.values())
        await ctx.respond(f"assigned {' '.join(names)}")

    @client.component("ask:{name}")
    async def ask(ctx: app_commands.ComponentContext, name: str) -> None:
        await ctx.modal("Ask", f"asked:{name}", impl.ModalActionRowBuilder().add_text_input("q", "Question"))

    @client.modal("suggest:{name}")
    async def suggested(ctx: app_commands.ModalContext, name: str) -> None:
        await ctx.respond(
            f"{name}: {ctx.value('text')} ({','.join(ctx.value('kind'))}) public={ctx.value('public')}"
        )

    @client.modal("report")
    async def reported(ctx: app_commands.ModalContext) -> None:
        resolved = ctx.interaction.resolved
        assert resolved is not None
        facts = {
            "files": sorted(file.filename for file in resolved.attachments.values()),
            "who": [user.username for user in resolved.users.values()],
            "platform": ctx.value("platform"),
            "areas": list(ctx.value("areas")),
            "details": ctx.value("details"),
        }
        await ctx.respond(json.dumps(facts))

    @client.modal("wipe")
    async def wiped(ctx: app_commands.ModalContext) -> None:
        await ctx.respond(f"wiping because {ctx.value('why')}", ephemeral=True)

    @client.modal("asked:{name}")
    async def asked(ctx: app_commands.ModalContext, name: str) -> None:
        on = ctx.interaction.message
        await ctx.respond(f"{name}? {ctx.value('q')} (from message {on.id if on else None})")

    @client.user_command("Inspect")
    async def inspect(ctx: app_commands.UserContext) -> None:
        await ctx.respond(f"that is {ctx.target.username}")

    @client.message_command("Quote")
    async def quote(ctx: app_commands.MessageContext) -> None:
        await ctx.respond(f"> {ctx.target.content}")


def make_bot(discord: EmulatedDiscord, *, sync: bool = False) -> tuple[hikari.RESTBot, app_commands.Client]:
    bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    client = app_commands.Client(bot, sync_on_start=sync)
    declare(client)
    return bot, client


@pytest.fixture
async def client(discord: EmulatedDiscord) -> app_commands.Client:
    return make_bot(discord)[1]


@pytest.fixture
async def user(
    discord: EmulatedDiscord, client: app_commands.Client
) -> typing.AsyncIterator[testing.CommandSession]:
    async with testing.CommandSession(client, discord) as session:
        yield session


def alive(bot: hikari.RESTBot) -> bool:
    return bot.is_alive  # a call, so a type checker does not narrow it between two reads


def delivered(discord: EmulatedDiscord) -> int:
    return len(discord.interactions)


# ---- invoking --------------------------------------------------------------------------------------


async def test_options_by_parameter_name_arrive_typed(user: testing.CommandSession) -> None:
    reply = await user.invoke("echo", text="hi", times=2, size=Size.LARGE, ratio=0.5)
    assert (reply.status, reply.type, reply.content) == (200, ResponseType.MESSAGE_CREATE, "hi hi LARGE 0.5")
    assert not reply.is_ephemeral
    loud = await user.invoke("/echo", text="hi", loud=True, size="s")
    assert (loud.content, loud.is_ephemeral) == ("HI SMALL 1.0", True)
    assert loud.payload["data"]["options"] == [
        {"name": "text", "type": 3, "value": "hi"},
        {"name": "size", "type": 3, "value": "s"},
        {"name": "loud", "type": 5, "value": True},
    ]


async def test_people_roles_channels_and_files_resolve_from_the_emulator(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    kat = discord.add_user("kat")
    mods = discord.add_role("mods")
    discord.add_member(user_id=kat["id"], roles=[mods["id"]])
    lounge = discord.add_guild_channel("lounge")
    voice = discord.add_guild_channel("voice", type=2)
    reply = await user.invoke(
        "who",
        person=kat["id"],
        member=int(kat["id"]),
        role=mods,
        where=lounge,
        file="notes.txt",
        anyone=mods["id"],
    )
    assert json.loads(reply.content or "") == {
        "person": "kat",
        "member_has_role": True,
        "role": "mods",
        "where": "lounge",
        "file": "notes.txt",
        "anyone": "Role",
    }
    resolved = reply.payload["data"]["resolved"]
    assert resolved["members"][kat["id"]]["roles"] == [mods["id"]]
    assert "user" not in resolved["members"][kat["id"]]  # a resolved member, as Discord sends it
    assert resolved["channels"][lounge["id"]]["permissions"]  # the invoker's permissions there
    with pytest.raises(ValueError, match="type 2"):
        await user.invoke("who", person=kat["id"], where=voice["id"])


async def test_hikari_like_objects_from_the_bots_rest_client(
    discord: EmulatedDiscord, client: app_commands.Client, user: testing.CommandSession
) -> None:
    kat = await client.rest.fetch_user(discord.add_user("kat")["id"])
    role = next(iter(await client.rest.fetch_roles(discord.guild_id)))
    reply = await user.invoke("who", person=kat, role=role, anyone=role)
    facts = json.loads(reply.content or "")
    assert (facts["person"], facts["role"], facts["anyone"]) == ("kat", role.name, "Role")


async def test_a_user_outside_the_guild_has_no_member_entry(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    stranger = discord.add_user("stranger")
    reply = await user.invoke("who", person=stranger, anyone=stranger["id"])
    assert json.loads(reply.content or "")["anyone"] == "User"
    assert "members" not in reply.payload["data"]["resolved"]


async def test_subcommands_and_groups_nest_as_discord_sends_them(user: testing.CommandSession) -> None:
    reply = await user.invoke("tag show", name="faq")
    assert reply.content == "tag faq"
    assert reply.payload["data"]["name"] == "tag"
    assert reply.payload["data"]["options"] == [
        {"name": "show", "type": 1, "options": [{"name": "name", "type": 3, "value": "faq"}]}
    ]
    wipe = await user.invoke("tag admin wipe")
    assert wipe.payload["data"]["options"][0]["type"] == 2  # the subcommand group


async def test_mistakes_are_errors_before_anything_is_sent(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    before = delivered(discord)
    with pytest.raises(TypeError, match=r"no slash command /nope .*/echo.*/tag show"):
        await user.invoke("nope")
    with pytest.raises(TypeError, match=r"/tag is a group: .*/tag show"):
        await user.invoke("tag")
    with pytest.raises(TypeError, match="no option 'txt'"):
        await user.invoke("echo", txt="hi")
    with pytest.raises(TypeError, match="needs option 'text'"):
        await user.invoke("echo", times=2)
    with pytest.raises(TypeError, match="INTEGER: expected int"):
        await user.invoke("echo", text="hi", times="2")
    with pytest.raises(TypeError, match="expected bool"):
        await user.invoke("echo", text="hi", loud=1)
    with pytest.raises(ValueError, match="above its max_value 3"):
        await user.invoke("echo", text="hi", times=4)
    with pytest.raises(ValueError, match="longer than its max_length 20"):
        await user.invoke("echo", text="x" * 21)
    with pytest.raises(ValueError, match="not one of its choices"):
        await user.invoke("echo", text="hi", size="xl")
    with pytest.raises(TypeError, match="expected an ID"):
        await user.invoke("who", person="kat")
    with pytest.raises(TypeError, match="no user command 'Nope'"):
        await user.invoke_user_command("Nope", 1)
    with pytest.raises(ValueError, match="registered in guilds"):
        await user.invoke("local")
    form = await user.invoke("tag admin wipe")
    before = delivered(discord)
    with pytest.raises(ValueError, match="has no message to press a component on"):
        await user.press(form, "why")
    with pytest.raises(TypeError, match="the custom_id is missing"):
        await user.press(form)  # type: ignore[call-overload]
    assert delivered(discord) == before


async def test_a_deferral_its_completion_and_followups_are_what_discord_holds(
    user: testing.CommandSession,
) -> None:
    reply = await user.invoke("slow")
    assert reply.type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert reply.is_deferred
    assert (reply.content, reply.is_ephemeral) == ("done", True)  # the deferral, completed
    assert [message.content for message in reply.followups] == ["and one more"]
    generated = await user.invoke("gen")
    assert generated.content == "yielded"
    assert [message.content for message in generated.followups] == ["after the yield"]


async def test_a_handler_that_raises_answers_500(user: testing.CommandSession) -> None:
    reply = await user.invoke("broken")
    assert (reply.status, reply.type, reply.message) == (500, None, None)


async def test_context_menus_get_their_targets(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    kat = discord.add_user("kat")
    assert (await user.invoke_user_command("Inspect", kat["id"])).content == "that is kat"
    said = await user.invoke("echo", text="quotable")
    quoted = await user.invoke_message_command("Quote", said)
    assert quoted.content == "> quotable - 1.0"
    seeded = discord.seed_message(discord.channel_id, "from the channel")
    assert (await user.invoke_message_command("Quote", seeded["id"])).content == "> from the channel"


# ---- components ------------------------------------------------------------------------------------


async def test_a_button_on_the_reply_updates_that_message(user: testing.CommandSession) -> None:
    reply = await user.invoke("tag show", name="faq")
    assert reply.message is not None
    assert "helpful:0" in reply.message.custom_ids
    pressed = await user.press(reply, "helpful:0")
    assert (pressed.type, pressed.content) == (ResponseType.MESSAGE_UPDATE, "helpful x1")
    assert reply.content == "helpful x1"  # the same message, as Discord holds it now
    assert pressed.payload["message"]["id"] == str(reply.message.id)
    again = await user.press("helpful:1")  # found on the newest reply carrying it
    assert again.content == "helpful x2"


async def test_selects_take_values_checked_against_the_menu(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    reply = await user.invoke("tag show", name="faq")
    rated = await user.press(reply, "rate", values=["1", "3"])
    assert (rated.content, rated.is_ephemeral) == ("rated 1,3", True)
    kat, bo = discord.add_user("kat"), discord.add_user("bo")
    assigned = await user.press(reply, "assign", values=[kat, bo["id"]])
    assert assigned.content == "assigned bo kat"
    with pytest.raises(ValueError, match="'9' is not one of its options"):
        await user.press(reply, "rate", values=["9"])
    with pytest.raises(ValueError, match="1 to 2 values, got 3"):
        await user.press(reply, "rate", values=["1", "2", "3"])
    with pytest.raises(TypeError, match="pass the chosen values="):
        await user.press(reply, "rate")
    with pytest.raises(TypeError, match="is a button"):
        await user.press(reply, "helpful:0", values=["1"])
    with pytest.raises(ValueError, match="is disabled"):
        await user.press(reply, "gone")
    with pytest.raises(ValueError, match=r"has no component 'nope' \(it has: \['helpful:0', 'rate'"):
        await user.press(reply, "nope")


async def test_a_component_on_a_message_the_bot_never_sent(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    pressed = await user.press("helpful:7")
    assert pressed.content == "helpful x8"
    assert discord.messages[discord.channel_id][-1]["content"] == "helpful x8"  # the seeded message, updated
    rated = await user.press("rate", values=["2"])
    assert rated.content == "rated 2"
    unknown = await user.press("no-such-route")
    assert unknown.is_ephemeral
    assert unknown.content == app_commands.UnknownComponentError().message


# ---- modals ----------------------------------------------------------------------------------------


async def test_a_modal_is_filled_by_custom_id_and_submitted(user: testing.CommandSession) -> None:
    form = await user.invoke("tag suggest", name="faq")
    assert form.type is ResponseType.MODAL
    assert form.modal is not None
    assert (form.modal.title, form.modal.custom_id) == ("Suggest", "suggest:faq")
    assert list(form.modal.fields) == ["text", "kind", "public"]
    assert form.modal.labels == {"text": "Text", "kind": "Kind", "public": "Public?"}
    submitted = await user.submit(form, text="Mention the FAQ channel", kind="fix", public=True)
    assert submitted.content == "faq: Mention the FAQ channel (fix) public=True"
    unticked = await user.submit(form, {"text": "x", "kind": ["idea", "fix"]})
    assert unticked.content == "faq: x (idea,fix) public=False"
    with pytest.raises(TypeError, match=r"no field 'txt' \(its fields: text, kind, public\)"):
        await user.submit(form, txt="x")
    with pytest.raises(TypeError, match="field 'text' is required"):
        await user.submit(form, kind="idea")
    with pytest.raises(ValueError, match="'other' is not one of its options"):
        await user.submit(form, text="x", kind="other")
    with pytest.raises(ValueError, match="0 to 50 characters"):
        await user.submit(form, text="x" * 51, kind="idea")
    with pytest.raises(TypeError, match="MESSAGE_CREATE, not a modal"):
        await user.submit(await user.invoke("echo", text="hi"), text="x")


async def test_uploads_user_selects_radios_and_checkbox_groups_in_a_modal(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    form = await user.invoke("tag report")
    kat = discord.add_user("kat")
    reply = await user.submit(form, evidence=["shot.png", "log.txt"], who=kat, platform="mac", areas=["net"])
    assert json.loads(reply.content or "") == {
        "files": ["log.txt", "shot.png"],
        "who": ["kat"],
        "platform": "mac",
        "areas": ["net"],
        "details": "",
    }
    with pytest.raises(ValueError, match="takes 1 to 2 values, got 3"):
        await user.submit(form, evidence=["a.png", "b.png", "c.png"], who=kat, platform="mac")
    with pytest.raises(TypeError, match="field 'platform' is required"):
        await user.submit(form, evidence="a.png", who=kat)


async def test_the_older_action_row_modal_and_one_opened_by_a_button(user: testing.CommandSession) -> None:
    form = await user.invoke("tag admin wipe")
    wiped = await user.submit(form, why="spring cleaning")
    assert (wiped.content, wiped.is_ephemeral) == ("wiping because spring cleaning", True)
    assert wiped.payload["data"]["components"][0]["components"][0] == {
        "type": 4,
        "id": 2,
        "custom_id": "why",
        "value": "spring cleaning",
    }
    asked = await user.press("ask:cats")
    answered = await user.submit(asked, q="why?")
    assert answered.content == f"cats? why? (from message {asked.payload['message']['id']})"


# ---- autocomplete ----------------------------------------------------------------------------------


async def test_autocomplete_returns_the_bots_suggestions(user: testing.CommandSession) -> None:
    choices = await user.autocomplete("tag show", "name", "fa")
    assert [choice.value for choice in choices] == ["faq", "fanart"]
    assert [choice.name for choice in await user.autocomplete("tag show", "name")] == [
        "faq",
        "fanart",
        "rules",
    ]
    with pytest.raises(TypeError, match="no autocomplete option 'text'"):
        await user.autocomplete("echo", "text", "h")


# ---- who and where ---------------------------------------------------------------------------------


async def test_permissions_follow_the_emulators_roles(
    discord: EmulatedDiscord, user: testing.CommandSession
) -> None:
    refused = await user.invoke("purge")
    assert refused.is_ephemeral
    assert "manage messages" in (refused.content or "").lower()
    owner = user.as_user(discord.state.owner["id"])
    assert (await owner.invoke("purge")).content == "purged"
    mods = discord.add_role("mods", permissions=int(Permissions.MANAGE_MESSAGES))
    discord.add_member(user_id=user.user["id"], roles=[mods["id"]])
    assert (await user.invoke("purge")).content == "purged"
    assert (await user.invoke("promote")).content == "promoted"
    discord.bot_role()["permissions"] = "0"
    refused_bot = await user.invoke("promote")
    assert refused_bot.is_ephemeral
    assert "manage roles" in (refused_bot.content or "").lower()
    overridden = user.as_user(user.user["id"], app_permissions=Permissions.MANAGE_ROLES)
    assert (await overridden.invoke("promote")).content == "promoted"


async def test_a_dm_has_no_guild(discord: EmulatedDiscord, user: testing.CommandSession) -> None:
    in_guild = await user.invoke("here")
    assert in_guild.content == f"guild {discord.guild_id} channel {discord.channel_id} user tester"
    dm = user.as_user(user.user["id"], dm=True)
    refused = await dm.invoke("here")
    assert refused.is_ephemeral
    assert refused.payload.get("guild_id") is None
    assert refused.payload["user"]["username"] == "tester"


async def test_a_guild_command_in_its_guild(discord: EmulatedDiscord, client: app_commands.Client) -> None:
    discord.add_guild("elsewhere", guild_id=1234)
    channel = discord.add_guild_channel("there", guild_id=1234)
    async with testing.CommandSession(client, discord, channel_id=channel["id"]) as there:
        reply = await there.invoke("local")
    assert reply.content == "local"
    assert reply.payload["data"]["guild_id"] == "1234"


# ---- the bot's lifecycle and transports ------------------------------------------------------------


async def test_a_session_starts_only_a_stopped_bot_and_closes_what_it_started(
    discord: EmulatedDiscord,
) -> None:
    bot, client = make_bot(discord)
    async with testing.CommandSession(client, discord) as user:
        assert alive(bot)
        assert (await user.invoke("echo", text="a")).content == "a - 1.0"
    assert not alive(bot)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        async with testing.CommandSession(client, discord) as user:
            assert user.url == bot.interaction_server.urls[0]
        assert alive(bot)
    finally:
        await bot.close()


async def test_synced_commands_are_invoked_by_their_registered_id(discord: EmulatedDiscord) -> None:
    _, client = make_bot(discord, sync=True)
    async with testing.CommandSession(client, discord) as user:
        reply = await user.invoke("echo", text="a")
    registered = next(command for command in discord.commands if command["name"] == "echo")
    assert reply.payload["data"]["id"] == registered["id"]


async def test_work_that_outlasts_the_settle_timeout_is_an_error(
    discord: EmulatedDiscord, client: app_commands.Client
) -> None:
    @client.slash("forever", "Answers, then never finishes")
    async def forever(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("started")
        await asyncio.sleep(3600)  # cancelled when the session closes the bot

    async with testing.CommandSession(client, discord, settle_timeout=0.1) as user:
        with pytest.raises(TimeoutError, match="still working after its answer"):
            await user.invoke("forever")
        assert user.replies == []  # the reply is not handed out half-settled


async def test_raw_payloads_reach_the_bot_through_send(user: testing.CommandSession) -> None:
    unknown = await user.send(payloads.slash_command("nope"))
    assert unknown.content == app_commands.UnknownCommandError().message
    assert user.replies[-1] is unknown


async def test_an_asgi_bot_served_by_uvicorn(discord: EmulatedDiscord) -> None:
    bot = hikari.AsgiBot(discord.token, rest_url=discord.url)
    client = app_commands.Client(bot, sync_on_start=False)
    declare(client)
    async with serving_in_loop("uvicorn", bot) as base:
        with pytest.raises(TypeError, match="pass url="):
            await testing.CommandSession(client, discord).start()
        async with testing.CommandSession(client, discord, url=f"{base}/") as user:
            reply = await user.invoke("slow")
            assert (reply.content, [m.content for m in reply.followups]) == ("done", ["and one more"])
            assert (
                await user.press(await user.invoke("tag show", name="x"), "helpful:0")
            ).content == "helpful x1"
