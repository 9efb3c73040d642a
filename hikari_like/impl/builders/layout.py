"""Components-v2 layout builders: containers, sections, thumbnails, media galleries, separators, files.

A message whose top-level components include one of these goes out with the IS_COMPONENTS_V2
flag (the message serialiser sets it); Discord then refuses `content` and embeds on it, so the
text lives in `TextDisplayComponentBuilder`s. Media is a URL string, a path, raw data or a
`hikari_like.files.Resource`: Discord fetches web URLs itself, anything else is uploaded with the
message and referenced as `attachment://<filename>` (`build()` returns it among the files).

```python
card = (
    ContainerComponentBuilder(accent_color=0x5865F2)
    .add_text_display("## Daily report")
    .add_separator(divider=True, spacing=SpacingType.LARGE)
    .add_media_gallery([MediaGalleryItemBuilder(media=Bytes(chart_png, "chart.png"))])
)
```
"""

from __future__ import annotations

__all__ = [
    "ContainerComponentBuilder",
    "FileComponentBuilder",
    "MediaGalleryComponentBuilder",
    "MediaGalleryItemBuilder",
    "SectionComponentBuilder",
    "SeparatorComponentBuilder",
    "ThumbnailComponentBuilder",
]

import typing

import attrs

from hikari_like import colors
from hikari_like import errors
from hikari_like import files
from hikari_like import undefined
from hikari_like.components import ComponentType
from hikari_like.components import SpacingType
from hikari_like.impl.builders import checks as builder_checks
from hikari_like.impl.builders import component_rules
from hikari_like.impl.builders import components as component_builders
from hikari_like.impl.builders import rows as row_builders
from hikari_like.impl.builders.fields import put_defined

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_SECTION_TEXTS: typing.Final = component_rules.MAX_SECTION_TEXTS
MAX_GALLERY_ITEMS: typing.Final = 10
MAX_ALT_TEXT: typing.Final = 1024

_SECTION_CHILDREN: typing.Final = component_rules.SECTION_CHILDREN
_SECTION_ACCESSORIES: typing.Final = component_rules.SECTION_ACCESSORIES
_CONTAINER_CHILDREN: typing.Final = component_rules.CONTAINER_CHILDREN

_BuildResult: typing.TypeAlias = tuple["JSONObject", typing.Sequence[files.Resource]]


def _unfurled_media(media: files.Resourceish, uploads: list[files.Resource]) -> JSONObject:
    resource = files.ensure_resource(media)
    # Discord fetches what is on the web; everything else travels with the message.
    if not isinstance(resource, files.WebResource):
        uploads.append(resource)
    return {"url": resource.url}


def _build_all(parts: typing.Iterable[ComponentBuilder]) -> tuple[list[JSONObject], list[files.Resource]]:
    payloads: list[JSONObject] = []
    uploads: list[files.Resource] = []
    for part in parts:
        payload, part_files = part.build()
        payloads.append(payload)
        uploads.extend(part_files)
    return payloads, uploads


def _check_kind(
    component: ComponentBuilder, allowed: frozenset[ComponentType], rule: str, where: str
) -> None:
    # A type this release does not know passes: it may be one Discord added since.
    component_rules.check_child(int(component.type), allowed, rule=rule, where=where)


def _listed(value: typing.Iterable[typing.Any]) -> list[typing.Any]:
    return list(value)


def _to_color(
    value: colors.Colorish | undefined.UndefinedType | None,
) -> colors.Color | undefined.UndefinedType | None:
    if value is _UNDEFINED or value is None:
        return value
    return colors.Color.of(value)


def _to_spacing(value: SpacingType | int | undefined.UndefinedType) -> SpacingType | undefined.UndefinedType:
    if value is _UNDEFINED:
        return value
    spacing = SpacingType(value)
    if not spacing.is_known:
        msg = f"spacing must be SpacingType.SMALL (1) or SpacingType.LARGE (2), got {int(spacing)}"
        raise ValueError(msg)
    return spacing


def _check_uploadable(_: object, __: object, value: files.Resourceish) -> None:
    if isinstance(files.ensure_resource(value), files.WebResource):
        msg = "a File component shows an uploaded file (attachment://); pass the data, a path or a Bytes"
        raise ValueError(msg)


# -- media -----------------------------------------------------------------------------------------


@attrs.define(slots=True, kw_only=True)
class ThumbnailComponentBuilder:
    """A small image beside a section's text (a section's `accessory`).

    >>> ThumbnailComponentBuilder(media="https://example.com/cat.png", description="A cat")
    """

    media: files.Resourceish
    description: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, MAX_ALT_TEXT)
    )
    is_spoiler: bool = attrs.field(default=False, alias="spoiler")
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.THUMBNAIL]:
        """Always `ComponentType.THUMBNAIL`."""
        return ComponentType.THUMBNAIL

    def build(self) -> _BuildResult:
        """The thumbnail payload and the file to upload with it (none for a web URL). Pure."""
        uploads: list[files.Resource] = []
        payload: JSONObject = {"type": int(self.type), "media": _unfurled_media(self.media, uploads)}
        put_defined(payload, "id", self.id)
        put_defined(payload, "description", self.description)
        payload["spoiler"] = self.is_spoiler
        return payload, uploads


@attrs.define(slots=True, kw_only=True)
class MediaGalleryItemBuilder:
    """One image or video in a media gallery, with optional alt text."""

    media: files.Resourceish
    description: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, MAX_ALT_TEXT)
    )
    is_spoiler: bool = attrs.field(default=False, alias="spoiler")

    def build(self) -> _BuildResult:
        """The gallery item object and the file it needs uploaded (none for a web URL)."""
        uploads: list[files.Resource] = []
        payload: JSONObject = {"media": _unfurled_media(self.media, uploads)}
        put_defined(payload, "description", self.description)
        payload["spoiler"] = self.is_spoiler
        return payload, uploads


def _check_gallery_size(_: object, __: object, items: list[MediaGalleryItemBuilder]) -> None:
    if len(items) > MAX_GALLERY_ITEMS:
        msg = f"a media gallery holds at most {MAX_GALLERY_ITEMS} items, got {len(items)}"
        raise errors.DiscordRuleError("media_gallery.items", msg)


@attrs.define(slots=True, kw_only=True)
class MediaGalleryComponentBuilder:
    """A grid of 1 to 10 images or videos.

    >>> MediaGalleryComponentBuilder().add_media_gallery_item("https://example.com/a.png", description="A")
    """

    _items: list[MediaGalleryItemBuilder] = attrs.field(
        factory=list, alias="items", converter=_listed, validator=_check_gallery_size
    )
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.MEDIA_GALLERY]:
        """Always `ComponentType.MEDIA_GALLERY`."""
        return ComponentType.MEDIA_GALLERY

    @property
    def items(self) -> typing.Sequence[MediaGalleryItemBuilder]:
        """The gallery's items (a copy)."""
        return list(self._items)

    def add_item(self, item: MediaGalleryItemBuilder) -> typing.Self:
        """Add an item you built."""
        builder_checks.check_count("items in a media gallery", len(self._items), MAX_GALLERY_ITEMS)
        self._items.append(item)
        return self

    def add_media_gallery_item(
        self,
        media: files.Resourceish,
        *,
        description: str | undefined.UndefinedType = _UNDEFINED,
        spoiler: bool = False,
    ) -> typing.Self:
        """Add an image or video by URL, path, data or resource."""
        return self.add_item(MediaGalleryItemBuilder(media=media, description=description, spoiler=spoiler))

    def build(self) -> _BuildResult:
        """The gallery payload and every file its items upload. Pure.

        Raises `DiscordRuleError` if the gallery is empty (Discord needs 1 to 10 items).
        """
        if not self._items:
            msg = "a media gallery needs at least one item"
            raise errors.DiscordRuleError("media_gallery.items", msg)
        payloads: list[JSONObject] = []
        uploads: list[files.Resource] = []
        for item in self._items:
            payload, item_files = item.build()
            payloads.append(payload)
            uploads.extend(item_files)
        gallery: JSONObject = {"type": int(self.type), "items": payloads}
        put_defined(gallery, "id", self.id)
        return gallery, uploads


@attrs.define(slots=True, kw_only=True)
class FileComponentBuilder:
    """An uploaded file shown in the message (Discord accepts only uploads here, not web URLs).

    >>> FileComponentBuilder(file=Bytes(b"a,b\\n1,2\\n", "report.csv"))
    """

    file: files.Resourceish = attrs.field(validator=_check_uploadable)
    is_spoiler: bool = attrs.field(default=False, alias="spoiler")
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.FILE]:
        """Always `ComponentType.FILE`."""
        return ComponentType.FILE

    def build(self) -> _BuildResult:
        """The file component payload (an `attachment://` reference) and the file to upload. Pure."""
        uploads: list[files.Resource] = []
        payload: JSONObject = {"type": int(self.type), "file": _unfurled_media(self.file, uploads)}
        put_defined(payload, "id", self.id)
        payload["spoiler"] = self.is_spoiler
        return payload, uploads


# -- layout ----------------------------------------------------------------------------------------


@attrs.define(slots=True, kw_only=True)
class SeparatorComponentBuilder:
    """Space between components, with or without a line (Discord's defaults: a line, small spacing)."""

    spacing: SpacingType | undefined.UndefinedType = attrs.field(default=_UNDEFINED, converter=_to_spacing)
    divider: bool | undefined.UndefinedType = _UNDEFINED
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.SEPARATOR]:
        """Always `ComponentType.SEPARATOR`."""
        return ComponentType.SEPARATOR

    def build(self) -> _BuildResult:
        """The separator payload, sending `spacing` and `divider` only when set, and no files. Pure."""
        payload: JSONObject = {"type": int(self.type)}
        put_defined(payload, "id", self.id)
        put_defined(payload, "divider", self.divider)
        if self.spacing is not _UNDEFINED:
            payload["spacing"] = int(self.spacing)
        return payload, ()


def _check_section_texts(_: object, __: object, value: list[ComponentBuilder]) -> None:
    if len(value) > MAX_SECTION_TEXTS:
        msg = f"a section holds at most {MAX_SECTION_TEXTS} text displays, got {len(value)}"
        raise errors.DiscordRuleError("section.components", msg)
    for component in value:
        _check_kind(component, _SECTION_CHILDREN, "section.components", "a section's components")


def _check_accessory(_: object, __: object, value: ComponentBuilder) -> None:
    _check_kind(value, _SECTION_ACCESSORIES, "section.accessory", "a section's accessory")


@attrs.define(slots=True, kw_only=True)
class SectionComponentBuilder:
    """One to three text displays with a button or a thumbnail beside them.

    >>> thumbnail = ThumbnailComponentBuilder(media="https://example.com/cat.png")
    >>> SectionComponentBuilder(accessory=thumbnail).add_text_display("**Whiskers**, 3 years old")
    """

    accessory: ComponentBuilder = attrs.field(validator=_check_accessory)
    _components: list[ComponentBuilder] = attrs.field(
        factory=list, alias="components", converter=_listed, validator=_check_section_texts
    )
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.SECTION]:
        """Always `ComponentType.SECTION`."""
        return ComponentType.SECTION

    @property
    def components(self) -> typing.Sequence[ComponentBuilder]:
        """The section's text displays (a copy)."""
        return list(self._components)

    def add_component(self, component: ComponentBuilder) -> typing.Self:
        """Add a text display (the only kind Discord accepts in a section today)."""
        _check_kind(component, _SECTION_CHILDREN, "section.components", "a section's components")
        builder_checks.check_count("text displays in a section", len(self._components), MAX_SECTION_TEXTS)
        self._components.append(component)
        return self

    def add_text_display(
        self, content: str, *, id: int | undefined.UndefinedType = _UNDEFINED
    ) -> typing.Self:
        """Add markdown text."""
        return self.add_component(component_builders.TextDisplayComponentBuilder(content=content, id=id))

    def build(self) -> _BuildResult:
        """The section payload and every file its texts and accessory upload. Pure.

        Raises `DiscordRuleError` if the section has no text display (Discord needs 1 to 3).
        """
        if not self._components:
            msg = "a section needs at least one text display"
            raise errors.DiscordRuleError("section.components", msg)
        texts, uploads = _build_all(self._components)
        accessory, accessory_files = self.accessory.build()
        payload: JSONObject = {"type": int(self.type), "components": texts, "accessory": accessory}
        put_defined(payload, "id", self.id)
        return payload, [*uploads, *accessory_files]


def _check_container_children(_: object, __: object, value: list[ComponentBuilder]) -> None:
    for component in value:
        _check_kind(component, _CONTAINER_CHILDREN, "container.components", "a container")


@attrs.define(slots=True, kw_only=True)
class ContainerComponentBuilder:
    """A box around other components, with an optional accent colour bar.

    >>> ContainerComponentBuilder(accent_color="#5865F2").add_text_display("Hello").add_separator()
    """

    accent_color: colors.Color | undefined.UndefinedType | None = attrs.field(
        default=_UNDEFINED, converter=_to_color
    )
    is_spoiler: bool = attrs.field(default=False, alias="spoiler")
    _components: list[ComponentBuilder] = attrs.field(
        factory=list, alias="components", converter=_listed, validator=_check_container_children
    )
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[ComponentType.CONTAINER]:
        """Always `ComponentType.CONTAINER`."""
        return ComponentType.CONTAINER

    @property
    def components(self) -> typing.Sequence[ComponentBuilder]:
        """The container's components (a copy)."""
        return list(self._components)

    def add_component(self, component: ComponentBuilder) -> typing.Self:
        """Add an action row, text display, section, media gallery, separator or file."""
        _check_kind(component, _CONTAINER_CHILDREN, "container.components", "a container")
        self._components.append(component)
        return self

    def add_action_row(
        self, components: typing.Sequence[ComponentBuilder], *, id: int | undefined.UndefinedType = _UNDEFINED
    ) -> typing.Self:
        """Add a row of up to five buttons or one select menu."""
        row = row_builders.MessageActionRowBuilder(id=id)
        for component in components:
            row.add_component(component)  # the row's own rules (5 buttons, or one menu) apply
        return self.add_component(row)

    def add_text_display(
        self, content: str, *, id: int | undefined.UndefinedType = _UNDEFINED
    ) -> typing.Self:
        """Add markdown text."""
        return self.add_component(component_builders.TextDisplayComponentBuilder(content=content, id=id))

    def add_media_gallery(
        self,
        items: typing.Sequence[MediaGalleryItemBuilder],
        *,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add a gallery of 1 to 10 items."""
        return self.add_component(MediaGalleryComponentBuilder(items=items, id=id))

    def add_separator(
        self,
        *,
        spacing: SpacingType | int | undefined.UndefinedType = _UNDEFINED,
        divider: bool | undefined.UndefinedType = _UNDEFINED,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add space, with a line when `divider` is true."""
        return self.add_component(SeparatorComponentBuilder(spacing=spacing, divider=divider, id=id))

    def add_file(
        self,
        file: files.Resourceish,
        *,
        spoiler: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add an uploaded file (data, a path or a resource; not a web URL)."""
        return self.add_component(FileComponentBuilder(file=file, spoiler=spoiler, id=id))

    def build(self) -> _BuildResult:
        """The container payload and every file its children upload. Pure.

        `accent_color=None` is sent as `null` (no bar); `UNDEFINED` is not sent.
        """
        children, uploads = _build_all(self._components)
        payload: JSONObject = {"type": int(self.type), "components": children}
        put_defined(payload, "id", self.id)
        if self.accent_color is not _UNDEFINED:
            payload["accent_color"] = None if self.accent_color is None else int(self.accent_color)
        payload["spoiler"] = self.is_spoiler
        return payload, uploads
