"""Application endpoints: edit the bot's application, its linked-role metadata, the user's role
connection, and its Activity instances (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/application.mdx
"Edit Current Application", "Get Application Activity Instance"; resources/application-role-
connection-metadata.mdx; resources/user.mdx "Get/Update Current User Application Role Connection").

```python
await rest.edit_application(description="Cats, on demand", tags=["cats", "fun"])
records = await rest.fetch_application_role_connection_metadata_records(application_id)
```

The user's role connection needs a Bearer token with the `role_connections.write` scope
(`app.acquire(access_token, "Bearer")`); the other endpoints take the bot token.
"""

from __future__ import annotations

__all__ = ["ApplicationEndpoints"]

import typing

from hikari_like import applications
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like._application_roles import connection_metadata
from hikari_like._application_roles import record_payload
from hikari_like._application_settings import install_parameters_payload
from hikari_like._application_settings import integration_config_payload
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import files

_UNDEFINED: typing.Final = undefined.UNDEFINED
_IntegrationConfigs: typing.TypeAlias = typing.Mapping[
    applications.ApplicationIntegrationType,
    applications.ApplicationIntegrationConfiguration,
]
_MetadataValues: typing.TypeAlias = "typing.Mapping[str, str | int | bool | datetime.datetime]"


def _integration_configs(configs: _IntegrationConfigs) -> dict[str, object]:
    return {str(int(kind)): integration_config_payload(config) for kind, config in configs.items()}


def _records(records: typing.Any) -> list[applications.ApplicationRoleConnectionMetadataRecord]:
    return [applications.ApplicationRoleConnectionMetadataRecord.from_payload(item) for item in records]


class ApplicationEndpoints(rest_api.RESTClient):
    """`edit_application`, role-connection metadata and the user's role connection, Activities."""

    __slots__ = ()

    async def edit_application(
        self,
        *,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        custom_install_url: undefined.UndefinedOr[str] = _UNDEFINED,
        role_connections_verification_url: undefined.UndefinedOr[str] = _UNDEFINED,
        install_params: undefined.UndefinedOr[applications.ApplicationInstallParameters] = _UNDEFINED,
        integration_types_config: undefined.UndefinedOr[_IntegrationConfigs] = _UNDEFINED,
        flags: undefined.UndefinedOr[applications.ApplicationFlags] = _UNDEFINED,
        icon: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        cover_image: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        interactions_endpoint_url: undefined.UndefinedOr[str] = _UNDEFINED,
        tags: undefined.UndefinedOr[typing.Sequence[str]] = _UNDEFINED,
        event_webhooks_url: undefined.UndefinedOr[str] = _UNDEFINED,
        event_webhooks_status: undefined.UndefinedOr[applications.ApplicationEventWebhookStatus] = _UNDEFINED,
        event_webhooks_types: undefined.UndefinedOr[
            typing.Sequence[applications.ApplicationEventWebhookType]
        ] = _UNDEFINED,
    ) -> applications.Application:
        """Change the bot's application; what is left out stays as it is. `icon` and
        `cover_image` take any resource (`None` removes them); `flags` may only toggle the
        limited intent flags; Discord checks `interactions_endpoint_url` and `event_webhooks_url`
        answer its PING before saving them.

        ```python
        await rest.edit_application(
            event_webhooks_url="https://bot.example/events",
            event_webhooks_status=ApplicationEventWebhookStatus.ENABLED,
            event_webhooks_types=[ApplicationEventWebhookType.ENTITLEMENT_CREATE],
        )
        ```
        """
        body = payloads.Payload()
        body.put("description", description)
        body.put("custom_install_url", custom_install_url)
        body.put("role_connections_verification_url", role_connections_verification_url)
        body.put("install_params", install_params, conversion=install_parameters_payload)
        body.put("integration_types_config", integration_types_config, conversion=_integration_configs)
        body.put("flags", flags)
        body.put("interactions_endpoint_url", interactions_endpoint_url)
        body.put_array("tags", tags)
        body.put("event_webhooks_url", event_webhooks_url)
        body.put("event_webhooks_status", event_webhooks_status)
        body.put_array("event_webhooks_types", event_webhooks_types, conversion=str)
        await images.put_image(body, "icon", icon)
        await images.put_image(body, "cover_image", cover_image)
        payload = await self.request(routes.PATCH_MY_APPLICATION.compile(), json=body)
        return applications.Application.from_payload(payload, app=self)

    async def fetch_application_role_connection_metadata_records(
        self, application: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[applications.ApplicationRoleConnectionMetadataRecord]:
        """The values the application reports per user for linked roles (at most 5).

        ```python
        keys = [r.key for r in await rest.fetch_application_role_connection_metadata_records(app_id)]
        ```
        """
        route = routes.compile_ids(routes.GET_APPLICATION_ROLE_CONNECTION_METADATA, application=application)
        return _records(await self.request(route))

    async def set_application_role_connection_metadata_records(
        self,
        application: snowflakes.SnowflakeishOr,
        records: typing.Sequence[applications.ApplicationRoleConnectionMetadataRecord],
    ) -> typing.Sequence[applications.ApplicationRoleConnectionMetadataRecord]:
        """Replace all of the metadata records with `records` (at most 5, unique keys).

        ```python
        await rest.set_application_role_connection_metadata_records(app_id, [level_record])
        ```
        """
        route = routes.compile_ids(routes.PUT_APPLICATION_ROLE_CONNECTION_METADATA, application=application)
        return _records(await self.request(route, json=[record_payload(record) for record in records]))

    async def fetch_my_user_application_role_connection(
        self, application: snowflakes.SnowflakeishOr
    ) -> applications.OwnApplicationRoleConnection:
        """What the application reported for the token's user (a Bearer token).

        ```python
        connection = await user_rest.fetch_my_user_application_role_connection(app_id)
        ```
        """
        route = routes.compile_ids(routes.GET_MY_APPLICATION_ROLE_CONNECTION, application=application)
        return applications.OwnApplicationRoleConnection.from_payload(await self.request(route))

    async def set_my_user_application_role_connection(
        self,
        application: snowflakes.SnowflakeishOr,
        platform_name: undefined.UndefinedOr[str] = _UNDEFINED,
        platform_username: undefined.UndefinedOr[str] = _UNDEFINED,
        metadata: undefined.UndefinedOr[_MetadataValues] = _UNDEFINED,
    ) -> applications.OwnApplicationRoleConnection:
        """Report the token's user's platform and metadata values (a Bearer token with
        `role_connections.write`). Values go as Discord's strings: integers and booleans in
        decimal (`True` is `"1"`), datetimes in ISO 8601.

        ```python
        await user_rest.set_my_user_application_role_connection(app_id, "Cat Game", "kat", {"level": 7})
        ```
        """
        body = payloads.Payload()
        body.put("platform_name", platform_name)
        body.put("platform_username", platform_username)
        body.put("metadata", metadata, conversion=connection_metadata)
        route = routes.compile_ids(routes.PUT_MY_APPLICATION_ROLE_CONNECTION, application=application)
        return applications.OwnApplicationRoleConnection.from_payload(await self.request(route, json=body))

    async def fetch_activity_instance(
        self, application: snowflakes.SnowflakeishOr, instance_id: str
    ) -> applications.ActivityInstance:
        """A running Activity by its instance ID (`NotFoundError` once it ended).

        ```python
        instance = await rest.fetch_activity_instance(app_id, interaction_answer.instance_id)
        ```
        """
        route = routes.GET_APPLICATION_ACTIVITY_INSTANCE.compile(
            application=snowflakes.snowflake_of(application), instance=instance_id
        )
        return applications.ActivityInstance.from_payload(await self.request(route))
