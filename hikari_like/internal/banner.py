"""The start-up banner: a `banner.txt` from a package, with `${...}` substitutions filled in.

```python
print_banner("hikari_like", allow_color=True, force_color=False)
print_banner("my_bot", allow_color=True, force_color=False, extra_args={"bot_name": "Ping"})
```

A banner may use `${hikari_like_version}`, `${python_implementation}`, `${python_version}`,
`${system_description}`, `${hikari_like_install_location}`, any name given in `extra_args`, and
colorlog's colour names (`${bold_red}`, `${reset}`, ...), which become empty when colour is off.
Unknown `${names}` are left as written.
"""

from __future__ import annotations

__all__ = ["banner_substitutions", "print_banner", "render_banner"]

import pathlib
import platform
import string
import sys
import typing

from hikari_like import _about
from hikari_like.internal import ux

_BANNER_FILE: typing.Final = "banner.txt"


def banner_substitutions() -> dict[str, str]:
    """The substitutions every banner gets: library version, interpreter and platform."""
    system_bits = (platform.machine(), platform.system(), platform.release())
    return {
        "hikari_like_version": _about.__version__,
        "hikari_like_install_location": str(pathlib.Path(_about.__file__).resolve().parent),
        "python_implementation": platform.python_implementation(),
        "python_version": platform.python_version(),
        "system_description": " ".join(bit.strip() for bit in system_bits if bit.strip()),
    }


def _read_banner(package: str) -> str:
    import importlib.resources  # here, not at the top: it pulls in tempfile and shutil.

    resource = importlib.resources.files(package).joinpath(_BANNER_FILE)
    return resource.read_text(encoding="utf-8")


def render_banner(package: str, *, color: bool, extra_args: typing.Mapping[str, str] | None = None) -> str:
    """The banner of `package` with its substitutions filled in.

    Raises
    ------
    ValueError
        If `extra_args` tries to replace one of the built-in substitutions or a colour name.
    """
    from colorlog import escape_codes  # here, not at the top: only printing a banner needs it.

    values = banner_substitutions()
    if extra_args:
        clashes = sorted(set(extra_args) & (values.keys() | escape_codes.escape_codes.keys()))
        if clashes:
            raise ValueError(f"extra_args may not replace built-in banner substitutions: {clashes}")
        values.update(extra_args)
    if color:
        values.update(escape_codes.escape_codes)
    else:
        values.update(dict.fromkeys(escape_codes.escape_codes, ""))
    return string.Template(_read_banner(package)).safe_substitute(values)


def print_banner(
    package: str | None,
    *,
    allow_color: bool,
    force_color: bool,
    extra_args: typing.Mapping[str, str] | None = None,
) -> None:
    """Write the banner of `package` (the package holding a `banner.txt`) to standard output.

    `None` prints nothing. Colour follows `hikari_like.internal.ux.supports_color`.
    """
    if package is None:
        return
    color = ux.supports_color(allow_color=allow_color, force_color=force_color)
    sys.stdout.write(render_banner(package, color=color, extra_args=extra_args))
    sys.stdout.flush()
