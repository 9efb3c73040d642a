"""An editable install of this checkout is visible to type checkers run in a user's own project.

The README installs the project with `pip install -e`. setuptools made that an import hook (a
MetaPathFinder in `__editable___*_finder.py`), which Python follows but mypy and pyright cannot:
in a project outside the checkout, mypy reported "Cannot find implementation or library stub for
module named 'hikari_like'". The build backend is now hatchling, whose editable install is a `.pth`
file naming the checkout (`dev-mode-dirs` in pyproject.toml), a plain sys.path entry.

This test writes two small user programs outside the checkout and runs `mypy --strict` on them
against an editable install: the correct one must pass, and the wrong one must fail on the wrong
line, which proves mypy read the package's types instead of finding nothing or treating it as Any.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import pathlib
import re
import site
import subprocess
import sys
import urllib.parse
import urllib.request
import venv

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Generous: mypy checks hikari_like and its dependencies from a cold cache, on a busy machine.
TIMEOUT = 300

USER_BOT = '''\
"""A user's bot, fully typed."""

from __future__ import annotations

import hikari_like

bot = hikari_like.RESTBot("TOKEN")


async def ping(interaction: hikari_like.CommandInteraction) -> hikari_like.impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("pong")


bot.set_listener(hikari_like.CommandInteraction, ping)
'''

USER_MISTAKE = '''\
"""A user's mistake, which mypy catches only if it sees hikari_like's types."""

from __future__ import annotations

import hikari_like

bot = hikari_like.RESTBot("TOKEN")
bot.set_listener(hikari_like.CommandInteraction, 5)
reveal_type(bot)
'''


def _is_editable_install_of_this_checkout(distribution: importlib.metadata.Distribution) -> bool:
    # PEP 610: pip records how it installed a distribution in direct_url.json.
    text = distribution.read_text("direct_url.json")
    if text is None:
        return False
    direct_url = json.loads(text)
    if not direct_url.get("dir_info", {}).get("editable", False):
        return False
    url = urllib.parse.urlparse(direct_url.get("url", ""))
    return url.scheme == "file" and pathlib.Path(urllib.request.url2pathname(url.path)).resolve() == ROOT


def _running_environment_is_editable() -> bool:
    # Every hikari_like distribution on sys.path counts: a checkout that was installed with
    # setuptools before keeps a stale hikari_like.egg-info in its root, which pytest puts on sys.path.
    return any(
        _is_editable_install_of_this_checkout(distribution)
        for distribution in importlib.metadata.distributions(name="hikari_like")
    )


def _run(command: list[str], cwd: pathlib.Path) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    # Only the install may put hikari_like on the path: PYTHONPATH would hide a broken one. A user's
    # MYPYPATH would do the same; forced colours would break the matching below.
    for name in ("PYTHONPATH", "MYPYPATH", "MYPY_CACHE_DIR", "MYPY_FORCE_COLOR", "FORCE_COLOR"):
        environment.pop(name, None)
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    # No check=True: the callers assert on the exit code with the output in the message.
    return subprocess.run(
        command, check=False, cwd=cwd, env=environment, capture_output=True, text=True, timeout=TIMEOUT
    )


def _fresh_editable_install(directory: pathlib.Path) -> str:
    """Install this checkout editable into a new venv, offline; return the venv's interpreter."""
    venv.EnvBuilder(with_pip=True).create(directory)
    python = str(directory / ("Scripts" if os.name == "nt" else "bin") / "python")
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], directory)
    assert purelib.returncode == 0, purelib.stderr
    # The running environment's site-packages provide the build backend (hatchling, from the dev
    # extra) and hikari_like's dependencies, so nothing is downloaded. The file sorts after
    # hatchling's `_hikari_like.pth`, so the checkout comes first on sys.path even if the running
    # environment has a hikari_like of its own.
    bridged = [*site.getsitepackages(), *([site.getusersitepackages()] if site.ENABLE_USER_SITE else [])]
    bridge = pathlib.Path(purelib.stdout.strip()) / "zz_running_environment.pth"
    bridge.write_text("".join(f"{path}\n" for path in bridged))
    pip_install = [python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index"]
    install = _run([*pip_install, "-e", str(ROOT)], directory)
    assert install.returncode == 0, install.stdout + install.stderr
    return python


@pytest.mark.slow
def test_mypy_sees_the_editable_install_from_a_users_project(tmp_path: pathlib.Path) -> None:
    # The README's install makes the running environment editable; a test run from an environment
    # installed otherwise (a wheel, another checkout) gets an editable install of its own. Set
    # HIKARI_LIKE_TEST_FRESH_VENV=1 to take that path anyway.
    if _running_environment_is_editable() and os.environ.get("HIKARI_LIKE_TEST_FRESH_VENV") != "1":
        python = sys.executable
    else:
        python = _fresh_editable_install(tmp_path / "venv")

    project = tmp_path / "user_project"
    project.mkdir()
    (project / "user_bot.py").write_text(USER_BOT)
    (project / "user_mistake.py").write_text(USER_MISTAKE)
    # Our own (empty) config: neither the checkout's mypy.ini nor a user-level config may apply.
    (project / "mypy.ini").write_text("[mypy]\n")
    mypy = [
        *(sys.executable, "-m", "mypy", "--strict", "--no-color-output"),
        *("--config-file", str(project / "mypy.ini")),
        *("--python-executable", python),
        *("--cache-dir", str(tmp_path / "mypy_cache")),
    ]

    # -v logs each module as it parses it (the cache starts empty), so the log names the file mypy
    # found for hikari_like: it must be this checkout's.
    checked = _run([*mypy, "-v", "user_bot.py"], project)
    assert checked.returncode == 0, checked.stdout + checked.stderr[-3000:]
    assert "Success: no issues found in 1 source file" in checked.stdout
    assert f"Parsing {ROOT / 'hikari_like' / '__init__.py'} (hikari_like)" in checked.stderr

    mistaken = _run([*mypy, "user_mistake.py"], project)
    assert mistaken.returncode == 1, mistaken.stdout + mistaken.stderr
    errors = [line for line in mistaken.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 1, mistaken.stdout
    assert errors[0].startswith('user_mistake.py:8: error: No overload variant of "set_listener"'), errors
    assert errors[0].endswith("[call-overload]"), errors
    # The revealed type is the real class (whichever module defines it), not Any.
    revealed = r'user_mistake\.py:9: note: Revealed type is "hikari_like\.[\w.]*\.RESTBot"'
    assert re.search(revealed, mistaken.stdout), mistaken.stdout
