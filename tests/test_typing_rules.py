"""Discord's response rules, enforced by the type checker.

mypy runs with `warn_unused_ignores`: each `type: ignore` below must be needed, so if the
overloads ever stop rejecting a misuse, CI fails. The tests also run the registrations, which
the runtime accepts (the dispatcher reports a wrong response type when it happens).
"""

from __future__ import annotations

import hikari_like
from hikari_like import impl
from hikari_like.testing import KeyPair


async def modal_answering_modal(interaction: hikari_like.ModalInteraction) -> impl.InteractionModalBuilder:
    return impl.InteractionModalBuilder("again", "again")


async def autocomplete_answering_message(
    interaction: hikari_like.AutocompleteInteraction,
) -> impl.InteractionMessageBuilder:
    return impl.InteractionMessageBuilder(hikari_like.ResponseType.MESSAGE_CREATE)


async def command_answering_modal(
    interaction: hikari_like.CommandInteraction,
) -> impl.InteractionModalBuilder:
    return interaction.build_modal_response("Form", "form")


async def component_answering_message(
    interaction: hikari_like.ComponentInteraction,
) -> impl.InteractionMessageBuilder:
    return interaction.build_response(hikari_like.ResponseType.MESSAGE_UPDATE)


def test_rules_for_type_checkers() -> None:
    server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)

    server.set_listener(hikari_like.CommandInteraction, command_answering_modal)
    server.set_listener(hikari_like.ComponentInteraction, component_answering_message)
    server.set_listener(hikari_like.ModalInteraction, modal_answering_modal)  # type: ignore[arg-type]
    server.set_listener(hikari_like.AutocompleteInteraction, autocomplete_answering_message)  # type: ignore[arg-type]
    server.set_listener(hikari_like.CommandInteraction, modal_answering_modal, replace=True)  # type: ignore[arg-type]

    assert server.get_listener(hikari_like.ModalInteraction) is modal_answering_modal
