"""Interaction responses, the original response and followups against the emulated Discord."""

from __future__ import annotations

import asyncio

import pytest

from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like import undefined
from hikari_like.impl.builders.responses import AutocompleteChoiceBuilder
from hikari_like.impl.builders.rows import ModalActionRowBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.callback_responses import InteractionCallbackResponse
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import IssuedInteraction

CALLBACK = "POST /interactions/{interaction}/{token}/callback"
FOLLOWUP = "POST /webhooks/{webhook}/{token}"
EPHEMERAL = messages.MessageFlag.EPHEMERAL


@pytest.fixture
def interaction(discord: EmulatedDiscord) -> IssuedInteraction:
    return discord.issue_interaction()


async def respond(rest: RESTClientImpl, interaction: IssuedInteraction, content: str = "first") -> None:
    await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.MESSAGE_CREATE, content
    )


async def test_message_response_is_sent_without_bot_token_and_returns_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    result = await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.MESSAGE_CREATE, "pong", tts=False
    )

    request = discord.requests_to(CALLBACK)[0]
    assert request.query == {"with_response": "true"}
    assert "Authorization" not in request.headers
    recorded = discord.interaction_responses[interaction.token]
    assert recorded.type == 4
    assert recorded.data == {"content": "pong", "tts": False, "allowed_mentions": {"parse": []}}
    assert isinstance(result, InteractionCallbackResponse)
    assert result.interaction.id == int(interaction.id)
    assert not isinstance(result.resource, undefined.UndefinedType)
    assert not isinstance(result.resource.message, undefined.UndefinedType)
    assert result.resource.message.content == "pong"
    assert result.interaction.response_message_id == result.resource.message.id


async def test_deferred_ephemeral_response_then_edit_completes_it(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    result = await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.DEFERRED_MESSAGE_CREATE, flags=EPHEMERAL
    )
    assert discord.interaction_responses[interaction.token].data == {"flags": 64}
    assert result.interaction.response_message_loading
    assert result.interaction.response_message_ephemeral

    edited = await rest.edit_interaction_response(interaction.application_id, interaction.token, "done")

    sent = discord.requests_to("PATCH /webhooks/{webhook}/{token}/messages/@original")[0]
    assert sent.json == {"content": "done"}
    assert "Authorization" not in sent.headers
    assert edited.content == "done"
    assert messages.MessageFlag.EPHEMERAL in edited.flags
    assert messages.MessageFlag.LOADING not in edited.flags


async def test_deferred_update_sends_no_data(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seeded = discord.seed_message(discord.channel_id, "with a button")
    interaction = discord.issue_interaction(type=3, message_id=seeded["id"])

    await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.DEFERRED_MESSAGE_UPDATE
    )

    assert discord.requests_to(CALLBACK)[0].json == {"type": 6}


async def test_message_update_edits_the_components_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = discord.seed_message(discord.channel_id, "before")
    interaction = discord.issue_interaction(type=3, message_id=seeded["id"])

    await rest.create_interaction_response(
        interaction.id, interaction.token, ResponseType.MESSAGE_UPDATE, "after", components=None
    )

    assert discord.requests_to(CALLBACK)[0].json["data"] == {"content": "after", "components": None}
    assert discord.messages[discord.channel_id][0]["content"] == "after"


async def test_response_with_attachment_is_multipart(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    result = await rest.create_interaction_response(
        interaction.id,
        interaction.token,
        ResponseType.MESSAGE_CREATE,
        attachment=files.Bytes(b"\x89PNG...", "chart.png"),
    )

    recorded = discord.interaction_responses[interaction.token]
    assert recorded.data is not None
    assert recorded.data["attachments"] == [{"id": 0, "filename": "chart.png"}]
    assert [(part.field, bytes(part.data)) for part in recorded.files] == [("files[0]", b"\x89PNG...")]
    assert not isinstance(result.resource, undefined.UndefinedType)
    assert not isinstance(result.resource.message, undefined.UndefinedType)
    assert result.resource.message.attachments[0].filename == "chart.png"


async def test_modal_response(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    row = ModalActionRowBuilder().add_text_input("answer", "Your answer")

    result = await rest.create_modal_response(
        interaction.id, interaction.token, title="Quiz", custom_id="quiz", component=row
    )

    recorded = discord.interaction_responses[interaction.token]
    assert recorded.type == 9
    assert recorded.data is not None
    assert recorded.data["title"] == "Quiz"
    assert recorded.data["custom_id"] == "quiz"
    assert recorded.data["components"][0]["components"][0]["custom_id"] == "answer"
    assert result.resource is undefined.UNDEFINED or result.resource.message is undefined.UNDEFINED


async def test_modal_response_needs_exactly_one_of_component_or_components(rest: RESTClientImpl) -> None:
    row = ModalActionRowBuilder().add_text_input("answer", "Your answer")
    with pytest.raises(ValueError, match="exactly one"):
        await rest.create_modal_response(1, "token", title="t", custom_id="c")
    with pytest.raises(ValueError, match="exactly one"):
        await rest.create_modal_response(
            1, "token", title="t", custom_id="c", component=row, components=[row]
        )


async def test_autocomplete_response(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    interaction = discord.issue_interaction(type=4)
    choices = [AutocompleteChoiceBuilder("Paris", "paris"), AutocompleteChoiceBuilder("Rome", 2)]

    await rest.create_autocomplete_response(interaction.id, interaction.token, choices)

    assert discord.requests_to(CALLBACK)[0].json == {
        "type": 8,
        "data": {"choices": [{"name": "Paris", "value": "paris"}, {"name": "Rome", "value": 2}]},
    }


async def test_second_response_is_already_acknowledged(
    rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction)

    with pytest.raises(errors.BadRequestError) as caught:
        await respond(rest, interaction)

    assert caught.value.code == 40060


async def test_unknown_interaction_is_not_found_and_the_token_stays_out_of_the_error(
    rest: RESTClientImpl,
) -> None:
    secret = "aW50ZXJhY3Rpb246secret-token-value"
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.create_interaction_response(1, secret, ResponseType.MESSAGE_CREATE, "hi")

    assert caught.value.code == 10062
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


async def test_callbacks_are_exempt_from_the_global_limit(discord: EmulatedDiscord) -> None:
    interactions = [discord.issue_interaction() for _ in range(5)]
    async with RESTClientImpl(
        token=discord.token,
        token_type="Bot",
        rest_url=discord.url,
        global_rate_limit=1,
        global_rate_limit_period=30.0,
    ) as rest:
        await rest.fetch_my_user()  # Takes the only global permit for the next 30 s.
        await asyncio.wait_for(
            asyncio.gather(*(respond(rest, interaction) for interaction in interactions)), 5
        )

    assert len(discord.interaction_responses) == 5


async def test_fetch_and_delete_the_original_response(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction, "original")

    fetched = await rest.fetch_interaction_response(interaction.application_id, interaction.token)
    assert fetched.content == "original"

    await rest.delete_interaction_response(interaction.application_id, interaction.token)

    assert discord.messages[discord.channel_id] == []
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_interaction_response(interaction.application_id, interaction.token)
    assert caught.value.code == 10008


async def test_execute_webhook_sends_a_followup_and_waits_for_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction)

    followup = await rest.execute_webhook(
        interaction.application_id, interaction.token, "more", flags=EPHEMERAL, username="Helper"
    )

    request = discord.requests_to(FOLLOWUP)[0]
    assert request.query["wait"] == "true"
    assert "Authorization" not in request.headers
    assert request.json == {
        "content": "more",
        "flags": 64,
        "allowed_mentions": {"parse": []},
        "username": "Helper",
    }
    assert followup.content == "more"
    assert messages.MessageFlag.EPHEMERAL in followup.flags
    assert [message["id"] for message in discord.followups[interaction.token]] == [str(followup.id)]


async def test_followup_with_attachments_is_multipart(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction)

    followup = await rest.execute_webhook(
        interaction.application_id,
        interaction.token,
        attachments=[files.Bytes(b"a", "a.txt"), files.Bytes(b"b", "b.txt")],
    )

    request = discord.requests_to(FOLLOWUP)[0]
    assert [(part.field, part.filename) for part in request.files] == [
        ("files[0]", "a.txt"),
        ("files[1]", "b.txt"),
    ]
    assert [attachment.filename for attachment in followup.attachments] == ["a.txt", "b.txt"]


async def test_fetch_edit_and_delete_a_followup(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction)
    followup = await rest.execute_webhook(interaction.application_id, interaction.token, "v1")

    fetched = await rest.fetch_webhook_message(interaction.application_id, interaction.token, followup)
    edited = await rest.edit_webhook_message(
        interaction.application_id, interaction.token, followup.id, "v2", user_mentions=True
    )
    await rest.delete_webhook_message(interaction.application_id, interaction.token, followup.id)

    assert fetched.content == "v1"
    sent = discord.requests_to("PATCH /webhooks/{webhook}/{token}/messages/{message}")[0].json
    assert sent == {"content": "v2", "allowed_mentions": {"parse": ["users"]}}
    assert edited.content == "v2"
    assert discord.followups[interaction.token] == []
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_webhook_message(interaction.application_id, interaction.token, followup.id)
    assert caught.value.code == 10008


async def test_followup_before_any_response_is_unknown_webhook(
    rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.execute_webhook(interaction.application_id, interaction.token, "too early")

    assert caught.value.code == 10015
    assert interaction.token not in str(caught.value)


async def test_thread_is_sent_as_a_query_parameter(
    discord: EmulatedDiscord, rest: RESTClientImpl, interaction: IssuedInteraction
) -> None:
    await respond(rest, interaction)

    await rest.execute_webhook(interaction.application_id, interaction.token, "in thread", thread=987)

    assert discord.requests_to(FOLLOWUP)[0].query["thread_id"] == "987"
