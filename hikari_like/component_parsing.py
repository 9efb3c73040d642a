"""Reading a message's components from Discord's JSON into the models of `components`.

Parsing is tolerant: a component of a type this release does not know (at any depth) becomes a
plain `PartialComponent` with its type and id, optional fields that are missing become `None`
(or `UNDEFINED` on media, as hikari does), and nothing here raises for a valid Discord payload.

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

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_ModelT = typing.TypeVar("_ModelT", bound=c.PartialComponent)
_Parsers = typing.Mapping[int, typing.Callable[["JSONObject"], _ModelT]]

_ATTACHMENT_SCHEME: typing.Final = "attachment://"


def deserialize_components(
    payloads: typing.Iterable[JSONObject],
) -> list[c.TopLevelComponentTypesT | c.PartialComponent]:
    """Read a message's top-level `components` array.

    A malformed one raises `KeyError`, `TypeError` or `ValueError`, never another error: this is
    read from properties (`Message.components`), where an `AttributeError` would read as "no such
    attribute". An interaction's message is checked before the interaction is made, so this
    raises only for a message from elsewhere (a REST response).
    """
    try:
        return [_pick(_TOP_LEVEL, payload) for payload in payloads]
    except (AttributeError, RecursionError) as error:  # `.get` on a list, absurd nesting
        raise TypeError(f"malformed components: {error}") from error
    except OverflowError as error:  # an infinite float where an integer belongs
        raise ValueError(f"malformed components: {error}") from error


def deserialize_media(payload: JSONObject) -> c.MediaResource:
    """Read an unfurled media item (the `media` of a thumbnail or gallery item, a file's `file`)."""
    url = str(payload["url"])
    proxy_url = payload.get("proxy_url")
    return c.MediaResource(
        resource=_web_resource(url),
        proxy_resource=None if proxy_url is None else files.URL(str(proxy_url)),
        width=payload.get("width", undefined.UNDEFINED),
        height=payload.get("height", undefined.UNDEFINED),
        content_type=payload.get("content_type", undefined.UNDEFINED),
        loading_state=_loading_state(payload),
    )


def _pick(parsers: _Parsers[_ModelT], payload: JSONObject) -> _ModelT | c.PartialComponent:
    parse = parsers.get(payload["type"])
    return _partial(payload) if parse is None else parse(payload)


def _partial(payload: JSONObject) -> c.PartialComponent:
    return c.PartialComponent(type=c.ComponentType(payload["type"]), id=_id(payload))


def _id(payload: JSONObject) -> int:
    # Discord numbers every component it sends back; payloads from before ids existed have none.
    return int(payload.get("id") or 0)


def _web_resource(url: str) -> files.URL:
    # `attachment://name` (what a bot sends) has no path, so the name is given explicitly.
    if url.startswith(_ATTACHMENT_SCHEME):
        return files.URL(url, url.removeprefix(_ATTACHMENT_SCHEME))
    return files.URL(url)


def _loading_state(payload: JSONObject) -> undefined.UndefinedNoneOr[c.MediaLoadingType]:
    if "loading_state" not in payload:
        return undefined.UNDEFINED
    state = payload["loading_state"]
    return None if state is None else c.MediaLoadingType(state)


def _emoji(payload: JSONObject | None) -> emojis.Emoji | None:
    return emojis.deserialize_emoji(payload) if payload else None


def _action_row(payload: JSONObject) -> c.MessageActionRowComponent:
    children = [_pick(_ROW_CHILDREN, child) for child in payload.get("components") or ()]
    return c.MessageActionRowComponent(type=c.ComponentType.ACTION_ROW, id=_id(payload), components=children)


def _button(payload: JSONObject) -> c.ButtonComponent:
    get = payload.get
    return c.ButtonComponent(
        type=c.ComponentType.BUTTON,
        id=_id(payload),
        style=c.ButtonStyle(payload["style"]),
        label=get("label"),
        emoji=_emoji(get("emoji")),
        custom_id=get("custom_id"),
        url=get("url"),
        sku_id=snowflakes.parse_optional(get("sku_id")),
        is_disabled=bool(get("disabled", False)),
    )


def _select_fields(payload: JSONObject) -> dict[str, typing.Any]:
    get = payload.get
    return {
        "type": c.ComponentType(payload["type"]),
        "id": _id(payload),
        "custom_id": str(payload["custom_id"]),
        "placeholder": get("placeholder"),
        "min_values": int(get("min_values", 1)),
        "max_values": int(get("max_values", 1)),
        "is_disabled": bool(get("disabled", False)),
    }


def _select_menu(payload: JSONObject) -> c.SelectMenuComponent:
    return c.SelectMenuComponent(**_select_fields(payload))


def _select_option(payload: JSONObject) -> c.SelectMenuOption:
    return c.SelectMenuOption(
        label=str(payload["label"]),
        value=str(payload["value"]),
        description=payload.get("description"),
        emoji=_emoji(payload.get("emoji")),
        is_default=bool(payload.get("default", False)),
    )


def _text_select_menu(payload: JSONObject) -> c.TextSelectMenuComponent:
    options = [_select_option(option) for option in payload.get("options") or ()]
    return c.TextSelectMenuComponent(**_select_fields(payload), options=options)


def _channel_select_menu(payload: JSONObject) -> c.ChannelSelectMenuComponent:
    kinds = [channels.ChannelType(kind) for kind in payload.get("channel_types") or ()]
    return c.ChannelSelectMenuComponent(**_select_fields(payload), channel_types=kinds)


def _text_display(payload: JSONObject) -> c.TextDisplayComponent:
    return c.TextDisplayComponent(
        type=c.ComponentType.TEXT_DISPLAY, id=_id(payload), content=str(payload.get("content") or "")
    )


def _thumbnail(payload: JSONObject) -> c.ThumbnailComponent:
    return c.ThumbnailComponent(
        type=c.ComponentType.THUMBNAIL,
        id=_id(payload),
        media=deserialize_media(payload["media"]),
        description=payload.get("description"),
        is_spoiler=bool(payload.get("spoiler", False)),
    )


def _section(payload: JSONObject) -> c.SectionComponent:
    texts = [_pick(_SECTION_CHILDREN, child) for child in payload.get("components") or ()]
    return c.SectionComponent(
        type=c.ComponentType.SECTION,
        id=_id(payload),
        components=texts,
        accessory=_pick(_ACCESSORIES, payload["accessory"]),
    )


def _gallery_item(payload: JSONObject) -> c.MediaGalleryItem:
    return c.MediaGalleryItem(
        media=deserialize_media(payload["media"]),
        description=payload.get("description"),
        is_spoiler=bool(payload.get("spoiler", False)),
    )


def _media_gallery(payload: JSONObject) -> c.MediaGalleryComponent:
    items = [_gallery_item(item) for item in payload.get("items") or ()]
    return c.MediaGalleryComponent(type=c.ComponentType.MEDIA_GALLERY, id=_id(payload), items=items)


def _separator(payload: JSONObject) -> c.SeparatorComponent:
    # Defaults as Discord documents them: small spacing, with a line.
    return c.SeparatorComponent(
        type=c.ComponentType.SEPARATOR,
        id=_id(payload),
        spacing=c.SpacingType(payload.get("spacing", c.SpacingType.SMALL)),
        divider=bool(payload.get("divider", True)),
    )


def _file(payload: JSONObject) -> c.FileComponent:
    size = payload.get("size")
    return c.FileComponent(
        type=c.ComponentType.FILE,
        id=_id(payload),
        file=deserialize_media(payload["file"]),
        is_spoiler=bool(payload.get("spoiler", False)),
        name=payload.get("name"),
        size=None if size is None else int(size),
    )


def _container(payload: JSONObject) -> c.ContainerComponent:
    accent = payload.get("accent_color")
    children = [_pick(_CONTAINER_CHILDREN, child) for child in payload.get("components") or ()]
    return c.ContainerComponent(
        type=c.ComponentType.CONTAINER,
        id=_id(payload),
        accent_color=None if accent is None else colors.Color(accent),
        is_spoiler=bool(payload.get("spoiler", False)),
        components=children,
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
