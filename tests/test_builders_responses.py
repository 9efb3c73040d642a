"""Interaction response builders, checked against the shapes in Discord's docs."""

from __future__ import annotations

import copy
import itertools
import subprocess
import sys

import attrs
import pytest

import hikari_like
from hikari_like import embeds
from hikari_like import files
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.api import special_endpoints as api
from hikari_like.components import ButtonStyle
from hikari_like.impl import builders as se
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.undefined import UNDEFINED
from tests.helpers import APP
from tests.helpers import load_payload


class _ExistingAttachment:
    def __init__(self, id: int, filename: str) -> None:
        self.id = snowflakes.Snowflake(id)
        self.filename = filename


def test_message_with_embed_components_attachments_and_mentions() -> None:
    photo = files.Bytes(b"\x89PNG\r\n\x1a\nrest", "photo.png")
    embed = embeds.Embed(title="Report", color=0x5865F2).add_field("Status", "ok", inline=True)
    embed.set_image(photo)
    row = se.MessageActionRowBuilder().add_interactive_button(ButtonStyle.PRIMARY, "yes", label="Yes")
    builder = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "hello <@123>")
        .add_embed(embed)
        .add_component(row)
        .add_attachment(photo)
        .add_attachment(files.Bytes(b"notes", "notes.txt"))
        .set_user_mentions([123, 123])
        .set_role_mentions(True)
    )

    body, uploads = builder.build()

    assert body == {
        "type": 4,
        "data": {
            "content": "hello <@123>",
            "embeds": [
                {
                    "title": "Report",
                    "color": 0x5865F2,
                    "image": {"url": "attachment://photo.png"},
                    "fields": [{"name": "Status", "value": "ok", "inline": True}],
                }
            ],
            "components": [
                {
                    "type": 1,
                    "components": [
                        {"type": 2, "style": 1, "label": "Yes", "custom_id": "yes", "disabled": False}
                    ],
                }
            ],
            "attachments": [{"id": 0, "filename": "photo.png"}, {"id": 1, "filename": "notes.txt"}],
            "allowed_mentions": {"parse": ["roles"], "users": ["123"]},
        },
    }
    assert [resource.filename for resource in uploads] == ["photo.png", "notes.txt"]
    assert isinstance(builder, api.InteractionResponseBuilder)


def test_message_create_pings_nobody_by_default_and_update_leaves_mentions_alone() -> None:
    create, _ = se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "hi").build()
    update, _ = se.InteractionMessageBuilder(ResponseType.MESSAGE_UPDATE, "hi").build()

    assert create == {"type": 4, "data": {"content": "hi", "allowed_mentions": {"parse": []}}}
    assert update == {"type": 7, "data": {"content": "hi"}}


def test_update_clears_and_keeps_existing_attachments() -> None:
    cleared, _ = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_UPDATE).clear_attachments().clear_embeds().build()
    )
    kept, uploads = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_UPDATE)
        .add_attachment(_ExistingAttachment(99, "old.png"))
        .add_attachment(files.Bytes(b"x", "new.txt"))
        .build()
    )

    assert cleared == {"type": 7, "data": {"embeds": None, "attachments": []}}
    assert kept["data"]["attachments"] == [
        {"id": "99", "filename": "old.png"},
        {"id": 0, "filename": "new.txt"},
    ]
    assert [resource.filename for resource in uploads] == ["new.txt"]


def test_ephemeral_flag_and_tts() -> None:
    body, _ = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "secret")
        .set_flags(messages.MessageFlag.EPHEMERAL)
        .set_tts(True)
        .build()
    )
    assert body["data"]["flags"] == 64
    assert body["data"]["tts"] is True


def test_components_v2_sets_the_flag_without_mutating_the_builder() -> None:
    builder = se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE).add_component(
        se.TextDisplayComponentBuilder(content="# Title")
    )
    body, _ = builder.build()
    assert body["data"]["components"] == [{"type": 10, "content": "# Title"}]
    assert body["data"]["flags"] == 1 << 15
    assert builder.flags is not None
    assert str(builder.flags) == "UNDEFINED"


def test_build_is_pure() -> None:
    builder = (
        se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "x")
        .add_embed(embeds.Embed(title="t").set_thumbnail(files.Bytes(b"a", "a.png")))
        .add_attachment(b"raw bytes")
        .add_component(se.MessageActionRowBuilder().add_link_button("https://example.com", label="go"))
    )
    first = builder.build()
    snapshot = copy.deepcopy(first[0])
    second = builder.build()
    assert first == second
    assert first[0] == snapshot
    assert len(builder.attachments or ()) == 1


def test_deferred_builders() -> None:
    ephemeral = se.InteractionDeferredBuilder(
        ResponseType.DEFERRED_MESSAGE_CREATE, flags=messages.MessageFlag.EPHEMERAL
    )
    update = se.InteractionDeferredBuilder(ResponseType.DEFERRED_MESSAGE_UPDATE)

    assert ephemeral.build() == ({"type": 5, "data": {"flags": 64}}, ())
    assert update.build() == ({"type": 6}, ())
    with pytest.raises(ValueError, match="DEFERRED"):
        se.InteractionDeferredBuilder(ResponseType.MESSAGE_CREATE)
    with pytest.raises(ValueError, match="MESSAGE_CREATE or MESSAGE_UPDATE"):
        se.InteractionMessageBuilder(ResponseType.MODAL)


def test_autocomplete_choices() -> None:
    builder = se.InteractionAutocompleteBuilder(
        [
            se.AutocompleteChoiceBuilder(name="Paris", value="paris"),
            se.AutocompleteChoiceBuilder("Answer", 42),
        ]
    ).add_choice("Pi", 3.14)

    assert builder.build() == (
        {
            "type": 8,
            "data": {
                "choices": [
                    {"name": "Paris", "value": "paris"},
                    {"name": "Answer", "value": 42},
                    {"name": "Pi", "value": 3.14},
                ]
            },
        },
        (),
    )


def test_autocomplete_refuses_a_26th_choice() -> None:
    builder = se.InteractionAutocompleteBuilder([se.AutocompleteChoiceBuilder(str(i), i) for i in range(25)])
    with pytest.raises(ValueError, match="25"):
        builder.add_choice("one more", 26)
    with pytest.raises(ValueError, match="100"):
        se.AutocompleteChoiceBuilder("x", "v" * 101)


def test_modal_with_action_rows() -> None:
    modal = se.InteractionModalBuilder("Feedback", "feedback").add_component(
        se.ModalActionRowBuilder().add_text_input(
            "comment", "Your comment", style=2, placeholder="Say something", min_length=1, max_length=500
        )
    )
    assert modal.build() == (
        {
            "type": 9,
            "data": {
                "title": "Feedback",
                "custom_id": "feedback",
                "components": [
                    {
                        "type": 1,
                        "components": [
                            {
                                "type": 4,
                                "custom_id": "comment",
                                "style": 2,
                                "label": "Your comment",
                                "placeholder": "Say something",
                                "required": True,
                                "min_length": 1,
                                "max_length": 500,
                            }
                        ],
                    }
                ],
            },
        },
        [],
    )


def test_modal_with_labels_and_text_display() -> None:
    menu: se.TextSelectMenuBuilder[None] = (
        se.TextSelectMenuBuilder(custom_id="flavour", min_values=1)  # a required modal select needs one
        .add_option("Vanilla", "vanilla")
        .add_option("Mint", "mint")
    )
    modal = se.InteractionModalBuilder(
        "Order",
        "order",
        [
            se.TextDisplayComponentBuilder(content="Pick carefully"),
            se.LabelComponentBuilder(label="Flavour", description="One only", component=menu),
            se.LabelComponentBuilder(
                label="Notes", component=se.TextInputBuilder(custom_id="notes", required=False)
            ),
        ],
    )
    body, _ = modal.build()
    assert body["data"]["components"] == [
        {"type": 10, "content": "Pick carefully"},
        {
            "type": 18,
            "label": "Flavour",
            "description": "One only",
            "component": {
                "type": 3,
                "custom_id": "flavour",
                "min_values": 1,
                "max_values": 1,
                "disabled": False,
                "options": [
                    {"label": "Vanilla", "value": "vanilla", "default": False},
                    {"label": "Mint", "value": "mint", "default": False},
                ],
            },
        },
        {
            "type": 18,
            "label": "Notes",
            "component": {
                "type": 4,
                "custom_id": "notes",
                "style": 1,
                "required": False,
                "min_length": 0,
                "max_length": 4000,
            },
        },
    ]


def test_modal_validation() -> None:
    with pytest.raises(ValueError, match="45"):
        se.InteractionModalBuilder("t" * 46, "id")
    with pytest.raises(ValueError, match="at least one"):
        se.InteractionModalBuilder("Title", "id").build()
    with pytest.raises(ValueError, match="label"):
        se.LabelComponentBuilder(label="x", component=se.TextInputBuilder(custom_id="a", label="twice"))
    with pytest.raises(ValueError, match="at most 1"):
        se.ModalActionRowBuilder().add_text_input("a", "A").add_text_input("b", "B")


def test_message_limits() -> None:
    builder = se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE)
    for _ in range(10):
        builder.add_embed(embeds.Embed(title="e"))
    with pytest.raises(ValueError, match="10 embeds"):
        builder.add_embed(embeds.Embed(title="e"))
    for i in range(5):
        builder.add_component(se.MessageActionRowBuilder().add_interactive_button(1, str(i)))
    with pytest.raises(ValueError, match="5 top-level"):
        builder.add_component(se.MessageActionRowBuilder())
    with pytest.raises(ValueError, match="2000"):
        builder.set_content("x" * 2001)


_MENTION_TARGETS: tuple[object, ...] = (UNDEFINED, True, False, [123, 123, 456])


@pytest.mark.parametrize("response_type", [ResponseType.MESSAGE_CREATE, ResponseType.MESSAGE_UPDATE])
def test_a_text_only_message_builds_what_the_general_serialiser_does(response_type: ResponseType) -> None:
    # The builder's text-only short path must agree with `serialize_message_fields`, key order
    # included (it decides the JSON bytes), for every combination of the fields it handles.
    fields = itertools.product(
        (UNDEFINED, None, "", "hello back"),
        (UNDEFINED, 0, messages.MessageFlag.EPHEMERAL),
        (UNDEFINED, True, False),
        (UNDEFINED, True, False),
        _MENTION_TARGETS,
        _MENTION_TARGETS,
    )
    for content, flags, tts, everyone, users, roles in fields:
        builder = se.InteractionMessageBuilder(response_type, content, flags=flags)  # type: ignore[arg-type]
        builder.set_tts(tts).set_mentions_everyone(everyone)  # type: ignore[arg-type]
        builder.set_user_mentions(users).set_role_mentions(roles)  # type: ignore[arg-type]
        expected, _ = se.serialize_message_fields(
            content=content,
            flags=flags,  # type: ignore[arg-type]
            tts=tts,  # type: ignore[arg-type]
            mentions_everyone=everyone,  # type: ignore[arg-type]
            user_mentions=users,  # type: ignore[arg-type]
            role_mentions=roles,  # type: ignore[arg-type]
            editing=response_type is ResponseType.MESSAGE_UPDATE,
        )

        body, uploads = builder.build()

        assert body == {"type": int(response_type), "data": expected}
        assert list(body["data"]) == list(expected)
        assert uploads == []


def test_each_text_only_build_returns_fresh_objects() -> None:
    builder = se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE).set_content("hi")
    first, _ = builder.build()
    first["data"]["allowed_mentions"]["parse"].append("everyone")

    second, _ = builder.build()

    assert second == {"type": 4, "data": {"content": "hi", "allowed_mentions": {"parse": []}}}


def test_a_non_text_content_still_takes_the_general_path() -> None:
    embed = embeds.Embed(title="from content")
    body, _ = se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, embed).build()  # type: ignore[arg-type]

    assert body["data"]["embeds"] == [{"title": "from content"}]
    assert "content" not in body["data"]


def test_message_builder_constructor_takes_every_field_by_keyword() -> None:
    row = se.MessageActionRowBuilder().add_link_button("https://example.com", label="go")
    given_embeds = [embeds.Embed(title="e")]
    builder = se.InteractionMessageBuilder(
        type=4,
        content="hi",
        flags=messages.MessageFlag.EPHEMERAL,
        is_tts=False,
        mentions_everyone=True,
        user_mentions=[1],
        role_mentions=False,
        attachments=(files.Bytes(b"x", "x.txt"),),
        components=[row],
        embeds=given_embeds,
    )
    given_embeds.append(embeds.Embed(title="added later"))

    assert builder.type is ResponseType.MESSAGE_CREATE
    assert builder.embeds == [embeds.Embed(title="e")]
    assert builder.components == [row]
    assert [attachment.filename for attachment in builder.attachments or ()] == ["x.txt"]  # type: ignore[union-attr]
    assert builder == attrs.evolve(builder)
    assert attrs.evolve(builder, content="changed").content == "changed"
    assert repr(se.InteractionMessageBuilder(ResponseType.MESSAGE_UPDATE, None)) == (
        "InteractionMessageBuilder(type=<ResponseType.MESSAGE_UPDATE: 7>, content=None, flags=UNDEFINED,"
        " is_tts=UNDEFINED, mentions_everyone=UNDEFINED, user_mentions=UNDEFINED, role_mentions=UNDEFINED,"
        " _attachments=UNDEFINED, _components=UNDEFINED, _embeds=UNDEFINED, _poll=UNDEFINED)"
    )


def test_message_builder_constructor_checks_what_it_is_given() -> None:
    with pytest.raises(ValueError, match="2000"):
        se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "x" * 2001)
    with pytest.raises(ValueError, match="MESSAGE_CREATE or MESSAGE_UPDATE"):
        se.InteractionMessageBuilder(5)
    with pytest.raises(ValueError, match="not a valid ResponseType"):
        se.InteractionMessageBuilder(99.5)  # type: ignore[arg-type]
    assert se.InteractionMessageBuilder(7).type is ResponseType.MESSAGE_UPDATE
    assert se.InteractionDeferredBuilder(6).type is ResponseType.DEFERRED_MESSAGE_UPDATE
    assert se.InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, None).build()[0]["data"] == {
        "content": None,
        "allowed_mentions": {"parse": []},
    }


def test_interactions_build_their_answers_with_the_right_types() -> None:
    command = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)
    button = ComponentInteraction.from_payload(load_payload("button"), app=APP)
    modal = ModalInteraction.from_payload(load_payload("modal_action_rows"), app=APP)

    assert command.build_response().build()[0] == {"type": 4, "data": {"allowed_mentions": {"parse": []}}}
    assert command.build_deferred_response().build() == ({"type": 5}, ())
    assert modal.build_response().type is ResponseType.MESSAGE_CREATE
    assert modal.build_deferred_response().type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert button.build_response(7).type is ResponseType.MESSAGE_UPDATE
    assert button.build_deferred_response(ResponseType.DEFERRED_MESSAGE_UPDATE).build() == ({"type": 6}, ())
    assert button.build_modal_response("Title", "id").custom_id == "id"
    with pytest.raises(ValueError, match="MESSAGE_CREATE or MESSAGE_UPDATE"):
        button.build_response(ResponseType.MODAL)  # type: ignore[arg-type]


def test_importing_the_package_does_not_load_the_response_builders() -> None:
    code = "import sys, hikari_like; print('hikari_like.impl.builders.responses' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert output.stdout.strip() == "False"


def test_every_builder_limit_names_its_rule() -> None:
    with pytest.raises(hikari_like.DiscordRuleError) as too_long:
        se.InteractionModalBuilder("t" * 46, "id")
    builder = se.InteractionMessageBuilder(hikari_like.ResponseType.MESSAGE_CREATE)
    for _ in range(10):
        builder.add_embed(hikari_like.Embed(title="t"))
    with pytest.raises(hikari_like.DiscordRuleError) as too_many:
        builder.add_embed(hikari_like.Embed(title="t"))

    assert too_long.value.rule == "title.length"
    assert too_many.value.rule == "embeds.count"
