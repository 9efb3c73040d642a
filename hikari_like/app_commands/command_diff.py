"""What differs between the commands a bot declares and the ones Discord has registered.

Both sides are put in one canonical form before they are compared, so that a command set
freshly written to Discord compares as unchanged and a second start writes nothing:

- fields only Discord sets (`id`, `version`, `application_id`, `guild_id`, `name_localized`,
  the deprecated `dm_permission` / `default_permission`) are left out;
- what Discord leaves out when it is empty or false is filled in (`required`, `autocomplete`,
  `nsfw` false; no options, choices, channel types or localizations; `description` "" for
  context menus; an entry point's `handler` 2, `DISCORD_LAUNCH_ACTIVITY`);
- permissions are compared as decimal strings, localizations as dicts, channel types,
  `contexts` and `integration_types` as sets; options and choices in their order;
- `contexts` left out is Discord's `null` (not "every context": Discord treats the two
  differently); `integration_types` left out is not compared, because Discord fills it from the
  application's installation settings, which a declaration does not know.

Commands are matched by (type, name). A registered entry point command that the declaration
does not replace is *kept* (a bulk overwrite must keep it), not removed.

```python
diff = diff_scope([echo_builder], registered_json, guild_id=None)
if diff.has_changes:
    print(diff)  # ~ /echo  options[0].max_length: 100 -> 200
```
"""

from __future__ import annotations

__all__ = [
    "CommandChange",
    "FieldChange",
    "ScopeDiff",
    "command_label",
    "diff_scope",
    "field_changes",
    "normalize_command",
]

import typing

import attrs

from hikari_like import commands

if typing.TYPE_CHECKING:
    from hikari_like import snowflakes
    from hikari_like.impl.builders import commands as command_builders
    from hikari_like.internal.json import JSONObject

_SLASH: typing.Final = 1
_ENTRY_POINT: typing.Final = 4
_SUB_COMMANDS: typing.Final = frozenset({1, 2})
"""Option types SUB_COMMAND and SUB_COMMAND_GROUP, which have no `required`."""
_DEFAULT_HANDLER: typing.Final = 2
"""DISCORD_LAUNCH_ACTIVITY: what Discord's own entry point command has."""
_SERVER_ONLY: typing.Final = frozenset(
    {
        "id",
        "application_id",
        "guild_id",
        "version",
        "name_localized",
        "description_localized",
        "dm_permission",
        "default_permission",
    }
)
_TYPE_LABELS: typing.Final = {2: "user", 3: "message", 4: "entry point"}
_KEPT_NOTE: typing.Final = "(kept: entry point commands stay unless one is declared)"

_Normalizer = typing.Callable[[typing.Any], object]


def _localizations(value: typing.Any) -> object:
    return {str(locale): text for locale, text in (value or {}).items()}


def _int_set(value: typing.Any) -> object:
    return sorted({int(item) for item in value or ()})


def _int_set_or_none(value: typing.Any) -> object:
    return None if value is None else _int_set(value)


def _permissions(value: typing.Any) -> object:
    # Discord answers a decimal string; a declaration may hold an int or a Permissions flag.
    return None if value is None else str(int(value))


def _choices(value: typing.Any) -> object:
    return [
        {
            "name": choice["name"],
            "value": choice["value"],
            "name_localizations": _localizations(choice.get("name_localizations")),
        }
        for choice in value or ()
    ]


def _same(value: typing.Any) -> object:
    return value


_COMMAND_FIELDS: typing.Final[typing.Mapping[str, _Normalizer]] = {
    "type": lambda value: _SLASH if value is None else int(value),
    "name": str,
    "description": lambda value: value or "",
    "name_localizations": _localizations,
    "description_localizations": _localizations,
    "default_member_permissions": _permissions,
    "nsfw": bool,
    "contexts": _int_set_or_none,
}
_OPTION_FIELDS: typing.Final[typing.Mapping[str, _Normalizer]] = {
    "type": int,
    "name": str,
    "description": lambda value: value or "",
    "name_localizations": _localizations,
    "description_localizations": _localizations,
    "required": bool,
    "choices": _choices,
    "channel_types": _int_set,
    "min_value": _same,
    "max_value": _same,
    "min_length": _same,
    "max_length": _same,
    "autocomplete": bool,
}
_NESTED: typing.Final = frozenset({"options", "integration_types", "handler"})
"""Fields normalized on their own, never copied verbatim."""


def _normalized(
    payload: JSONObject, fields: typing.Mapping[str, _Normalizer], reference: JSONObject
) -> dict[str, object]:
    """`payload` in canonical form: every field of `fields`, and the others `reference` has, verbatim.

    Only the declared side's unknown fields are compared, so a field Discord starts adding to
    its answers does not read as a change.
    """
    result: dict[str, object] = {key: normalize(payload.get(key)) for key, normalize in fields.items()}
    for key in reference:
        if key not in fields and key not in _SERVER_ONLY and key not in _NESTED:
            result[key] = payload.get(key)
    return result


def _options(payload: JSONObject, like: JSONObject | None) -> list[dict[str, object]]:
    """`payload`'s options, each normalized like the option at the same place in `like`."""
    references = None if like is None else list(like.get("options") or ())
    return [
        _normalize_option(option, like=option if references is None else _at(references, index))
        for index, option in enumerate(payload.get("options") or ())
    ]


def _normalize_option(option: JSONObject, *, like: typing.Any) -> dict[str, object]:
    reference = like if isinstance(like, dict) else option
    normalized = _normalized(option, _OPTION_FIELDS, reference)
    normalized["options"] = _options(option, reference)
    if normalized["type"] in _SUB_COMMANDS:
        del normalized["required"]
    return normalized


def normalize_command(payload: JSONObject, *, like: JSONObject | None = None) -> dict[str, object]:
    """A command object (declared or as Discord answers it) in the canonical form diffs compare.

    `like` is the declared payload the registered `payload` is compared with: fields Discord
    adds that the declaration does not know are only compared when `like` has them, so a new
    field in Discord's answers does not read as a change.

    ```python
    assert normalize_command(registered, like=declared) == normalize_command(declared)
    ```
    """
    reference = payload if like is None else like
    normalized = _normalized(payload, _COMMAND_FIELDS, reference)
    normalized["options"] = _options(payload, reference)
    if "integration_types" in reference:
        normalized["integration_types"] = _int_set_or_none(payload.get("integration_types"))
    if normalized["type"] == _ENTRY_POINT:
        handler = payload.get("handler")
        normalized["handler"] = _DEFAULT_HANDLER if handler is None else int(handler)
    return normalized


def command_label(type: commands.CommandType | int, name: str) -> str:
    """How diffs name a command: `/echo` for a slash command, `[user] High Five` for the others.

    >>> command_label(commands.CommandType.MESSAGE, "Quote")
    '[message] Quote'
    """
    kind = _TYPE_LABELS.get(int(type))
    if int(type) == _SLASH:
        return f"/{name}"
    return f"[{kind or f'type {int(type)}'}] {name}"


@attrs.frozen(kw_only=True)
class FieldChange:
    """One field that differs: `path` such as `options[0].max_length`, and its two values.

    A value that one side does not have at all (an option added at the end) is `None`.
    """

    path: str
    registered: object
    declared: object

    def __str__(self) -> str:
        return f"{self.path}: {_show(self.registered)} -> {_show(self.declared)}"


@attrs.frozen(kw_only=True)
class CommandChange:
    """A command both sides have, with the fields that differ."""

    name: str
    type: commands.CommandType
    changes: typing.Sequence[FieldChange]

    @property
    def label(self) -> str:
        """`/echo`, `[user] High Five`, ... (see `command_label`)."""
        return command_label(self.type, self.name)


@attrs.frozen(kw_only=True)
class ScopeDiff:
    """The difference for one scope: the global commands (`guild_id` None) or one guild's.

    `added`, `removed`, `unchanged` and `kept` hold command labels (`command_label`): a name
    alone is ambiguous, as a slash command and a user command may share it.

    ```python
    diff = diff_scope(declared, registered)
    print(diff)
    # global commands: 1 to add, 1 to change, 2 unchanged
    # + /tag
    # ~ /echo  options[0].max_length: 100 -> 200
    ```
    """

    guild_id: snowflakes.Snowflake | None
    added: typing.Sequence[str]
    removed: typing.Sequence[str]
    changed: typing.Sequence[CommandChange]
    unchanged: typing.Sequence[str]
    kept: typing.Sequence[str]
    """Registered entry point commands the declaration does not replace; a bulk overwrite keeps them."""

    @property
    def has_changes(self) -> bool:
        """Whether writing the declared set would change anything on Discord."""
        return bool(self.added or self.removed or self.changed)

    @property
    def scope(self) -> str:
        """`global commands` or `guild 123 commands`."""
        return "global commands" if self.guild_id is None else f"guild {self.guild_id} commands"

    def __str__(self) -> str:
        lines = [f"{self.scope}: {self._summary()}"]
        lines += [f"+ {label}" for label in self.added]
        lines += [f"- {label}" for label in self.removed]
        lines += [f"~ {change.label}  {field}" for change in self.changed for field in change.changes]
        lines += [f"= {label}  {_KEPT_NOTE}" for label in self.kept]
        return "\n".join(lines)

    def _summary(self) -> str:
        counts = [
            (len(self.added), "to add"),
            (len(self.removed), "to remove"),
            (len(self.changed), "to change"),
        ]
        parts = [f"{count} {what}" for count, what in counts if count]
        if not parts:
            total = len(self.unchanged) + len(self.kept)
            return f"up to date ({total} command{'' if total == 1 else 's'})"
        return ", ".join([*parts, f"{len(self.unchanged)} unchanged"])


_Key = tuple[int, str]


def _key(payload: JSONObject) -> _Key:
    return (_SLASH if payload.get("type") is None else int(payload["type"]), str(payload["name"]))


def _label(key: _Key) -> str:
    return command_label(key[0], key[1])


def diff_scope(
    declared: typing.Sequence[command_builders.CommandBuilder],
    registered: typing.Sequence[JSONObject],
    *,
    guild_id: snowflakes.Snowflake | None = None,
) -> ScopeDiff:
    """Compare the `declared` builders of one scope with its `registered` commands (Discord's JSON).

    `registered` is what `GET .../commands?with_localizations=true` answers; without that
    query Discord leaves out the localizations, and every localized command would differ.

    ```python
    registered = await rest.request(route, query={"with_localizations": "true"})
    diff = diff_scope([ping, echo], registered)
    ```
    """
    wanted = {_key(payload): payload for payload in (builder.build() for builder in declared)}
    present = {_key(payload): payload for payload in registered}
    replaces_entry_point = any(key[0] == _ENTRY_POINT for key in wanted)
    kept = [key for key in present if key[0] == _ENTRY_POINT and not replaces_entry_point]
    changed: list[CommandChange] = []
    unchanged: list[_Key] = []
    for key in (key for key in wanted if key in present):
        changes = field_changes(present[key], wanted[key])
        if changes:
            changed.append(CommandChange(name=key[1], type=commands.CommandType(key[0]), changes=changes))
        else:
            unchanged.append(key)
    return ScopeDiff(
        guild_id=guild_id,
        added=[_label(key) for key in wanted if key not in present],
        removed=[_label(key) for key in present if key not in wanted and key not in kept],
        changed=changed,
        unchanged=[_label(key) for key in unchanged],
        kept=[_label(key) for key in kept],
    )


def field_changes(registered: JSONObject, declared: JSONObject) -> list[FieldChange]:
    """The fields in which one `registered` command differs from its `declared` payload."""
    return _walk(normalize_command(registered, like=declared), normalize_command(declared), "")


def _walk(registered: object, declared: object, path: str) -> list[FieldChange]:
    if isinstance(registered, dict) and isinstance(declared, dict):
        keys = dict.fromkeys([*declared, *registered])
        return [
            change
            for key in keys
            for change in _walk(registered.get(key), declared.get(key), f"{path}.{key}" if path else key)
        ]
    if isinstance(registered, list) and isinstance(declared, list) and _objects(registered + declared):
        return [
            change
            for index in range(max(len(registered), len(declared)))
            for change in _walk(_at(registered, index), _at(declared, index), f"{path}[{index}]")
        ]
    if registered == declared:
        return []
    return [FieldChange(path=path, registered=registered, declared=declared)]


def _objects(items: list[object]) -> bool:
    """Whether `items` are options or choices (compared one by one), not numbers (compared as a whole)."""
    return bool(items) and all(isinstance(item, dict) for item in items)


def _at(items: typing.Sequence[typing.Any], index: int) -> typing.Any:
    return items[index] if index < len(items) else None


def _is_default(value: object) -> bool:
    return value is None or value is False or (isinstance(value, str | list | dict) and not value)


def _show(value: object) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        # A whole option or choice: its set fields, not a page of defaults.
        shown = {key: item for key, item in value.items() if not _is_default(item)}
        return "{" + ", ".join(f"{key}: {_show(item)}" for key, item in shown.items()) + "}"
    if isinstance(value, str):
        return repr(value)
    return str(value)
