"""The REST client's builder factories (hikari's `rest.build_message_action_row()`, ...).

A mixin of `RESTClientImpl`. Each returns a new builder from `hikari_like.impl` and sends
nothing; they exist so a hikari program that asks `bot.rest` for its builders ports unchanged:

```python
row = rest.build_message_action_row().add_interactive_button(ButtonStyle.PRIMARY, "ok", label="OK")
answer = rest.interaction_message_builder(ResponseType.MESSAGE_CREATE).set_content("Hi").add_component(row)
```
"""

from __future__ import annotations

__all__ = ["BuilderFactories"]

import typing

from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import responses
from hikari_like.impl.builders import rows

if typing.TYPE_CHECKING:
    from hikari_like.interactions import base_interactions


class BuilderFactories(rest_api.RESTClient):
    """`interaction_*_builder` and `build_*_action_row`: new builders, nothing sent."""

    __slots__ = ()

    def interaction_deferred_builder(
        self, type: base_interactions.ResponseType | int, /
    ) -> responses.InteractionDeferredBuilder:
        """A deferred answer (`DEFERRED_MESSAGE_CREATE`, or `DEFERRED_MESSAGE_UPDATE` for components).

        ```python
        return rest.interaction_deferred_builder(ResponseType.DEFERRED_MESSAGE_CREATE)
        ```
        """
        return responses.InteractionDeferredBuilder(type)

    def interaction_autocomplete_builder(
        self, choices: typing.Sequence[responses.AutocompleteChoiceBuilder]
    ) -> responses.InteractionAutocompleteBuilder:
        """An autocomplete answer offering `choices` (at most 25).

        ```python
        return rest.interaction_autocomplete_builder([AutocompleteChoiceBuilder("Red", "red")])
        ```
        """
        return responses.InteractionAutocompleteBuilder(choices)

    def interaction_message_builder(
        self, type: base_interactions.ResponseType | int, /
    ) -> responses.InteractionMessageBuilder:
        """A message answer (`MESSAGE_CREATE`, or `MESSAGE_UPDATE` for components).

        ```python
        return rest.interaction_message_builder(ResponseType.MESSAGE_CREATE).set_content("Hi")
        ```
        """
        return responses.InteractionMessageBuilder(type)

    def interaction_modal_builder(self, title: str, custom_id: str) -> responses.InteractionModalBuilder:
        """A modal answer with `title` and `custom_id`; add its rows or labels next.

        ```python
        return rest.interaction_modal_builder("Feedback", "feedback").add_component(row)
        ```
        """
        return responses.InteractionModalBuilder(title, custom_id)

    def build_message_action_row(self) -> rows.MessageActionRowBuilder:
        """An empty action row for a message: add up to five buttons or one select menu.

        ```python
        row = rest.build_message_action_row().add_link_button("https://example.com", label="Docs")
        ```
        """
        return rows.MessageActionRowBuilder()

    def build_modal_action_row(self) -> rows.ModalActionRowBuilder:
        """An empty action row for a modal: add one text input.

        ```python
        row = rest.build_modal_action_row().add_text_input("answer", "Your answer")
        ```
        """
        return rows.ModalActionRowBuilder()
