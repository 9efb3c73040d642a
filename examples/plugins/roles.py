"""Role buttons: `/role-button role:` posts a button that gives its role, or takes it back.

Only roles that grant no permissions are offered (colour and ping roles, say). The role's ID
lives in the button's custom_id (`"role:{role_id:int}"`), so the button keeps working after a
restart and on every worker, with nothing stored.
"""

from __future__ import annotations

import hikari_like as hikari
from hikari_like import app_commands

MANAGE_ROLES = hikari.Permissions.MANAGE_ROLES
plugin = app_commands.Plugin("roles")
app_commands.guild_only(plugin)  # roles exist only in servers: every command and button here checks it


@plugin.slash("role-button", "Post a button that gives a role", default_member_permissions=MANAGE_ROLES)
@app_commands.has_permissions(MANAGE_ROLES)
async def role_button(
    ctx: app_commands.SlashContext,
    role: hikari.Role = app_commands.option("The role the button gives"),
) -> None:
    if role.permissions:  # anyone may press the button: it must not hand out powers
        await ctx.respond(f"{role.mention} grants permissions; pick a role that grants none.", ephemeral=True)
        return
    button = hikari.impl.MessageActionRowBuilder().add_interactive_button(
        hikari.ButtonStyle.PRIMARY, toggle_role.custom_id(role_id=role.id), label=f"Get {role.name}"
    )
    await ctx.respond(f"Press the button to get {role.mention} (again to give it back).", component=button)


@plugin.component("role:{role_id:int}")
@app_commands.bot_has_permissions(MANAGE_ROLES)  # refused with a clear message, not a 403 halfway
async def toggle_role(ctx: app_commands.ComponentContext, role_id: int) -> None:
    member, guild_id = ctx.member, ctx.guild_id
    if member is None or guild_id is None:  # guild_only refused these already
        return
    if role_id in member.role_ids:
        await ctx.client.rest.remove_role_from_member(guild_id, member.user, role_id)
        await ctx.respond(f"You no longer have <@&{role_id}>.", ephemeral=True)
    else:
        await ctx.client.rest.add_role_to_member(guild_id, member.user, role_id)
        await ctx.respond(f"You now have <@&{role_id}>.", ephemeral=True)
