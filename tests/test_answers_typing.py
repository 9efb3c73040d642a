"""LAUNCH_ACTIVITY's rule for type checkers: commands, components and modal submits may answer
with it, autocomplete may not.

mypy runs with `warn_unused_ignores`: the `type: ignore` below must be needed, so if the
overloads ever let an autocomplete listener launch an Activity, CI fails.
"""

from __future__ import annotations

import hikari_like
from hikari_like import impl
from hikari_like.testing import KeyPair


async def command_launching(
    interaction: hikari_like.CommandInteraction,
) -> impl.InteractionLaunchActivityBuilder:
    return interaction.build_launch_activity_response()


async def component_launching(
    interaction: hikari_like.ComponentInteraction,
) -> impl.InteractionLaunchActivityBuilder | impl.InteractionMessageBuilder:
    return interaction.build_launch_activity_response()


async def modal_launching(interaction: hikari_like.ModalInteraction) -> impl.InteractionLaunchActivityBuilder:
    return interaction.build_launch_activity_response()


async def autocomplete_launching(
    interaction: hikari_like.AutocompleteInteraction,
) -> impl.InteractionLaunchActivityBuilder:
    return impl.InteractionLaunchActivityBuilder()


def test_launch_activity_for_type_checkers() -> None:
    server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)

    server.set_listener(hikari_like.CommandInteraction, command_launching)
    server.set_listener(hikari_like.ComponentInteraction, component_launching)
    server.set_listener(hikari_like.ModalInteraction, modal_launching)
    server.set_listener(hikari_like.AutocompleteInteraction, autocomplete_launching)  # type: ignore[arg-type]

    assert server.get_listener(hikari_like.ModalInteraction) is modal_launching
