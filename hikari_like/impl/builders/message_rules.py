"""Discord's rules on a whole message body, checked before anything is sent.

Discord answers a body that breaks these with `400 Invalid Form Body` (or `413`) and little more;
here each one raises `errors.DiscordRuleError` naming the rule. `serialize_message_fields` runs
them on every message it serialises (answers, followups, `create_message`, edits, webhook
executions), so no caller can forget them.

```python
check_message_payload({"content": "hi", "components": [...]}, is_v2=True)  # DiscordRuleError
```
"""

from __future__ import annotations

__all__ = ["check_message_payload"]

import typing

from hikari_like import errors
from hikari_like.impl.builders import component_rules
from hikari_like.internal import upload_limits

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like.internal.json import JSONObject

_NOT_WITH_V2: typing.Final = (
    ("content", "content"),
    ("embeds", "embeds"),
    ("poll", "a poll"),
    ("sticker_ids", "stickers"),
)
"""The fields a components-v2 message may not carry: its components are the whole message."""


def check_message_payload(
    payload: JSONObject, *, is_v2: bool, uploads: typing.Sequence[files.Resource] = ()
) -> None:
    """Raise `DiscordRuleError` if the serialised message (or one of its files) breaks a rule of Discord's.

    Its components are checked as a tree (`component_rules.check_message_components`).

    The files are checked against the interaction's `attachment_size_limit` while an interaction
    method sends them (`internal.upload_limits.upload_limit`).
    """
    if is_v2:
        _check_v2_exclusive(payload)
    components = payload.get("components")
    if components:
        component_rules.check_message_components(components, is_v2=is_v2)
    upload_limits.check_current_limit(uploads)


def _check_v2_exclusive(payload: JSONObject) -> None:
    for field, what in _NOT_WITH_V2:
        if payload.get(field):
            msg = (
                f"a message with components v2 (the IS_COMPONENTS_V2 flag) cannot also have {what}; "
                "put the text in a TextDisplayComponentBuilder instead"
            )
            raise errors.DiscordRuleError(f"components_v2.{field}", msg)
