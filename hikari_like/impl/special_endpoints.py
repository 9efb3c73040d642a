"""hikari's `hikari.impl.special_endpoints` path: every builder in one place, with the typing
indicator and the thread members iterator.

The builders live in `hikari_like.impl.builders`; this module keeps hikari's import path working:

```python
from hikari_like.impl import special_endpoints

row = special_endpoints.MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")
```
"""

from __future__ import annotations

import typing

from hikari_like.impl import builders

# hikari keeps its REST helpers that are not builders here too.
_REST_HELPERS: typing.Final = ("ThreadMembersIterator", "TypingIndicator")

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import *  # noqa: F403 - hikari's module path for the same names.
    from hikari_like.impl.rest.thread_pages import ThreadMembersIterator
    from hikari_like.impl.rest.typing_indicator import TypingIndicator
else:
    from hikari_like.internal import lazy_imports

    __getattr__, __dir__ = lazy_imports.reexport(
        __name__,
        builders,
        lazy_imports.BUILDER_SOURCES,
        also={name: lazy_imports.IMPL_SOURCES[name] for name in _REST_HELPERS},
    )

__all__: list[str] = []
__all__ += builders.__all__
__all__ += ["ThreadMembersIterator", "TypingIndicator"]  # = _REST_HELPERS, as a literal for linters
