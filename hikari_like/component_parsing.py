"""Reading a message's components from Discord's JSON into the models of `components`.

Parsing is total, so reading `Message.components` never fails: a component of a type this
release does not know (at any depth) becomes a plain `PartialComponent` with its type and id, and
so does one it cannot read (a button without a style, a thumbnail without media); one without
an integer type is left out. Optional fields that are missing, or of the wrong type, become
`None` (or `UNDEFINED` on media, as hikari does).

```python
rows = deserialize_components(payload["components"])
```
"""

from __future__ import annotations

__all__ = ["deserialize_components", "deserialize_media"]

import typing

from hikari_like import channels
from hikari_like import colors
from hikari_like import components as c
from hikari_like import emojis
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.internal import partial_json as read
from hikari_like.internal import received_urls

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_ModelT = typing.TypeVar("_ModelT", bound=c.PartialComponent)
_Parsers = typing.Mapping[int, typing.Callable[["JSONObject"], _ModelT]]
_ValueT = typing.TypeVar("_ValueT")


def deserialize_components(payloads: object) -> list[c.TopLevelComponentTypesT | c.PartialComponent]:
    """Read a message's top-level `components` array (never raises: see the module's docstring)."""
    return _children(_TOP_LEVEL, payloads)


def deserialize_media(payload: JSONObject) -> c.MediaResource:
    """Read an unfurled media item (the `media` of a thumbnail or gallery item, a file's `file`).

    Its URL is required (`KeyError` or `TypeError` without it); the rest is optional.
    """
    url = read.required_text(payload, "url")
    proxy_url = read.text(payload.get("proxy_url"))
    return c.MediaResource(
        resource=received_urls.received_url(url),
        proxy_resource=None if proxy_url is None else files.URL(proxy_url),
        width=_sent(payload, "width", read.natural),
        height=_sent(payload, "height", read.natural),
        content_type=_sent(payload, "content_type", read.text),
        loading_state=_sent(payload, "loading_state", _loading_state),
    )


def _sent(
    payload: JSONObject, key: str, parse: typing.Callable[[object], _ValueT | None]
) -> undefined.UndefinedNoneOr[_ValueT]:
    # Missing (or unreadable) is UNDEFINED, `null` is None, as hikari tells them apart.
    if key not in payload:
        return undefined.UNDEFINED
    value = payload[key]
    if value is None:
        return None
    parsed = parse(value)
    return undefined.UNDEFINED if parsed is None else parsed


def _loading_state(value: object) -> c.MediaLoadingType | None:
    state = read.integer(value)
    return None if state is None else c.MediaLoadingType(state)


def _children(parsers: _Parsers[_ModelT], payloads: object) -> list[_ModelT | c.PartialComponent]:
    picked = (_pick(parsers, payload) for payload in read.objects(payloads))
    return [component for component in picked if component is not None]


def _pick(parsers: _Parsers[_ModelT], payload: JSONObject) -> _ModelT | c.PartialComponent | None:
    kind = read.integer(payload.get("type"))
    if kind is None:
        return None
    parse = parsers.get(kind)
    if parse is not None:
        try:
            return parse(payload)
        except (KeyError, TypeError, ValueError):
            pass  # a component it cannot read is kept as its type and id, like an unknown one
    return c.PartialComponent(type=c.ComponentType(kind), id=_id(payload))


def _id(payload: JSONObject) -> int:
    # Discord numbers every component it sends back; payloads from before ids existed have none.
    return read.integer(payload.get("id")) or 0


def _emoji(payload: object) -> emojis.Emoji | None:
    return emojis.deserialize_emoji(payload) if isinstance(payload, dict) and payload else None


def _action_row(payload: JSONObject) -> c.MessageActionRowComponent:
    children = _children(_ROW_CHILDREN, payload.get("components"))
    return c.MessageActionRowComponent(type=c.ComponentType.ACTION_ROW, id=_id(payload), components=children)


def _button(payload: JSONObject) -> c.ButtonComponent:
    get = payload.get
    style = read.integer(payload["style"])
    if style is None:
        raise TypeError("a button's style is an integer")
    return c.ButtonComponent(
        type=c.ComponentType.BUTTON,
        id=_id(payload),
        style=c.ButtonStyle(style),
        label=read.text(get("label")),
        emoji=_emoji(get("emoji")),
        custom_id=read.text(get("custom_id")),
        url=read.text(get("url")),
        sku_id=snowflakes.parse_or_none(get("sku_id")),
        is_disabled=get("disabled") is True,
    )


def _select_fields(payload: JSONObject) -> dict[str, typing.Any]:
    get = payload.get
    min_values = read.integer(get("min_values"))
    max_values = read.integer(get("max_values"))
    return {
        "type": c.ComponentType(payload["type"]),
        "id": _id(payload),
        "custom_id": read.required_text(payload, "custom_id"),
        "placeholder": read.text(get("placeholder")),
        "min_values": 1 if min_values is None else min_values,
        "max_values": 1 if max_values is None else max_values,
        "is_disabled": get("disabled") is True,
    }


def _select_menu(payload: JSONObject) -> c.SelectMenuComponent:
    return c.SelectMenuComponent(**_select_fields(payload))


def _select_option(payload: JSONObject) -> c.SelectMenuOption:
    return c.SelectMenuOption(
        label=read.required_text(payload, "label"),
        value=read.required_text(payload, "value"),
        description=read.text(payload.get("description")),
        emoji=_emoji(payload.get("emoji")),
        is_default=payload.get("default") is True,
    )


def _text_select_menu(payload: JSONObject) -> c.TextSelectMenuComponent:
    options = read.each(read.objects(payload.get("options")), _select_option)
    return c.TextSelectMenuComponent(**_select_fields(payload), options=options)


def _channel_select_menu(payload: JSONObject) -> c.ChannelSelectMenuComponent:
    kinds = [channels.ChannelType(kind) for kind in read.array(payload.get("channel_types")) if _is_int(kind)]
    return c.ChannelSelectMenuComponent(**_select_fields(payload), channel_types=kinds)


def _is_int(value: object) -> bool:
    return read.integer(value) is not None


def _text_display(payload: JSONObject) -> c.TextDisplayComponent:
    return c.TextDisplayComponent(
        type=c.ComponentType.TEXT_DISPLAY, id=_id(payload), content=read.text(payload.get("content")) or ""
    )


def _thumbnail(payload: JSONObject) -> c.ThumbnailComponent:
    return c.ThumbnailComponent(
        type=c.ComponentType.THUMBNAIL,
        id=_id(payload),
        media=deserialize_media(read.mapping(payload["media"])),
        description=read.text(payload.get("description")),
        is_spoiler=payload.get("spoiler") is True,
    )


def _section(payload: JSONObject) -> c.SectionComponent:
    accessory = _pick(_ACCESSORIES, read.mapping(payload["accessory"]))
    if accessory is None:
        raise TypeError("a section's accessory is a component")
    return c.SectionComponent(
        type=c.ComponentType.SECTION,
        id=_id(payload),
        components=_children(_SECTION_CHILDREN, payload.get("components")),
        accessory=accessory,
    )


def _gallery_item(payload: JSONObject) -> c.MediaGalleryItem:
    return c.MediaGalleryItem(
        media=deserialize_media(read.mapping(payload["media"])),
        description=read.text(payload.get("description")),
        is_spoiler=payload.get("spoiler") is True,
    )


def _media_gallery(payload: JSONObject) -> c.MediaGalleryComponent:
    items = read.each(read.objects(payload.get("items")), _gallery_item)
    return c.MediaGalleryComponent(type=c.ComponentType.MEDIA_GALLERY, id=_id(payload), items=items)


def _separator(payload: JSONObject) -> c.SeparatorComponent:
    # Defaults as Discord documents them: small spacing, with a line.
    spacing = read.integer(payload.get("spacing"))
    return c.SeparatorComponent(
        type=c.ComponentType.SEPARATOR,
        id=_id(payload),
        spacing=c.SpacingType(c.SpacingType.SMALL if spacing is None else spacing),
        divider=payload.get("divider") is not False,
    )


def _file(payload: JSONObject) -> c.FileComponent:
    return c.FileComponent(
        type=c.ComponentType.FILE,
        id=_id(payload),
        file=deserialize_media(read.mapping(payload["file"])),
        is_spoiler=payload.get("spoiler") is True,
        name=read.text(payload.get("name")),
        size=read.natural(payload.get("size")),
    )


def _container(payload: JSONObject) -> c.ContainerComponent:
    accent = read.integer(payload.get("accent_color"), 0, 0xFFFFFF)
    return c.ContainerComponent(
        type=c.ComponentType.CONTAINER,
        id=_id(payload),
        accent_color=None if accent is None else colors.Color(accent),
        is_spoiler=payload.get("spoiler") is True,
        components=_children(_CONTAINER_CHILDREN, payload.get("components")),
    )


_ROW_CHILDREN: typing.Final[_Parsers[c.MessageComponentTypesT]] = {
    c.ComponentType.BUTTON: _button,
    c.ComponentType.TEXT_SELECT_MENU: _text_select_menu,
    c.ComponentType.USER_SELECT_MENU: _select_menu,
    c.ComponentType.ROLE_SELECT_MENU: _select_menu,
    c.ComponentType.MENTIONABLE_SELECT_MENU: _select_menu,
    c.ComponentType.CHANNEL_SELECT_MENU: _channel_select_menu,
}
_SECTION_CHILDREN: typing.Final[_Parsers[c.SectionComponentTypesT]] = {
    c.ComponentType.TEXT_DISPLAY: _text_display,
}
_ACCESSORIES: typing.Final[_Parsers[c.SectionAccessoryTypesT]] = {
    c.ComponentType.BUTTON: _button,
    c.ComponentType.THUMBNAIL: _thumbnail,
}
_CONTAINER_CHILDREN: typing.Final[_Parsers[c.ContainerTypesT]] = {
    c.ComponentType.ACTION_ROW: _action_row,
    c.ComponentType.TEXT_DISPLAY: _text_display,
    c.ComponentType.SECTION: _section,
    c.ComponentType.MEDIA_GALLERY: _media_gallery,
    c.ComponentType.SEPARATOR: _separator,
    c.ComponentType.FILE: _file,
}
_TOP_LEVEL: typing.Final[_Parsers[c.TopLevelComponentTypesT]] = {
    **_CONTAINER_CHILDREN,
    c.ComponentType.CONTAINER: _container,
}
