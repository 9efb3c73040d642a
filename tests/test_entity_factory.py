"""The entity factory reads Discord's documented objects (the table in `tests/entity_factory_cases.py`)
into the models the REST client makes, honours hikari's keyword arguments, and serializes what a
bot sends as the REST client sends it; a started bot's factory is its REST client's.

Each case names a factory method, a payload, the model class it must make and the fields to check;
hikari's own factory reads each payload into the same class with the same fields, and
`test_every_method_has_a_case` keeps the table whole as the interface grows.
"""

from __future__ import annotations

import enum
import typing

import pytest

import hikari_like
from hikari_like import embeds
from hikari_like.api import entity_factory as entity_factory_api
from hikari_like.impl import EntityFactoryImpl
from hikari_like.impl import RESTClientImpl
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads as interaction_payloads
from tests.entity_factory_cases import CASES
from tests.entity_factory_cases import CHANNEL_ID
from tests.entity_factory_cases import EMBED
from tests.entity_factory_cases import EMOJI
from tests.entity_factory_cases import GUILD_ID
from tests.entity_factory_cases import MEMBER
from tests.entity_factory_cases import OVERWRITE
from tests.entity_factory_cases import ROLE
from tests.entity_factory_cases import SCHEDULED_EVENT
from tests.entity_factory_cases import SLASH_COMMAND
from tests.entity_factory_cases import THREAD_MEMBER
from tests.entity_factory_cases import USER
from tests.entity_factory_cases import USER_COMMAND
from tests.entity_factory_cases import Case
from tests.entity_factory_cases import S
from tests.entity_factory_cases import channel
from tests.entity_factory_cases import thread


@pytest.fixture
def factory() -> EntityFactoryImpl:
    """A factory whose models keep a REST client that is never started (they only hold it)."""
    return EntityFactoryImpl(RESTClientImpl(token="a.b.c", token_type="Bot"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_each_method_reads_its_object(factory: EntityFactoryImpl, case: Case) -> None:
    model = getattr(factory, case.method)(case.payload, **case.kwargs)

    assert type(model) is case.kind
    assert {name: getattr(model, name) for name in case.fields} == case.fields


def _comparable(value: object) -> object:
    """A value as both libraries can agree on it: enums by value, sequences as lists."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    return value


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_hikari_reads_each_object_the_same(factory: EntityFactoryImpl, case: Case) -> None:
    from hikari.impl import entity_factory as hikari_entity_factory  # only this test imports hikari

    reference = hikari_entity_factory.EntityFactoryImpl(typing.cast("typing.Any", object()))

    theirs = getattr(reference, case.method)(case.payload, **case.kwargs)
    ours = getattr(factory, case.method)(case.payload, **case.kwargs)

    assert type(theirs).__name__.removesuffix("Impl") == type(ours).__name__
    assert {name: _comparable(getattr(theirs, name)) for name in case.fields} == {
        name: _comparable(getattr(ours, name)) for name in case.fields
    }


def test_every_method_has_a_case() -> None:
    methods = {name for name in dir(entity_factory_api.EntityFactory) if name.startswith("deserialize_")}

    assert methods - {case.method for case in CASES} == set()


def test_every_serializer_has_a_round_trip() -> None:
    serializers = {name for name in dir(entity_factory_api.EntityFactory) if name.startswith("serialize_")}
    tested = {name.removeprefix("test_").removesuffix("_round_trip") for name in globals()}

    assert {name.removeprefix("serialize_") for name in serializers} - tested == set()


# -- keyword arguments and refusals ---------------------------------------------------------------------


def test_a_member_takes_the_user_given(factory: EntityFactoryImpl) -> None:
    user = factory.deserialize_user({**USER, "username": "someone else"})

    member = factory.deserialize_member(
        {key: value for key, value in MEMBER.items() if key != "user"}, user=user, guild_id=S(GUILD_ID)
    )

    assert member.user is user
    assert member.id == S(USER["id"])


def test_a_member_without_a_guild_is_refused(factory: EntityFactoryImpl) -> None:
    with pytest.raises(KeyError):
        factory.deserialize_member(MEMBER)


def test_a_thread_takes_the_member_given_or_none(factory: EntityFactoryImpl) -> None:
    member = factory.deserialize_thread_member(THREAD_MEMBER)
    payload = thread(
        11, member={"id": CHANNEL_ID, "join_timestamp": THREAD_MEMBER["join_timestamp"], "flags": 0}
    )

    given = factory.deserialize_guild_public_thread(payload, member=member)
    removed = factory.deserialize_guild_thread(payload, member=None)
    kept = factory.deserialize_guild_thread(payload)

    assert given.member is member
    assert removed.member is None
    assert kept.member is not None
    assert kept.member.user_id == S(0)  # Discord leaves it out of a thread's own member


def test_a_thread_member_takes_the_user_id_given(factory: EntityFactoryImpl) -> None:
    own = {"id": CHANNEL_ID, "join_timestamp": THREAD_MEMBER["join_timestamp"], "flags": 0}

    private = factory.deserialize_guild_private_thread(thread(12, member=own), user_id=S(USER["id"]))
    member = factory.deserialize_thread_member(own, user_id=S(USER["id"]))

    assert private.member is not None
    assert (private.member.thread_id, private.member.user_id) == (S(CHANNEL_ID), S(USER["id"]))
    assert member.user_id == S(USER["id"])


def test_a_thread_member_takes_the_thread_id_given(factory: EntityFactoryImpl) -> None:
    member = factory.deserialize_thread_member(
        {"user_id": USER["id"], "join_timestamp": THREAD_MEMBER["join_timestamp"], "flags": 0}, thread_id=S(7)
    )

    assert member.thread_id == S(7)


def test_a_voice_state_takes_the_member_given(factory: EntityFactoryImpl) -> None:
    member = factory.deserialize_member(MEMBER, guild_id=S(GUILD_ID))
    payload = {
        "guild_id": GUILD_ID,
        "channel_id": None,
        "user_id": USER["id"],
        "session_id": "s",
        "deaf": False,
        "mute": False,
        "self_deaf": False,
        "self_mute": False,
        "self_video": False,
        "suppress": False,
    }

    assert factory.deserialize_voice_state(payload, member=member).member is member
    assert factory.deserialize_voice_state(payload).member is None


def test_a_command_moves_to_the_guild_given(factory: EntityFactoryImpl) -> None:
    command = factory.deserialize_command(SLASH_COMMAND, guild_id=S(1))
    context_menu = factory.deserialize_context_menu_command(USER_COMMAND, guild_id=None)

    assert command.guild_id == S(1)
    assert context_menu.guild_id is None


@pytest.mark.parametrize(
    ("method", "payload"),
    [
        ("deserialize_custom_emoji", {"id": None, "name": "🔥"}),
        ("deserialize_unicode_emoji", {"id": EMOJI["id"], "name": "LUL"}),
        ("deserialize_scheduled_stage_event", SCHEDULED_EVENT),
        ("deserialize_scheduled_external_event", SCHEDULED_EVENT),
    ],
)
def test_a_method_named_for_a_kind_refuses_another(
    factory: EntityFactoryImpl, method: str, payload: typing.Any
) -> None:
    with pytest.raises(TypeError, match="expected a payload of"):
        getattr(factory, method)(payload)


def test_an_interaction_of_an_unknown_type_is_refused(factory: EntityFactoryImpl) -> None:
    with pytest.raises(hikari_like.UnrecognisedEntityError, match="not an interaction type"):
        factory.deserialize_interaction({**interaction_payloads.slash_command("ping"), "type": 99})


# -- serializers: Discord's JSON as the REST client sends it ------------------------------------------------


def test_permission_overwrite_round_trip(factory: EntityFactoryImpl) -> None:
    overwrite = factory.deserialize_permission_overwrite(OVERWRITE)

    assert factory.serialize_permission_overwrite(overwrite) == OVERWRITE


def test_forum_tag_round_trip(factory: EntityFactoryImpl) -> None:
    tag = {"id": "1015", "name": "bug", "moderated": True, "emoji_id": None, "emoji_name": "🐛"}
    forum = factory.deserialize_guild_forum_channel(channel(15, available_tags=[tag]))

    assert factory.serialize_forum_tag(forum.available_tags[0]) == tag


def test_welcome_channel_round_trip(factory: EntityFactoryImpl) -> None:
    channel = {
        "channel_id": CHANNEL_ID,
        "description": "Follow for updates",
        "emoji_id": None,
        "emoji_name": "📡",
    }
    screen = factory.deserialize_welcome_screen({"description": None, "welcome_channels": [channel]})

    assert factory.serialize_welcome_channel(screen.channels[0]) == channel


def test_application_connection_metadata_record_round_trip(factory: EntityFactoryImpl) -> None:
    record = {
        "type": 2,
        "key": "level",
        "name": "Level",
        "description": "At least",
        "name_localizations": {"fr": "Niveau"},
        "description_localizations": {},
    }
    parsed = factory.deserialize_application_connection_metadata_record(record)

    assert factory.serialize_application_connection_metadata_record(parsed) == record


def test_command_option_round_trip(factory: EntityFactoryImpl) -> None:
    command = factory.deserialize_slash_command(SLASH_COMMAND)
    assert command.options is not None

    serialized = factory.serialize_command_option(command.options[0])

    assert {key: serialized[key] for key in SLASH_COMMAND["options"][0]} == SLASH_COMMAND["options"][0]


def test_command_permission_round_trip(factory: EntityFactoryImpl) -> None:
    permission = {"id": ROLE["id"], "type": 1, "permission": False}
    parsed = factory.deserialize_guild_command_permissions(
        {"id": "1", "application_id": "2", "guild_id": GUILD_ID, "permissions": [permission]}
    )

    assert factory.serialize_command_permission(parsed.permissions[0]) == permission


def test_embed_round_trip(factory: EntityFactoryImpl) -> None:
    embed = factory.deserialize_embed(EMBED)

    serialized, attachments = factory.serialize_embed(embed)

    assert factory.deserialize_embed(serialized).title == "Hello"
    assert {key: serialized[key] for key in ("title", "description", "url", "color", "fields")} == {
        key: EMBED[key] for key in ("title", "description", "url", "color", "fields")
    }
    assert attachments == []


def test_an_embed_with_a_file_serializes_it_as_an_attachment(factory: EntityFactoryImpl) -> None:
    image = hikari_like.Bytes(b"\x89PNG\r\n\x1a\n", "cat.png")

    serialized, attachments = factory.serialize_embed(embeds.Embed(title="cat").set_image(image))

    assert serialized["image"] == {"url": "attachment://cat.png"}
    assert attachments == [image]


# -- the bots' factories ------------------------------------------------------------------------------------


async def test_a_started_bot_shares_its_rest_clients_factory(bot: hikari_like.RESTBot) -> None:
    raw = await bot.rest.request("GET", "/users/@me")

    me = bot.entity_factory.deserialize_my_user(raw)

    assert bot.rest.entity_factory is bot.entity_factory
    assert isinstance(bot, hikari_like.EntityFactoryAware)
    assert isinstance(bot.entity_factory, EntityFactoryImpl)
    assert bot.entity_factory.app is bot.rest
    assert me.app is bot.rest
    assert (me.id, me.username) == ((fetched := await bot.rest.fetch_my_user()).id, fetched.username)


def test_every_bot_has_its_rest_clients_factory() -> None:
    for bot in (
        hikari_like.AsgiBot("a.b.c", public_key=KeyPair.generate().public_key),
        hikari_like.GatewayBot("a.b.c"),
    ):
        assert bot.entity_factory is bot.rest.entity_factory
