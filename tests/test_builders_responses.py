"""Interaction response builders, checked against the shapes in Discord's docs."""

from __future__ import annotations

import copy

import pytest

from hikari_like import embeds
from hikari_like import files
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.api import special_endpoints as api
from hikari_like.components import ButtonStyle
from hikari_like.impl import special_endpoints as se
from hikari_like.interactions.base_interactions import ResponseType


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
        se.TextSelectMenuBuilder(custom_id="flavour")
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
                "min_values": 0,
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
