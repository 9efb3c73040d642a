"""Embeds (build, serialise, read back) and colours."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import colors
from hikari_like import embeds
from hikari_like import files

WHEN = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)


def _full_embed() -> embeds.Embed:
    return (
        embeds.Embed(
            title="Weather", description="Sunny", url="https://example.com", colour=0xFFAA00, timestamp=WHEN
        )
        .add_field("High", "24", inline=True)
        .add_field("Low", "12")
        .set_footer("met office", icon="https://example.com/met.png")
        .set_author(name="Bot", url="https://example.com/bot", icon=files.Bytes(b"i", "me.png"))
        .set_image("https://example.com/map.png")
        .set_thumbnail(files.Bytes(b"t", "thumb.png"))
    )


def test_serialize_embed_matches_discords_shape() -> None:
    payload, uploads = embeds.serialize_embed(_full_embed())
    assert payload == {
        "title": "Weather",
        "description": "Sunny",
        "url": "https://example.com",
        "timestamp": "2024-05-01T12:30:00+00:00",
        "color": 0xFFAA00,
        "footer": {"text": "met office", "icon_url": "https://example.com/met.png"},
        "image": {"url": "https://example.com/map.png"},
        "thumbnail": {"url": "attachment://thumb.png"},
        "author": {"name": "Bot", "url": "https://example.com/bot", "icon_url": "attachment://me.png"},
        "fields": [
            {"name": "High", "value": "24", "inline": True},
            {"name": "Low", "value": "12", "inline": False},
        ],
    }
    assert [upload.filename for upload in uploads] == ["thumb.png", "me.png"]


def test_round_trip_through_discords_payload() -> None:
    payload, _ = embeds.serialize_embed(_full_embed())
    payload["thumbnail"] = {
        "url": "https://cdn.example/thumb.png",
        "proxy_url": "https://media.example/t.png",
        "width": 80,
    }
    payload["video"] = {"url": "https://example.com/v.mp4", "height": 720}
    payload["provider"] = {"name": "Example"}
    payload["type"] = "rich"
    payload["some_future_field"] = {"x": 1}

    embed = embeds.deserialize_embed(payload)

    assert embed.title == "Weather"
    assert embed.color == colors.Color(0xFFAA00)
    assert embed.timestamp == WHEN
    assert [(f.name, f.value, f.is_inline) for f in embed.fields] == [
        ("High", "24", True),
        ("Low", "12", False),
    ]
    assert embed.footer is not None
    assert embed.footer.icon is not None
    assert embed.footer.icon.url == "https://example.com/met.png"
    assert embed.thumbnail is not None
    assert embed.thumbnail.proxy_url == "https://media.example/t.png"
    assert embed.thumbnail.width == 80
    assert embed.video is not None
    assert embed.video.height == 720
    assert embed.provider == embeds.EmbedProvider(name="Example")
    again, _ = embeds.serialize_embed(embed)
    assert again["fields"] == payload["fields"]
    assert again["thumbnail"] == {"url": "https://cdn.example/thumb.png"}


def test_deserialize_is_tolerant() -> None:
    embed = embeds.deserialize_embed(
        {
            "color": "red",
            "timestamp": "not a time",
            "fields": [None, {"name": "n"}],
            "image": {"nope": 1},
            "footer": 3,
        }
    )
    assert embed.color is None
    assert embed.timestamp is None
    assert [(f.name, f.value) for f in embed.fields] == [("n", "")]
    assert embed.image is None
    assert embed.footer is None
    assert embeds.deserialize_embed({}) == embeds.Embed()


def test_field_editing() -> None:
    embed = embeds.Embed().add_field("a", "1").add_field("b", "2")
    embed.edit_field(0, "A", inline=True).remove_field(1)
    assert [(f.name, f.value, f.is_inline) for f in embed.fields] == [("A", "1", True)]
    assert embed.total_length() == 2
    embed.clear_fields()
    assert embed.fields == []


def test_embed_limits() -> None:
    embed = embeds.Embed()
    for i in range(25):
        embed.add_field(str(i), "v")
    with pytest.raises(ValueError, match="25"):
        embed.add_field("26", "v")
    with pytest.raises(ValueError, match="256"):
        embeds.Embed(title="t" * 257)
    with pytest.raises(ValueError, match="1024"):
        embeds.Embed().add_field("n", "v" * 1025)
    with pytest.raises(ValueError, match="non-empty"):
        embeds.Embed().add_field("", "v")
    with pytest.raises(TypeError, match="not both"):
        embeds.Embed(color=1, colour=2)


def test_removing_parts() -> None:
    embed = _full_embed().set_footer(None).set_author().set_image().set_thumbnail()
    payload, uploads = embeds.serialize_embed(embed)
    assert set(payload) == {"title", "description", "url", "timestamp", "color", "fields"}
    assert uploads == []


def test_colours() -> None:
    orange = colors.Color.from_rgb(255, 136, 0)
    assert orange == 0xFF8800
    assert orange.rgb == (255, 136, 0)
    assert orange.hex_code == "#FF8800"
    assert orange.raw_hex_code == "FF8800"
    assert colors.Color.from_hex_code("#f80") == orange
    assert colors.Color.from_hex_code("0xFF8800") == orange
    assert colors.Color.of("ff8800") == orange
    assert colors.Color.of((255, 136, 0)) == orange
    assert colors.Color.of((1.0, 0.0, 0.0)) == 0xFF0000
    assert colors.Color.of("(255, 136, 0)") == orange
    assert colors.Color.of(0xFF8800) is not orange
    assert colors.Colour is colors.Color
    assert str(orange) == "#FF8800"
    assert orange.to_bytes() == b"\xff\x88\x00"
    assert colors.Color(0x336699).is_web_safe


@pytest.mark.parametrize("bad", ["#12", "#GGGGGG", "", "1,2"])
def test_bad_colour_strings(bad: str) -> None:
    with pytest.raises(ValueError, match=r"colour|hex|r, g, b"):
        colors.Color.of(bad)


def test_colour_ranges() -> None:
    with pytest.raises(ValueError, match="0xFFFFFF"):
        colors.Color(0x1000000)
    with pytest.raises(ValueError, match="red"):
        colors.Color.from_rgb(256, 0, 0)


def test_from_received_embed_takes_the_parts_as_read_without_the_limits() -> None:
    long_title = "t" * 300  # over the 256 a bot may send; Discord's link previews can be longer
    field = embeds.EmbedField(name="n", value="v", inline=True)
    footer = embeds.EmbedFooter(text="f", icon=None)
    when = datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)

    embed = embeds.Embed.from_received_embed(
        title=long_title,
        description="d",
        url="https://example.com",
        color=colors.Color(0x123456),
        timestamp=when,
        image=None,
        thumbnail=None,
        video=None,
        author=None,
        provider=None,
        footer=footer,
        fields=[field],
    )

    assert (embed.title, embed.description, embed.url) == (long_title, "d", "https://example.com")
    assert (embed.color, embed.timestamp, embed.footer, list(embed.fields)) == (
        colors.Color(0x123456),
        when,
        footer,
        [field],
    )
    assert embed == embeds.deserialize_embed(
        {
            "title": long_title,
            "description": "d",
            "url": "https://example.com",
            "color": 0x123456,
            "timestamp": "2026-01-02T00:00:00+00:00",
            "footer": {"text": "f"},
            "fields": [{"name": "n", "value": "v", "inline": True}],
        }
    )
