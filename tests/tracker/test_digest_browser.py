"""The HTML digest opened in headless Chromium at desktop and phone widths: it draws a real page."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from db.engine import Database
from tests.tracker.digest_week_data import ON_SQLITE, WEEK, digest_settings, populate_week
from tracker.digest import choose_week, render_to_files
from tracker.universe import Universe

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MASTHEAD = (0x17, 0x32, 0x4D)
BAR_BLUE = (0x7A, 0xA6, 0xD8)  # an expected window in the timeline


def _screenshot(page: Path, width: int, folder: Path) -> Image.Image:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: run tests/setup-browser.sh (needs root and apt-get)")
    target = folder / f"digest-{width}.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={folder / f'profile-{width}'}",
            f"--window-size={width},4200",
            f"--screenshot={target}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert target.exists() and target.stat().st_size > 10_000, "a PNG with content"
    return Image.open(target).convert("RGB")


def _colours(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.getcolors(maxcolors=1 << 20)}


@pytest.mark.parametrize("width", [1280, 390])
@ON_SQLITE
def test_the_digest_draws_at_desktop_and_phone_width(
    database: Database, universe: Universe, tmp_path: Path, width: int
) -> None:
    populate_week(database)
    settings = digest_settings()
    week = choose_week(settings, WEEK, datetime.now(UTC))
    files = render_to_files(
        database,
        universe,
        settings,
        week,
        tmp_path,
        ["analyst@example.com"],
        datetime(2026, 11, 30, 6, tzinfo=UTC),
    )
    image = _screenshot(files.html, width, tmp_path)
    assert image.size == (width, 4200)
    colours = _colours(image)
    assert len(colours) > 50, "text and bars, not a blank page"
    assert MASTHEAD in colours and BAR_BLUE in colours, "the masthead and the timeline bars are drawn"
    # the masthead spans the page at both widths (the phone layout shrinks to fit, nothing spills off)
    row = [image.getpixel((x, 12)) for x in range(width)]
    assert sum(1 for pixel in row if pixel == MASTHEAD) > width * 0.45
