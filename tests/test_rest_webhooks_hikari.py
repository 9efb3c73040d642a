"""Webhooks as hikari sees them: Discord's documented webhook objects read the same way by both
libraries, hikari parsing what the emulated Discord serves, one hikari webhook program running
unchanged on hikari and hikari_like, and the models' members with hikari's signatures."""

from __future__ import annotations

import typing

import hikari
import pytest
from hikari import webhooks as hikari_webhooks
from hikari.api import rest as rest_api
from hikari.impl import entity_factory

from benchmarks import parity
from hikari_like import webhooks
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_webhooks

# Discord's examples (resources/webhook.mdx), as documented.
INCOMING: typing.Final = {
    "name": "test webhook",
    "type": 1,
    "channel_id": "199737254929760256",
    "token": "3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372ba2939e72279b94526ff5d1bd435"
    "8d65cf11",
    "avatar": None,
    "guild_id": "199737254929760256",
    "id": "223704706495545344",
    "application_id": None,
    "user": {
        "username": "test",
        "discriminator": "7479",
        "id": "190320984123768832",
        "avatar": "b004ec1740a63ca06ae2e14c5cee11f3",
        "public_flags": 131328,
    },
}
FOLLOWER: typing.Final = {
    "type": 2,
    "id": "752831914402115456",
    "name": "Guildy name",
    "avatar": "bb71f469c158984e265093a81b3397fb",
    "channel_id": "561885260615255432",
    "guild_id": "56188498421443265",
    "application_id": None,
    "source_guild": {
        "id": "56188498421476534",
        "name": "Guildy name",
        "icon": "bb71f469c158984e265093a81b3397fb",
    },
    "source_channel": {"id": "5618852344134324", "name": "announcements"},
    "user": INCOMING["user"],
}
APPLICATION: typing.Final = {
    "type": 3,
    "id": "658822586720976555",
    "name": "Clyde",
    "avatar": "689161dc90ac261d00f1608694ac6bfd",
    "channel_id": None,
    "guild_id": None,
    "application_id": "658822586720976555",
}
_COMPARED: typing.Final = (
    "id",
    "name",
    "avatar_hash",
    "application_id",
    "mention",
    "default_avatar_url",
)


def _hikari_webhook(payload: dict[str, typing.Any]) -> hikari_webhooks.PartialWebhook:
    app = hikari.RESTApp()
    factory = entity_factory.EntityFactoryImpl(typing.cast(typing.Any, app))
    return factory.deserialize_webhook(dict(payload))


@pytest.mark.parametrize(
    "payload", [INCOMING, FOLLOWER, APPLICATION], ids=["incoming", "follower", "application"]
)
def test_discords_examples_read_as_hikari_reads_them(payload: dict[str, typing.Any]) -> None:
    theirs = _hikari_webhook(payload)
    ours = webhooks.webhook_from_payload(payload, app=typing.cast(typing.Any, None))

    assert type(ours).__name__ == type(theirs).__name__
    assert int(ours.type) == int(theirs.type)
    for name in _COMPARED:
        assert str(getattr(ours, name)) == str(getattr(theirs, name)), name
    assert str(ours.make_avatar_url(size=64)) == str(theirs.make_avatar_url(size=64))
    assert str(ours) == str(theirs)
    for name in ("channel_id", "guild_id", "token", "author"):
        if hasattr(theirs, name):
            assert _summary(getattr(ours, name)) == _summary(getattr(theirs, name)), name
    for name in ("source_guild", "source_channel"):
        if hasattr(theirs, name):
            assert _summary(getattr(ours, name)) == _summary(getattr(theirs, name)), name


def _summary(value: object) -> object:
    """What both libraries' objects must agree on: the ID, name and type of a nested object."""
    if value is None or isinstance(value, int | str):
        return None if value is None else str(value)
    fields = (getattr(value, name, None) for name in ("id", "name", "username", "type", "icon_hash"))
    # Enums print differently (hikari's by name): compare their values.
    return tuple(str(int(field)) if isinstance(field, int) else str(field) for field in fields)


def test_unknown_types_and_garbage_fields_read_tolerantly() -> None:
    app = typing.cast(typing.Any, None)
    odd = webhooks.webhook_from_payload({"id": "5", "type": 9, "name": 3, "avatar": []}, app=app)
    incoming = webhooks.webhook_from_payload({**INCOMING, "user": "nobody", "token": 7}, app=app)

    assert type(odd) is webhooks.PartialWebhook
    assert (odd.type, odd.name, odd.avatar_hash, str(odd)) == (9, "", None, "Unnamed webhook ID 5")
    assert isinstance(incoming, webhooks.IncomingWebhook)
    assert (incoming.author, incoming.token) == (None, None)
    with pytest.raises(KeyError):
        webhooks.webhook_from_payload({"type": 1}, app=app)


@pytest.mark.parametrize(
    "name",
    [
        "PartialWebhook",
        "ExecutableWebhook",
        "IncomingWebhook",
        "ChannelFollowerWebhook",
        "ApplicationWebhook",
    ],
)
def test_every_member_hikari_has_with_its_signature(name: str) -> None:
    theirs, ours = getattr(hikari_webhooks, name), getattr(webhooks, name)

    for member in sorted(parity._member_names(theirs)):
        mine = parity._member(ours, member)
        assert mine is not parity._MISSING, member
        hikari_member = parity._member(theirs, member)
        if callable(hikari_member):
            assert parity.signature_differences(mine, hikari_member) == [], member


def test_webhook_type_values_match() -> None:
    assert {kind.name: kind.value for kind in webhooks.WebhookType} == {
        kind.name: kind.value for kind in hikari_webhooks.WebhookType
    }


def test_rest_methods_have_hikaris_signatures() -> None:
    names = ("create_webhook", "fetch_webhook", "edit_webhook", "delete_webhook", "fetch_channel_webhooks")
    for name in (
        *names,
        "fetch_guild_webhooks",
        "execute_webhook",
        "fetch_webhook_message",
        "delete_webhook_message",
    ):
        theirs = getattr(rest_api.RESTClient, name)
        assert parity.signature_differences(getattr(RESTClientImpl, name), theirs) == [], name


# -- hikari against the emulated Discord ----------------------------------------------------------------


async def _webhook_program(rest: typing.Any, channel_id: int, *, lib: typing.Any) -> list[object]:
    """A hikari program: make a webhook, post through it, edit, list, rename by token, delete."""
    hook = await rest.create_webhook(channel_id, "Deploys", reason="ci")
    sent = await hook.execute("v1 is out", username="CI")
    edited = await hook.edit_message(sent, "v1.0.1 is out")
    listed = await rest.fetch_channel_webhooks(channel_id)
    renamed = await rest.edit_webhook(hook.id, token=hook.token, name="Releases")
    by_token = await rest.fetch_webhook(hook.id, token=hook.token)
    await hook.delete_message(sent)
    await rest.delete_webhook(hook.id, token=hook.token)
    return [
        isinstance(hook, lib.IncomingWebhook),
        sent.author.username,
        sent.webhook_id == hook.id,
        edited.content,
        [webhook.name for webhook in listed],
        renamed.name,
        by_token.author,
    ]


async def test_a_hikari_webhook_program_runs_unchanged_on_both(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    app = hikari.RESTApp(url=discord.url)
    await app.start()
    try:
        async with app.acquire(discord.token, hikari.TokenType.BOT) as theirs:
            on_hikari = await _webhook_program(theirs, int(discord.channel_id), lib=hikari_webhooks)
    finally:
        await app.close()
    requests_on_hikari = [request.route for request in discord.requests]
    discord.clear_requests()

    on_ours = await _webhook_program(rest, int(discord.channel_id), lib=webhooks)

    assert on_hikari == on_ours == [True, "CI", True, "v1.0.1 is out", ["Deploys"], "Releases", None]
    assert [request.route for request in discord.requests] == requests_on_hikari


async def test_hikari_parses_every_webhook_the_emulator_serves(discord: EmulatedDiscord) -> None:
    seeded = routes_webhooks.add_webhook(discord.state, discord.channel_id, "relay", user=discord.state.owner)
    follower = routes_webhooks.add_webhook(
        discord.state, discord.channel_id, "news", user=discord.state.owner, webhook_type=2
    )
    follower["source_guild"] = {"id": "77", "name": "Source", "icon": None}
    app = hikari.RESTApp(url=discord.url)
    await app.start()
    try:
        async with app.acquire(discord.token, hikari.TokenType.BOT) as rest:
            listed = await rest.fetch_guild_webhooks(int(discord.guild_id))
            by_token = await rest.fetch_webhook(int(seeded["id"]), token=seeded["token"])
            message = await rest.execute_webhook(int(seeded["id"]), seeded["token"], "hi")
    finally:
        await app.close()

    assert {type(hook).__name__ for hook in listed} == {"IncomingWebhook", "ChannelFollowerWebhook"}
    assert isinstance(by_token, hikari_webhooks.IncomingWebhook)
    assert by_token.author is None
    assert (message.webhook_id, message.author.username) == (int(seeded["id"]), "relay")
