"""Voice regions (`fetch_voice_regions`, `fetch_guild_voice_regions`).

```python
regions = await rest.fetch_voice_regions()
print([region.id for region in regions if region.is_optimal_location])
```
"""

from __future__ import annotations

__all__ = ["VoiceRegion"]

import typing

import attrs

from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


@attrs.define(kw_only=True, unsafe_hash=True)
class VoiceRegion:
    """A region voice channels can run in.

    >>> region = VoiceRegion.from_payload({"id": "rotterdam", "name": "Rotterdam", "optimal": True})
    >>> region.is_optimal_location
    True
    """

    id: str = attrs.field(hash=True)
    """The region's ID (a channel's `region`)."""
    name: str = attrs.field(eq=False)
    is_optimal_location: bool = attrs.field(eq=False, repr=False)
    """Whether it is the region closest to the bot."""
    is_deprecated: bool = attrs.field(eq=False, repr=False)
    is_custom: bool = attrs.field(eq=False, repr=False)
    """Whether it serves events only."""

    def __str__(self) -> str:
        return self.id

    @classmethod
    def from_payload(cls, payload: JSONObject) -> VoiceRegion:
        """Read a voice region object; the ID is required (`KeyError`/`TypeError`), the rest is optional."""
        get = payload.get
        return cls(
            id=read.required_text(payload, "id"),
            name=read.text(get("name")) or "",
            is_optimal_location=get("optimal") is True,
            is_deprecated=get("deprecated") is True,
            is_custom=get("custom") is True,
        )
