"""hikari's `hikari.impl.special_endpoints` path: every builder in one place.

The builders live in `hikari_like.impl.builders`; this module keeps hikari's import path working:

```python
from hikari_like.impl import special_endpoints

row = special_endpoints.MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")
```
"""

from __future__ import annotations

from hikari_like.impl import builders
from hikari_like.impl.builders import *  # noqa: F403 - hikari's module path for the same names.

__all__: list[str] = []
__all__ += builders.__all__
