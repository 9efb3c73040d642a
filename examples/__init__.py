"""Small hikari-style bots, each run as its docstring says: `python examples/x.py` from the repository root.

Each reads DISCORD_TOKEN, DISCORD_PUBLIC_KEY (fetched from Discord when unset), DISCORD_REST_URL
(an emulated Discord, offline; discord.com when unset) and PORT (where an HTTP bot listens, 8080
when unset). They load one another by top-level names (`load_module("ping_bot")`), as a script's
imports start in its own folder.
"""
