"""`MetricsSettings`: where the `/metrics` endpoint lives and who may read it."""

from __future__ import annotations

__all__ = ["MetricsSettings"]

import attrs


def _validate_path(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not value.startswith("/"):
        raise ValueError(f"the metrics path must start with '/', got {value!r}")


def _validate_token(_: object, __: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not value or value != value.strip()):
        raise ValueError("the metrics token must be a non-empty string without surrounding spaces")


@attrs.frozen(slots=True, kw_only=True)
class MetricsSettings:
    """Turns metrics on, and says where the Prometheus endpoint is served.

    ```python
    bot = hikari_like.RESTBot(token, metrics=MetricsSettings(path="/metrics", token="s3cret"))
    ```
    """

    path: str = attrs.field(default="/metrics", validator=_validate_path)
    """Served on GET, beside the interaction path (which it must differ from)."""
    token: str | None = attrs.field(default=None, validator=_validate_token, repr=False)
    """When set, a scrape must send `Authorization: Bearer <token>`, else 401."""
