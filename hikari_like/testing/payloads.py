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
    "button_press",
    "select_menu",
    "modal_submit",
    "labelled_modal_submit",
    "interaction",
]

import copy
import typing
from collections.abc import Mapping
from collections.abc import Sequence

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


def modal_submit(
    custom_id: str,
    fields: Mapping[str, str],
    *,
    message: JSONObject | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A submitted modal whose text inputs sit in action rows (`fields`: custom ID -> text).

    Pass `message=` when the modal was opened from a component (Discord then includes it).

    ```python
    modal_submit("feedback", {"subject": "Bug", "details": "It broke"})
    ```
    """
    rows = []
    for index, (field_id, text) in enumerate(fields.items()):
        text_input = {
            "type": int(ComponentType.TEXT_INPUT),
            "id": 2 * index + 2,
            "custom_id": field_id,
            "value": text,
        }
        rows.append({"type": int(ComponentType.ACTION_ROW), "id": 2 * index + 1, "components": [text_input]})
    return _modal(custom_id, rows, message, origin)


def labelled_modal_submit(
    custom_id: str,
    fields: Mapping[str, str | Sequence[str]],
    *,
    message: JSONObject | None = None,
    **origin: typing.Unpack[Origin],
) -> JSONObject:
    """A submitted modal built from Label components (type 18), the newer modal layout.

    A string value is a text input's text; a sequence of strings is a string select's choices.

    ```python
    labelled_modal_submit("report", {"reason": "spam", "severity": ["high"]})
    ```
    """
    labels = []
    for index, (field_id, answer) in enumerate(fields.items()):
        child: JSONObject = {"id": 2 * index + 2, "custom_id": field_id}
        if isinstance(answer, str):
            child.update(type=int(ComponentType.TEXT_INPUT), value=answer)
        else:
            child.update(type=int(ComponentType.TEXT_SELECT_MENU), values=list(answer))
        labels.append({"type": int(ComponentType.LABEL), "id": 2 * index + 1, "component": child})
    return _modal(custom_id, labels, message, origin)


def _modal(
    custom_id: str, components: list[JSONObject], message: JSONObject | None, origin: Origin
) -> JSONObject:
    scene = Scene.create(origin)
    data = {"custom_id": custom_id, "components": components}
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
