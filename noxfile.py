"""Developer sessions; CI runs the same commands (see .ci/run).

nox -s tests        # the test suite
nox -s lint         # ruff check + format check
nox -s typecheck    # mypy --strict
nox -s benchmarks   # hikari_like vs hikari, printed as a table with ratios
nox -s parity       # which of hikari's names and signatures hikari_like has (docs/parity.md)
nox -s docs         # the documentation site, built strictly into site/ (mkdocs.yml)
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(name="tests-fallbacks")
def tests_fallbacks(session: nox.Session) -> None:
    """Run the test suite on OpenSSL's Ed25519 and the standard library's json."""
    session.install("-e", ".[dev]")
    session.run(
        "python",
        "-m",
        "pytest",
        *session.posargs,
        env={"HIKARI_LIKE_ED25519": "cryptography", "HIKARI_LIKE_JSON": "stdlib"},
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package, tests, benchmarks and examples."""
    session.install("-e", ".[dev]")
    session.run("mypy")


@nox.session
def benchmarks(session: nox.Session) -> None:
    """Measure hikari_like against hikari in the same run and print the ratios."""
    session.install("-e", ".[benchmarks]")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session
def parity(session: nox.Session) -> None:
    """Print the API parity report against the installed hikari (`-- --json`, `-- --update-baseline`)."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "benchmarks.parity", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site into `site/`; any warning (a broken link, a bad docstring) fails."""
    session.install("-e", ".[docs]")
    session.run("mkdocs", "build", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})
