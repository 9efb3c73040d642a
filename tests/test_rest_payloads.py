"""The request-body builder every REST endpoint uses (`impl/rest/payloads.py`)."""

from __future__ import annotations

import datetime

from hikari_like import channels
from hikari_like import colors
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.rest.payloads import Payload


class _Entity:
    id = snowflakes.Snowflake(80351110224678912)


def test_undefined_is_left_out_and_none_is_null() -> None:
    body = Payload()
    body.put("nick", undefined.UNDEFINED)
    body.put("reason", None)
    body.put_snowflake("channel_id", None)

    assert body == {"reason": None, "channel_id": None}


def test_values_become_what_discord_expects() -> None:
    body = Payload()
    body.put("type", channels.ChannelType.GUILD_TEXT)
    body.put_snowflake("owner_id", _Entity())
    body.put_snowflake_array("roles", [1, "2", _Entity()])
    body.put_array("types", [channels.ChannelType.GUILD_TEXT, 5])
    body.put_color("color", "#FF0000")
    body.put_datetime("until", datetime.datetime(2026, 12, 1, 12, 0))
    body.put_int_string("permissions", permissions.Permissions.ADMINISTRATOR)
    body.put("name", "x", conversion=str.upper)

    assert body == {
        "type": 0,
        "owner_id": "80351110224678912",
        "roles": ["1", "2", "80351110224678912"],
        "types": [0, 5],
        "color": int(colors.Color(0xFF0000)),
        "until": "2026-12-01T12:00:00+00:00",
        "permissions": "8",
        "name": "X",
    }
