"""Rich embeds: build one fluently, serialise it for Discord, read one Discord sent.

```python
embed = (
    Embed(title="Weather", description="Sunny", color=0xFFAA00)
    .add_field("High", "24 °C", inline=True)
    .set_footer("from the met office", icon=File("met.png"))  # uploaded as attachment://met.png
)
```
"""

from __future__ import annotations

__all__ = [
    "Embed",
    "EmbedAuthor",
    "EmbedField",
    "EmbedFooter",
    "EmbedImage",
    "EmbedProvider",
    "EmbedResource",
    "EmbedResourceWithProxy",
    "EmbedVideo",
    "deserialize_embed",
    "serialize_embed",
]

import datetime
import typing

import attrs

from hikari_like import colors
from hikari_like import files
from hikari_like import undefined
from hikari_like.internal import received_urls

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like.internal.json import JSONObject

MAX_FIELDS: typing.Final = 25
_LIMITS: typing.Final = {"title": 256, "description": 4096, "field name": 256, "field value": 1024}
_LIMITS_MORE: typing.Final = {"footer text": 2048, "author name": 256}


def _check_length(what: str, value: str | None) -> str | None:
    limit = _LIMITS.get(what) or _LIMITS_MORE[what]
    if value is not None and len(value) > limit:
        msg = f"an embed's {what} can be at most {limit} characters, got {len(value)}"
        raise ValueError(msg)
    return value


@attrs.define(slots=True, kw_only=True)
class EmbedResource(files.Resource):
    """An image or icon in an embed: a web URL, or a file uploaded with the message."""

    resource: files.Resource
    """What the embed points at."""

    @property
    def url(self) -> str:
        """The image's URL (`attachment://<filename>` for a file sent with the message)."""
        return self.resource.url

    @property
    def filename(self) -> str:
        """The file name of the image's resource."""
        return self.resource.filename

    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> files.AsyncReaderContextManager[files.AsyncReader]:
        """Open the image for reading (see `Resource.stream`)."""
        return self.resource.stream(executor=executor, head_only=head_only)

    async def save(
        self, path: files.Pathish, *, executor: concurrent.futures.Executor | None = None, force: bool = False
    ) -> None:
        """Save the image to `path` (see `Resource.save`)."""
        # The resource's own save: a file on disk is then copied, not streamed through the loop.
        await self.resource.save(path, executor=executor, force=force)


@attrs.define(slots=True, kw_only=True)
class EmbedResourceWithProxy(EmbedResource):
    """A resource that Discord also serves from its media proxy (only in embeds Discord sent)."""

    proxy_resource: files.Resource | None = None
    """The proxied copy, if Discord made one."""

    @property
    def proxy_url(self) -> str | None:
        """The proxied copy's URL, if any."""
        return self.proxy_resource.url if self.proxy_resource is not None else None

    @property
    def proxy_filename(self) -> str | None:
        """The proxied copy's file name, if any."""
        return self.proxy_resource.filename if self.proxy_resource is not None else None


@attrs.define(slots=True, kw_only=True)
class EmbedImage(EmbedResourceWithProxy):
    """An embed's image or thumbnail."""

    height: int | None = None
    width: int | None = None


@attrs.define(slots=True, kw_only=True)
class EmbedVideo(EmbedResourceWithProxy):
    """A video Discord found in a link (bots cannot set one)."""

    height: int | None = None
    width: int | None = None


@attrs.define(slots=True, kw_only=True)
class EmbedFooter:
    """The small text at the bottom of an embed."""

    text: str | None = None
    icon: EmbedResourceWithProxy | None = None


@attrs.define(slots=True, kw_only=True)
class EmbedProvider:
    """The site a link embed came from (bots cannot set one)."""

    name: str | None = None
    url: str | None = None


@attrs.define(slots=True, kw_only=True)
class EmbedAuthor:
    """The line at the top of an embed."""

    name: str | None = None
    url: str | None = None
    icon: EmbedResourceWithProxy | None = None


@attrs.define(slots=True, kw_only=True)
class EmbedField:
    """A name/value pair; inline fields sit side by side."""

    name: str
    value: str
    is_inline: bool = attrs.field(default=False, alias="inline")


def _embed_resource(value: files.Resourceish) -> EmbedResourceWithProxy:
    return EmbedResourceWithProxy(resource=files.ensure_resource(value))


def _embed_image(value: files.Resourceish | None) -> EmbedImage | None:
    return None if value is None else EmbedImage(resource=files.ensure_resource(value))


class Embed:
    """A rich embed. Setters return the embed, so calls chain.

    >>> Embed(title="Hi").add_field("a", "b").fields[0].name
    'a'
    """

    __slots__ = (
        "_author",
        "_color",
        "_description",
        "_fields",
        "_footer",
        "_image",
        "_provider",
        "_thumbnail",
        "_timestamp",
        "_title",
        "_video",
        "url",
    )

    def __init__(
        self,
        *,
        title: str | None = None,
        description: str | None = None,
        url: str | None = None,
        color: colors.Colorish | None = None,
        colour: colors.Colorish | None = None,
        timestamp: datetime.datetime | None = None,
    ) -> None:
        if color is not None and colour is not None:
            msg = "give color or colour, not both"
            raise TypeError(msg)
        self.title = title
        self.description = description
        self.url: str | None = url
        """The link the title points to."""
        self.color = color if color is not None else colour
        self.timestamp = timestamp
        self._fields: list[EmbedField] = []
        self._footer: EmbedFooter | None = None
        self._image: EmbedImage | None = None
        self._thumbnail: EmbedImage | None = None
        self._author: EmbedAuthor | None = None
        # Only ever set on embeds Discord sent: bots cannot send them.
        self._video: EmbedVideo | None = None
        self._provider: EmbedProvider | None = None

    @property
    def title(self) -> str | None:
        """The title (at most 256 characters)."""
        return self._title

    @title.setter
    def title(self, value: str | None) -> None:
        self._title = _check_length("title", value)

    @property
    def description(self) -> str | None:
        """The body text (at most 4096 characters)."""
        return self._description

    @description.setter
    def description(self, value: str | None) -> None:
        self._description = _check_length("description", value)

    @property
    def color(self) -> colors.Color | None:
        """The colour of the stripe on the left."""
        return self._color

    @color.setter
    def color(self, value: colors.Colorish | None) -> None:
        self._color = None if value is None else colors.Color.of(value)

    colour = color

    @property
    def timestamp(self) -> datetime.datetime | None:
        """The time shown in the footer; a naive datetime is taken as local time."""
        return self._timestamp

    @timestamp.setter
    def timestamp(self, value: datetime.datetime | None) -> None:
        self._timestamp = value.astimezone() if value is not None and value.tzinfo is None else value

    @property
    def fields(self) -> typing.Sequence[EmbedField]:
        """The fields, in order (a copy)."""
        return list(self._fields)

    @property
    def footer(self) -> EmbedFooter | None:
        """The footer (text and icon), or `None` when `set_footer` was not called."""
        return self._footer

    @property
    def image(self) -> EmbedImage | None:
        """The large image under the description, or `None` when there is none."""
        return self._image

    @property
    def thumbnail(self) -> EmbedImage | None:
        """The small image at the top right, or `None` when there is none."""
        return self._thumbnail

    @property
    def author(self) -> EmbedAuthor | None:
        """The author line above the title (name, link, icon), or `None`."""
        return self._author

    @property
    def video(self) -> EmbedVideo | None:
        """The video Discord embedded from a link; received only, never sent by a bot."""
        return self._video

    @property
    def provider(self) -> EmbedProvider | None:
        """The site a link embed came from (a name and a URL); received only."""
        return self._provider

    @classmethod
    def from_received_embed(
        cls,
        *,
        title: str | None,
        description: str | None,
        url: str | None,
        color: colors.Color | None,
        timestamp: datetime.datetime | None,
        image: EmbedImage | None,
        thumbnail: EmbedImage | None,
        video: EmbedVideo | None,
        author: EmbedAuthor | None,
        provider: EmbedProvider | None,
        footer: EmbedFooter | None,
        fields: typing.MutableSequence[EmbedField] | None,
    ) -> Embed:
        """An embed from parts already read from Discord, as hikari's entity factory makes them.

        The length limits are not checked: Discord's own embeds (link previews) may exceed the
        limits it sets for bots' embeds.
        """
        embed = cls(url=url, color=color, timestamp=timestamp)
        embed._title, embed._description = title, description
        embed._fields = list(fields or ())
        embed._image, embed._thumbnail, embed._video = image, thumbnail, video
        embed._author, embed._provider, embed._footer = author, provider, footer
        return embed

    def set_author(
        self, *, name: str | None = None, url: str | None = None, icon: files.Resourceish | None = None
    ) -> Embed:
        """Set the author line; all `None` removes it."""
        if name is None and url is None and icon is None:
            self._author = None
        else:
            icon_resource = None if icon is None else _embed_resource(icon)
            self._author = EmbedAuthor(name=_check_length("author name", name), url=url, icon=icon_resource)
        return self

    def set_footer(self, text: str | None, *, icon: files.Resourceish | None = None) -> Embed:
        """Set the footer; `None` text and no icon removes it."""
        if text is None and icon is None:
            self._footer = None
        else:
            icon_resource = None if icon is None else _embed_resource(icon)
            self._footer = EmbedFooter(text=_check_length("footer text", text), icon=icon_resource)
        return self

    def set_image(self, image: files.Resourceish | None = None, /) -> Embed:
        """Set the large image (a URL, or a file to upload); `None` removes it."""
        self._image = _embed_image(image)
        return self

    def set_thumbnail(self, image: files.Resourceish | None = None, /) -> Embed:
        """Set the small image at the top right; `None` removes it."""
        self._thumbnail = _embed_image(image)
        return self

    def add_field(self, name: str, value: str, *, inline: bool = False) -> Embed:
        """Append a field (at most 25; name up to 256, value up to 1024 characters)."""
        if len(self._fields) >= MAX_FIELDS:
            msg = f"an embed can have at most {MAX_FIELDS} fields"
            raise ValueError(msg)
        self._fields.append(_new_field(name, value, inline=inline))
        return self

    def edit_field(
        self,
        index: int,
        name: str | undefined.UndefinedType = undefined.UNDEFINED,
        value: str | undefined.UndefinedType = undefined.UNDEFINED,
        /,
        *,
        inline: bool | undefined.UndefinedType = undefined.UNDEFINED,
    ) -> Embed:
        """Change the parts of field `index` that are given."""
        field = self._fields[index]
        self._fields[index] = _new_field(
            field.name if name is undefined.UNDEFINED else name,
            field.value if value is undefined.UNDEFINED else value,
            inline=field.is_inline if inline is undefined.UNDEFINED else inline,
        )
        return self

    def remove_field(self, index: int, /) -> Embed:
        """Remove field `index`."""
        del self._fields[index]
        return self

    def clear_fields(self) -> Embed:
        """Remove every field."""
        self._fields.clear()
        return self

    def total_length(self) -> int:
        """The characters Discord counts against its 6000-character embed limit."""
        texts = [self._title, self._description]
        texts += [self._footer.text if self._footer else None, self._author.name if self._author else None]
        texts += [part for field in self._fields for part in (field.name, field.value)]
        return sum(len(text) for text in texts if text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Embed):
            return NotImplemented
        return all(getattr(self, slot) == getattr(other, slot) for slot in Embed.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable, so not hashable

    def __repr__(self) -> str:
        return f"Embed(title={self._title!r}, color={self._color!r}, fields={len(self._fields)})"


def _new_field(name: str, value: str, *, inline: bool) -> EmbedField:
    if not str(name).strip() or not str(value).strip():
        msg = "an embed field's name and value must both be non-empty"
        raise ValueError(msg)
    name = typing.cast(str, _check_length("field name", str(name)))
    value = typing.cast(str, _check_length("field value", str(value)))
    return EmbedField(name=name, value=value, inline=inline)


# -- serialisation ---------------------------------------------------------------------------------


def _resource_url(resource: EmbedResource, uploads: list[files.Resource]) -> str:
    # A resource Discord can fetch itself is sent by URL; anything else is uploaded with the
    # message and referenced as attachment://<filename>.
    if not isinstance(resource.resource, files.WebResource):
        uploads.append(resource.resource)
    return resource.url


def _put_text(payload: JSONObject, key: str, value: str | None) -> None:
    if value is not None:
        payload[key] = value


def _serialize_author(author: EmbedAuthor, uploads: list[files.Resource]) -> JSONObject:
    payload: JSONObject = {}
    _put_text(payload, "name", author.name)
    _put_text(payload, "url", author.url)
    if author.icon is not None:
        payload["icon_url"] = _resource_url(author.icon, uploads)
    return payload


def _serialize_footer(footer: EmbedFooter, uploads: list[files.Resource]) -> JSONObject:
    payload: JSONObject = {}
    _put_text(payload, "text", footer.text)
    if footer.icon is not None:
        payload["icon_url"] = _resource_url(footer.icon, uploads)
    return payload


def serialize_embed(embed: Embed, /) -> tuple[JSONObject, list[files.Resource]]:
    """Discord's embed object for `embed`, and the files its images need uploaded."""
    payload: JSONObject = {}
    uploads: list[files.Resource] = []
    _put_text(payload, "title", embed.title)
    _put_text(payload, "description", embed.description)
    _put_text(payload, "url", embed.url)
    if embed.timestamp is not None:
        payload["timestamp"] = embed.timestamp.isoformat()
    if embed.color is not None:
        payload["color"] = int(embed.color)
    if embed.footer is not None:
        payload["footer"] = _serialize_footer(embed.footer, uploads)
    if embed.image is not None:
        payload["image"] = {"url": _resource_url(embed.image, uploads)}
    if embed.thumbnail is not None:
        payload["thumbnail"] = {"url": _resource_url(embed.thumbnail, uploads)}
    if embed.author is not None:
        payload["author"] = _serialize_author(embed.author, uploads)
    if embed.fields:
        payload["fields"] = [
            {"name": field.name, "value": field.value, "inline": field.is_inline} for field in embed.fields
        ]
    return payload, uploads


# -- deserialisation -------------------------------------------------------------------------------


def _text(payload: JSONObject, key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) else None


# Beyond 64 bits orjson reads an integer as a float and the other decoders exactly: such a value
# is skipped, so that every decoder reads the same embed.
_MAX_INTEGER: typing.Final = 1 << 63


def _integer(payload: JSONObject, key: str) -> int | None:
    value = payload.get(key)
    # Not `True`, not a float.
    return value if type(value) is int and -_MAX_INTEGER <= value < _MAX_INTEGER else None


def _proxied(payload: JSONObject, url_key: str, proxy_key: str) -> EmbedResourceWithProxy | None:
    url = _text(payload, url_key)
    if url is None:
        return None
    proxy = _text(payload, proxy_key)
    return EmbedResourceWithProxy(
        resource=received_urls.received_url(url), proxy_resource=None if proxy is None else files.URL(proxy)
    )


_MediaT = typing.TypeVar("_MediaT", EmbedImage, EmbedVideo)


def _media(payload: typing.Any, cls: type[_MediaT]) -> _MediaT | None:
    if not isinstance(payload, dict):
        return None
    resource = _proxied(payload, "url", "proxy_url")
    if resource is None:
        return None
    return cls(
        resource=resource.resource,
        proxy_resource=resource.proxy_resource,
        height=_integer(payload, "height"),
        width=_integer(payload, "width"),
    )


def _parse_timestamp(value: typing.Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    # Discord's timestamps carry their offset; one without is taken as UTC, as `internal.time`
    # does (the setter would take it as local time, which cannot be right for what Discord sent).
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _dict(payload: JSONObject, key: str) -> JSONObject | None:
    value = payload.get(key)
    return value if isinstance(value, dict) else None


def _field(payload: JSONObject) -> EmbedField:
    return EmbedField(
        name=_text(payload, "name") or "",
        value=_text(payload, "value") or "",
        inline=payload.get("inline") is True,
    )


def deserialize_embed(payload: JSONObject, /) -> Embed:
    """Read an embed Discord sent; unknown or malformed parts are skipped, never an error.

    A part of the wrong JSON type (a title that is a number, fields that are not a list) is
    skipped like a missing one: the embed a listener reads holds only values of the types the
    attributes declare.
    """
    color = _integer(payload, "color")
    fields = payload.get("fields")
    return Embed.from_received_embed(
        title=_text(payload, "title"),
        description=_text(payload, "description"),
        url=_text(payload, "url"),
        color=colors.Color(color) if color is not None and 0 <= color <= 0xFFFFFF else None,
        timestamp=_parse_timestamp(payload.get("timestamp")),
        image=_media(payload.get("image"), EmbedImage),
        thumbnail=_media(payload.get("thumbnail"), EmbedImage),
        video=_media(payload.get("video"), EmbedVideo),
        fields=[_field(item) for item in fields if isinstance(item, dict)]
        if isinstance(fields, list)
        else [],
        **_attributions(payload),
    )


def _attributions(payload: JSONObject) -> dict[str, typing.Any]:
    """The footer, author and provider of a received embed (each `None` when absent)."""
    footer = _dict(payload, "footer")
    author = _dict(payload, "author")
    provider = _dict(payload, "provider")
    return {
        "footer": None
        if footer is None
        else EmbedFooter(text=_text(footer, "text"), icon=_proxied(footer, "icon_url", "proxy_icon_url")),
        "author": None
        if author is None
        else EmbedAuthor(
            name=_text(author, "name"),
            url=_text(author, "url"),
            icon=_proxied(author, "icon_url", "proxy_icon_url"),
        ),
        "provider": None
        if provider is None
        else EmbedProvider(name=_text(provider, "name"), url=_text(provider, "url")),
    }
