"""Components-v2 builders: JSON as Discord documents it, limits, files, the V2 flag, a round trip."""

from __future__ import annotations

import inspect
import typing

import pytest

import hikari_like
from hikari_like import files
from hikari_like.components import ButtonStyle
from hikari_like.components import ComponentType
from hikari_like.components import MediaLoadingType
from hikari_like.components import SpacingType
from hikari_like.errors import DiscordRuleError
from hikari_like.impl import builders as se
from hikari_like.impl.builders.component_rules import check_modal_components
from hikari_like.testing import InteractionClient
from hikari_like.testing import payloads

IS_COMPONENTS_V2: typing.Final = 1 << 15
CAT_URL: typing.Final = "https://example.com/cat.png"


def _png(name: str) -> files.Bytes:
    return files.Bytes(b"\x89PNG fake " + name.encode(), name)


def _button(custom_id: str = "go") -> se.InteractiveButtonBuilder:
    return se.InteractiveButtonBuilder(style=ButtonStyle.PRIMARY, custom_id=custom_id, label="Go")


# -- JSON shapes (developers/components/reference.mdx) ---------------------------------------------


def test_v2_enums_have_discords_values() -> None:
    assert (SpacingType.SMALL, SpacingType.LARGE) == (1, 2)
    assert [int(member) for member in MediaLoadingType] == [0, 1, 2, 3]
    assert SpacingType(7).name == "UNKNOWN_7"  # received payloads stay tolerant


def test_thumbnail_by_url_is_not_uploaded() -> None:
    thumbnail = se.ThumbnailComponentBuilder(media=CAT_URL, description="A cat", spoiler=True, id=4)

    assert thumbnail.build() == (
        {"type": 11, "media": {"url": CAT_URL}, "id": 4, "description": "A cat", "spoiler": True},
        [],
    )
    assert thumbnail.is_spoiler is True


def test_thumbnail_from_data_is_an_attachment() -> None:
    image = _png("cat.png")

    payload, uploads = se.ThumbnailComponentBuilder(media=image).build()

    assert payload == {"type": 11, "media": {"url": "attachment://cat.png"}, "spoiler": False}
    assert list(uploads) == [image]


def test_media_gallery_items() -> None:
    chart = _png("chart.png")
    gallery = (
        se.MediaGalleryComponentBuilder(items=[se.MediaGalleryItemBuilder(media=CAT_URL, description="Cat")])
        .add_media_gallery_item(chart, spoiler=True)
        .add_item(se.MediaGalleryItemBuilder(media="https://example.com/dog.gif"))
    )

    payload, uploads = gallery.build()

    assert payload == {
        "type": 12,
        "items": [
            {"media": {"url": CAT_URL}, "description": "Cat", "spoiler": False},
            {"media": {"url": "attachment://chart.png"}, "spoiler": True},
            {"media": {"url": "https://example.com/dog.gif"}, "spoiler": False},
        ],
    }
    assert list(uploads) == [chart]
    assert len(gallery.items) == 3


def test_separator_sends_only_what_was_set() -> None:
    assert se.SeparatorComponentBuilder().build() == ({"type": 14}, ())
    separator = se.SeparatorComponentBuilder(divider=False, spacing=2, id=9)
    assert separator.spacing is SpacingType.LARGE
    assert separator.build() == ({"type": 14, "id": 9, "divider": False, "spacing": 2}, ())


def test_file_component_uploads_its_file() -> None:
    report = files.Bytes(b"a,b\n1,2\n", "report.csv")

    payload, uploads = se.FileComponentBuilder(file=report, spoiler=True).build()

    assert payload == {"type": 13, "file": {"url": "attachment://report.csv"}, "spoiler": True}
    assert list(uploads) == [report]


def test_section_with_texts_and_a_button() -> None:
    section = (
        se.SectionComponentBuilder(accessory=_button())
        .add_text_display("**Whiskers**")
        .add_component(se.TextDisplayComponentBuilder(content="3 years old", id=2))
    )

    assert section.build() == (
        {
            "type": 9,
            "components": [
                {"type": 10, "content": "**Whiskers**"},
                {"type": 10, "content": "3 years old", "id": 2},
            ],
            "accessory": {"type": 2, "style": 1, "label": "Go", "custom_id": "go", "disabled": False},
        },
        [],
    )


def test_section_passes_on_its_thumbnails_file() -> None:
    image = _png("whiskers.png")
    section = se.SectionComponentBuilder(
        components=[se.TextDisplayComponentBuilder(content="Whiskers")],
        accessory=se.ThumbnailComponentBuilder(media=image),
    )

    payload, uploads = section.build()

    assert payload["accessory"] == {
        "type": 11,
        "media": {"url": "attachment://whiskers.png"},
        "spoiler": False,
    }
    assert list(uploads) == [image]


def _full_container() -> se.ContainerComponentBuilder:
    section = se.SectionComponentBuilder(accessory=se.ThumbnailComponentBuilder(media=_png("thumb.png")))
    return (
        se.ContainerComponentBuilder(accent_color="#5865F2", spoiler=False)
        .add_text_display("## Report")
        .add_component(section.add_text_display("Weekly numbers"))
        .add_separator(divider=True, spacing=SpacingType.SMALL)
        .add_media_gallery(
            [se.MediaGalleryItemBuilder(media=_png("chart.png")), se.MediaGalleryItemBuilder(media=CAT_URL)]
        )
        .add_file(files.Bytes(b"x", "data.csv"))
        .add_action_row([_button("yes"), _button("no")])
    )


def test_container_with_every_child() -> None:
    payload, uploads = _full_container().build()

    assert payload == {
        "type": 17,
        "components": [
            {"type": 10, "content": "## Report"},
            {
                "type": 9,
                "components": [{"type": 10, "content": "Weekly numbers"}],
                "accessory": {"type": 11, "media": {"url": "attachment://thumb.png"}, "spoiler": False},
            },
            {"type": 14, "divider": True, "spacing": 1},
            {
                "type": 12,
                "items": [
                    {"media": {"url": "attachment://chart.png"}, "spoiler": False},
                    {"media": {"url": CAT_URL}, "spoiler": False},
                ],
            },
            {"type": 13, "file": {"url": "attachment://data.csv"}, "spoiler": False},
            {
                "type": 1,
                "components": [
                    {"type": 2, "style": 1, "label": "Go", "custom_id": "yes", "disabled": False},
                    {"type": 2, "style": 1, "label": "Go", "custom_id": "no", "disabled": False},
                ],
            },
        ],
        "accent_color": 0x5865F2,
        "spoiler": False,
    }
    assert [resource.filename for resource in uploads] == ["thumb.png", "chart.png", "data.csv"]


def test_container_accent_color_can_be_cleared() -> None:
    assert se.ContainerComponentBuilder(accent_color=None).build()[0] == {
        "type": 17,
        "components": [],
        "accent_color": None,
        "spoiler": False,
    }
    assert se.ContainerComponentBuilder(accent_color=(255, 0, 0)).accent_color == 0xFF0000


def test_builds_are_pure() -> None:
    container = _full_container()
    before = repr(container)

    first, second = container.build(), container.build()

    assert first[0] == second[0]
    assert [resource.filename for resource in first[1]] == [resource.filename for resource in second[1]]
    assert repr(container) == before


# -- limits ----------------------------------------------------------------------------------------


def test_layout_limits_fail_where_they_are_made() -> None:
    with pytest.raises(ValueError, match="1 to 1024 characters"):
        se.ThumbnailComponentBuilder(media=CAT_URL, description="x" * 1025)
    with pytest.raises(ValueError, match="at most 10 items"):
        se.MediaGalleryComponentBuilder(items=[se.MediaGalleryItemBuilder(media=CAT_URL)] * 11)
    gallery = se.MediaGalleryComponentBuilder(items=[se.MediaGalleryItemBuilder(media=CAT_URL)] * 10)
    with pytest.raises(ValueError, match="at most 10"):
        gallery.add_media_gallery_item(CAT_URL)
    with pytest.raises(ValueError, match="spacing must be"):
        se.SeparatorComponentBuilder(spacing=3)
    with pytest.raises(ValueError, match="uploaded file"):
        se.FileComponentBuilder(file="https://example.com/report.csv")
    with pytest.raises(ValueError, match="0x000000 to 0xFFFFFF"):
        se.ContainerComponentBuilder(accent_color=0x1000000)


def test_layout_refuses_children_discord_refuses() -> None:
    section = se.SectionComponentBuilder(accessory=_button()).add_text_display("a").add_text_display("b")
    section.add_text_display("c")
    with pytest.raises(ValueError, match="at most 3"):
        section.add_text_display("d")
    with pytest.raises(ValueError, match="a section's components accepts TEXT_DISPLAY; got BUTTON"):
        section.add_component(_button())
    with pytest.raises(ValueError, match="accessory"):
        se.SectionComponentBuilder(accessory=se.TextDisplayComponentBuilder(content="no"))
    with pytest.raises(ValueError, match="a container accepts"):
        se.ContainerComponentBuilder().add_component(se.ThumbnailComponentBuilder(media=CAT_URL))
    with pytest.raises(ValueError, match="a container accepts"):
        se.ContainerComponentBuilder(components=[_button()])
    with pytest.raises(ValueError, match="at most 5"):
        se.ContainerComponentBuilder().add_action_row([_button(str(index)) for index in range(6)])


def test_empty_layouts_fail_at_build() -> None:
    with pytest.raises(ValueError, match="at least one item"):
        se.MediaGalleryComponentBuilder().build()
    with pytest.raises(ValueError, match="at least one text display"):
        se.SectionComponentBuilder(accessory=_button()).build()


def test_attribute_assignment_is_validated_too() -> None:
    thumbnail = se.ThumbnailComponentBuilder(media=CAT_URL)
    with pytest.raises(ValueError, match="description"):
        thumbnail.description = ""
    separator = se.SeparatorComponentBuilder()
    separator.spacing = 1  # type: ignore[assignment]  # the converter runs on assignment
    assert separator.spacing is SpacingType.SMALL


# -- modal parts -----------------------------------------------------------------------------------


def test_file_upload_in_a_label() -> None:
    upload = se.FileUploadComponentBuilder(custom_id="shots", max_values=3, id=7)
    label = se.LabelComponentBuilder(label="Screenshots", description="PNG please", component=upload)

    assert label.build() == (
        {
            "type": 18,
            "label": "Screenshots",
            "description": "PNG please",
            "component": {
                "type": 19,
                "custom_id": "shots",
                "id": 7,
                "min_values": 1,
                "max_values": 3,
                "required": True,
            },
        },
        (),
    )


def test_file_upload_limits() -> None:
    with pytest.raises(ValueError, match="max_values must be 1 to 10"):
        se.FileUploadComponentBuilder(custom_id="f", max_values=11)
    with pytest.raises(ValueError, match="cannot exceed"):
        se.FileUploadComponentBuilder(custom_id="f", min_values=3, max_values=2)
    with pytest.raises(ValueError, match="required file upload"):
        se.FileUploadComponentBuilder(custom_id="f", min_values=0)
    optional = se.FileUploadComponentBuilder(custom_id="f", min_values=0, is_required=False)
    with pytest.raises(ValueError, match="required file upload"):
        optional.set_is_required(True)
    with pytest.raises(ValueError, match="custom_id"):
        se.FileUploadComponentBuilder(custom_id="")


def test_text_select_menu_works_standalone() -> None:
    menu = se.TextSelectMenuBuilder(custom_id="colour", placeholder="Pick", min_values=1, max_values=2)
    menu.add_option("Red", "red").add_option("Blue", "blue")

    payload, _ = se.LabelComponentBuilder(label="Colour", component=menu).build()

    assert payload["component"] == {
        "type": 3,
        "custom_id": "colour",
        "placeholder": "Pick",
        "min_values": 1,
        "max_values": 2,
        "disabled": False,
        "options": [
            {"label": "Red", "value": "red", "default": False},
            {"label": "Blue", "value": "blue", "default": False},
        ],
    }
    with pytest.raises(RuntimeError, match="no parent"):
        _ = menu.parent


def test_label_refuses_message_only_components() -> None:
    with pytest.raises(DiscordRuleError, match=r"a Label accepts .*; got BUTTON") as refused:
        se.LabelComponentBuilder(label="Press", component=_button())
    assert refused.value.rule == "label.component"
    with pytest.raises(DiscordRuleError, match="got CONTAINER"):
        se.LabelComponentBuilder(label="Box", component=se.ContainerComponentBuilder())


# -- messages --------------------------------------------------------------------------------------


def test_message_with_layout_is_v2_and_uploads_each_file_once() -> None:
    chart = _png("chart.png")
    container = (
        se.ContainerComponentBuilder()
        .add_media_gallery([se.MediaGalleryItemBuilder(media=chart)])
        .add_file(chart)
    )

    payload, uploads = se.serialize_message_fields(
        components=[container], flags=hikari_like.MessageFlag.EPHEMERAL
    )

    assert payload["flags"] == IS_COMPONENTS_V2 | 64
    assert payload["attachments"] == [{"id": 0, "filename": "chart.png"}]
    assert uploads == [chart]


def test_a_message_of_plain_rows_is_not_v2() -> None:
    payload, _ = se.serialize_message_fields(
        components=[se.MessageActionRowBuilder().add_component(_button())]
    )
    assert "flags" not in payload


# -- porting from hikari ---------------------------------------------------------------------------

_HIKARI_NAMES = [
    "ContainerComponentBuilder",
    "SectionComponentBuilder",
    "ThumbnailComponentBuilder",
    "MediaGalleryComponentBuilder",
    "MediaGalleryItemBuilder",
    "SeparatorComponentBuilder",
    "FileComponentBuilder",
    "TextDisplayComponentBuilder",
]


@pytest.mark.parametrize("name", _HIKARI_NAMES)
def test_hikari_constructor_keywords_and_adders_exist(name: str) -> None:
    from hikari.impl import special_endpoints as hikari_endpoints

    theirs, ours = getattr(hikari_endpoints, name), getattr(se, name)
    assert set(inspect.signature(theirs).parameters) <= set(inspect.signature(ours).parameters)
    for method in (attribute for attribute in dir(theirs) if attribute.startswith("add_")):
        their_parameters = set(inspect.signature(getattr(theirs, method)).parameters)
        assert their_parameters <= set(inspect.signature(getattr(ours, method)).parameters), method


def test_same_container_json_as_hikari() -> None:
    from hikari.colors import Color as HikariColor
    from hikari.components import SpacingType as HikariSpacingType
    from hikari.impl import special_endpoints as hikari_endpoints

    def build(endpoints: typing.Any, spacing: typing.Any) -> typing.Any:
        section = endpoints.SectionComponentBuilder(
            accessory=endpoints.ThumbnailComponentBuilder(media=CAT_URL, description="Cat", spoiler=True)
        )
        container = endpoints.ContainerComponentBuilder(accent_color=HikariColor(0x123456), spoiler=True)
        container.add_component(section.add_text_display("Hi", id=3)).add_text_display("More")
        container.add_separator(spacing=spacing, divider=False)
        container.add_media_gallery([endpoints.MediaGalleryItemBuilder(media=CAT_URL, description="d")])
        return container.build()[0]

    assert build(se, SpacingType.LARGE) == build(hikari_endpoints, HikariSpacingType.LARGE)


# -- round trip through a real server --------------------------------------------------------------


async def test_listener_answers_with_a_v2_message(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> se.InteractionMessageBuilder:
        section = se.SectionComponentBuilder(accessory=se.ThumbnailComponentBuilder(media=_png("cat.png")))
        card = (
            se.ContainerComponentBuilder(accent_color=0xFF8800)
            .add_component(section.add_text_display(f"Hello {interaction.user.username}"))
            .add_media_gallery([se.MediaGalleryItemBuilder(media=CAT_URL, description="A cat")])
            .add_separator(divider=True)
            .add_action_row([_button("adopt"), _button("skip")])
        )
        return interaction.build_response().add_component(card)

    server.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("cat")

    response = await client.send(payload)

    assert response.status == 200
    assert response.content_type == "multipart/form-data"
    data = response.payload_json["data"]
    assert data["flags"] == IS_COMPONENTS_V2
    assert data["attachments"] == [{"id": 0, "filename": "cat.png"}]
    assert response.attachments == {"cat.png": b"\x89PNG fake cat.png"}
    (card,) = data["components"]
    assert (card["type"], card["accent_color"]) == (17, 0xFF8800)
    assert [child["type"] for child in card["components"]] == [9, 12, 14, 1]
    section = card["components"][0]
    assert section["components"] == [
        {"type": 10, "content": f"Hello {payload['member']['user']['username']}"}
    ]
    assert section["accessory"]["media"] == {"url": "attachment://cat.png"}


async def test_button_opens_a_modal_of_labels(
    server: hikari_like.InteractionServer, client: InteractionClient
) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> se.InteractionModalBuilder:
        # min_values=1: a modal's select is required unless it says otherwise, and Discord then
        # refuses a minimum of 0 (the builder's default, which messages allow).
        menu = se.TextSelectMenuBuilder(custom_id="kind", min_values=1).add_option("Bug", "bug")
        menu.add_option("Idea", "idea")
        return (
            interaction.build_modal_response("Report", "report")
            .add_component(se.TextDisplayComponentBuilder(content="Tell us more"))
            .add_component(se.LabelComponentBuilder(label="Kind", component=menu))
            .add_component(
                se.LabelComponentBuilder(
                    label="Details", component=se.TextInputBuilder(custom_id="details", max_length=1000)
                )
            )
            .add_component(
                se.LabelComponentBuilder(
                    label="Screenshots",
                    component=se.FileUploadComponentBuilder(
                        custom_id="shots", min_values=0, is_required=False
                    ),
                )
            )
        )

    server.set_listener(hikari_like.ComponentInteraction, on_component)

    response = await client.send(payloads.button_press("report"))

    body = response.json()
    assert (body["type"], body["data"]["title"], body["data"]["custom_id"]) == (9, "Report", "report")
    text, kind, details, shots = body["data"]["components"]
    assert text == {"type": 10, "content": "Tell us more"}
    assert (kind["type"], kind["label"], kind["component"]["type"]) == (
        18,
        "Kind",
        ComponentType.TEXT_SELECT_MENU,
    )
    assert [option["value"] for option in kind["component"]["options"]] == ["bug", "idea"]
    assert details["component"] == {
        "type": 4,
        "custom_id": "details",
        "style": 1,
        "required": True,
        "min_length": 0,
        "max_length": 1000,
    }
    assert shots["component"] == {
        "type": 19,
        "custom_id": "shots",
        "min_values": 0,
        "max_values": 1,
        "required": False,
    }
    check_modal_components(body["data"]["components"])  # what Discord would accept
