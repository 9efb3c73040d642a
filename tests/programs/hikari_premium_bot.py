# A hikari REST program for a premium bot, written against hikari 2.7's public API: it lists its
# SKUs, gives a tester a test entitlement and takes it back, checks and consumes a user's coin pack,
# then plays a web dashboard's OAuth2 login (code grant, `/oauth2/@me`, refresh, revocation) and
# takes a client credentials token. The test runs this exact source with `import hikari` (the
# reference) and `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

REDIRECT = "https://dashboard.example.com/callback"


async def run(
    url: str, token: str, client_id: int, secret: str, user_id: int, code: str
) -> dict[str, typing.Any]:
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, hikari.TokenType.BOT) as rest:
            shop = await sell(rest, client_id, user_id)
            login = await log_in(app, rest, client_id, secret, code)
        return {**shop, **login}
    finally:
        await app.close()


async def sell(rest: hikari.api.RESTClient, client_id: int, user_id: int) -> dict[str, typing.Any]:
    skus = await rest.fetch_skus(client_id)
    badge = next(sku for sku in skus if sku.type == hikari.SKUType.DURABLE)
    coins = next(sku for sku in skus if sku.type == hikari.SKUType.CONSUMABLE)
    test = await rest.create_test_entitlement(
        client_id, sku=badge, owner_id=user_id, owner_type=hikari.EntitlementOwnerType.USER
    )
    owned = await rest.fetch_entitlements(client_id, user=user_id, exclude_ended=True)
    purse = next(entitlement for entitlement in owned if entitlement.sku_id == coins.id)
    await rest.consume_entitlement(client_id, purse.id)
    spent = await rest.fetch_entitlement(client_id, purse.id)
    await rest.delete_test_entitlement(client_id, test.id)
    left = await rest.fetch_entitlements(client_id, user=user_id, skus=[badge.id, coins.id], limit=10)
    try:
        await rest.consume_entitlement(client_id, purse.id)
        twice = "consumed twice"
    except hikari.BadRequestError:
        twice = "refused"
    return {
        "skus": [(sku.name, sku.slug, int(sku.type), hikari.SKUFlags.AVAILABLE in sku.flags) for sku in skus],
        "test": (test.user_id, int(test.type), test.starts_at, test.ends_at),
        "owned": sorted(int(entitlement.sku_id == badge.id) for entitlement in owned),
        "spent": (spent.is_consumed, spent.is_deleted),
        "left": [(entitlement.sku_id == coins.id, entitlement.is_consumed) for entitlement in left],
        "twice": twice,
    }


async def log_in(
    app: hikari.RESTApp, rest: hikari.api.RESTClient, client_id: int, secret: str, code: str
) -> dict[str, typing.Any]:
    grant = await rest.authorize_access_token(client_id, secret, code, REDIRECT)
    async with app.acquire(grant.access_token, hikari.TokenType.BEARER) as user_rest:
        who = await user_rest.fetch_authorization()
    renewed = await rest.refresh_access_token(client_id, secret, grant.refresh_token)
    await rest.revoke_access_token(client_id, secret, renewed)
    async with app.acquire(renewed.access_token, hikari.TokenType.BEARER) as user_rest:
        try:
            await user_rest.fetch_authorization()
            after_revoke = "still valid"
        except hikari.UnauthorizedError:
            after_revoke = "revoked"
    own = await rest.authorize_client_credentials_token(client_id, secret, [hikari.OAuth2Scope.IDENTIFY])
    try:
        await rest.authorize_access_token(client_id, secret, code, REDIRECT)
        reused = "accepted"
    except hikari.BadRequestError:
        reused = "refused"
    return {
        "grant": ([str(scope) for scope in grant.scopes], grant.token_type, grant.expires_in.days),
        "who": (who.user.username if who.user else None, who.application.id, [str(s) for s in who.scopes]),
        "renewed": renewed.access_token != grant.access_token
        and renewed.refresh_token != grant.refresh_token,
        "after_revoke": after_revoke,
        "own": ([str(scope) for scope in own.scopes], own.token_type),
        "reused_code": reused,
    }
