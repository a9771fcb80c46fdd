"""`ssbtrack serve` for real: a child process serving with waitress on a free loopback port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

ENTRY = "import sys; from tracker.cli import main; sys.exit(main(prog_name='ssbtrack'))"


def test_serve_answers_on_loopback_with_the_security_headers(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('reviewer = "tester"\n', encoding="utf-8")
    env = {**os.environ, "SSBTRACK_SETTINGS": str(settings)}
    env.pop("SSBTRACK_WEB_PASSWORD", None)
    command = [sys.executable, "-c", ENTRY, "--db", str(tmp_path / "t.db"), "serve", "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = server.stdout.readline()  # the server says where it listens before it serves
        match = re.search(r"on (http://127\.0\.0\.1:\d+/) \(no login \(loopback only\)\)", line)
        assert match, (line, server.stderr.read() if server.poll() is not None else "")
        with urllib.request.urlopen(match.group(1), timeout=10) as response:
            html = response.read().decode("utf-8")
            assert response.status == 200 and "Review queue" in html
            assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
            assert response.headers["Server"] == "ssbtrack"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()
        server.stderr.close()
