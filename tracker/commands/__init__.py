"""Command modules, one per stage of the line; each exposes ``commands``, a list of click commands."""

from tracker.commands import classify, crawl, demo, digest, match, serve, universe

COMMAND_MODULES = (universe, crawl, classify, match, digest, serve, demo)
