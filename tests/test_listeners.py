"""The listener contract: registration, generator listeners, misuse, the deadline, draining on close."""

from __future__ import annotations

import asyncio
import logging
import typing

import pytest

import hikari_like
from hikari_like import impl
from hikari_like.impl.server.dispatch import Dispatcher
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads


def command() -> hikari_like.CommandInteraction:
    server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)
    return hikari_like.CommandInteraction.from_payload(payloads.slash_command("test"), app=server)


async def reply(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("hi")


class TestRegistration:
    def test_second_listener_needs_replace(self) -> None:
        server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)
        server.set_listener(hikari_like.CommandInteraction, reply)

        with pytest.raises(TypeError, match="replace=True"):
            server.set_listener(hikari_like.CommandInteraction, reply)

        server.set_listener(hikari_like.CommandInteraction, reply, replace=True)
        assert server.get_listener(hikari_like.CommandInteraction) is reply

    def test_none_removes(self) -> None:
        server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)
        server.set_listener(hikari_like.CommandInteraction, reply)

        server.set_listener(hikari_like.CommandInteraction, None)

        assert server.get_listener(hikari_like.CommandInteraction) is None

    def test_only_interaction_classes_are_accepted(self) -> None:
        server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)
        with pytest.raises(TypeError, match="interaction_type must be one of"):
            server.set_listener(hikari_like.PartialInteraction, reply)  # type: ignore[arg-type]


class TestGeneratorListeners:
    async def test_code_after_yield_runs_once_the_response_is_sent(self) -> None:
        events: list[str] = []

        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionDeferredBuilder, None]:
            events.append("before")
            yield interaction.build_deferred_response()
            events.append("after")

        dispatcher = Dispatcher()
        response = await dispatcher.dispatch(listener, command())
        await asyncio.sleep(0.01)
        assert events == ["before"], "nothing after the yield runs before the backend sent the response"

        events.append("sent")
        response.mark_sent()
        await dispatcher.close(grace_period=1)

        assert events == ["before", "sent", "after"]
        assert response.status_code == 200

    async def test_second_yield_is_reported_and_the_generator_closed(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        cleaned_up = asyncio.Event()

        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
            try:
                yield interaction.build_response().set_content("one")
                yield interaction.build_response().set_content("two")
            finally:
                cleaned_up.set()

        dispatcher = Dispatcher()
        response = await dispatcher.dispatch(listener, command())
        response.mark_sent()
        await dispatcher.close(grace_period=1)

        assert cleaned_up.is_set()
        assert "yielded more than once" in caplog.text

    async def test_generator_that_never_yields_is_an_error(self, caplog: pytest.LogCaptureFixture) -> None:
        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
            for _ in ():
                yield interaction.build_response()

        response = await Dispatcher().dispatch(listener, command())

        assert response.status_code == 500
        assert "finished without yielding" in caplog.text

    async def test_exception_after_yield_is_logged(self, caplog: pytest.LogCaptureFixture) -> None:
        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
            yield interaction.build_response().set_content("ok")
            raise RuntimeError("followup failed")

        dispatcher = Dispatcher()
        response = await dispatcher.dispatch(listener, command())
        response.mark_sent()
        await dispatcher.close(grace_period=1)

        assert response.status_code == 200
        assert "followup failed" in caplog.text


class TestMisuse:
    @pytest.mark.parametrize(
        ("listener", "message"),
        [
            (lambda interaction: "not a builder", "must be an async function"),
            (
                lambda interaction: asyncio.sleep(0, "not a builder"),
                "returned str, expected a response builder",
            ),
            (
                lambda interaction: asyncio.sleep(0, impl.InteractionAutocompleteBuilder()),
                "answered a CommandInteraction with AUTOCOMPLETE",
            ),
        ],
        ids=["sync function", "wrong return", "response type Discord refuses"],
    )
    async def test_misuse_is_a_500_with_a_clear_log(
        self, listener: typing.Any, message: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        response = await Dispatcher().dispatch(listener, command())

        assert response.status_code == 500
        assert message in caplog.text

    async def test_a_plain_function_may_answer_at_once_with_a_builder(self) -> None:
        # What the command layer does for a handler that answered in its first step.
        response = await Dispatcher().dispatch(lambda interaction: interaction.build_response(), command())

        assert response.status_code == 200

    async def test_a_modal_cannot_answer_a_modal(self, caplog: pytest.LogCaptureFixture) -> None:
        server = hikari_like.InteractionServer(public_key=KeyPair.generate().public_key)
        modal = hikari_like.ModalInteraction.from_payload(
            payloads.modal_submit("form", {"a": "b"}), app=server
        )

        async def listener(interaction: hikari_like.ModalInteraction) -> impl.InteractionModalBuilder:
            return impl.InteractionModalBuilder("again", "again")

        response = await Dispatcher().dispatch(listener, modal)

        assert response.status_code == 500
        assert "answered a ModalInteraction with MODAL" in caplog.text


async def test_missing_the_deadline_is_a_warning_naming_the_interaction(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(0.06)
        return interaction.build_response()

    interaction = command()

    with caplog.at_level(logging.WARNING, "hikari_like"):
        await Dispatcher(deadline=0.05).dispatch(slow, interaction)

    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert str(interaction.id) in record.getMessage()
    assert "deadline" in record.getMessage()


async def test_fast_listener_gives_no_deadline_warning(caplog: pytest.LogCaptureFixture) -> None:
    await Dispatcher().dispatch(reply, command())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


class TestClose:
    async def test_close_waits_for_continuations(self, key_pair: KeyPair) -> None:
        finished = asyncio.Event()

        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionDeferredBuilder, None]:
            yield interaction.build_deferred_response()
            await asyncio.sleep(0.2)
            finished.set()

        server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
        server.set_listener(hikari_like.CommandInteraction, listener)
        await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
        async with InteractionClient(server.urls[0], key_pair) as client:
            assert (await client.send(payloads.slash_command("slow"))).status == 200

        await server.close()

        assert finished.is_set()
        assert server.running_continuations == 0

    async def test_close_is_bounded_by_shutdown_timeout(
        self, key_pair: KeyPair, caplog: pytest.LogCaptureFixture
    ) -> None:
        async def listener(
            interaction: hikari_like.CommandInteraction,
        ) -> typing.AsyncGenerator[impl.InteractionDeferredBuilder, None]:
            yield interaction.build_deferred_response()
            await asyncio.sleep(3600)

        server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
        server.set_listener(hikari_like.CommandInteraction, listener)
        await server.start(host="127.0.0.1", port=0, shutdown_timeout=0.2)
        async with InteractionClient(server.urls[0], key_pair) as client:
            await client.send(payloads.slash_command("forever"))

        await asyncio.wait_for(server.close(), timeout=5)

        assert server.running_continuations == 0
        assert "cancelled 1 generator listener" in caplog.text

    async def test_lifecycle_errors_are_clear(self, key_pair: KeyPair) -> None:
        server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
        with pytest.raises(hikari_like.ComponentStateConflictError, match="not running"):
            await server.close()
        await server.start(host="127.0.0.1", port=0)
        try:
            with pytest.raises(hikari_like.ComponentStateConflictError, match="already running"):
                await server.start(host="127.0.0.1", port=0)
            alive_while_running = server.is_alive
        finally:
            await server.close()
        await asyncio.wait_for(server.join(), timeout=1)
        assert (alive_while_running, server.is_alive) == (True, False)
