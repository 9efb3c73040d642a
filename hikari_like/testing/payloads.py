"""Factories for realistic Discord API v10 interaction payloads, as plain JSON-ready dicts.

Each factory returns what Discord would POST to an interactions endpoint: string snowflakes, a long
URL-safe token, the invoking member (in a guild) or user (in a DM), the channel, locales,
permissions, entitlements, context and the `resolved` objects that options point at. Every
factory takes the `Origin` keyword arguments to pin IDs, the invoker or the guild, and `seed=` or
`rng=` for reproducible output.

```python
from hikari_like.testing import payloads

payload = payloads.slash_command(
    "tag",
    [payloads.subcommand("show", [payloads.option("name", "faq"), payloads.option("to", 42, type=6)])],
    seed=1,
)
payload["data"]["resolved"]["users"]["42"]["username"]  # the user the option mentions
```
"""

from __future__ import annotations

__all__ = [
    "Origin",
    "OptionValue",
    "Options",
    "option",
    "subcommand",
    "subcommand_group",
    "ping",
    "slash_command",
    "user_command",
    "message_command",
    "autocomplete",
    "entry_point_command",
    "button_press",
    "select_menu",
    "modal_submit",
    "labelled_modal_submit",
    "ModalAnswer",
    "ModalFields",
    "text_answer",
    "select_answer",
    "file_upload_answer",
    "radio_answer",
    "checkbox_group_answer",
    "checkbox_answer",
    "text_display_answer",
    "interaction",
]

import copy
import itertools
import typing
from collections.abc import Mapping
from collections.abc import Sequence

import attrs

from hikari_like.commands import CommandType
from hikari_like.commands import OptionType
from hikari_like.components import ComponentType
from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.internal.json import JSONObject
from hikari_like.testing._scene import Origin
from hikari_like.testing._scene import Resolved
from hikari_like.testing._scene import Scene
from hikari_like.testing._scene import Snowflakeish

OptionValue = str | int | float | bool
"""What an option's value may be (IDs of users, roles, channels and attachments as str or int)."""
Options = Sequence[JSONObject] | Mapping[str, OptionValue]
"""Options as Discord shapes them (see `option`), or a `{name: value}` shorthand for simple ones."""

_SNOWFLAKE_OPTIONS: typing.Final = frozenset(
    {OptionType.USER, OptionType.CHANNEL, OptionType.ROLE, OptionType.MENTIONABLE, OptionType.ATTACHMENT}
)
_NESTING_OPTIONS: typing.Final = frozenset({OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP})


# ---- options ---------------------------------------------------------------------------------------


def _infer_option_type(value: OptionValue) -> OptionType:
    # bool first: it is a subclass of int.
    if isinstance(value, bool):
        return OptionType.BOOLEAN
    if isinstance(value, int):
        return OptionType.INTEGER
    if isinstance(value, float):
        return OptionType.FLOAT
    return OptionType.STRING


def option(name: str, value: OptionValue, *, type: int | None = None, focused: bool = False) -> JSONObject:
    """One option as Discord sends it; the type is inferred from the value unless given.

    For users, channels, roles, mentionables and attachments pass the ID and the `type`
    (`OptionType.USER`...): the factory adds the matching `resolved` entry.

    ```python
    option("count", 3)  # {"name": "count", "type": 4, "value": 3}
    option("who", 80351110224678912, type=OptionType.USER)  # value sent as a string
    ```
    """
    option_type = OptionType(type) if type is not None else _infer_option_type(value)
    sent_value = str(value) if option_type in _SNOWFLAKE_OPTIONS else value
    result: JSONObject = {"name": name, "type": int(option_type), "value": sent_value}
    if focused:
        result["focused"] = True
    return result


def subcommand(name: str, options: Options = ()) -> JSONObject:
    """A sub-command and the options given to it."""
    return {"name": name, "type": int(OptionType.SUB_COMMAND), "options": _normalise(options)}


def subcommand_group(name: str, subcommands: Sequence[JSONObject]) -> JSONObject:
    """A sub-command group holding the one sub-command that was invoked."""
    return {"name": name, "type": int(OptionType.SUB_COMMAND_GROUP), "options": list(subcommands)}


def _normalise(options: Options | None) -> list[JSONObject]:
    if options is None:
        return []
    if isinstance(options, Mapping):
        return [option(name, value) for name, value in options.items()]
    # A deep copy: autocomplete adds to nested option lists, which belong to the caller.
    return copy.deepcopy(list(options))


def _resolve_options(options: Sequence[JSONObject], resolved: Resolved) -> None:
    adders: dict[int, typing.Callable[[str], None]] = {
        OptionType.USER: resolved.add_user,
        OptionType.MENTIONABLE: resolved.add_user,
        OptionType.CHANNEL: resolved.add_channel,
        OptionType.ROLE: resolved.add_role,
        OptionType.ATTACHMENT: resolved.add_attachment,
    }
    for each in options:
        if each.get("type") in _NESTING_OPTIONS:
            _resolve_options(each.get("options", []), resolved)
        elif (add := adders.get(each.get("type", 0))) is not None and not each.get("focused"):
            add(str(each["value"]))


def _innermost(options: list[JSONObject]) -> list[JSONObject]:
    # Autocomplete's focused option lives beside the invoked sub-command's other options.
    for each in options:
        if each.get("type") in _NESTING_OPTIONS:
            return _innermost(each.setdefault("options", []))
    return options


# ---- commands --------------------------------------------------------------------------------------


def ping(**origin: typing.Unpack[Origin]) -> JSONObject:
    """A PING, the request Discord sends to check an endpoint (answer: `{"type": 1}`)."""
    return Scene.create(origin).ping()


def _command_data(
    scene: Scene,
    name: str,
    kind: CommandType,
    command_id: Snowflakeish | None,
    command_guild_id: Snowflakeish | None,
) -> JSONObject:
    data: JSONObject = {
        "id": str(command_id) if command_id is not None else scene.forge.past_snowflake(),
        "name": name,
        "type": int(kind),
    }
    if command_guild_id is not None:
        data["guild_id"] = str(command_guild_id)
    return data


def _options_command(
    kind: InteractionType,
    name: str,
    options: list[JSONObject],
    origin: Origin,
    *,
    resolved_overrides: JSONObject | None = None,
    command_id: Snowflakeish | None = None,
    command_guild_id: Snowflakeish | None = None,
) -> JSONObject:
    scene = Scene.create(origin)
    data = _command_data(scene, name, CommandType.SLASH, command_id, command_guild_id)
    resolved = Resolved(scene=scene)
    _resolve_options(options, resolved)
    if resolved_data := resolved.payload(resolved_overrides):
        data["resolved"] = resolved_data
    if options:
        data["options"] = options
    return scene.envelope(int(kind), data)


def slash_command(
    name: str,
    options: Options | None = None,
    *,
    resolved: JSONObject | None = None,
    command_id: Snowflakeish | None = None,
    command_guild_id: Snowflakeish | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A slash command invocation (APPLICATION_COMMAND, command type 1).

    Options referring to users, members, channels, roles or attachments get `data.resolved`
    entries; `resolved=` adds or replaces entries (per category, by ID). `command_guild_id` marks
    a guild-registered command.

    ```python
    slash_command("ping")
    slash_command("echo", {"text": "hi", "times": 2}, guild=False)
    slash_command("admin", [subcommand_group("role", [subcommand("add", [option("r", 1, type=8)])])])
    ```
    """
    return _options_command(
        InteractionType.APPLICATION_COMMAND,
        name,
        _normalise(options),
        origin,
        resolved_overrides=resolved,
        command_id=command_id,
        command_guild_id=command_guild_id,
    )


def entry_point_command(
    name: str = "launch",
    *,
    command_id: Snowflakeish | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A user opening the app from the App Launcher: the `PRIMARY_ENTRY_POINT` command (type 4),
    an APPLICATION_COMMAND without options. Answer it with `build_launch_activity_response()`.

    ```python
    entry_point_command()
    ```
    """
    scene = Scene.create(origin)
    data = _command_data(scene, name, CommandType.PRIMARY_ENTRY_POINT, command_id, None)
    return scene.envelope(int(InteractionType.APPLICATION_COMMAND), data)


def autocomplete(
    name: str,
    options: Options | None = None,
    *,
    focused: str | None = None,
    value: str = "",
    focused_type: int = OptionType.STRING,
    command_id: Snowflakeish | None = None,
    command_guild_id: Snowflakeish | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """An autocomplete request while the user types into option `focused`.

    The focused option (carrying the partial text `value`, always a string) is added beside the
    innermost sub-command's options; or mark one yourself with `option(..., focused=True)`.

    ```python
    autocomplete("weather", {"units": "metric"}, focused="city", value="Par")
    ```
    """
    normalised = _normalise(options)
    if focused is not None:
        _innermost(normalised).append(
            {"name": focused, "type": int(focused_type), "value": value, "focused": True}
        )
    return _options_command(
        InteractionType.AUTOCOMPLETE,
        name,
        normalised,
        origin,
        command_id=command_id,
        command_guild_id=command_guild_id,
    )


def _context_menu_command(
    name: str,
    kind: CommandType,
    command_id: Snowflakeish | None,
    origin: Origin,
    resolve_target: typing.Callable[[Scene], tuple[str, JSONObject]],
) -> JSONObject:
    # The command's data is forged before the target, so the target's IDs come after the command's.
    scene = Scene.create(origin)
    data = _command_data(scene, name, kind, command_id, None)
    target_id, resolved = resolve_target(scene)
    data.update(target_id=target_id, resolved=resolved)
    return scene.envelope(int(InteractionType.APPLICATION_COMMAND), data)


def user_command(
    name: str,
    target_id: Snowflakeish | None = None,
    *,
    target: JSONObject | None = None,
    command_id: Snowflakeish | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A user context-menu command (command type 2) on a user (and, in a guild, their member).

    ```python
    user_command("High five", target_id=80351110224678912)
    ```
    """

    def resolve_target(scene: Scene) -> tuple[str, JSONObject]:
        target_user = target or scene.forge.user(_id_or_past(scene, target_id))
        resolved = Resolved(scene=scene)
        resolved.users[target_user["id"]] = target_user
        resolved.add_user(target_user["id"])
        return target_user["id"], resolved.payload()

    return _context_menu_command(name, CommandType.USER, command_id, origin, resolve_target)


def message_command(
    name: str,
    target_id: Snowflakeish | None = None,
    *,
    target: JSONObject | None = None,
    command_id: Snowflakeish | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A message context-menu command (command type 3) on a message in the channel.

    ```python
    message_command("Bookmark", target_id=1_380_000_000_000_000_000)
    ```
    """

    def resolve_target(scene: Scene) -> tuple[str, JSONObject]:
        message_id = None if target_id is None else str(target_id)
        author = scene.forge.user()
        target_message = target or scene.forge.message(
            channel_id=scene.channel_id, author=author, message_id=message_id
        )
        return target_message["id"], {"messages": {target_message["id"]: target_message}}

    return _context_menu_command(name, CommandType.MESSAGE, command_id, origin, resolve_target)


# ---- components and modals ---------------------------------------------------------------------


def _message_with(scene: Scene, component: JSONObject) -> JSONObject:
    # The message a component sits on: the bot's earlier answer to a slash command.
    message = scene.forge.message(channel_id=scene.channel_id, author=scene.bot_user())
    message.update(
        application_id=scene.application_id,
        webhook_id=scene.application_id,
        components=[{"type": int(ComponentType.ACTION_ROW), "id": 1, "components": [component]}],
        interaction_metadata={
            "id": scene.forge.snowflake(scene.forge.past_moment()),
            "type": int(InteractionType.APPLICATION_COMMAND),
            "user": scene.user,
            "authorizing_integration_owners": {"0": scene.guild_id or "0"},
        },
    )
    return message


def button_press(
    custom_id: str, *, message: JSONObject | None = None, **origin: typing.Unpack[Origin]
) -> JSONObject:
    """A click on a button (MESSAGE_COMPONENT, component type 2) on a message from the bot.

    ```python
    button_press("confirm:42")
    ```
    """
    scene = Scene.create(origin)
    button_type = int(ComponentType.BUTTON)
    button = {"type": button_type, "id": 2, "custom_id": custom_id, "style": 1, "label": "Confirm"}
    data = {"custom_id": custom_id, "component_type": button_type, "id": 2}
    message = message or _message_with(scene, button)
    return scene.envelope(int(InteractionType.MESSAGE_COMPONENT), data, message=message)


def _select_component(custom_id: str, component_type: int, values: list[str]) -> JSONObject:
    component: JSONObject = {
        "type": component_type,
        "id": 2,
        "custom_id": custom_id,
        "placeholder": "Choose...",
        "min_values": 1,
        "max_values": max(len(values), 1),
    }
    if component_type == ComponentType.TEXT_SELECT_MENU:
        choices = [*values, "other"]
        component["options"] = [{"label": value.title(), "value": value} for value in choices]
    return component


def _resolve_values(component_type: int, values: list[str], resolved: Resolved) -> None:
    adders: dict[int, typing.Callable[[str], None]] = {
        ComponentType.USER_SELECT_MENU: resolved.add_user,
        ComponentType.ROLE_SELECT_MENU: resolved.add_role,
        # A mentionable ID could be a user or a role; pass `resolved=` to make one a role.
        ComponentType.MENTIONABLE_SELECT_MENU: resolved.add_user,
        ComponentType.CHANNEL_SELECT_MENU: resolved.add_channel,
    }
    if (add := adders.get(component_type)) is not None:
        for value in values:
            add(value)


def select_menu(
    custom_id: str,
    values: Sequence[Snowflakeish],
    *,
    component_type: int = ComponentType.TEXT_SELECT_MENU,
    resolved: JSONObject | None = None,
    message: JSONObject | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A choice in a select menu; user, role, mentionable and channel selects (types 5-8) carry
    `resolved` entries for the chosen IDs (`resolved=` adds or replaces entries).

    ```python
    select_menu("colour", ["red", "blue"])
    select_menu("pick-user", [80351110224678912], component_type=ComponentType.USER_SELECT_MENU)
    ```
    """
    scene = Scene.create(origin)
    chosen = [str(value) for value in values]
    data: JSONObject = {
        "custom_id": custom_id,
        "component_type": int(component_type),
        "id": 2,
        "values": chosen,
    }
    collected = Resolved(scene=scene)
    if component_type != ComponentType.TEXT_SELECT_MENU:
        _resolve_values(component_type, chosen, collected)
        data["resolved"] = collected.payload(resolved)
    message = message or _message_with(scene, _select_component(custom_id, int(component_type), chosen))
    return scene.envelope(int(InteractionType.MESSAGE_COMPONENT), data, message=message)


# ---- modal answers ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ModalAnswer:
    """What the user entered in one component of a modal, as a modal submit reports it.

    Make one with the `*_answer` factories and pass a list of them to `modal_submit` or
    `labelled_modal_submit`; each lands inside a Label (type 18) carrying its `type`, `id` (Discord
    numbers the modal's components in order), `custom_id` and its value field, and what it points
    at (users, roles, channels, uploaded files) lands in `data.resolved`.

    ```python
    payloads.modal_submit(
        "report",
        [payloads.text_answer("subject", "Crash"), payloads.checkbox_answer("urgent", True)],
    )
    ```
    """

    type: int
    """The component type (`ComponentType.TEXT_INPUT`, `ComponentType.CHECKBOX`, ...)."""
    custom_id: str | None
    """The component's custom ID (`None` for a text display, which has none)."""
    field: str | None = None
    """The name of the value field (`"value"` or `"values"`), `None` when there is none."""
    value: typing.Any = None
    references: tuple[tuple[str, str], ...] = ()
    """(`"user"`/`"role"`/`"channel"`, ID) pairs for `data.resolved`."""
    uploads: tuple[tuple[str | None, str], ...] = ()
    """A file upload's files as (pinned attachment ID or `None` to mint one, filename) pairs."""


ModalFields = Sequence[ModalAnswer | JSONObject]
"""A modal's answers in order; a plain dict is placed at the top level as given (say, a future type)."""

_SELECT_REFERENCE: typing.Final[Mapping[int, str]] = {
    ComponentType.USER_SELECT_MENU: "user",
    ComponentType.ROLE_SELECT_MENU: "role",
    ComponentType.MENTIONABLE_SELECT_MENU: "user",
    ComponentType.CHANNEL_SELECT_MENU: "channel",
}


def text_answer(custom_id: str, text: str) -> ModalAnswer:
    """A text input's answer (type 4, `value`).

    ```python
    text_answer("subject", "Bug")
    ```
    """
    return ModalAnswer(type=int(ComponentType.TEXT_INPUT), custom_id=custom_id, field="value", value=text)


def select_answer(
    custom_id: str,
    values: Sequence[Snowflakeish],
    *,
    component_type: int = ComponentType.TEXT_SELECT_MENU,
    role_ids: Sequence[Snowflakeish] = (),
) -> ModalAnswer:
    """A select's answer (`values`): string (type 3), user, role, mentionable or channel (5-8).

    User, role, mentionable and channel choices get `data.resolved` entries (users with their
    members in a guild, roles, partial channels). A mentionable's chosen IDs are users unless listed
    in `role_ids`.

    ```python
    select_answer("severity", ["high"])
    select_answer("who", [80351110224678912], component_type=ComponentType.USER_SELECT_MENU)
    select_answer("ping", [1, 2], component_type=ComponentType.MENTIONABLE_SELECT_MENU, role_ids=[2])
    ```
    """
    chosen = [str(value) for value in values]
    roles = {str(role) for role in role_ids}
    category = _SELECT_REFERENCE.get(component_type)
    references = () if category is None else tuple(("role" if v in roles else category, v) for v in chosen)
    return ModalAnswer(
        type=int(component_type), custom_id=custom_id, field="values", value=chosen, references=references
    )


def file_upload_answer(
    custom_id: str,
    filenames: Sequence[str] = ("upload.png",),
    *,
    attachment_ids: Sequence[Snowflakeish] | None = None,
) -> ModalAnswer:
    """A file upload's answer (type 19): the uploaded files' IDs in `values`, the attachments
    themselves (media type from the extension, an ephemeral CDN URL...) in `data.resolved`.

    IDs are minted at upload time unless pinned with `attachment_ids` (one per filename).

    ```python
    file_upload_answer("evidence", ["screenshot.png", "log.txt"])
    ```
    """
    if attachment_ids is not None and len(attachment_ids) != len(filenames):
        raise ValueError("attachment_ids needs one ID per filename")
    pinned = [str(each) for each in attachment_ids] if attachment_ids is not None else [None] * len(filenames)
    return ModalAnswer(
        type=int(ComponentType.FILE_UPLOAD),
        custom_id=custom_id,
        field="values",
        uploads=tuple(zip(pinned, filenames, strict=True)),
    )


def radio_answer(custom_id: str, value: str | None) -> ModalAnswer:
    """A radio group's answer (type 21): the chosen option's value, or `None` when the group was
    optional and left empty.

    ```python
    radio_answer("class", "warrior")
    ```
    """
    return ModalAnswer(type=int(ComponentType.RADIO_GROUP), custom_id=custom_id, field="value", value=value)


def checkbox_group_answer(custom_id: str, values: Sequence[str]) -> ModalAnswer:
    """A checkbox group's answer (type 22): the checked options' values (`[]` for none).

    ```python
    checkbox_group_answer("toppings", ["cheese", "olives"])
    ```
    """
    return ModalAnswer(
        type=int(ComponentType.CHECKBOX_GROUP), custom_id=custom_id, field="values", value=list(values)
    )


def checkbox_answer(custom_id: str, checked: bool) -> ModalAnswer:
    """A checkbox's answer (type 23): `true` if it was checked.

    ```python
    checkbox_answer("agree", True)
    ```
    """
    return ModalAnswer(type=int(ComponentType.CHECKBOX), custom_id=custom_id, field="value", value=checked)


def text_display_answer() -> ModalAnswer:
    """A text display of the modal, which a submit echoes with its `type` (10) and `id` only, at
    the top level beside the labels.

    ```python
    modal_submit("rules", [text_display_answer(), checkbox_answer("agree", True)])
    ```
    """
    return ModalAnswer(type=int(ComponentType.TEXT_DISPLAY), custom_id=None)


# ---- modal submits ---------------------------------------------------------------------------------


def modal_submit(
    custom_id: str,
    fields: Mapping[str, str] | ModalFields,
    *,
    resolved: JSONObject | None = None,
    message: JSONObject | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A submitted modal (MODAL_SUBMIT).

    `fields` is either `{custom ID: text}`, text inputs in action rows (the older layout), or a
    list of answers (`text_answer`, `select_answer`, `file_upload_answer`, `radio_answer`,
    `checkbox_group_answer`, `checkbox_answer`, `text_display_answer`), laid out as
    `labelled_modal_submit` does. `resolved=` adds or replaces `data.resolved` entries. Pass
    `message=` when the modal was opened from a component (Discord then includes it).

    ```python
    modal_submit("feedback", {"subject": "Bug", "details": "It broke"})
    modal_submit("feedback", [text_answer("subject", "Bug"), file_upload_answer("shots", ["a.png"])])
    ```
    """
    if not isinstance(fields, Mapping):
        return labelled_modal_submit(custom_id, fields, resolved=resolved, message=message, **origin)
    rows = []
    for index, (field_id, text) in enumerate(fields.items()):
        text_input = {
            "type": int(ComponentType.TEXT_INPUT),
            "id": 2 * index + 2,
            "custom_id": field_id,
            "value": text,
        }
        rows.append({"type": int(ComponentType.ACTION_ROW), "id": 2 * index + 1, "components": [text_input]})
    scene = Scene.create(origin)
    return _modal(scene, custom_id, rows, Resolved(scene=scene).payload(resolved), message)


def labelled_modal_submit(
    custom_id: str,
    fields: Mapping[str, str | Sequence[str]] | ModalFields,
    *,
    resolved: JSONObject | None = None,
    message: JSONObject | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A submitted modal built from Label components (type 18), the current modal layout.

    `fields` is a list of answers (see `modal_submit`), or a `{custom ID: answer}` shorthand where
    a string is a text input's text and a sequence of strings is a string select's choices.

    ```python
    labelled_modal_submit("report", {"reason": "spam", "severity": ["high"]})
    labelled_modal_submit("report", [radio_answer("kind", "bug"), checkbox_answer("public", False)])
    ```
    """
    answers = _shorthand_answers(fields) if isinstance(fields, Mapping) else fields
    scene = Scene.create(origin)
    collected = Resolved(scene=scene)
    components = _lay_out(answers, scene, collected)
    return _modal(scene, custom_id, components, collected.payload(resolved), message)


def _shorthand_answers(fields: Mapping[str, str | Sequence[str]]) -> list[ModalAnswer]:
    return [
        text_answer(field_id, answer) if isinstance(answer, str) else select_answer(field_id, answer)
        for field_id, answer in fields.items()
    ]


def _lay_out(answers: ModalFields, scene: Scene, resolved: Resolved) -> list[JSONObject]:
    # Discord numbers a modal's components in order, a label before the component inside it.
    next_id = itertools.count(1)
    components: list[JSONObject] = []
    for answer in answers:
        if not isinstance(answer, ModalAnswer):
            components.append(copy.deepcopy(dict(answer)))
        elif answer.type == ComponentType.TEXT_DISPLAY:
            components.append({"type": answer.type, "id": next(next_id)})
        else:
            label_id = next(next_id)
            child = _answered(answer, next(next_id), scene, resolved)
            components.append({"type": int(ComponentType.LABEL), "id": label_id, "component": child})
    return components


def _answered(answer: ModalAnswer, component_id: int, scene: Scene, resolved: Resolved) -> JSONObject:
    component: JSONObject = {"type": answer.type, "id": component_id, "custom_id": answer.custom_id}
    adders = {"user": resolved.add_user, "role": resolved.add_role, "channel": resolved.add_channel}
    for category, referenced_id in answer.references:
        adders[category](referenced_id)
    value = answer.value
    if answer.uploads:
        value = [_uploaded(scene, resolved, pinned, filename) for pinned, filename in answer.uploads]
    if answer.field is not None:
        component[answer.field] = copy.deepcopy(value)
    return component


def _uploaded(scene: Scene, resolved: Resolved, pinned: str | None, filename: str) -> str:
    attachment_id = pinned or scene.forge.snowflake()
    resolved.add_attachment(attachment_id, filename=filename)
    return attachment_id


def _modal(
    scene: Scene,
    custom_id: str,
    components: list[JSONObject],
    resolved: JSONObject,
    message: JSONObject | None,
) -> JSONObject:
    data: JSONObject = {"custom_id": custom_id, "components": components}
    if resolved:
        data["resolved"] = resolved
    return scene.envelope(int(InteractionType.MODAL_SUBMIT), data, message=message)


def _id_or_past(scene: Scene, value: Snowflakeish | None) -> str:
    return scene.forge.past_snowflake() if value is None else str(value)


def interaction(kind: int, data: JSONObject | None = None, **origin: typing.Unpack[Origin]) -> JSONObject:
    """An interaction of any `type` around the given `data` (for types this library does not know).

    ```python
    interaction(99, {"future": True})  # the server should answer 501, not crash
    ```
    """
    return Scene.create(origin).envelope(kind, data or {})
