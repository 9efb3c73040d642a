"""The modules `plugins_bot.py` loads: each defines a `plugin` of its own commands and buttons."""
