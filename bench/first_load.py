"""First load on a phone over a modest link: what /login, /dashboard and /body
transfer, and how soon they paint.

    .venv/bin/python bench/first_load.py [--scripts] [--routes /login /dashboard /body]
    .venv/bin/python bench/first_load.py --url http://127.0.0.1:3000 --database-url URL

Starts the production build itself (`reflex run --env prod --single-port`,
build folder `.web-bench`) on a temporary SQLite database with one signed-in
user written straight into it; or measures an app already running at `--url`
(e.g. `./scripts/run.sh --dev`, the development server), adding that user to
its database.

Each route opens in a fresh Chromium context (empty cache) at 390×844 over a
link throttled to 10 Mbit/s down and up with 40 ms round trips (CDP
Network.emulateNetworkConditions) and waits until the page shows its data.
Printed: the JavaScript and total bytes transferred, the first contentful
paint, and the first contentful paint of a reload with the cache warm, all
with service workers blocked so that every byte is the page's own request;
then the warm reload once more in a context where the app's service worker
took control, as a returning visitor has it.

Targets: /login JavaScript ≤ 400 KB, first contentful paint ≤ 1.0 s, warm
reload ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mitai_app.accounts.models import Profile  # noqa: E402
from mitai_app.body.models import WeightEntry  # noqa: E402
from mitai_app.core.db import create_db_engine  # noqa: E402
from mitai_app.core.startup import migrate_and_seed  # noqa: E402
from tests.e2e.conftest import (  # noqa: E402
    APP_SECRET_KEY,
    CHROMIUM_ARGS,
    _free_port,
    _start,
    _stop,
    create_account,
)

LOG = Path(tempfile.gettempdir()) / "mitai-bench-first-load.log"
PHONE = {"width": 390, "height": 844}
# 10 Mbit/s each way, 40 ms round trip; CDP takes bytes per second.
LINK = {
    "offline": False,
    "latency": 40,
    "downloadThroughput": 10_000_000 / 8,
    "uploadThroughput": 10_000_000 / 8,
}
# What each page shows once its data has arrived over the websocket (the
# network goes quiet before that: the websocket does not count).
READY = {
    "/login": "input[name=email]",
    "/dashboard": "h1:has-text('Dashboard')",
    "/body": "#chart-weight .main-svg",
}


def signed_in_user(database_url: str) -> str:
    """A verified account with a session (as the end-to-end tests make them)
    and 60 days of weights, so /body draws its charts; returns the session
    cookie's token."""
    from sqlmodel import Session, select

    engine = create_db_engine(database_url)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    account = create_account(SimpleNamespace(database_url=database_url), "bench@example.org")
    with Session(engine) as session:
        profile_id = session.exec(select(Profile.id).where(Profile.email == account.email)).one()
        for i in range(60):
            day = date.today() - timedelta(days=i)
            session.add(WeightEntry(profile_id=profile_id, date=day, weight=80 - i * 0.05))
        session.commit()
    engine.dispose()
    return account.session_token


def start_app(database_url: str, folder: Path) -> tuple[subprocess.Popen, str]:
    """The production build, started as the end-to-end tests start it."""
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_DATABASE_URL": database_url,
        "MITAI_SECRET_KEY": APP_SECRET_KEY,
        "MITAI_MAIL_OUTBOX": str(folder / "outbox.mbox"),
        "MITAI_PHOTO_DIR": str(folder / "photos"),
        "MITAI_USAGE_LOG": str(folder / "usage.log"),
        "REFLEX_WEB_WORKDIR": str(ROOT / ".web-bench"),
        "REFLEX_TELEMETRY_ENABLED": "false",
    }
    return _start("bench", env, port, LOG), f"http://127.0.0.1:{port}"


@dataclass
class Transfer:
    js: int = 0
    total: int = 0
    scripts: dict[str, int] = field(default_factory=dict)


def watch_transfers(page: Page) -> Transfer:
    """Bytes on the wire (headers and compressed bodies) as Chromium counts them."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", LINK)
    scripts: dict[str, str] = {}
    transfer = Transfer()

    def on_response(event) -> None:
        if event.get("type") == "Script":
            scripts[event["requestId"]] = event["response"]["url"]

    def on_finished(event) -> None:
        size = int(event["encodedDataLength"])
        transfer.total += size
        if event["requestId"] in scripts:
            transfer.js += size
            transfer.scripts[scripts[event["requestId"]]] = size

    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    return transfer


def first_contentful_paint_ms(page: Page) -> float:
    page.wait_for_function(
        "performance.getEntriesByName('first-contentful-paint').length > 0", timeout=120_000
    )
    return page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")


def open_ready(page: Page, url: str, route: str) -> None:
    page.goto(url + route, wait_until="networkidle", timeout=180_000)
    if route in READY:
        page.locator(READY[route]).first.wait_for(timeout=120_000)
        page.wait_for_load_state("networkidle")


def measure(browser, url: str, route: str, token: str) -> tuple[Transfer, float, float, str]:
    """The first load and a reload, with service workers blocked: what a
    page's requests fetch through the network and the HTTP cache (bytes a
    service worker fetches are not counted against the page)."""
    context = browser.new_context(viewport=PHONE, service_workers="block")
    if route != "/login":  # signed in, /login would forward to the dashboard
        context.add_cookies([{"name": "mitai_session", "value": token, "url": url}])
    page = context.new_page()
    transfer = watch_transfers(page)
    open_ready(page, url, route)
    first = first_contentful_paint_ms(page)
    landed = page.url.removeprefix(url)
    # Before the reload adds to it.
    first_load = Transfer(js=transfer.js, total=transfer.total, scripts=dict(transfer.scripts))
    page.reload(wait_until="networkidle", timeout=180_000)
    warm = first_contentful_paint_ms(page)
    context.close()
    return first_load, first, warm, landed


WARMED_UP = """async () => {
    const pages = await caches.open("mitai-pages");
    return (await pages.match("/__mitai-build")) !== undefined;
}"""


def warm_reload_with_service_worker(browser, url: str, route: str, token: str) -> float:
    """A reload once the app's service worker controls the page, as a
    returning visitor has it."""
    context = browser.new_context(viewport=PHONE)
    if route != "/login":
        context.add_cookies([{"name": "mitai_session", "value": token, "url": url}])
    page = context.new_page()
    watch_transfers(page)
    open_ready(page, url, route)
    controlled = page.evaluate(
        "navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null)"
    )
    # A returning visitor's worker finished its warm-up (every tab's page and
    # files cached) long ago; its last step notes the build. A reload during
    # the warm-up would share the link with it.
    page.wait_for_function(WARMED_UP, timeout=180_000, polling=250)
    page.reload(wait_until="networkidle", timeout=180_000)
    warm = first_contentful_paint_ms(page)
    context.close()
    return warm if controlled else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="measure an app already running there")
    parser.add_argument("--database-url", help="with --url: that app's database")
    parser.add_argument("--routes", nargs="+", default=["/login", "/dashboard", "/body"])
    parser.add_argument("--scripts", action="store_true", help="list each script's bytes")
    args = parser.parse_args()
    if bool(args.url) != bool(args.database_url):
        parser.error("--url and --database-url go together")
    with tempfile.TemporaryDirectory() as tmp:
        database_url = args.database_url or f"sqlite:///{tmp}/bench.db"
        token = signed_in_user(database_url)
        process, url = (
            (None, args.url.rstrip("/")) if args.url else start_app(database_url, Path(tmp))
        )
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                    args=CHROMIUM_ARGS,
                )
                # Chromium's first page pays for its own start-up: not the app's.
                warmup = browser.new_page()
                warmup.goto(url + "/login")
                warmup.close()
                print(
                    f"{url if args.url else 'production build'}, 390×844, "
                    "10 Mbit/s down and up, 40 ms RTT, fresh context per route"
                )
                for route in args.routes:
                    transfer, first, warm, landed = measure(browser, url, route, token)
                    worker = warm_reload_with_service_worker(browser, url, route, token)
                    print(
                        f"{route:<11} JS {transfer.js / 1000:9.1f} KB   total "
                        f"{transfer.total / 1000:9.1f} KB   first contentful paint "
                        f"{first / 1000:5.2f} s   warm reload {warm / 1000:5.2f} s "
                        f"(with service worker {worker / 1000:5.2f} s)"
                        + ("" if landed.rstrip("/") == route else f"   (landed on {landed})")
                    )
                    if args.scripts:
                        for script, size in sorted(transfer.scripts.items(), key=lambda i: -i[1]):
                            print(f"{'':11} {size / 1000:9.1f} KB  {script.removeprefix(url)}")
                browser.close()
        finally:
            if process is not None:
                _stop(process)


if __name__ == "__main__":
    main()
