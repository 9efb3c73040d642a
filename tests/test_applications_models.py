"""The #23 application and command models read Discord's payloads tolerantly: unknown enum values
are kept, fields of the wrong type read as absent, and a record without its required keys is left
out of a list rather than failing the whole response."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import applications
from hikari_like import commands
from hikari_like._application_roles import connection_metadata
from hikari_like.internal import partial_json as read


def test_command_permissions_keep_unknown_types_and_skip_unreadable_overwrites() -> None:
    payload = {
        "id": "10",
        "application_id": "20",
        "guild_id": "30",
        "permissions": [{"id": "40", "type": 9, "permission": True}, {"type": 1}, "junk"],
    }

    entry = commands.GuildCommandPermissions.from_payload(payload)

    assert (entry.command_id, entry.guild_id) == (10, 30)
    (only,) = entry.permissions
    assert (only.id, int(only.type), only.has_access) == (40, 9, True)
    assert only.to_payload() == {"id": "40", "type": 9, "permission": True}


def test_metadata_records_and_connections_read_tolerantly() -> None:
    records = read.each(
        [{"type": 99, "key": "level", "name": 5, "name_localizations": {"fr": "Niveau"}}, {"name": "no key"}],
        applications.ApplicationRoleConnectionMetadataRecord.from_payload,
    )
    connection = applications.OwnConnection.from_payload(
        {
            "id": "1",
            "integrations": [{"id": "2", "name": "x", "type": "youtube"}, {"no": "id"}],
            "visibility": "x",
        }
    )

    (record,) = records
    assert (record.key, int(record.type), record.name, record.name_localizations) == (
        "level",
        99,
        "",
        {"fr": "Niveau"},
    )
    assert [integration.id for integration in connection.integrations] == [2]
    assert connection.visibility is applications.ConnectionVisibility.NONE
    assert not connection.is_verified


def test_application_settings_default_when_discord_leaves_them_out() -> None:
    payload = {"id": "1", "name": "app", "verify_key": "00", "integration_types_config": {"1": {}, "x": {}}}

    application = applications.Application.from_payload(payload, app=None)  # type: ignore[arg-type]

    assert application.install_parameters is None
    no_link = applications.ApplicationIntegrationConfiguration(oauth2_install_parameters=None)
    assert application.integration_types_config == {
        applications.ApplicationIntegrationType.USER_INSTALL: no_link
    }
    assert application.event_webhooks_status is applications.ApplicationEventWebhookStatus.DISABLED
    assert (application.event_webhooks_url, application.event_webhooks_types) == (None, [])


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (True, "1"),
        (False, "0"),
        (7, "7"),
        ("gold", "gold"),
        (datetime.datetime(2024, 1, 2), "2024-01-02T00:00:00"),
    ],
)
def test_role_connection_metadata_goes_as_strings(value: object, sent: str) -> None:
    assert connection_metadata({"key": value}) == {"key": sent}  # type: ignore[dict-item]


def test_activity_instance_without_a_guild() -> None:
    instance = applications.ActivityInstance.from_payload(
        {
            "application_id": "1",
            "instance_id": "i-1",
            "launch_id": "2",
            "location": {"id": "pc-3", "kind": "pc", "channel_id": "3"},
            "users": ["4", "bad"],
        }
    )

    assert instance.location.kind is applications.ActivityLocationKind.PRIVATE_CHANNEL
    assert (instance.location.guild_id, instance.users) == (None, [4])


def test_application_image_urls() -> None:
    payload = {"id": "1", "name": "app", "verify_key": "00", "icon": "abc", "cover_image": None}

    application = applications.Application.from_payload(payload, app=None)  # type: ignore[arg-type]

    url = application.make_icon_url(file_format="WEBP", size=64)
    assert str(url) == "https://cdn.discordapp.com/app-icons/1/abc.webp?lossless=true&size=64"
    assert application.make_cover_image_url() is None
