from __future__ import annotations

import base64
import datetime
import importlib
import json
import random
import re
import typing

import pytest

from hikari_like import snowflakes
from hikari_like.commands import OptionType
from hikari_like.components import ComponentType
from hikari_like.testing import payloads

JSONObject = dict[str, typing.Any]
SNOWFLAKE = re.compile(r"^[1-9][0-9]{0,19}$")
URL_SAFE = re.compile(r"^[A-Za-z0-9_-]+$")

EVERY_KIND: dict[str, typing.Callable[..., JSONObject]] = {
    "slash_command": lambda **kw: payloads.slash_command("ping", **kw),
    "user_command": lambda **kw: payloads.user_command("High five", **kw),
    "message_command": lambda **kw: payloads.message_command("Bookmark", **kw),
    "autocomplete": lambda **kw: payloads.autocomplete("weather", focused="city", value="Pa", **kw),
    "button_press": lambda **kw: payloads.button_press("confirm", **kw),
    "select_menu": lambda **kw: payloads.select_menu("colour", ["red"], **kw),
    "modal_submit": lambda **kw: payloads.modal_submit("feedback", {"subject": "hi"}, **kw),
    "labelled_modal_submit": lambda **kw: payloads.labelled_modal_submit("report", {"why": "spam"}, **kw),
}
EXPECTED_TYPE = {
    "slash_command": 2,
    "user_command": 2,
    "message_command": 2,
    "autocomplete": 4,
    "button_press": 3,
    "select_menu": 3,
    "modal_submit": 5,
    "labelled_modal_submit": 5,
}
ENVELOPE_FIELDS = {
    "id",
    "application_id",
    "type",
    "data",
    "channel",
    "channel_id",
    "token",
    "version",
    "app_permissions",
    "locale",
    "entitlements",
    "authorizing_integration_owners",
    "context",
    "attachment_size_limit",
}
USER_FIELDS = {"id", "username", "global_name", "discriminator", "avatar", "public_flags"}
MEMBER_FIELDS = {"user", "roles", "joined_at", "permissions", "deaf", "mute", "flags", "pending", "nick"}


def round_trip(payload: JSONObject) -> JSONObject:
    decoded: JSONObject = json.loads(json.dumps(payload))
    return decoded


def assert_is_user(user: JSONObject) -> None:
    assert set(user) >= USER_FIELDS
    assert SNOWFLAKE.match(user["id"])
    assert user["discriminator"] == "0"


# ---- envelope --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", EVERY_KIND)
def test_guild_payload_has_the_v10_envelope(kind: str) -> None:
    payload = EVERY_KIND[kind]()

    assert round_trip(payload) == payload
    assert ENVELOPE_FIELDS | {"guild_id", "guild", "guild_locale", "member"} <= set(payload)
    assert "user" not in payload
    assert payload["type"] == EXPECTED_TYPE[kind]
    assert payload["version"] == 1
    assert payload["context"] == 0
    for field in ("id", "application_id", "guild_id", "channel_id"):
        assert SNOWFLAKE.match(payload[field]), field
    assert payload["channel"]["id"] == payload["channel_id"]
    assert payload["channel"]["guild_id"] == payload["guild_id"]
    assert payload["guild"]["id"] == payload["guild_id"]
    assert payload["authorizing_integration_owners"] == {"0": payload["guild_id"]}
    assert set(payload["member"]) >= MEMBER_FIELDS
    assert_is_user(payload["member"]["user"])
    assert int(payload["app_permissions"]) > 0
    assert int(payload["member"]["permissions"]) > 0
    datetime.datetime.fromisoformat(payload["member"]["joined_at"])


@pytest.mark.parametrize("kind", EVERY_KIND)
def test_dm_payload_carries_user_not_member(kind: str) -> None:
    payload = EVERY_KIND[kind](guild=False)

    assert ENVELOPE_FIELDS | {"user"} <= set(payload)
    assert not {"member", "guild_id", "guild", "guild_locale"} & set(payload)
    assert payload["context"] == 1
    assert payload["channel"]["type"] == 1
    assert payload["channel"]["recipients"] == [payload["user"]]
    assert payload["authorizing_integration_owners"] == {"0": "0"}
    assert_is_user(payload["user"])


def test_token_is_long_and_url_safe() -> None:
    payload = payloads.slash_command("ping")
    token = payload["token"]

    assert len(token) > 150
    assert URL_SAFE.match(token)
    # Discord's tokens open with base64("interaction:<id>:").
    assert base64.urlsafe_b64decode(token[:44] + "==").startswith(f"interaction:{payload['id']}".encode())


def test_fresh_interaction_ids_are_minted_now_and_unique() -> None:
    ids = {payloads.slash_command("ping")["id"] for _ in range(50)}
    created = snowflakes.Snowflake(next(iter(ids))).created_at

    assert len(ids) == 50
    assert abs((created - datetime.datetime.now(datetime.UTC)).total_seconds()) < 5


def test_objects_other_than_the_interaction_are_older() -> None:
    payload = payloads.slash_command("ping")
    interaction_time = snowflakes.Snowflake(payload["id"]).created_at

    for field in (payload["application_id"], payload["guild_id"], payload["member"]["user"]["id"]):
        assert snowflakes.Snowflake(field).created_at < interaction_time


@pytest.mark.parametrize("kind", EVERY_KIND)
def test_seed_makes_payloads_reproducible(kind: str) -> None:
    first = EVERY_KIND[kind](seed=7)

    assert EVERY_KIND[kind](seed=7) == first
    assert EVERY_KIND[kind](rng=random.Random(7)) == first
    assert EVERY_KIND[kind](seed=8) != first


def test_unseeded_payloads_differ() -> None:
    assert payloads.slash_command("ping")["token"] != payloads.slash_command("ping")["token"]


def test_now_sets_the_interaction_time() -> None:
    moment = datetime.datetime(2024, 2, 29, 8, 30, tzinfo=datetime.UTC)
    payload = payloads.slash_command("ping", now=moment)
    created = snowflakes.Snowflake(payload["id"]).created_at

    assert abs((created - moment).total_seconds()) < 0.01


def test_origin_overrides() -> None:
    user = {"id": "80351110224678912", "username": "nelly", "discriminator": "0", "avatar": None}
    payload = payloads.slash_command(
        "ping",
        interaction_id=11,
        application_id=22,
        token="tok",
        guild_id=33,
        channel_id=44,
        user=user,
        roles=[55, "66"],
        permissions="8",
        app_permissions="1024",
        locale="fr",
        guild_locale="de",
    )

    assert (payload["id"], payload["application_id"], payload["token"]) == ("11", "22", "tok")
    assert (payload["guild_id"], payload["channel_id"], payload["channel"]["id"]) == ("33", "44", "44")
    assert payload["member"]["user"] == user
    assert payload["member"]["roles"] == ["55", "66"]
    assert payload["member"]["permissions"] == "8"
    assert payload["app_permissions"] == "1024"
    assert (payload["locale"], payload["guild_locale"], payload["guild"]["locale"]) == ("fr", "de", "de")


def test_user_id_override_keeps_a_generated_user() -> None:
    payload = payloads.button_press("x", user_id=123, guild=False)

    assert payload["user"]["id"] == "123"
    assert_is_user(payload["user"])


def test_default_slash_command_is_realistically_sized() -> None:
    size = len(json.dumps(payloads.slash_command("echo", {"text": "hello"}), separators=(",", ":")))

    assert 1400 <= size <= 2200


# ---- ping and unknown types ------------------------------------------------------------------------


def test_ping_is_minimal() -> None:
    payload = payloads.ping(application_id=5)

    assert payload["type"] == 1
    assert payload["application_id"] == "5"
    assert {"id", "token", "version"} <= set(payload)
    assert not {"data", "member", "user", "locale", "channel"} & set(payload)


def test_interaction_of_an_unknown_type() -> None:
    payload = payloads.interaction(99, {"future": True})

    assert payload["type"] == 99
    assert payload["data"] == {"future": True}
    assert "member" in payload


# ---- slash commands and options --------------------------------------------------------------------


def test_mapping_shorthand_infers_option_types() -> None:
    data = payloads.slash_command("cfg", {"name": "x", "count": 3, "ratio": 0.5, "on": True})["data"]

    assert data["type"] == 1
    assert data["options"] == [
        {"name": "name", "type": 3, "value": "x"},
        {"name": "count", "type": 4, "value": 3},
        {"name": "ratio", "type": 10, "value": 0.5},
        {"name": "on", "type": 5, "value": True},
    ]
    assert "resolved" not in data


def test_command_without_options_has_no_options_key() -> None:
    data = payloads.slash_command("ping", command_id=9, command_guild_id=10)["data"]

    assert data == {"id": "9", "name": "ping", "type": 1, "guild_id": "10"}


def test_snowflake_options_are_strings_and_resolved() -> None:
    options = [
        payloads.option("who", 101, type=OptionType.USER),
        payloads.option("where", 102, type=OptionType.CHANNEL),
        payloads.option("role", 103, type=OptionType.ROLE),
        payloads.option("any", 104, type=OptionType.MENTIONABLE),
        payloads.option("file", 105, type=OptionType.ATTACHMENT),
    ]
    payload = payloads.slash_command("mod", options)
    resolved = payload["data"]["resolved"]

    assert [each["value"] for each in payload["data"]["options"]] == ["101", "102", "103", "104", "105"]
    assert set(resolved["users"]) == set(resolved["members"]) == {"101", "104"}
    assert_is_user(resolved["users"]["101"])
    # Resolved members are partial: no user, deaf or mute.
    assert not {"user", "deaf", "mute"} & set(resolved["members"]["101"])
    assert resolved["channels"]["102"]["guild_id"] == payload["guild_id"]
    assert {"id", "name", "type", "permissions"} <= set(resolved["channels"]["102"])
    assert {"id", "name", "color", "permissions", "position"} <= set(resolved["roles"]["103"])
    attachment = resolved["attachments"]["105"]
    assert {"id", "filename", "size", "url", "proxy_url", "content_type"} <= set(attachment)


def test_resolved_users_in_dms_have_no_members() -> None:
    payload = payloads.slash_command("x", [payloads.option("who", 5, type=6)], guild=False)

    assert set(payload["data"]["resolved"]) == {"users"}


def test_nested_group_and_subcommand_options_are_resolved() -> None:
    options = [
        payloads.subcommand_group(
            "role",
            [payloads.subcommand("add", [payloads.option("role", 7, type=8), payloads.option("why", "x")])],
        )
    ]
    data = payloads.slash_command("admin", options)["data"]

    group = data["options"][0]
    assert (group["name"], group["type"]) == ("role", 2)
    assert (group["options"][0]["name"], group["options"][0]["type"]) == ("add", 1)
    assert group["options"][0]["options"][0] == {"name": "role", "type": 8, "value": "7"}
    assert set(data["resolved"]["roles"]) == {"7"}


def test_caller_resolved_entries_win() -> None:
    custom_role = {"id": "7", "name": "Custom", "color": 0, "permissions": "0", "position": 1}
    data = payloads.slash_command(
        "x", [payloads.option("role", 7, type=8)], resolved={"roles": {"7": custom_role}}
    )["data"]

    assert data["resolved"]["roles"] == {"7": custom_role}


def test_factories_do_not_mutate_the_options_given() -> None:
    options = [payloads.subcommand("show")]
    payloads.autocomplete("tag", options, focused="name")

    assert options == [{"name": "show", "type": 1, "options": []}]


# ---- context menus ---------------------------------------------------------------------------------


def test_user_command_targets_a_resolved_user_and_member() -> None:
    data = payloads.user_command("High five", target_id=77)["data"]

    assert data["type"] == 2
    assert data["target_id"] == "77"
    assert "options" not in data
    assert set(data["resolved"]["users"]) == set(data["resolved"]["members"]) == {"77"}


def test_user_command_with_a_given_target() -> None:
    target = {"id": "88", "username": "someone", "discriminator": "0", "avatar": None}
    data = payloads.user_command("Wave", target=target, guild=False)["data"]

    assert data["resolved"] == {"users": {"88": target}}


def test_message_command_targets_a_resolved_message() -> None:
    payload = payloads.message_command("Bookmark", target_id=99)
    data = payload["data"]

    assert data["type"] == 3
    assert data["target_id"] == "99"
    message = data["resolved"]["messages"]["99"]
    assert {"id", "channel_id", "author", "content", "timestamp", "attachments", "embeds"} <= set(message)
    assert message["channel_id"] == payload["channel_id"]


# ---- autocomplete ----------------------------------------------------------------------------------


def test_autocomplete_focuses_one_string_option() -> None:
    data = payloads.autocomplete("weather", {"units": "metric"}, focused="city", value="Par")["data"]

    assert data["options"] == [
        {"name": "units", "type": 3, "value": "metric"},
        {"name": "city", "type": 3, "value": "Par", "focused": True},
    ]


def test_autocomplete_focus_goes_inside_the_invoked_subcommand() -> None:
    options = [payloads.subcommand_group("tags", [payloads.subcommand("show")])]
    data = payloads.autocomplete("admin", options, focused="name", value="f", focused_type=4)["data"]

    innermost = data["options"][0]["options"][0]["options"]
    assert innermost == [{"name": "name", "type": 4, "value": "f", "focused": True}]


def test_autocomplete_with_an_explicitly_focused_option() -> None:
    options = [payloads.option("who", "ali", focused=True)]
    data = payloads.autocomplete("find", options)["data"]

    assert data["options"] == [{"name": "who", "type": 3, "value": "ali", "focused": True}]


# ---- components ------------------------------------------------------------------------------------


def find_component(message: JSONObject, custom_id: str) -> JSONObject:
    for row in message["components"]:
        for component in row["components"]:
            if component.get("custom_id") == custom_id:
                found: JSONObject = component
                return found
    raise AssertionError(f"no component {custom_id!r} on the message")


def test_button_press_sits_on_a_message_from_the_bot() -> None:
    payload = payloads.button_press("confirm:42")
    message = payload["message"]

    assert payload["data"] == {"custom_id": "confirm:42", "component_type": 2, "id": 2}
    assert message["author"]["id"] == payload["application_id"]
    assert message["author"]["bot"] is True
    assert message["channel_id"] == payload["channel_id"]
    assert find_component(message, "confirm:42")["type"] == 2
    assert message["interaction_metadata"]["user"] == payload["member"]["user"]


def test_button_press_with_a_given_message() -> None:
    message = {"id": "1", "channel_id": "2", "components": []}

    assert payloads.button_press("x", message=message)["message"] == message


def test_string_select_has_values_and_no_resolved() -> None:
    payload = payloads.select_menu("colour", ["red", "blue"])
    data = payload["data"]

    assert data == {"custom_id": "colour", "component_type": 3, "id": 2, "values": ["red", "blue"]}
    offered = [option["value"] for option in find_component(payload["message"], "colour")["options"]]
    assert {"red", "blue"} <= set(offered)


@pytest.mark.parametrize(
    ("component_type", "categories"),
    [
        (ComponentType.USER_SELECT_MENU, {"users", "members"}),
        (ComponentType.ROLE_SELECT_MENU, {"roles"}),
        (ComponentType.MENTIONABLE_SELECT_MENU, {"users", "members"}),
        (ComponentType.CHANNEL_SELECT_MENU, {"channels"}),
    ],
)
def test_entity_selects_resolve_their_values(component_type: int, categories: set[str]) -> None:
    payload = payloads.select_menu("pick", [11, 12], component_type=component_type)
    data = payload["data"]

    assert data["values"] == ["11", "12"]
    assert data["component_type"] == component_type
    assert set(data["resolved"]) == categories
    for category in categories:
        assert set(data["resolved"][category]) == {"11", "12"}
    assert find_component(payload["message"], "pick")["type"] == component_type


def test_mentionable_select_can_resolve_a_role() -> None:
    role = {"id": "12", "name": "Mods", "color": 0, "permissions": "0", "position": 2}
    data = payloads.select_menu(
        "pick", [12], component_type=ComponentType.MENTIONABLE_SELECT_MENU, resolved={"roles": {"12": role}}
    )["data"]

    assert data["resolved"]["roles"] == {"12": role}


# ---- modals ----------------------------------------------------------------------------------------


def test_modal_submit_puts_text_inputs_in_action_rows() -> None:
    payload = payloads.modal_submit("feedback", {"subject": "Bug", "details": "It broke"})

    assert "message" not in payload
    assert payload["data"] == {
        "custom_id": "feedback",
        "components": [
            {
                "type": 1,
                "id": 1,
                "components": [{"type": 4, "id": 2, "custom_id": "subject", "value": "Bug"}],
            },
            {
                "type": 1,
                "id": 3,
                "components": [{"type": 4, "id": 4, "custom_id": "details", "value": "It broke"}],
            },
        ],
    }


def test_labelled_modal_submit_uses_label_components() -> None:
    data = payloads.labelled_modal_submit("report", {"reason": "spam", "severity": ["high", "urgent"]})[
        "data"
    ]

    assert data["components"] == [
        {"type": 18, "id": 1, "component": {"type": 4, "id": 2, "custom_id": "reason", "value": "spam"}},
        {
            "type": 18,
            "id": 3,
            "component": {"type": 3, "id": 4, "custom_id": "severity", "values": ["high", "urgent"]},
        },
    ]


def test_modal_opened_from_a_component_carries_its_message() -> None:
    message = payloads.button_press("open")["message"]

    assert payloads.modal_submit("m", {"a": "b"}, message=message)["message"] == message


# ---- a second opinion ------------------------------------------------------------------------------


@pytest.mark.parametrize("guild", [True, False])
@pytest.mark.parametrize("kind", EVERY_KIND)
def test_hikari_parses_every_payload(kind: str, guild: bool) -> None:
    # hikari (in the dev extra) is an independent reader of Discord's shapes.
    hikari = importlib.import_module("hikari")
    entity_factory = importlib.import_module("hikari.impl.entity_factory")
    factory = entity_factory.EntityFactoryImpl(app=object())
    payload = EVERY_KIND[kind](guild=guild)

    interaction = factory.deserialize_interaction(payload)

    assert str(interaction.id) == payload["id"]
    assert isinstance(interaction, hikari.PartialInteraction)
    assert (interaction.member is not None) is guild


def test_hikari_reads_resolved_option_entities() -> None:
    entity_factory = importlib.import_module("hikari.impl.entity_factory")
    factory = entity_factory.EntityFactoryImpl(app=object())
    options = [payloads.option("who", 101, type=6), payloads.option("file", 105, type=11)]

    interaction = factory.deserialize_interaction(payloads.slash_command("x", options))

    assert interaction.resolved is not None
    assert set(interaction.resolved.members) == {101}
    assert interaction.resolved.attachments[105].filename.startswith("upload_")


def test_entry_point_command_is_an_application_command_of_type_4_without_options() -> None:
    payload = payloads.entry_point_command(command_id=7)

    assert payload["type"] == 2
    assert payload["data"] == {"id": "7", "name": "launch", "type": 4}
