"""The README's command, `./scripts/run.sh`, serves the production build: page
and API on one port, JavaScript compressed, a secret key of its own written
owner-only, and a second start that reuses the build instead of rebuilding.

It runs the script itself on a throwaway SQLite database, on the port and
with the build folder the end-to-end apps share (it runs before they start
there): on a fresh clone (CI) its first start makes the build they reuse
instead of building a second one; where that build is already current (a
rerun with unchanged code), its first start serves it as well.
"""

from __future__ import annotations

import os
import re
import runpy
import stat
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import BUILD_ENV, ROOT, WEB_DIR, _stop, _wait_until_free, serving

pytestmark = pytest.mark.e2e

STAMP = runpy.run_path(str(ROOT / "scripts" / "serve.py"))["STAMP"]
BUILT = "building the front end"
REUSED = "front end unchanged since its last build"


def _run_script(env: dict[str, str], url: str, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [str(ROOT / "scripts" / "run.sh")],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return serving(process, url, "run.sh", log)


def test_run_sh_serves_one_port_compressed_reusing_its_build(tmp_path, app_port):
    port = app_port
    url = f"http://127.0.0.1:{port}"
    data = tmp_path / "data"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_PORT": str(port),
        "MITAI_DATABASE_URL": f"sqlite:///{tmp_path / 'mitai.db'}",
        "MITAI_SECRET_KEY_FILE": str(data / "secret_key"),
        "MITAI_PHOTO_DIR": str(data / "photos"),
        "MITAI_MAIL_OUTBOX": str(data / "outbox.mbox"),
        "MITAI_USAGE_LOG": str(data / "usage.log"),
        # Nothing in the checkout's ./data, which a developer's own run.sh uses.
        "MITAI_QUEUE_FILE": str(data / "queue.db"),
        "MITAI_EXPORT_DIR": str(data / "exports"),
        "MITAI_IMPORT_DIR": str(data / "imports"),
        **BUILD_ENV,
    }
    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    fresh_clone = not (WEB_DIR / STAMP).is_file()

    process = _run_script(env, url, first_log)
    try:
        page = httpx.get(url + "/login", follow_redirects=True).text
        script = re.search(r'src="(/assets/[^"]+\.js)"', page) or re.search(
            r'href="(/assets/[^"]+\.js)"', page
        )
        assert script, "the page names no JavaScript asset"
        asset = httpx.get(url + script.group(1), headers={"Accept-Encoding": "gzip"})
        assert asset.status_code == 200
        assert asset.headers["content-encoding"] == "gzip"
        assert "text/javascript" in asset.headers["content-type"]
    finally:
        _stop(process)
        _wait_until_free(port)
    if fresh_clone:  # else the build may be current already (a rerun), and served
        assert BUILT in first_log.read_text()
    key_file = data / "secret_key"
    assert len(key_file.read_text().strip()) >= 64
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    key = key_file.read_text()

    process = _run_script(env, url, second_log)
    try:
        assert httpx.get(url + "/health").status_code == 200
    finally:
        _stop(process)
        _wait_until_free(port)  # the apps start on it next
    log = second_log.read_text()
    assert REUSED in log and BUILT not in log and "Creating Production Build" not in log
    assert key_file.read_text() == key
