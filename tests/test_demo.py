"""The README's first command: the demo passes and says what happened; its bot's routes hold no state.

`demo --serve` and `send` are tested in test_demo_playground.py."""

from __future__ import annotations

import pytest

import hikari_like
from hikari_like import app_commands
from hikari_like.__main__ import main
from hikari_like.demo import run_demo
from hikari_like.demo.bot import create_bot
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord


async def test_demo_passes_every_step() -> None:
    lines: list[str] = []

    assert await run_demo(lines.append)

    transcript = "\n".join(lines)
    assert "9 of 9 steps behaved as expected" in transcript
    assert "report.csv" in transcript  # delivered over REST after the deferral
    assert "401" in transcript  # the forged request was refused
    assert "AUTOCOMPLETE choices: faq, fanart" in transcript
    assert "commands registered at start: /tag, /report, Inspect" in transcript  # synced by the client
    assert "MESSAGE_UPDATE [components: Helpful (1), Suggest an edit, Pick a colour]" in transcript
    assert (
        'Discord then shows (edited over REST) "This week\'s report is ready." files: report.csv'
        in transcript
    )


async def test_the_buttons_and_the_form_carry_their_state_in_their_custom_ids(
    discord: EmulatedDiscord,
) -> None:
    bot = create_bot(discord.token, rest_url=discord.url, banner=None, logs=None)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    url = bot.interaction_server.urls[0]
    try:
        pressed = (await discord.send_interaction(url, payloads.button_press("helpful:41:rules"))).json()
        suggest = (await discord.send_interaction(url, payloads.button_press("suggest:rules"))).json()
        submitted = payloads.modal_submit("suggestion:rules", {"text": "No spam, ever."})
        thanked = (await discord.send_interaction(url, submitted)).json()
        unknown = payloads.slash_command("tag", [payloads.subcommand("show", {"name": "nope"})])
        no_such_tag = (await discord.send_interaction(url, unknown)).json()
    finally:
        await bot.close()

    buttons = pressed["data"]["components"][0]["components"]
    assert pressed["type"] == 7  # the message itself is updated
    assert [(b["label"], b["custom_id"]) for b in buttons] == [
        ("Helpful (42)", "helpful:42:rules"),
        ("Suggest an edit", "suggest:rules"),
    ]
    assert (suggest["type"], suggest["data"]["custom_id"]) == (9, "suggestion:rules")
    assert (
        thanked["data"]["content"] == "Thanks! A moderator will review your edit of 'rules': 'No spam, ever.'"
    )
    assert no_such_tag["data"]["content"] == "There is no tag 'nope'; try faq, fanart, rules."
    assert no_such_tag["data"]["flags"] == 64
    assert sorted(command["name"] for command in discord.commands) == ["Inspect", "report", "tag"]


def test_the_demo_commands_load_as_a_module() -> None:
    client = app_commands.Client(hikari_like.RESTBot("token", banner=None, logs=None), sync_on_start=False)

    client.load_module("hikari_like.demo.bot")

    declared = client.declared_commands()
    assert [builder.name for builder in declared[None]] == ["tag", "report", "Inspect"]
    assert list(declared) == [None]  # all global


def test_version_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])

    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("hikari_like ")
