"""In process: what `on_interaction` (verify + parse + dispatch + encode) costs per interaction.

No HTTP here: each library's interaction server is handed the same signed body directly, so what
is measured is the library's own work. Variants:

- "verified": the real Ed25519 check, each library with its own verifier (hikari: libsodium through
  PyNaCl; hikari_like: the fastest installed, see `hikari_like.internal.ed25519`);
- "no verification": the verifier swapped for one that accepts everything, which leaves the cost
  of parsing, dispatching the listener and encoding its answer (the issue's "core cost beyond
  signature verification");
- hikari_like with its replay guard on (its default; hikari has none), fed distinct requests;
- hikari_like with Prometheus metrics on (`MetricsSettings`), unverified, against the same without:
  what counting each interaction and timing its listener adds (issue #22: under 1 us).

A breakdown of hikari_like's stages follows, to show where the rest of the time goes.

    python -m benchmarks core
"""

from __future__ import annotations

__all__ = ["Settings", "main", "run"]

import asyncio
import functools
import platform
import time
import typing

import attrs

from benchmarks import _workload

OnInteraction = typing.Callable[[bytes, bytes, bytes], typing.Awaitable[typing.Any]]
ROUTER_BUDGET: typing.Final = 1.0
"""Microseconds the command layer may add to an interaction over a bare listener (issue #20)."""
METRICS_BUDGET: typing.Final = 1.0
"""Microseconds metrics may add to an interaction when they are on (issue #22)."""
_METRICS_ON: typing.Final = "hikari_like, no verification + metrics"


@attrs.frozen(kw_only=True)
class Settings:
    """How many interactions per round, and how many alternating rounds."""

    interactions: int = 20_000
    rounds: int = 5


def _accept_everything(message: bytes, signature: bytes) -> bool:
    return True


class _AcceptingKey:
    """Stands in for hikari's PyNaCl `VerifyKey` to factor verification out."""

    def verify(self, message: bytes, signature: bytes) -> bytes:
        return message


def _hikari_like(*, verify: bool, replay_guard: bool, metrics: bool = False) -> OnInteraction:
    import hikari_like
    from hikari_like.impl.metrics import MetricsSettings

    bot = hikari_like.RESTBot(
        _workload.TOKEN,
        public_key=_workload.PUBLIC_KEY_HEX,
        replay_window=300.0 if replay_guard else None,
        banner=None,
        logs=None,
        metrics=MetricsSettings() if metrics else None,
    )
    bot.set_listener(hikari_like.CommandInteraction, _workload.echo)
    server = bot.interaction_server
    if not verify:
        server._verify = _accept_everything
    return server.on_interaction


def _hikari(*, verify: bool) -> OnInteraction:
    import hikari

    bot = hikari.RESTBot(
        _workload.TOKEN,
        "Bot",
        public_key=_workload.PUBLIC_KEY_HEX,
        banner=None,
        logs=None,
        suppress_optimization_warning=True,
    )
    bot.set_listener(hikari.CommandInteraction, _workload.echo)  # type: ignore[attr-defined]
    server = bot.interaction_server
    if not verify:
        server._public_key = _AcceptingKey()
    return typing.cast("OnInteraction", server.on_interaction)


def _requests(
    count: int, *, distinct_from: int | None = None, hex_signature: bool = True
) -> list[tuple[bytes, bytes, bytes]]:
    """`count` signed requests: the same one repeated, or different ones (for the replay guard)."""
    if distinct_from is None:
        signed = _workload.signed_interaction()
        return [_as_arguments(signed, hex_signature=hex_signature)] * count
    first_id = 1_378_704_634_678_142_720 + distinct_from
    return [
        _as_arguments(_workload.signed_interaction(interaction_id=first_id + n), hex_signature=hex_signature)
        for n in range(count)
    ]


def _as_arguments(signed: _workload.Signed, *, hex_signature: bool) -> tuple[bytes, bytes, bytes]:
    # hikari_like takes the header as sent (hex); hikari's server takes the decoded bytes.
    signature = signed.signature if hex_signature else bytes.fromhex(signed.signature.decode())
    return signed.body, signature, signed.timestamp


async def _time(on_interaction: OnInteraction, requests: list[tuple[bytes, bytes, bytes]]) -> float:
    started = time.perf_counter()
    for body, signature, timestamp in requests:
        response = await on_interaction(body, signature, timestamp)
        if response.status_code != 200:
            raise RuntimeError(f"expected 200, got {response.status_code}: {response.payload!r}")
    return time.perf_counter() - started


@attrs.frozen(kw_only=True)
class _Variant:
    name: str
    on_interaction: OnInteraction
    requests: list[tuple[bytes, bytes, bytes]]


def _variants(settings: Settings) -> list[_Variant]:
    count = settings.interactions
    same_hex = _requests(count)
    same_raw = _requests(count, hex_signature=False)
    return [
        _Variant(
            name="hikari_like, verified",
            on_interaction=_hikari_like(verify=True, replay_guard=False),
            requests=same_hex,
        ),
        _Variant(name="hikari, verified", on_interaction=_hikari(verify=True), requests=same_raw),
        _Variant(
            name="hikari_like, no verification",
            on_interaction=_hikari_like(verify=False, replay_guard=False),
            requests=same_hex,
        ),
        _Variant(name="hikari, no verification", on_interaction=_hikari(verify=False), requests=same_raw),
        _Variant(
            name=_METRICS_ON,
            on_interaction=_hikari_like(verify=False, replay_guard=False, metrics=True),
            requests=same_hex,
        ),
    ]


async def run(settings: Settings) -> dict[str, float]:
    """Microseconds per interaction for each variant (best round, the least disturbed one)."""
    from hikari_like.impl.metrics import hooks

    try:
        return await _run(settings)
    finally:
        hooks.uninstall()  # the metrics variant installed the process's collector


async def _run(settings: Settings) -> dict[str, float]:
    variants = _variants(settings)
    # Every round of the replay-guarded variant needs requests it has not seen.
    count = settings.interactions
    guarded = [_requests(count, distinct_from=n * count) for n in range(settings.rounds)]
    guarded_server = _hikari_like(verify=True, replay_guard=True)
    best: dict[str, float] = {}
    for variant in variants:
        await _time(variant.on_interaction, variant.requests[:100])  # warm up
    for round_requests in guarded:
        for variant in variants:
            seconds = await _time(variant.on_interaction, variant.requests)
            best[variant.name] = min(best.get(variant.name, float("inf")), seconds)
        seconds = await _time(guarded_server, round_requests)
        best["hikari_like, verified + replay guard"] = min(
            best.get("hikari_like, verified + replay guard", float("inf")), seconds
        )
    return {name: seconds / settings.interactions * 1e6 for name, seconds in best.items()}


def _stage_costs(count: int) -> dict[str, float]:
    """Microseconds per call of each stage of hikari_like's path, measured alone."""
    import hikari_like
    from hikari_like.impl.server import dispatch
    from hikari_like.internal import ed25519
    from hikari_like.internal import json
    from hikari_like.internal import partial_json

    signed = _workload.signed_interaction()
    raw_signature = bytes.fromhex(signed.signature.decode())
    message = signed.timestamp + signed.body
    verifiers = {
        f"verify ({name}{', in use' if name == ed25519.BACKEND else ''})": ed25519.make_verifier(
            _workload.PUBLIC_KEY_HEX, backend=name
        )
        for name in ed25519.installed_backends()
    }
    payload = json.loads(signed.body)
    bot = hikari_like.RESTBot(_workload.TOKEN, public_key=_workload.PUBLIC_KEY_HEX, banner=None, logs=None)
    interaction = hikari_like.CommandInteraction.from_payload(payload, app=bot)
    builder = interaction.build_response().set_content("hello back")
    stages: dict[str, typing.Callable[[], object]] = {
        **{name: functools.partial(verify, message, raw_signature) for name, verify in verifiers.items()},
        f"json.loads ({json.BACKEND})": lambda: json.loads(signed.body),
        "partial decode (msgspec)": lambda: partial_json.decode_interaction(signed.body),
        "partial decode + from_payload": lambda: hikari_like.CommandInteraction.from_payload(
            typing.cast("partial_json.PartialPayload", partial_json.decode_interaction(signed.body)), app=bot
        ),
        "CommandInteraction.from_payload": lambda: hikari_like.CommandInteraction.from_payload(
            payload, app=bot
        ),
        "build_response().set_content()": lambda: interaction.build_response().set_content("hello back"),
        "encode (build + json.dumps)": lambda: dispatch.encode(builder),
    }
    if not partial_json.available():
        del stages["partial decode (msgspec)"], stages["partial decode + from_payload"]
    costs = {}
    for name, stage in stages.items():
        started = time.perf_counter()
        for _ in range(count):
            stage()
        costs[name] = (time.perf_counter() - started) / count * 1e6
    return costs


async def _router_costs(settings: Settings) -> dict[str, float]:
    """Microseconds per interaction: each command answered by a bare listener, then by the command
    layer, doing the same work (no verification: the listener's part is what differs)."""
    from benchmarks import _commands

    echo = _requests(settings.interactions)
    ping = [_as_arguments(_workload.sign(_commands.PING_BODY), hex_signature=True)] * settings.interactions
    variants = {
        "/echo text:, bare listener": (_commands.bare_bot(), echo),
        "/echo text:, command layer": (_commands.routed_bot(), echo),
        "/ping, bare listener": (_commands.bare_bot(), ping),
        "/ping, command layer": (_commands.routed_bot(), ping),
    }
    best: dict[str, float] = {}
    for on_interaction, requests in variants.values():
        await _time(on_interaction, requests[:100])
    for _ in range(settings.rounds):
        for name, (on_interaction, requests) in variants.items():
            seconds = await _time(on_interaction, requests)
            best[name] = min(best.get(name, float("inf")), seconds / settings.interactions * 1e6)
    return best


def report_router(costs: dict[str, float]) -> None:
    """Print what the command layer adds to each command, against the 1 us budget."""
    print("The command layer against bare listeners doing the same work (microseconds per interaction):")
    for name, micros in costs.items():
        print(f"  {name:<38}{micros:>10.1f}")
    for command in ("/echo text:", "/ping"):
        added = costs[f"{command}, command layer"] - costs[f"{command}, bare listener"]
        verdict = "met" if added <= ROUTER_BUDGET else "MISSED"
        print(f"command layer over a bare listener, {command:<12}{added:+.2f} us (target <= 1 us: {verdict})")


def _report_metrics(costs: dict[str, float]) -> None:
    without = costs["hikari_like, no verification"]
    added = costs[_METRICS_ON] - without
    verdict = "met" if added <= METRICS_BUDGET else "MISSED"
    print(
        f"metrics on / off, no verification:     {costs[_METRICS_ON] / without:.2f}x the time, "
        f"{added:+.2f} us (target <= 1 us: {verdict})"
    )


def report(costs: dict[str, float], stages: dict[str, float]) -> None:
    """Print the per-interaction costs, the ratios, and the stage breakdown."""
    import hikari

    print(f"Python {platform.python_version()}, hikari {hikari.__version__}; microseconds per interaction")
    for name, micros in costs.items():
        print(f"{name:<40}{micros:>10.1f}")
    verified = costs["hikari_like, verified"] / costs["hikari, verified"]
    beyond = costs["hikari_like, no verification"] / costs["hikari, no verification"]
    print(f"hikari_like / hikari, verified:        {verified:.2f}x the time")
    verdict = "met" if beyond <= 1 / 3 else "MISSED"
    print(f"hikari_like / hikari, no verification: {beyond:.2f}x the time (target <= 0.33x: {verdict})")
    _report_metrics(costs)
    print("hikari_like's stages, each alone (microseconds per call):")
    for name, micros in stages.items():
        print(f"  {name:<38}{micros:>10.1f}")


def main() -> None:
    """Measure both libraries' `on_interaction` and print the table."""
    import logging

    logging.getLogger("hikari").setLevel(logging.ERROR)
    settings = Settings()
    costs = asyncio.run(run(settings))
    report(costs, _stage_costs(settings.interactions))
    report_router(asyncio.run(_router_costs(settings)))


if __name__ == "__main__":
    main()
