"""An invite's Activity (`target_application`, an `InviteApplication`) and scheduled event
(`guild_scheduled_event`), read tolerantly from Discord's invite object (resources/invite.mdx);
the cover image URL and `get_token_id` held to hikari's; and both fields round-tripping through
the emulated Discord, read by hikari_like and by hikari alike.
"""

from __future__ import annotations

import base64
import typing

import hikari
import hikari.applications
import pytest

from hikari_like import applications
from hikari_like import invites
from hikari_like import scheduled_events
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_scheduled_events
from tests.entity_agreement_cases import ACTIVITY_INVITE
from tests.entity_agreement_cases import INVITE_APPLICATION
from tests.helpers import APP

_Payload = dict[str, typing.Any]
BARE_INVITE: typing.Final[_Payload] = {
    "type": 1,
    "code": "abc",
    "channel": {"id": "3", "name": None, "type": 3},
}


def _invite(**fields: object) -> invites.Invite:
    return invites.Invite.from_payload({**BARE_INVITE, **fields}, app=APP)


def _theirs(application: applications.InviteApplication) -> hikari.applications.InviteApplication:
    """hikari's InviteApplication with the same fields."""
    return hikari.applications.InviteApplication(
        app=typing.cast("typing.Any", None),
        id=hikari.Snowflake(application.id),
        name=application.name,
        description=application.description,
        icon_hash=application.icon_hash,
        cover_image_hash=application.cover_image_hash,
        public_key=application.public_key,
    )


# -- reading the payload ---------------------------------------------------------------------------


def test_an_activity_invite_reads_its_application_and_event() -> None:
    invite = invites.Invite.from_payload(ACTIVITY_INVITE, app=APP)

    application = invite.target_application
    assert isinstance(application, applications.InviteApplication)
    assert (application.id, application.name, str(application)) == (
        880218394199220334,
        "Watch Together",
        "Watch Together",
    )
    assert application.description == "Watch videos together"
    assert (application.icon_hash, application.cover_image_hash) == (
        INVITE_APPLICATION["icon"],
        INVITE_APPLICATION["cover_image"],
    )
    assert application.public_key == bytes.fromhex(INVITE_APPLICATION["verify_key"])
    assert application.app is APP
    assert isinstance(invite.guild_scheduled_event, scheduled_events.ScheduledStageEvent)
    assert invite.guild_scheduled_event.name == "Movie night"


def test_the_metadata_invite_has_both_fields_too() -> None:
    payload = {
        **ACTIVITY_INVITE,
        "uses": 0,
        "max_uses": 0,
        "max_age": 0,
        "temporary": False,
        "created_at": "2016-03-31T19:15:39.954000+00:00",
    }

    invite = invites.InviteWithMetadata.from_payload(payload, app=APP)

    assert invite.target_application is not None
    assert invite.target_application.name == "Watch Together"
    assert invite.guild_scheduled_event is not None


def test_an_invite_without_them_has_none() -> None:
    invite = _invite()

    assert (invite.target_application, invite.guild_scheduled_event) == (None, None)


def test_null_fields_read_as_none() -> None:
    invite = _invite(target_application=None, guild_scheduled_event=None)

    assert (invite.target_application, invite.guild_scheduled_event) == (None, None)


def test_an_application_with_only_its_id_reads_with_empty_fields() -> None:
    application = _invite(target_application={"id": "880218394199220334"}).target_application

    assert application is not None
    assert (application.name, application.description, application.icon_hash) == ("", None, None)
    assert (application.cover_image_hash, application.public_key) == (None, b"")
    assert application.make_cover_image_url() is None
    assert application.make_icon_url() is None


def test_an_empty_description_is_none_as_in_hikari() -> None:
    application = _invite(target_application={**INVITE_APPLICATION, "description": ""}).target_application

    assert application is not None
    assert application.description is None


def test_wrong_typed_optional_fields_read_as_absent() -> None:
    payload = {**INVITE_APPLICATION, "name": 5, "description": [], "icon": 1, "cover_image": {}}

    application = _invite(target_application=payload).target_application

    assert application is not None
    assert (application.name, application.description) == ("", None)
    assert (application.icon_hash, application.cover_image_hash) == (None, None)


@pytest.mark.parametrize(
    "malformed",
    [
        "880218394199220334",
        ["880218394199220334"],
        {},
        {"id": None, "name": "x"},
        {"id": "not an id", "name": "x"},
        {**INVITE_APPLICATION, "verify_key": "not hex"},
    ],
    ids=["a string", "an array", "no id", "null id", "bad id", "bad verify_key"],
)
def test_a_malformed_application_reads_as_none_and_the_invite_still_reads(malformed: object) -> None:
    invite = _invite(target_application=malformed, target_type=2)

    assert invite.target_application is None
    assert (invite.code, invite.target_type) == ("abc", invites.TargetType.EMBEDDED_APPLICATION)


@pytest.mark.parametrize(
    "malformed",
    ["1", [], {"name": "no ids"}, {**ACTIVITY_INVITE["guild_scheduled_event"], "guild_id": None}],
    ids=["a string", "an array", "no id", "no guild id"],
)
def test_a_malformed_event_reads_as_none_and_the_invite_still_reads(malformed: object) -> None:
    invite = _invite(guild_scheduled_event=malformed)

    assert invite.guild_scheduled_event is None
    assert invite.code == "abc"


# -- the cover image -------------------------------------------------------------------------------

COVER_ARGUMENTS: typing.Final = [
    {},
    {"size": 64},
    {"file_format": "JPEG", "size": 512},
    {"file_format": "JPG"},
    {"file_format": "WEBP", "size": 256},
    {"file_format": "WEBP", "lossless": False},
]


@pytest.mark.parametrize("arguments", COVER_ARGUMENTS, ids=[str(arguments) for arguments in COVER_ARGUMENTS])
def test_the_cover_image_url_is_hikaris(arguments: dict[str, typing.Any]) -> None:
    application = _invite(target_application=INVITE_APPLICATION).target_application
    assert application is not None

    ours = application.make_cover_image_url(**arguments)

    assert ours is not None
    assert str(ours) == str(_theirs(application).make_cover_image_url(**arguments))
    assert str(ours).startswith(
        f"https://cdn.discordapp.com/app-assets/880218394199220334/{INVITE_APPLICATION['cover_image']}."
    )


@pytest.mark.parametrize(
    ("arguments", "error"),
    [({"file_format": "GIF"}, TypeError), ({"size": 100}, ValueError), ({"size": 8192}, ValueError)],
)
def test_a_cover_image_url_hikari_refuses_is_refused_alike(
    arguments: dict[str, typing.Any], error: type[Exception]
) -> None:
    application = _invite(target_application=INVITE_APPLICATION).target_application
    assert application is not None

    with pytest.raises(error):
        _theirs(application).make_cover_image_url(**arguments)
    with pytest.raises(error):
        application.make_cover_image_url(**arguments)


def test_the_icon_url_is_hikaris() -> None:
    application = _invite(target_application=INVITE_APPLICATION).target_application
    assert application is not None

    assert str(application.make_icon_url(size=64)) == str(_theirs(application).make_icon_url(size=64))


# -- get_token_id ----------------------------------------------------------------------------------


def _token(user_id: str, *, padded: bool = False) -> str:
    segment = base64.b64encode(user_id.encode()).decode()
    return f"{segment if padded else segment.rstrip('=')}.GhIjKl.mNoPqRsTuVwXyZ0123456789abcdefghijklmno"


VALID: typing.Final = [
    _token("80351110224678912"),
    _token("80351110224678912", padded=True),
    _token("175928847299117063"),
    _token("1234567890123456789"),
    _token("1234567890123456789", padded=True),
    _token("18446744073709551615"),
    "MTIz",  # just the first part
]


@pytest.mark.parametrize("token", VALID)
def test_get_token_id_reads_the_id_as_hikari_does(token: str) -> None:
    ours = applications.get_token_id(token)

    assert ours == hikari.applications.get_token_id(token)
    assert type(ours).__name__ == "Snowflake"


INVALID: typing.Final = ["", "abc", "!!!.x", "aGVsbG8.x", "M-_x.y", "é.x", _token("")]


@pytest.mark.parametrize("token", INVALID)
def test_get_token_id_refuses_what_hikari_refuses(token: str) -> None:
    with pytest.raises(ValueError, match="Unexpected token format"):
        hikari.applications.get_token_id(token)
    with pytest.raises(ValueError, match="Unexpected token format"):
        applications.get_token_id(token)


@pytest.mark.parametrize("not_an_id", ["-5", " 12", "1_2", str(2**64)])
def test_get_token_id_refuses_a_number_that_is_no_id(not_an_id: str) -> None:
    # hikari's `Snowflake(bytes)` is `int(...)`, which takes signs, spaces, underscores and any
    # size; no bot ID looks like that, so hikari_like calls it the malformed token it is.
    with pytest.raises(ValueError, match="Unexpected token format"):
        applications.get_token_id(_token(not_an_id))


# -- through the emulated Discord ------------------------------------------------------------------


async def test_an_activity_invite_for_the_application_round_trips(
    discord: EmulatedDiscord, rest: RESTClientImpl, hikari_rest: typing.Any
) -> None:
    voice = discord.add_guild_channel("Lounge", type=2)
    created = await rest.create_invite(
        voice["id"],
        target_type=invites.TargetType.EMBEDDED_APPLICATION,
        target_application=discord.application_id,
    )

    ours = await rest.fetch_invite(created.code)
    theirs = await hikari_rest.fetch_invite(created.code)

    assert ours.target_application is not None
    assert ours.target_application.id == int(discord.application_id)
    assert ours.target_application.name == discord.application["name"]
    assert ours.target_application.public_key == bytes.fromhex(discord.application["verify_key"])
    assert theirs.target_application is not None
    assert (ours.target_application.name, ours.target_application.public_key) == (
        theirs.target_application.name,
        theirs.target_application.public_key,
    )
    assert ours.guild_scheduled_event is None


async def test_fetch_invite_with_an_event_shows_the_event(
    discord: EmulatedDiscord, rest: RESTClientImpl, hikari_rest: typing.Any
) -> None:
    event = routes_scheduled_events.add_event(discord.world, discord.world.guild(discord.guild_id), "Quiz")
    created = await rest.create_invite(discord.channel_id)

    ours = await rest.fetch_invite(created.code, scheduled_event=int(event["id"]))
    theirs = await hikari_rest.fetch_invite(created.code, scheduled_event=int(event["id"]))
    plain = await rest.fetch_invite(created.code)

    assert discord.requests[-3].query["guild_scheduled_event_id"] == event["id"]
    assert isinstance(ours.guild_scheduled_event, scheduled_events.ScheduledExternalEvent)
    assert (ours.guild_scheduled_event.id, ours.guild_scheduled_event.name) == (int(event["id"]), "Quiz")
    assert theirs.guild_scheduled_event is not None
    assert ours.guild_scheduled_event.location == theirs.guild_scheduled_event.location
    assert plain.guild_scheduled_event is None
