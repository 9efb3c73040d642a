"""Small hikari-style bots. Each runs against Discord with DISCORD_TOKEN (and DISCORD_PUBLIC_KEY)."""
