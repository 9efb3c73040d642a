"""The REST client's builder factories and `hikari_like.api`'s names of the builder interfaces.

The factories have hikari's signatures and give our builders, whose JSON is Discord's interaction
response shapes (discord-api-docs `interactions/receiving-and-responding.mdx`); the interface
names answer `isinstance` for our builders, type-check as them, and never load `impl`.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing

import pytest
from hikari.api import rest as hikari_rest
from hikari.api import special_endpoints as hikari_special_endpoints

from hikari_like import api
from hikari_like import impl
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.interactions import ResponseType

FACTORIES: typing.Final = (
    "interaction_deferred_builder",
    "interaction_autocomplete_builder",
    "interaction_message_builder",
    "interaction_modal_builder",
    "build_message_action_row",
    "build_modal_action_row",
    "slash_command_builder",
    "context_menu_command_builder",
)

# hikari's builder interfaces this library has no builder for yet.
NOT_YET: typing.Final = {
    "AutoModActionBuilder",
    "AutoModBlockMemberInteractionActionBuilder",
    "AutoModBlockMessageActionBuilder",
    "AutoModKeywordPresetTriggerBuilder",
    "AutoModKeywordTriggerBuilder",
    "AutoModMemberProfileTriggerBuilder",
    "AutoModMentionSpamTriggerBuilder",
    "AutoModSendAlertMessageActionBuilder",
    "AutoModSpamTriggerBuilder",
    "AutoModTimeoutActionBuilder",
    "AutoModTriggerBuilder",
    "TypingIndicator",
}


def _shape(function: typing.Any) -> list[tuple[str, inspect._ParameterKind]]:
    return [(name, parameter.kind) for name, parameter in inspect.signature(function).parameters.items()]


@pytest.mark.parametrize("name", FACTORIES)
def test_each_factory_has_hikaris_signature(name: str) -> None:
    assert _shape(getattr(RESTClientImpl, name)) == _shape(getattr(hikari_rest.RESTClient, name))


async def test_the_factories_build_discords_response_shapes(rest: RESTClientImpl) -> None:
    choice = impl.AutocompleteChoiceBuilder("Red", "red")

    deferred = rest.interaction_deferred_builder(ResponseType.DEFERRED_MESSAGE_CREATE)
    message = rest.interaction_message_builder(ResponseType.MESSAGE_CREATE).set_content("Hi")
    autocomplete = rest.interaction_autocomplete_builder([choice])
    modal = rest.interaction_modal_builder("Feedback", "feedback").add_component(
        rest.build_modal_action_row().add_text_input("answer", "Your answer")
    )

    assert deferred.build() == ({"type": 5}, ())
    assert message.build()[0]["type"] == 4
    assert message.build()[0]["data"]["content"] == "Hi"
    assert autocomplete.build() == ({"type": 8, "data": {"choices": [{"name": "Red", "value": "red"}]}}, ())
    modal_body = modal.build()[0]
    assert (modal_body["type"], modal_body["data"]["title"], modal_body["data"]["custom_id"]) == (
        9,
        "Feedback",
        "feedback",
    )
    assert modal_body["data"]["components"][0]["components"][0]["custom_id"] == "answer"


async def test_an_action_row_from_the_client_is_a_fresh_row(rest: RESTClientImpl) -> None:
    row = rest.build_message_action_row().add_link_button("https://example.com", label="Docs")

    assert rest.build_message_action_row().components == []
    (button,) = row.build()[0]["components"]
    assert row.build()[0]["type"] == 1
    assert (button["type"], button["style"], button["url"], button["label"]) == (
        2,
        5,
        "https://example.com",
        "Docs",
    )


def test_hikaris_builder_interface_names_are_in_api() -> None:
    missing = set(hikari_special_endpoints.__all__) - set(api.__all__) - NOT_YET

    assert missing == set()
    assert [name for name in api.special_endpoints.__all__ if not hasattr(api, name)] == []


async def test_our_builders_are_instances_of_hikaris_interface_names(rest: RESTClientImpl) -> None:
    row = rest.build_message_action_row()
    button = impl.LinkButtonBuilder(url="https://example.com", label="Docs")
    cases: list[tuple[object, type[object], bool]] = [
        (rest.interaction_message_builder(4), api.InteractionMessageBuilder, True),
        (rest.interaction_deferred_builder(5), api.InteractionDeferredBuilder, True),
        (row, api.MessageActionRowBuilder, True),
        (row, api.ModalActionRowBuilder, False),
        (button, api.LinkButtonBuilder, True),
        (button, api.ButtonBuilder, True),
        (button, api.InteractiveButtonBuilder, False),
        (rest.slash_command_builder("ping", "Pong"), api.CommandBuilder, True),
        ("a string", api.InteractionMessageBuilder, False),
    ]

    assert [isinstance(value, interface) for value, interface, _ in cases] == [case[2] for case in cases]
    assert issubclass(impl.PollBuilder, api.PollBuilder)


def test_every_interface_name_answers_for_its_implementation() -> None:
    protocols = {"ComponentBuilder", "InteractionResponseBuilder"}  # structural: any builder will do
    for name in set(api.special_endpoints.__all__) - protocols:
        implementation = getattr(impl, name, None)
        if implementation is not None:
            assert issubclass(implementation, getattr(api, name)), name


def test_importing_the_interfaces_loads_no_implementation() -> None:
    code = "import sys, hikari_like.api\nprint([m for m in sys.modules if m.startswith('hikari_like.impl')])"

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )

    assert result.stdout.strip() == "[]"


# Checked by mypy (the tests are type-checked): hikari-style annotations accept our builders.
def _answer(builder: api.InteractionMessageBuilder) -> api.InteractionMessageBuilder:
    return builder.set_content("Done").add_component(_row(impl.MessageActionRowBuilder()))


def _row(row: api.MessageActionRowBuilder) -> api.MessageActionRowBuilder:
    return row.add_link_button("https://example.com", label="Docs")


async def test_hikari_style_annotations_take_our_builders(rest: RESTClientImpl) -> None:
    answer = _answer(rest.interaction_message_builder(ResponseType.MESSAGE_CREATE))

    assert answer.build()[0]["data"]["content"] == "Done"
    assert len(_row(rest.build_message_action_row()).components) == 1
