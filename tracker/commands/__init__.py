"""Command modules, one per stage of the line; each exposes ``commands``, a list of click commands."""

from tracker.commands import crawl, demo, digest, match, serve, universe

COMMAND_MODULES = (universe, crawl, match, digest, serve, demo)
