"""Message components read as models: every type as Discord documents it, unknown types, a real
component interaction, modal rows sharing the same row model, and builders' JSON parsed back."""

from __future__ import annotations

import copy
import typing

import aiohttp.web

import hikari_like
from hikari_like import channels
from hikari_like import colors
from hikari_like import emojis
from hikari_like import files
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.component_parsing import deserialize_components
from hikari_like.component_parsing import deserialize_media
from hikari_like.components import ActionRowComponent
from hikari_like.components import ButtonComponent
from hikari_like.components import ButtonStyle
from hikari_like.components import ChannelSelectMenuComponent
from hikari_like.components import ComponentType
from hikari_like.components import ContainerComponent
from hikari_like.components import FileComponent
from hikari_like.components import MediaGalleryComponent
from hikari_like.components import MediaGalleryItem
from hikari_like.components import MediaLoadingType
from hikari_like.components import MediaResource
from hikari_like.components import MessageActionRowComponent
from hikari_like.components import ModalActionRowComponent
from hikari_like.components import PartialComponent
from hikari_like.components import SectionComponent
from hikari_like.components import SelectMenuComponent
from hikari_like.components import SelectMenuOption
from hikari_like.components import SeparatorComponent
from hikari_like.components import SpacingType
from hikari_like.components import TextDisplayComponent
from hikari_like.components import TextInputComponent
from hikari_like.components import TextSelectMenuComponent
from hikari_like.components import ThumbnailComponent
from hikari_like.impl import builders as se
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import ResponseType
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from tests.helpers import APP

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

CDN: typing.Final = "https://cdn.discordapp.com/attachments/1/2"
MEDIA_PROXY: typing.Final = "https://media.discordapp.net/attachments/1/2"
SKU: typing.Final = snowflakes.Snowflake(1088510058284990888)


def _message_on(components: list[JSONObject]) -> messages.Message:
    payload = payloads.button_press("x")
    payload["message"]["components"] = components
    return ComponentInteraction.from_payload(payload, app=APP).message


def _media(name: str, **fields: typing.Any) -> MediaResource:
    unsent = dict.fromkeys(("width", "height", "content_type", "loading_state"), undefined.UNDEFINED)
    return MediaResource(resource=files.URL(f"{CDN}/{name}"), **(unsent | fields))


def _single(components: typing.Sequence[PartialComponent]) -> PartialComponent:
    (component,) = components
    return component


# -- every type, as discord-api-docs shows it (components/reference.mdx), ids as Discord returns --


LEGACY_ROWS: typing.Final[list[JSONObject]] = [
    {
        "type": 1,
        "id": 1,
        "components": [
            {"type": 2, "id": 2, "custom_id": "click_yes", "label": "Accept", "style": 1},
            {
                "type": 2,
                "id": 3,
                "label": "Learn More",
                "style": 5,
                "url": "http://watchanimeattheoffice.com/",
            },
            {"type": 2, "id": 4, "custom_id": "click_no", "label": "Decline", "style": 4, "disabled": True},
        ],
    },
    {"type": 1, "id": 5, "components": [{"type": 2, "id": 6, "style": 6, "sku_id": str(SKU)}]},
    {
        "type": 1,
        "id": 7,
        "components": [
            {
                "type": 3,
                "id": 8,
                "custom_id": "class_select_1",
                "placeholder": "Which class do you choose?",
                "min_values": 1,
                "max_values": 3,
                "options": [
                    {
                        "label": "Rogue",
                        "value": "rogue",
                        "description": "Sneak n stab",
                        "emoji": {"name": "rogue", "id": "625891304148303894"},
                    },
                    {
                        "label": "Mage",
                        "value": "mage",
                        "emoji": {"name": "\N{CRYSTAL BALL}", "id": None},
                        "default": True,
                    },
                ],
            }
        ],
    },
    {"type": 1, "id": 9, "components": [{"type": 5, "id": 10, "custom_id": "user_select"}]},
    {
        "type": 1,
        "id": 11,
        "components": [
            {"type": 8, "id": 12, "custom_id": "channel_select", "channel_types": [0, 2], "disabled": True}
        ],
    },
]


def test_legacy_rows_of_buttons_and_selects() -> None:
    buttons, premium, text_row, user_row, channel_row = _message_on(copy.deepcopy(LEGACY_ROWS)).components

    assert isinstance(buttons, MessageActionRowComponent)
    assert isinstance(buttons, ActionRowComponent)
    assert (buttons.type, buttons.id, len(buttons)) == (ComponentType.ACTION_ROW, 1, 3)
    accept, learn_more, decline = buttons
    assert accept == ButtonComponent(
        type=ComponentType.BUTTON,
        id=2,
        style=ButtonStyle.PRIMARY,
        label="Accept",
        emoji=None,
        custom_id="click_yes",
        url=None,
        sku_id=None,
        is_disabled=False,
    )
    assert isinstance(learn_more, ButtonComponent)
    assert (learn_more.style, learn_more.url, learn_more.custom_id) == (
        ButtonStyle.LINK,
        "http://watchanimeattheoffice.com/",
        None,
    )
    assert isinstance(decline, ButtonComponent)
    assert (decline.style, decline.is_disabled) == (ButtonStyle.DANGER, True)
    assert isinstance(premium, ActionRowComponent)
    sku_button = premium[0]
    assert isinstance(sku_button, ButtonComponent)
    assert (sku_button.style, sku_button.sku_id, sku_button.label) == (ButtonStyle.PREMIUM, SKU, None)

    assert isinstance(text_row, ActionRowComponent)
    menu = text_row[0]
    assert isinstance(menu, TextSelectMenuComponent)
    assert (menu.type, menu.custom_id, menu.placeholder) == (
        ComponentType.TEXT_SELECT_MENU,
        "class_select_1",
        "Which class do you choose?",
    )
    assert (menu.min_values, menu.max_values, menu.is_disabled) == (1, 3, False)
    rogue, mage = menu.options
    assert rogue == SelectMenuOption(
        label="Rogue",
        value="rogue",
        description="Sneak n stab",
        emoji=emojis.CustomEmoji(
            id=snowflakes.Snowflake(625891304148303894), name="rogue", is_animated=False
        ),
        is_default=False,
    )
    assert (mage.emoji, mage.description, mage.is_default) == (
        emojis.UnicodeEmoji("\N{CRYSTAL BALL}"),
        None,
        True,
    )

    assert isinstance(user_row, ActionRowComponent)
    assert user_row[0] == SelectMenuComponent(
        type=ComponentType.USER_SELECT_MENU,
        id=10,
        custom_id="user_select",
        placeholder=None,
        min_values=1,
        max_values=1,
        is_disabled=False,
    )
    assert isinstance(channel_row, ActionRowComponent)
    channel_menu = channel_row[0]
    assert isinstance(channel_menu, ChannelSelectMenuComponent)
    assert channel_menu.channel_types == [channels.ChannelType.GUILD_TEXT, channels.ChannelType.GUILD_VOICE]
    assert channel_menu.is_disabled is True


def test_the_port_idiom_reads_a_label() -> None:
    message = _message_on(copy.deepcopy(LEGACY_ROWS))

    # What a hikari program writes in a button handler.
    assert message.components[0].components[0].label == "Accept"  # type: ignore[union-attr]


def test_an_action_row_is_a_sequence() -> None:
    row = _single(_message_on(copy.deepcopy(LEGACY_ROWS[:1])).components)

    assert isinstance(row, ActionRowComponent)
    assert [button.id for button in row] == [2, 3, 4]
    assert [button.id for button in row[1:]] == [3, 4]
    assert row[-1].id == 4
    assert len(row) == 3


SECTION: typing.Final[JSONObject] = {
    "type": 9,
    "id": 1,
    "components": [
        {"type": 10, "id": 2, "content": "# Real Game v7.3"},
        {"type": 10, "id": 3, "content": "-# That last one wasn't real"},
    ],
    "accessory": {
        "type": 11,
        "id": 4,
        "media": {
            "url": f"{CDN}/gamepreview.webp",
            "proxy_url": f"{MEDIA_PROXY}/gamepreview.webp",
            "width": 256,
            "height": 128,
            "content_type": "image/webp",
            "loading_state": 2,
        },
        "description": "A preview",
        "spoiler": False,
    },
}


def test_section_with_a_thumbnail() -> None:
    section = _single(_message_on([copy.deepcopy(SECTION)]).components)

    assert isinstance(section, SectionComponent)
    assert section.components == [
        TextDisplayComponent(type=ComponentType.TEXT_DISPLAY, id=2, content="# Real Game v7.3"),
        TextDisplayComponent(type=ComponentType.TEXT_DISPLAY, id=3, content="-# That last one wasn't real"),
    ]
    thumbnail = section.accessory
    assert isinstance(thumbnail, ThumbnailComponent)
    assert (thumbnail.id, thumbnail.description, thumbnail.is_spoiler) == (4, "A preview", False)
    media = thumbnail.media
    assert (media.url, media.filename, media.extension) == (
        f"{CDN}/gamepreview.webp",
        "gamepreview.webp",
        "webp",
    )
    assert (media.proxy_url, media.proxy_filename) == (f"{MEDIA_PROXY}/gamepreview.webp", "gamepreview.webp")
    assert (media.width, media.height, media.content_type) == (256, 128, "image/webp")
    assert media.loading_state is MediaLoadingType.LOADED_SUCCESS


def test_section_with_a_button() -> None:
    payload = copy.deepcopy(SECTION)
    payload["accessory"] = {"type": 2, "id": 4, "style": 2, "custom_id": "more", "label": "More"}

    section = _single(_message_on([payload]).components)

    assert isinstance(section, SectionComponent)
    assert isinstance(section.accessory, ButtonComponent)
    assert (section.accessory.custom_id, section.accessory.style) == ("more", ButtonStyle.SECONDARY)


def test_media_gallery_file_and_separator() -> None:
    gallery, file, separator = _message_on(
        [
            {
                "type": 12,
                "id": 1,
                "items": [
                    {"media": {"url": f"{CDN}/webcam1.webp"}, "description": "An aerial view"},
                    {"media": {"url": f"{CDN}/webcam2.webp"}, "spoiler": True},
                ],
            },
            {
                "type": 13,
                "id": 2,
                "file": {"url": f"{CDN}/game.zip", "content_type": "application/zip"},
                "name": "game.zip",
                "size": 4096,
            },
            {"type": 14, "id": 3, "divider": False, "spacing": 2},
        ]
    ).components

    assert gallery == MediaGalleryComponent(
        type=ComponentType.MEDIA_GALLERY,
        id=1,
        items=[
            MediaGalleryItem(media=_media("webcam1.webp"), description="An aerial view", is_spoiler=False),
            MediaGalleryItem(media=_media("webcam2.webp"), description=None, is_spoiler=True),
        ],
    )
    assert file == FileComponent(
        type=ComponentType.FILE,
        id=2,
        file=_media("game.zip", content_type="application/zip"),
        is_spoiler=False,
        name="game.zip",
        size=4096,
    )
    assert separator == SeparatorComponent(
        type=ComponentType.SEPARATOR, id=3, spacing=SpacingType.LARGE, divider=False
    )


CONTAINER: typing.Final[JSONObject] = {
    "type": 17,
    "id": 1,
    "accent_color": 703487,
    "components": [
        {"type": 10, "id": 2, "content": "# You have encountered a wild coyote!"},
        {"type": 12, "id": 3, "items": [{"media": {"url": f"{CDN}/coyote.webp"}}]},
        {"type": 14, "id": 4},
        {
            "type": 1,
            "id": 5,
            "components": [
                {"type": 2, "id": 6, "custom_id": "pet_coyote", "label": "Pet it!", "style": 1},
                {"type": 2, "id": 7, "custom_id": "run_away", "label": "Run away!", "style": 4},
            ],
        },
    ],
}


def test_container_holds_rows_and_content() -> None:
    container = _single(_message_on([copy.deepcopy(CONTAINER)]).components)

    assert isinstance(container, ContainerComponent)
    assert container.accent_color == colors.Color(0x0ABBFF)
    assert isinstance(container.accent_color, colors.Color)
    assert container.is_spoiler is False
    text, gallery, separator, row = container.components
    assert isinstance(text, TextDisplayComponent)
    assert isinstance(gallery, MediaGalleryComponent)
    # Discord's documented defaults: small spacing, with a line.
    assert separator == SeparatorComponent(
        type=ComponentType.SEPARATOR, id=4, spacing=SpacingType.SMALL, divider=True
    )
    assert isinstance(row, MessageActionRowComponent)
    assert [button.custom_id for button in row if isinstance(button, ButtonComponent)] == [
        "pet_coyote",
        "run_away",
    ]


def test_missing_optional_fields_become_none_or_undefined() -> None:
    button, menu = _message_on(
        [
            {"type": 1, "components": [{"type": 2, "style": 1, "custom_id": "a"}]},
            {"type": 1, "components": [{"type": 3, "custom_id": "m"}]},
        ]
    ).components
    assert isinstance(button, ActionRowComponent)
    assert button.id == 0
    assert button[0] == ButtonComponent(
        type=ComponentType.BUTTON,
        id=0,
        style=ButtonStyle.PRIMARY,
        label=None,
        emoji=None,
        custom_id="a",
        url=None,
        sku_id=None,
        is_disabled=False,
    )
    assert isinstance(menu, ActionRowComponent)
    assert menu[0] == TextSelectMenuComponent(
        type=ComponentType.TEXT_SELECT_MENU,
        id=0,
        custom_id="m",
        placeholder=None,
        min_values=1,
        max_values=1,
        is_disabled=False,
        options=[],
    )
    media = deserialize_media({"url": f"{CDN}/a.png"})
    assert (media.width, media.height, media.content_type, media.loading_state) == (
        undefined.UNDEFINED,
        undefined.UNDEFINED,
        undefined.UNDEFINED,
        undefined.UNDEFINED,
    )
    assert (media.proxy_resource, media.proxy_url, media.proxy_filename) == (None, None, None)
    nulls = deserialize_media({"url": f"{CDN}/a.png", "width": None, "height": None, "loading_state": None})
    assert (nulls.width, nulls.height, nulls.loading_state) == (None, None, None)
    container = _single(deserialize_components([{"type": 17, "components": []}]))
    assert isinstance(container, ContainerComponent)
    assert (container.accent_color, container.is_spoiler, container.components) == (None, False, [])


# -- tolerance --------------------------------------------------------------------------------------


def test_unknown_types_anywhere_are_partial_components() -> None:
    section = copy.deepcopy(SECTION)
    section["components"].append({"type": 97, "id": 20, "content": "future"})
    section["accessory"] = {"type": 98, "id": 21}
    container = copy.deepcopy(CONTAINER)
    container["components"].append({"type": 99, "id": 22, "components": [{"type": 2}]})
    row = copy.deepcopy(LEGACY_ROWS[0])
    row["components"].append({"type": 96, "id": 23, "shiny": True})

    top_unknown, parsed_section, parsed_container, parsed_row = _message_on(
        [{"type": 95, "id": 24, "whatever": [1, 2]}, section, container, row]
    ).components

    assert type(top_unknown) is PartialComponent
    assert (top_unknown.type, top_unknown.id, top_unknown.type.is_known) == (95, 24, False)
    assert isinstance(parsed_section, SectionComponent)
    assert type(parsed_section.components[-1]) is PartialComponent
    assert parsed_section.accessory == PartialComponent(type=ComponentType(98), id=21)
    assert isinstance(parsed_container, ContainerComponent)
    assert parsed_container.components[-1] == PartialComponent(type=ComponentType(99), id=22)
    assert isinstance(parsed_row, ActionRowComponent)
    assert parsed_row[-1] == PartialComponent(type=ComponentType(96), id=23)


def test_unknown_enum_values_are_kept() -> None:
    parsed = deserialize_components(
        [
            {"type": 1, "components": [{"type": 2, "style": 9, "custom_id": "x"}]},
            {"type": 14, "spacing": 7},
            {"type": 13, "file": {"url": "attachment://a.bin", "loading_state": 8}},
            {"type": 1, "components": [{"type": 8, "custom_id": "c", "channel_types": [77]}]},
        ]
    )
    row, separator, file, channel_row = parsed

    assert isinstance(row, ActionRowComponent)
    assert isinstance(row[0], ButtonComponent)
    assert row[0].style == 9
    assert isinstance(separator, SeparatorComponent)
    assert separator.spacing.name == "UNKNOWN_7"
    assert isinstance(file, FileComponent)
    assert file.file.loading_state == 8
    assert (file.file.url, file.file.filename) == ("attachment://a.bin", "a.bin")
    assert isinstance(channel_row, ActionRowComponent)
    assert isinstance(channel_row[0], ChannelSelectMenuComponent)
    assert channel_row[0].channel_types == [77]


def test_components_are_parsed_once_and_only_when_read() -> None:
    ordinary = _message_on(copy.deepcopy(LEGACY_ROWS))

    assert ordinary.components is ordinary.components


def test_a_component_that_cannot_be_read_is_kept_as_its_type_and_id() -> None:
    # A button without its style, a section whose accessory is not a component: read as the
    # components of types this release does not know are, so `components` never raises.
    payload = [
        {"type": 1, "id": 1, "components": [{"type": 2, "id": 2}, "not a component", {"id": 3}]},
        {"type": 9, "id": 4, "components": [], "accessory": "nothing"},
    ]
    message = _message_on(payload)

    row, section = message.components
    assert isinstance(row, MessageActionRowComponent)
    assert [(type(child), child.type, child.id) for child in row] == [(PartialComponent, 2, 2)]
    assert (type(section), section.type, section.id) == (PartialComponent, 9, 4)


def test_a_message_without_components() -> None:
    payload = payloads.button_press("x")
    del payload["message"]["components"]

    message = ComponentInteraction.from_payload(payload, app=APP).message

    assert message.components == []


# -- media are resources ----------------------------------------------------------------------------


async def test_media_is_a_readable_resource() -> None:
    async def serve(_: aiohttp.web.Request) -> aiohttp.web.Response:
        return aiohttp.web.Response(body=b"\x89PNG cat", content_type="image/png")

    app = aiohttp.web.Application()
    app.router.add_get("/cat.png", serve)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        media = deserialize_media({"url": f"http://127.0.0.1:{port}/cat.png"})
        assert isinstance(media, files.Resource)
        assert await media.read() == b"\x89PNG cat"
    finally:
        await runner.cleanup()


# -- modal rows are the same row model ----------------------------------------------------------------


def test_modal_rows_are_action_rows() -> None:
    payload = payloads.modal_submit("feedback", {"subject": "Bug", "details": "It broke"})

    interaction = ModalInteraction.from_payload(payload, app=APP)

    row = interaction.components[0]
    assert isinstance(row, ActionRowComponent)
    assert isinstance(row, ModalActionRowComponent)
    assert isinstance(row, hikari_like.ModalActionRowComponent)
    assert not isinstance(row, MessageActionRowComponent)
    text_input = row[0]
    assert isinstance(text_input, TextInputComponent)
    assert (text_input.custom_id, text_input.value) == ("subject", "Bug")
    assert hikari_like.TextInputComponent is TextInputComponent
    assert [component.custom_id for component in interaction.iter_components()] == [  # type: ignore[attr-defined]
        "subject",
        "details",
    ]
    assert interaction.get_value("details") == "It broke"


def test_message_rows_are_not_modal_rows() -> None:
    row = _single(_message_on(copy.deepcopy(LEGACY_ROWS[:1])).components)

    assert not isinstance(row, ModalActionRowComponent)


# -- a real component interaction ---------------------------------------------------------------------


async def test_listener_reads_the_message_components_as_models(
    server: hikari_like.InteractionServer, key_pair: KeyPair
) -> None:
    row, _ = se.MessageActionRowBuilder(id=1).add_interactive_button(1, "vote", label="Vote", id=2).build()
    payload = payloads.button_press("vote")
    payload["message"]["components"] = [row, copy.deepcopy(CONTAINER)]
    payload["message"]["flags"] = int(messages.MessageFlag.IS_COMPONENTS_V2)

    async def on_component(interaction: ComponentInteraction) -> se.InteractionMessageBuilder:
        first_row, card = interaction.message.components
        assert isinstance(first_row, ActionRowComponent)
        assert isinstance(card, ContainerComponent)
        pressed = next(button for button in first_row if isinstance(button, ButtonComponent))
        return interaction.build_response(ResponseType.MESSAGE_UPDATE).set_content(
            f"{pressed.label} pressed; card has {len(card.components)} parts"
        )

    server.set_listener(ComponentInteraction, on_component)
    async with InteractionClient(server.urls[0], key_pair) as client:
        response = await client.send(payload)

    assert response.status == 200
    assert response.json()["data"]["content"] == "Vote pressed; card has 4 parts"


# -- round trip: what our builders build parses back --------------------------------------------------


def test_row_builders_round_trip() -> None:
    buttons = (
        se.MessageActionRowBuilder(id=1)
        .add_interactive_button(ButtonStyle.SUCCESS, "ok", label="OK", emoji="\N{THUMBS UP SIGN}", id=2)
        .add_link_button("https://example.com", label="Docs", is_disabled=True, id=3)
        .add_premium_button(SKU, id=4)
    )
    text_menu = (
        se.MessageActionRowBuilder(id=5)
        .add_text_menu("pick", placeholder="Pick", min_values=1, max_values=2, id=6)
        .add_option("One", "1", description="first", emoji=123, is_default=True)
        .add_option("Two", "2")
        .parent
    )
    channel_menu = se.MessageActionRowBuilder(id=7).add_channel_menu(
        "where", channel_types=[channels.ChannelType.GUILD_TEXT], id=8
    )
    role_menu = se.MessageActionRowBuilder(id=9).add_role_menu("roles", is_disabled=True, id=10)

    parsed = deserialize_components(
        [builder.build()[0] for builder in (buttons, text_menu, channel_menu, role_menu)]
    )

    def row(row_id: int, *children: PartialComponent) -> MessageActionRowComponent:
        return MessageActionRowComponent(type=ComponentType.ACTION_ROW, id=row_id, components=list(children))

    def button(button_id: int, style: ButtonStyle, **fields: typing.Any) -> ButtonComponent:
        defaults: dict[str, typing.Any] = {"label": None, "emoji": None, "custom_id": None, "url": None}
        defaults.update(sku_id=None, is_disabled=False)
        return ButtonComponent(type=ComponentType.BUTTON, id=button_id, style=style, **{**defaults, **fields})

    menu_fields: dict[str, typing.Any] = {"placeholder": None, "min_values": 0, "max_values": 1}
    assert parsed == [
        row(
            1,
            button(
                2,
                ButtonStyle.SUCCESS,
                label="OK",
                emoji=emojis.UnicodeEmoji("\N{THUMBS UP SIGN}"),
                custom_id="ok",
            ),
            button(3, ButtonStyle.LINK, label="Docs", url="https://example.com", is_disabled=True),
            button(4, ButtonStyle.PREMIUM, sku_id=SKU),
        ),
        row(
            5,
            TextSelectMenuComponent(
                type=ComponentType.TEXT_SELECT_MENU,
                id=6,
                custom_id="pick",
                placeholder="Pick",
                min_values=1,
                max_values=2,
                is_disabled=False,
                options=[
                    SelectMenuOption(
                        label="One",
                        value="1",
                        description="first",
                        emoji=emojis.CustomEmoji(id=snowflakes.Snowflake(123), name=None, is_animated=False),
                        is_default=True,
                    ),
                    SelectMenuOption(label="Two", value="2", description=None, emoji=None, is_default=False),
                ],
            ),
        ),
        row(
            7,
            ChannelSelectMenuComponent(
                type=ComponentType.CHANNEL_SELECT_MENU,
                id=8,
                custom_id="where",
                is_disabled=False,
                channel_types=[channels.ChannelType.GUILD_TEXT],
                **menu_fields,
            ),
        ),
        row(
            9,
            SelectMenuComponent(
                type=ComponentType.ROLE_SELECT_MENU, id=10, custom_id="roles", is_disabled=True, **menu_fields
            ),
        ),
    ]


def test_layout_builders_round_trip() -> None:
    report = files.Bytes(b"a,b\n1,2\n", "report.csv")
    card = (
        se.ContainerComponentBuilder(accent_color=0xFF8800, spoiler=True, id=1)
        .add_component(
            se.SectionComponentBuilder(
                accessory=se.ThumbnailComponentBuilder(media=f"{CDN}/cat.png", description="A cat", id=4),
                id=2,
            ).add_text_display("Hello", id=3)
        )
        .add_media_gallery([se.MediaGalleryItemBuilder(media=f"{CDN}/dog.png", spoiler=True)], id=5)
        .add_separator(divider=False, spacing=SpacingType.LARGE, id=6)
        .add_file(report, id=7)
        .add_action_row([se.InteractiveButtonBuilder(style=ButtonStyle.PRIMARY, custom_id="go", id=9)], id=8)
    )
    payload, uploads = card.build()

    container = _single(deserialize_components([payload]))

    assert list(uploads) == [report]
    assert isinstance(container, ContainerComponent)
    assert (container.id, container.accent_color, container.is_spoiler) == (1, 0xFF8800, True)
    section, gallery, separator, file, row = container.components
    assert section == SectionComponent(
        type=ComponentType.SECTION,
        id=2,
        components=[TextDisplayComponent(type=ComponentType.TEXT_DISPLAY, id=3, content="Hello")],
        accessory=ThumbnailComponent(
            type=ComponentType.THUMBNAIL, id=4, media=_media("cat.png"), description="A cat", is_spoiler=False
        ),
    )
    assert gallery == MediaGalleryComponent(
        type=ComponentType.MEDIA_GALLERY,
        id=5,
        items=[MediaGalleryItem(media=_media("dog.png"), description=None, is_spoiler=True)],
    )
    assert separator == SeparatorComponent(
        type=ComponentType.SEPARATOR, id=6, spacing=SpacingType.LARGE, divider=False
    )
    assert isinstance(file, FileComponent)
    assert (file.id, file.file.url, file.file.filename, file.is_spoiler) == (
        7,
        "attachment://report.csv",
        "report.csv",
        False,
    )
    assert isinstance(row, MessageActionRowComponent)
    assert [child.id for child in row] == [9]
