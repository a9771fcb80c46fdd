"""The review web app: queue of flags, milestone pages, timeline, sources. Only this package knows HTTP."""

from tracker.web.app_factory import create_app

__all__ = ["create_app"]
