"""Every interaction kind, answered by a hikari-style listener through a real loopback server."""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like import impl
from hikari_like.testing import InteractionClient
from hikari_like.testing import payloads


async def test_slash_command_with_options_answers_with_embed_and_components(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        (subcommand,) = interaction.options or ()
        options = {option.name: option.value for option in subcommand.options or ()}
        embed = hikari_like.Embed(title="Tag", description=str(options["name"]), color=0x5865F2)
        row = impl.MessageActionRowBuilder().add_interactive_button(
            hikari_like.ButtonStyle.PRIMARY, "again", label="Again"
        )
        return (
            interaction.build_response()
            .set_content(f"{interaction.command_name} {subcommand.name} for {interaction.user.username}")
            .add_embed(embed)
            .add_component(row)
            .set_flags(hikari_like.MessageFlag.EPHEMERAL)
        )

    server.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("tag", [payloads.subcommand("show", [payloads.option("name", "faq")])])

    response = await client.send(payload)

    assert response.status == 200
    body = response.json()
    assert body["type"] == 4
    data = body["data"]
    assert data["content"] == f"tag show for {payload['member']['user']['username']}"
    assert data["flags"] == 64
    assert data["embeds"][0]["title"] == "Tag"
    assert data["embeds"][0]["description"] == "faq"
    assert data["components"] == [
        {
            "type": 1,
            "components": [
                {"type": 2, "style": 1, "custom_id": "again", "label": "Again", "disabled": False}
            ],
        }
    ]


@pytest.mark.parametrize("factory", [payloads.user_command, payloads.message_command])
async def test_context_menu_commands_see_their_target(
    factory: typing.Callable[..., typing.Any],
    server: hikari_like.InteractionServer,
    client: InteractionClient,
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().set_content(
            f"{interaction.command_type.name} {interaction.target_id}"
        )

    server.set_listener(hikari_like.CommandInteraction, on_command)
    payload = factory("Inspect")

    response = await client.send(payload)

    kind = "USER" if factory is payloads.user_command else "MESSAGE"
    assert response.json()["data"]["content"] == f"{kind} {payload['data']['target_id']}"


async def test_autocomplete_offers_choices(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_autocomplete(
        interaction: hikari_like.AutocompleteInteraction,
    ) -> impl.InteractionAutocompleteBuilder:
        focused = next(option for option in interaction.options if option.is_focused)
        choices = [
            impl.AutocompleteChoiceBuilder(name=word, value=word)
            for word in ("apple", "apricot", "banana")
            if word.startswith(str(focused.value))
        ]
        return interaction.build_response(choices)

    server.set_listener(hikari_like.AutocompleteInteraction, on_autocomplete)

    response = await client.send(
        payloads.autocomplete("fruit", [payloads.option("name", "ap", focused=True)])
    )

    assert response.json() == {
        "type": 8,
        "data": {"choices": [{"name": "apple", "value": "apple"}, {"name": "apricot", "value": "apricot"}]},
    }


async def test_button_press_updates_its_message(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response(hikari_like.ResponseType.MESSAGE_UPDATE).set_content(
            f"pressed {interaction.custom_id}"
        )

    server.set_listener(hikari_like.ComponentInteraction, on_component)

    response = await client.send(payloads.button_press("vote:yes"))

    assert response.json() == {"type": 7, "data": {"content": "pressed vote:yes"}}


async def test_select_menu_sees_its_values(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response(hikari_like.ResponseType.MESSAGE_CREATE).set_content(
            ",".join(interaction.values)
        )

    server.set_listener(hikari_like.ComponentInteraction, on_component)

    response = await client.send(payloads.select_menu("colours", ["red", "blue"]))

    assert response.json()["data"]["content"] == "red,blue"


async def test_component_can_open_a_modal(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> impl.InteractionModalBuilder:
        return interaction.build_modal_response("Feedback", "feedback").add_component(
            impl.ModalActionRowBuilder().add_text_input(
                "comment", "Comment", style=hikari_like.TextInputStyle.PARAGRAPH
            )
        )

    server.set_listener(hikari_like.ComponentInteraction, on_component)

    response = await client.send(payloads.button_press("open"))

    body = response.json()
    assert body["type"] == 9
    assert body["data"]["title"] == "Feedback"
    row = body["data"]["components"][0]
    assert row["type"] == 1
    assert row["components"][0]["custom_id"] == "comment"
    assert row["components"][0]["style"] == 2


@pytest.mark.parametrize("factory", [payloads.modal_submit, payloads.labelled_modal_submit])
async def test_modal_submit_reads_its_fields(
    factory: typing.Callable[..., typing.Any],
    server: hikari_like.InteractionServer,
    client: InteractionClient,
) -> None:
    async def on_modal(interaction: hikari_like.ModalInteraction) -> impl.InteractionMessageBuilder:
        values = {
            component.custom_id: component.value
            for component in interaction.iter_components()
            if isinstance(component, hikari_like.TextInputComponent)
        }
        return interaction.build_response().set_content(f"{interaction.custom_id}: {values['comment']}")

    server.set_listener(hikari_like.ModalInteraction, on_modal)

    response = await client.send(factory("feedback", {"comment": "great bot"}))

    assert response.json()["data"]["content"] == "feedback: great bot"


async def test_deferred_response(server: hikari_like.InteractionServer, client: InteractionClient) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionDeferredBuilder:
        return interaction.build_deferred_response().set_flags(hikari_like.MessageFlag.EPHEMERAL)

    server.set_listener(hikari_like.CommandInteraction, on_command)

    response = await client.send(payloads.slash_command("slow"))

    assert response.json() == {"type": 5, "data": {"flags": 64}}


async def test_none_means_no_content(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        return None

    server.set_listener(hikari_like.CommandInteraction, on_command)

    response = await client.send(payloads.slash_command("quiet"))

    assert (response.status, response.body) == (204, b"")


async def test_attachments_are_sent_as_multipart(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return (
            interaction.build_response()
            .set_content("here you go")
            .add_attachment(hikari_like.Bytes(b"col1,col2\n1,2\n", "report.csv"))
        )

    server.set_listener(hikari_like.CommandInteraction, on_command)

    response = await client.send(payloads.slash_command("report"))

    assert response.status == 200
    assert response.content_type == "multipart/form-data"
    assert response.payload_json["data"]["content"] == "here you go"
    assert response.payload_json["data"]["attachments"] == [{"id": 0, "filename": "report.csv"}]
    assert response.attachments == {"report.csv": b"col1,col2\n1,2\n"}


async def test_listener_exception_is_a_500_without_traceback(
    server: hikari_like.InteractionServer, client: InteractionClient, caplog: pytest.LogCaptureFixture
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        raise RuntimeError("database is down: password=hunter2")

    server.set_listener(hikari_like.CommandInteraction, on_command)

    response = await client.send(payloads.slash_command("broken"))

    assert response.status == 500
    assert b"hunter2" not in response.body
    assert b"Traceback" not in response.body
    assert any(record.exc_info for record in caplog.records), "the error reaches the logs for the bot's owner"


async def test_error_handler_turns_an_exception_into_a_message(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        raise LookupError("no such tag")

    async def on_error(
        interaction: hikari_like.PartialInteraction, exception: Exception
    ) -> impl.InteractionMessageBuilder | None:
        assert isinstance(interaction, hikari_like.CommandInteraction)
        return (
            interaction.build_response()
            .set_content(f"Sorry: {exception}")
            .set_flags(hikari_like.MessageFlag.EPHEMERAL)
        )

    server.set_listener(hikari_like.CommandInteraction, on_command)
    server.set_error_handler(on_error)

    response = await client.send(payloads.slash_command("tag"))

    assert response.json() == {
        "type": 4,
        "data": {"content": "Sorry: no such tag", "flags": 64, "allowed_mentions": {"parse": []}},
    }


async def test_error_handler_may_decline(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        raise LookupError("no such tag")

    async def on_error(interaction: hikari_like.PartialInteraction, exception: Exception) -> None:
        return None

    server.set_listener(hikari_like.CommandInteraction, on_command)
    server.set_error_handler(on_error)

    assert (await client.send(payloads.slash_command("tag"))).status == 500


async def test_raw_payload_listener_sees_verified_payloads_only(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    seen: list[dict[str, typing.Any]] = []

    async def observe(payload: dict[str, typing.Any]) -> None:
        seen.append(payload)

    server.set_raw_payload_listener(observe)
    ping = payloads.ping()

    await client.send(ping)
    await client.send(payloads.ping(), headers={"X-Signature-Ed25519": "00" * 64})

    assert seen == [ping]
