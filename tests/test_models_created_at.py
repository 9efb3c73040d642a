"""Every model with a snowflake `id` has `created_at` (hikari's `Unique`), from one mixin."""

from __future__ import annotations

import importlib
import inspect

import attrs

import hikari_like
from hikari_like import snowflakes

MODEL_MODULES = (
    "hikari_like._channel_kinds",
    "hikari_like._guild_details",
    "hikari_like.applications",
    "hikari_like.channels",
    "hikari_like.commands",
    "hikari_like.emojis",
    "hikari_like.guilds",
    "hikari_like.invites",
    "hikari_like.messages",
    "hikari_like.users",
)


# Their `id` names another thing (the command, or the role, user or channel a permission is for):
# they are not entities of their own, as in hikari.
NOT_ENTITIES = frozenset({"CommandPermission", "GuildCommandPermissions"})


def _snowflake_models() -> list[type]:
    found = []
    for name in MODEL_MODULES:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if inspect.isclass(value) and attrs.has(value) and value.__module__ == name:
                if value.__qualname__ in NOT_ENTITIES:
                    continue
                id_field = next((field for field in attrs.fields(value) if field.name == "id"), None)
                if id_field is not None and str(id_field.type) == "snowflakes.Snowflake":
                    found.append(value)
    return found


def test_every_snowflake_model_has_created_at_from_its_id() -> None:
    models = _snowflake_models()

    assert len(models) > 20
    assert [model.__qualname__ for model in models if not issubclass(model, snowflakes.UniqueEntity)] == []


def test_created_at_is_read_from_the_id() -> None:
    role_id = snowflakes.Snowflake(175928847299117063)
    role = hikari_like.Role.from_payload({"id": str(role_id), "name": "x"}, app=None, guild_id=1)  # type: ignore[arg-type]

    assert role.created_at == role_id.created_at
