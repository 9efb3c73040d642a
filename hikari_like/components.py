"""Message and modal components: their types and styles, and the models of received components.

A message's `components` (and a submitted modal's rows) arrive as these models. Narrow with
`isinstance`, as with hikari:

```python
for row in interaction.message.components:
    if isinstance(row, ActionRowComponent):
        for child in row:
            if isinstance(child, ButtonComponent):
                print(child.custom_id, child.label)
```

Components of a type this release does not know are kept as plain `PartialComponent`s.
"""

from __future__ import annotations

__all__ = [
    "ActionRowComponent",
    "ButtonComponent",
    "ButtonStyle",
    "ChannelSelectMenuComponent",
    "ComponentType",
    "ContainerComponent",
    "ContainerTypesT",
    "FileComponent",
    "InteractiveButtonTypes",
    "InteractiveButtonTypesT",
    "MediaGalleryComponent",
    "MediaGalleryItem",
    "MediaLoadingType",
    "MediaResource",
    "MessageActionRowComponent",
    "MessageComponentTypesT",
    "ModalActionRowComponent",
    "ModalComponentTypesT",
    "PartialComponent",
    "SectionAccessoryTypesT",
    "SectionComponent",
    "SectionComponentTypesT",
    "SelectMenuComponent",
    "SelectMenuOption",
    "SelectMenuTypes",
    "SelectMenuTypesT",
    "SeparatorComponent",
    "SpacingType",
    "TextDisplayComponent",
    "TextInputComponent",
    "TextInputStyle",
    "TextSelectMenuComponent",
    "ThumbnailComponent",
    "TopLevelComponentTypesT",
]

import typing

import attrs

from hikari_like import channels
from hikari_like import colors
from hikari_like import emojis
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.internal import enums

if typing.TYPE_CHECKING:
    import concurrent.futures


class ComponentType(enums.TolerantIntEnum):
    """The type of a component in a message or modal."""

    ACTION_ROW = 1
    BUTTON = 2
    TEXT_SELECT_MENU = 3
    TEXT_INPUT = 4
    USER_SELECT_MENU = 5
    ROLE_SELECT_MENU = 6
    MENTIONABLE_SELECT_MENU = 7
    CHANNEL_SELECT_MENU = 8
    SECTION = 9
    TEXT_DISPLAY = 10
    THUMBNAIL = 11
    MEDIA_GALLERY = 12
    FILE = 13
    SEPARATOR = 14
    CONTAINER = 17
    LABEL = 18
    FILE_UPLOAD = 19
    RADIO_GROUP = 21
    CHECKBOX_GROUP = 22
    CHECKBOX = 23


class ButtonStyle(enums.TolerantIntEnum):
    """How a button looks (and, for LINK and PREMIUM, what it does)."""

    PRIMARY = 1
    SECONDARY = 2
    SUCCESS = 3
    DANGER = 4
    LINK = 5
    PREMIUM = 6


class TextInputStyle(enums.TolerantIntEnum):
    """A modal text input's size."""

    SHORT = 1
    PARAGRAPH = 2


class SpacingType(enums.TolerantIntEnum):
    """How much room a separator leaves above and below itself."""

    SMALL = 1
    LARGE = 2


class MediaLoadingType(enums.TolerantIntEnum):
    """Whether Discord managed to fetch a media item (reported on received components)."""

    UNKNOWN = 0
    LOADING = 1
    LOADED_SUCCESS = 2
    LOADED_NOT_FOUND = 3


@attrs.define(kw_only=True)
class PartialComponent:
    """Any component Discord sent: its type and numeric id.

    Component types this release does not know arrive as exactly this class, so a message or
    modal carrying tomorrow's components still parses.
    """

    type: ComponentType
    id: int
    """The component's numeric id, unique in its message or modal (0 in payloads that predate ids)."""


_ChildT = typing.TypeVar("_ChildT", bound=PartialComponent)


@attrs.define(kw_only=True)
class ActionRowComponent(PartialComponent, typing.Generic[_ChildT]):
    """A row of components; it reads like a sequence of its children.

    ```python
    row = interaction.message.components[0]
    labels = [button.label for button in row if isinstance(button, ButtonComponent)]
    ```
    """

    components: typing.Sequence[_ChildT]

    @typing.overload
    def __getitem__(self, index: int, /) -> _ChildT: ...

    @typing.overload
    def __getitem__(self, index: slice, /) -> typing.Sequence[_ChildT]: ...

    def __getitem__(self, index: int | slice, /) -> _ChildT | typing.Sequence[_ChildT]:
        return self.components[index]

    def __iter__(self) -> typing.Iterator[_ChildT]:
        return iter(self.components)

    def __len__(self) -> int:
        return len(self.components)


@attrs.define(kw_only=True)
class MessageActionRowComponent(ActionRowComponent[PartialComponent]):
    """A row on a message: up to five buttons or one select menu (`MessageComponentTypesT`).

    Children of a type this release does not know are kept as `PartialComponent`s.
    """


@attrs.define(kw_only=True)
class ModalActionRowComponent(ActionRowComponent[PartialComponent]):
    """A row in a submitted modal, holding a text input (`ModalComponentTypesT`)."""


@attrs.define(kw_only=True)
class ButtonComponent(PartialComponent):
    """A button on a message: interactive (`custom_id`), link (`url`) or premium (`sku_id`)."""

    style: ButtonStyle
    label: str | None
    emoji: emojis.Emoji | None
    custom_id: str | None
    """What your listener receives when it is pressed; `None` for link and premium buttons."""
    url: str | None
    """Where a LINK button leads."""
    sku_id: snowflakes.Snowflake | None
    """What a PREMIUM button sells."""
    is_disabled: bool


@attrs.define(kw_only=True)
class SelectMenuOption:
    """One choice of a text select menu."""

    label: str
    value: str
    """What your listener receives in `values` when the option is chosen."""
    description: str | None
    emoji: emojis.Emoji | None
    is_default: bool


@attrs.define(kw_only=True)
class SelectMenuComponent(PartialComponent):
    """A select menu on a message; user, role and mentionable menus are just this."""

    custom_id: str
    placeholder: str | None
    min_values: int
    max_values: int
    is_disabled: bool


@attrs.define(kw_only=True)
class TextSelectMenuComponent(SelectMenuComponent):
    """A select menu of options you defined."""

    options: typing.Sequence[SelectMenuOption]


@attrs.define(kw_only=True)
class ChannelSelectMenuComponent(SelectMenuComponent):
    """A select menu of channels, limited to `channel_types` when that is not empty."""

    channel_types: typing.Sequence[channels.ChannelType]


@attrs.define(kw_only=True)
class TextInputComponent(PartialComponent):
    """A text input of a submitted modal and what the user typed in it."""

    custom_id: str
    value: str


@attrs.define(kw_only=True)
class MediaResource(files.Resource):
    """The media a thumbnail, gallery item or file component shows (Discord's unfurled media item).

    It is a `Resource`: `await media.read()` downloads it. The sizes, content type and loading
    state are `UNDEFINED` when Discord did not send them.
    """

    resource: files.Resource
    proxy_resource: files.Resource | None = None
    """Discord's proxied copy, when Discord sent one."""
    width: undefined.UndefinedNoneOr[int]
    height: undefined.UndefinedNoneOr[int]
    content_type: undefined.UndefinedNoneOr[str]
    loading_state: undefined.UndefinedNoneOr[MediaLoadingType]

    @property
    def url(self) -> str:
        """The media's URL (`attachment://<name>` for a file of the message, as sent)."""
        return self.resource.url

    @property
    def filename(self) -> str:
        """The media's file name (from the resource)."""
        return self.resource.filename

    @property
    def proxy_url(self) -> str | None:
        """The proxied copy's URL, or `None`."""
        return None if self.proxy_resource is None else self.proxy_resource.url

    @property
    def proxy_filename(self) -> str | None:
        """The proxied copy's file name, or `None`."""
        return None if self.proxy_resource is None else self.proxy_resource.filename

    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> files.AsyncReaderContextManager[files.AsyncReader]:
        """Open the media for reading (see `Resource.stream`)."""
        return self.resource.stream(executor=executor, head_only=head_only)

    async def save(
        self, path: files.Pathish, *, executor: concurrent.futures.Executor | None = None, force: bool = False
    ) -> None:
        """Save the media to `path` (see `Resource.save`)."""
        # The resource's own save: a file on disk is then copied, not streamed through the loop.
        await self.resource.save(path, executor=executor, force=force)


@attrs.define(kw_only=True)
class TextDisplayComponent(PartialComponent):
    """Markdown text shown in a components-v2 message."""

    content: str


@attrs.define(kw_only=True)
class ThumbnailComponent(PartialComponent):
    """A small image, the accessory of a section."""

    media: MediaResource
    description: str | None
    """The image's alt text."""
    is_spoiler: bool


@attrs.define(kw_only=True)
class SectionComponent(PartialComponent):
    """Text (one to three text displays) next to an accessory: a button or a thumbnail."""

    components: typing.Sequence[SectionComponentTypesT | PartialComponent]
    accessory: SectionAccessoryTypesT | PartialComponent


@attrs.define(kw_only=True)
class MediaGalleryItem:
    """One image or video of a media gallery."""

    media: MediaResource
    description: str | None
    """The item's alt text."""
    is_spoiler: bool


@attrs.define(kw_only=True)
class MediaGalleryComponent(PartialComponent):
    """A grid of one to ten images or videos."""

    items: typing.Sequence[MediaGalleryItem]


@attrs.define(kw_only=True)
class SeparatorComponent(PartialComponent):
    """Vertical space between components, with or without a line."""

    spacing: SpacingType
    divider: bool
    """Whether a line is drawn (Discord's default is `True`)."""


@attrs.define(kw_only=True)
class FileComponent(PartialComponent):
    """A file of the message, shown as a download."""

    file: MediaResource
    is_spoiler: bool
    name: str | None = None
    """The file's name, as Discord reports it on received messages."""
    size: int | None = None
    """The file's size in bytes, as Discord reports it on received messages."""


@attrs.define(kw_only=True)
class ContainerComponent(PartialComponent):
    """A box around other components, with an optional coloured bar on its side."""

    accent_color: colors.Color | None
    is_spoiler: bool
    components: typing.Sequence[ContainerTypesT | PartialComponent]


ContainerTypesT = (
    ActionRowComponent[PartialComponent]
    | TextDisplayComponent
    | SectionComponent
    | MediaGalleryComponent
    | SeparatorComponent
    | FileComponent
)
"""What a container holds: everything a message's top level holds except another container."""

TopLevelComponentTypesT = ContainerTypesT | ContainerComponent
"""What a message's `components` holds (plus `PartialComponent` for types this release does not know)."""

SectionComponentTypesT = TextDisplayComponent
"""What a section's `components` holds."""

SectionAccessoryTypesT = ButtonComponent | ThumbnailComponent
"""What a section's `accessory` is."""

MessageComponentTypesT = ButtonComponent | SelectMenuComponent
"""What a message's action row holds."""

ModalComponentTypesT = TextInputComponent
"""What a submitted modal's action row holds."""

SelectMenuTypesT = typing.Literal[
    ComponentType.TEXT_SELECT_MENU,
    3,
    ComponentType.USER_SELECT_MENU,
    5,
    ComponentType.ROLE_SELECT_MENU,
    6,
    ComponentType.MENTIONABLE_SELECT_MENU,
    7,
    ComponentType.CHANNEL_SELECT_MENU,
    8,
]
"""The component types that are select menus."""

SelectMenuTypes: typing.Final[typing.AbstractSet[SelectMenuTypesT]] = frozenset(
    [
        ComponentType.TEXT_SELECT_MENU,
        ComponentType.USER_SELECT_MENU,
        ComponentType.ROLE_SELECT_MENU,
        ComponentType.MENTIONABLE_SELECT_MENU,
        ComponentType.CHANNEL_SELECT_MENU,
    ]
)
"""The component types that are select menus, as a set to test membership."""

InteractiveButtonTypesT = typing.Literal[
    ButtonStyle.PRIMARY, 1, ButtonStyle.SECONDARY, 2, ButtonStyle.SUCCESS, 3, ButtonStyle.DANGER, 4
]
"""The button styles that send an interaction when pressed."""

InteractiveButtonTypes: typing.Final[typing.AbstractSet[InteractiveButtonTypesT]] = frozenset(
    [ButtonStyle.PRIMARY, ButtonStyle.SECONDARY, ButtonStyle.SUCCESS, ButtonStyle.DANGER]
)
"""The button styles that send an interaction when pressed, as a set to test membership."""
