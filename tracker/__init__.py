"""The tracker: matching, flags, review, digest, scheduling and the command line."""

from pathlib import Path

from tracker.compiled import stale_sources

# Python imports a compiled module in preference to its source: refuse to run code older than the source
if _stale := stale_sources(Path(__file__).parent):
    raise ImportError(
        f"tracker/{', '.join(_stale)} changed after the matcher was compiled: run `make compile` to compile it"
        " again, or `make pure` to run the matcher as pure Python"
    )
