"""What a command test reads back: the bot's answer and the messages Discord now holds for it.

A `Reply` is a live view of the emulated Discord's record of one interaction: the HTTP answer (none
for an interaction delivered over the gateway), the initial response however it came (HTTP or the
callback endpoint), the original message as edits left it, each edit, and the followups.
`SentMessage` (`emulator/received.py`) is a live view of one message.
"""

from __future__ import annotations

__all__ = ["ModalForm", "Reply", "SentMessage", "walk_components"]

import typing
from collections.abc import Mapping

import attrs

from hikari_like import commands
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.messages import MessageFlag
from hikari_like.testing.emulator.received import ReceivedInteraction
from hikari_like.testing.emulator.received import SentMessage
from hikari_like.testing.emulator.received import walk_components

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing.client import InteractionResponse
    from hikari_like.testing.emulator.state import IssuedInteraction
    from hikari_like.testing.emulator.state import RecordedEdit

_DEFERRALS: typing.Final = frozenset(
    {ResponseType.DEFERRED_MESSAGE_CREATE, ResponseType.DEFERRED_MESSAGE_UPDATE}
)
_EPHEMERAL: typing.Final = int(MessageFlag.EPHEMERAL)


@attrs.frozen(repr=False)
class ModalForm:
    """A modal the bot answered with: its title, custom_id and the fields to fill in.

    ```python
    form = (await user.invoke("suggest")).modal
    assert form.title == "Suggest" and list(form.fields) == ["text"]
    ```
    """

    json: JSONObject
    """The modal's `data` as the bot sent it."""

    def __repr__(self) -> str:
        return f"ModalForm({self.custom_id!r}, title={self.title!r}, fields={list(self.fields)})"

    @property
    def title(self) -> str:
        """The title shown at the top of the modal."""
        return str(self.json.get("title") or "")

    @property
    def custom_id(self) -> str:
        """The modal's custom_id (what its submission is routed by)."""
        return str(self.json.get("custom_id") or "")

    @property
    def components(self) -> list[JSONObject]:
        """Its top-level components (labels, or action rows holding text inputs)."""
        return list(self.json.get("components") or ())

    @property
    def fields(self) -> dict[str, JSONObject]:
        """custom_id -> the input component (text input, select, file upload, radio, checkbox...)."""
        return {c["custom_id"]: c for c in walk_components(self.components) if "custom_id" in c}

    @property
    def labels(self) -> dict[str, str]:
        """custom_id -> the label shown above the field (a Label's, or a text input's own)."""
        found: dict[str, str] = {}
        for component in walk_components(self.components):
            inner = component.get("component")
            if isinstance(inner, Mapping) and "custom_id" in inner:
                found[inner["custom_id"]] = str(component.get("label", ""))
            elif "custom_id" in component and "label" in component:
                found.setdefault(component["custom_id"], str(component["label"]))
        return found


@attrs.frozen(repr=False)
class Reply:
    """What came of one interaction a `CommandSession` sent: a live view of Discord's record.

    The message fields (`content`, `embeds`, `components`, `flags`, `is_ephemeral`) are the
    original message's as Discord holds it now (after a deferral was completed, after edits), or
    the initial response's when there is no message (an update of an ephemeral message, a
    modal...).

    ```python
    reply = await user.invoke("slow")
    assert reply.type is ResponseType.DEFERRED_MESSAGE_CREATE and reply.content == "done"
    assert [m.content for m in reply.followups] == ["and one more"]
    ```
    """

    payload: JSONObject
    """The interaction as Discord delivered it to the bot."""
    http: InteractionResponse | None
    """The bot's HTTP answer to that delivery (status, headers, body); `None` when the interaction
    came over the gateway, where the bot answers through the callback endpoint only."""
    record: IssuedInteraction = attrs.field(repr=False)
    """The emulated Discord's record of the interaction (updated as the bot goes on)."""

    def __repr__(self) -> str:
        kind = self.type.name if self.type is not None else None
        return f"Reply(status={self.status}, type={kind}, content={self.content!r})"

    @property
    def status(self) -> int | None:
        """The HTTP status of the bot's answer (200, 204 for none, 500 when its handler raised...);
        `None` for an interaction delivered over the gateway."""
        return None if self.http is None else self.http.status

    @property
    def type(self) -> ResponseType | None:
        """The initial response's type (over HTTP or the callback endpoint); `None` if unanswered."""
        if self.record.response is not None:
            return ResponseType(self.record.response.type)
        body = self._http_json()
        return None if body is None or "type" not in body else ResponseType(body["type"])

    @property
    def data(self) -> JSONObject:
        """The initial response's `data` exactly as the bot sent it (`{}` when it had none)."""
        if self.record.response is not None:
            return dict(self.record.response.data or {})
        body = self._http_json() or {}
        return dict(body.get("data") or {})

    def _http_json(self) -> JSONObject | None:
        if self.http is None or self.http.content_type not in ("application/json", "multipart/form-data"):
            return None
        body = self.http.json()
        return body if isinstance(body, dict) else None

    @property
    def is_deferred(self) -> bool:
        """Whether the initial response was a deferral ("thinking..." or an acknowledged update)."""
        return self.type in _DEFERRALS

    @property
    def message(self) -> SentMessage | None:
        """The original response as Discord holds it now (`None` if there is none, or it was deleted)."""
        original = self.record.original
        return None if original is None else SentMessage(original)

    @property
    def followups(self) -> list[SentMessage]:
        """The followup messages that still exist, oldest first."""
        return [SentMessage(message) for message in self.record.followups.values()]

    @property
    def messages(self) -> list[SentMessage]:
        """The original message (if any) and the followups."""
        return ([self.message] if self.message is not None else []) + self.followups

    @property
    def edits(self) -> list[RecordedEdit]:
        """Every edit the bot made with the interaction's token, oldest first (each as sent)."""
        return list(self.record.edits)

    @property
    def received(self) -> ReceivedInteraction:
        """The same record as `discord.received(token)`: the emulator's view of the interaction."""
        return ReceivedInteraction(self.record)

    @property
    def content(self) -> str | None:
        """The message's text (the original's now, else the initial response's); `None` if none."""
        if self.message is not None:
            return self.message.content
        content = self.data.get("content")
        return None if content is None else str(content)

    @property
    def embeds(self) -> list[JSONObject]:
        """The message's embeds (the original's now, else the initial response's)."""
        return self.message.embeds if self.message is not None else list(self.data.get("embeds") or ())

    @property
    def components(self) -> list[JSONObject]:
        """The message's components (the original's now, else the initial response's)."""
        return (
            self.message.components if self.message is not None else list(self.data.get("components") or ())
        )

    @property
    def flags(self) -> MessageFlag:
        """The message's flags (the original's now, else the initial response's)."""
        if self.message is not None:
            return self.message.flags
        return MessageFlag(int(self.data.get("flags") or 0))

    @property
    def is_ephemeral(self) -> bool:
        """Whether only the invoking user sees the answer."""
        return bool(self.flags & _EPHEMERAL)

    @property
    def modal(self) -> ModalForm | None:
        """The modal, when the bot answered with one."""
        return ModalForm(self.data) if self.type is ResponseType.MODAL else None

    @property
    def choices(self) -> list[commands.CommandChoice]:
        """An autocomplete answer's suggestions (`[]` for any other answer)."""
        if self.type is not ResponseType.AUTOCOMPLETE:
            return []
        return [commands.CommandChoice.from_payload(choice) for choice in self.data.get("choices") or ()]
