"""Whether the terminal wants colour, following the CLICOLOR convention (https://bixense.com/clicolors/).

```python
if supports_color(allow_color=True, force_color=False):
    ...  # emit ANSI escape codes
```

The banner (`banner.py`) and the default log format (`logging_setup.py`) both ask here, so the
two never disagree.
"""

from __future__ import annotations

__all__ = ["supports_color"]

import os
import sys


def _env_flag(name: str) -> str | None:
    value = os.environ.get(name)
    return None if value is None else value.strip()


def _stdout_is_a_terminal() -> bool:
    # Replaced streams (pytest's capture, a pipe wrapper) may not implement isatty at all.
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except ValueError:  # a closed stream
        return False


def supports_color(*, allow_color: bool, force_color: bool) -> bool:
    """Decide whether to write ANSI colour codes to standard output.

    In order:

    1. `allow_color=False` means never (the program's own opt-out wins over everything).
    2. `force_color=True`, or `CLICOLOR_FORCE` set to anything but `"0"`, means always.
    3. `CLICOLOR=0` or a non-empty `NO_COLOR` means never.
    4. Otherwise colour is used when standard output is a terminal.
    """
    if not allow_color:
        return False
    force = _env_flag("CLICOLOR_FORCE")
    if force_color or (force is not None and force not in ("", "0")):
        return True
    if _env_flag("CLICOLOR") == "0" or _env_flag("NO_COLOR"):
        return False
    return _stdout_is_a_terminal()
