"""hikari's `hikari.impl.special_endpoints` path: every builder in one place.

The builders live in `hikari_like.impl.builders`; this module keeps hikari's import path working:

```python
from hikari_like.impl import special_endpoints

row = special_endpoints.MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")
```
"""

from __future__ import annotations

import typing

from hikari_like.impl import builders

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import *  # noqa: F403 - hikari's module path for the same names.
else:
    from hikari_like.internal import lazy_imports

    __getattr__, __dir__ = lazy_imports.reexport(__name__, builders, lazy_imports.BUILDER_SOURCES)

__all__: list[str] = []
__all__ += builders.__all__
