"""The running app, started the two ways it is deployed, and Chromium.

- embedded: SQLite, Reflex's default state manager, one worker (a household Pi).
- postgres_redis: PostgreSQL, Reflex's Redis state manager, two workers.

Where and at which width a test runs (the `page` fixture: phone 390x844,
desktop 1280x800), which keeps the suite's time in bounds as modules are added:

- every test runs on the embedded app at phone width;
- at desktop width too when it is marked `scaled` (a module's main flow) or
  `both_viewports` (a layout check: a page's axe/overflow check, or a flow
  whose controls sit elsewhere above 640 px, e.g. the sidebar's language
  switch). Every page has one test at desktop width;
- on postgres_redis only `scaled` tests run, at phone width: the layout is
  the same build there, what differs is the database and the shared state;
- a test that names its widths, `@pytest.mark.parametrize("page", ["desktop"],
  indirect=True)`, runs at exactly those (on postgres_redis if `scaled`).

Each app is started once with scripts/serve.py (as `scripts/run.sh` serves
it) and stopped after its tests. Both start on one port, so they share one
front-end build, and the next run reuses it while the code is unchanged.
Chromium is Debian's (CHROMIUM_PATH).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.fake_open_food_facts import FakeOpenFoodFacts

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
START_TIMEOUT_S = 600  # the first production build of the front end takes a while


def _required(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} is not available")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A build folder of its own: a developer's `reflex run` keeps its .web
# (E2E_WEB_WORKDIR lets parallel runs build apart).
WEB_DIR = Path(os.environ.get("E2E_WEB_WORKDIR", str(ROOT / ".web-test")))
# The REFLEX_* settings of every server that serves WEB_DIR's build: the build
# fingerprint (scripts/serve.py) covers them, so the same ones mean one build.
BUILD_ENV = {"REFLEX_TELEMETRY_ENABLED": "false", "REFLEX_WEB_WORKDIR": str(WEB_DIR)}


def _port_of_the_last_build() -> int:
    """The port WEB_DIR's build was made for if it is free, else a free one.

    The bundle names its API's port, so a build serves one port only: both
    deployments start on this port one after the other and share one build,
    and so does the next run while the code is unchanged."""
    remembered = WEB_DIR / "e2e-port"
    try:
        port = int(remembered.read_text())
    except (OSError, ValueError):
        port = 0
    if port and _listenable(port):
        return port
    port = _free_port()
    WEB_DIR.mkdir(parents=True, exist_ok=True)
    remembered.write_text(str(port))
    return port


def _listenable(port: int) -> bool:
    """Whether a server could listen on `port` now (nothing else listens)."""
    with socket.socket() as s:
        # As servers bind: a closed connection's TIME_WAIT is no obstacle.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


# The apps under test sign with this key; tests that create accounts directly
# in the app's database hash passwords with it too.
APP_SECRET_KEY = "e2e-secret-key-" + "x" * 40


@dataclass
class RunningApp:
    name: str
    url: str
    process: subprocess.Popen
    dialect: str
    redis_url: str | None
    database_url: str
    outbox: Path
    open_food_facts: FakeOpenFoodFacts  # the barcode lookup's server: tests add products
    logs: Path  # app.log and worker.log: their ends go into a failed test's report

    def worker_count(self) -> int:
        """Backend worker processes: children of the server process."""
        server = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        children = server.read_text().split()
        # The CLI process starts the server, which forks its workers.
        grandchildren = [
            c
            for child in children
            for c in Path(f"/proc/{child}/task/{child}/children").read_text().split()
        ]
        return len(grandchildren) or len(children)


def _start(name: str, env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen:
    """The production server as `scripts/run.sh` starts it (scripts/serve.py):
    the front end is built only when its code, the port or REFLEX_* changed."""
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve.py")],
        cwd=ROOT,
        env={**env, "MITAI_PORT": str(port)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    return serving(process, f"http://127.0.0.1:{port}", name, log_path)


def serving(process: subprocess.Popen, url: str, name: str, log_path: Path) -> subprocess.Popen:
    """Waits until `url` serves the API and the page; fails with the log's end."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            # The page itself must be served too, not only the API.
            if (
                httpx.get(url + "/health", timeout=2).status_code == 200
                and httpx.get(url + "/", timeout=5).status_code == 200
            ):
                return process
        except httpx.HTTPError:
            pass
        time.sleep(1)
    _stop(process)
    tail = log_path.read_text()[-3000:]
    pytest.fail(f"the app ({name}) did not start; its log ends with:\n{tail}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_free(port: int) -> None:
    """Until no server listens on `port` (its last workers may outlive the
    process that started them for a moment)."""
    deadline = time.monotonic() + 20
    while not _listenable(port) and time.monotonic() < deadline:
        time.sleep(0.2)


def _redis_url() -> str | None:
    base = os.environ.get("TEST_REDIS_URL")
    if not base:
        return None
    # A database of its own, emptied first, so the test sees only this app's
    # keys: TEST_REDIS_URL's number when it names one (parallel runs each pass
    # their own), else 9.
    number = httpx.URL(base).path.strip("/") or "0"
    url = httpx.URL(base).copy_with(path="/" + (number if number != "0" else "9"))
    import redis

    redis.Redis.from_url(str(url)).flushdb()
    return str(url)


def _viewport(item: pytest.Item) -> tuple[str | None, bool]:
    """The viewport an item runs at (a fixture parametrised with VIEWPORTS'
    names: `page`, or a test's own) and whether the test chose it itself
    (`@pytest.mark.parametrize("page", ["phone"], indirect=True)`)."""
    params = item.callspec.params if hasattr(item, "callspec") else {}
    for fixture, value in params.items():
        if isinstance(value, str) and value in VIEWPORTS:
            chosen = any(
                fixture in _argnames(marker) for marker in item.iter_markers("parametrize")
            )
            return value, chosen
    return None, False


def _argnames(parametrize: pytest.Mark) -> list[str]:
    names = parametrize.args[0] if parametrize.args else parametrize.kwargs["argnames"]
    return [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)


def _runs(item: pytest.Item) -> bool:
    """The rules of the module docstring: where and at which widths a test runs.
    (This hook sees the whole session's items: unit and db tests always run.)"""
    if item.get_closest_marker("e2e") is None:
        return True
    params = item.callspec.params if hasattr(item, "callspec") else {}
    scaled = item.get_closest_marker("scaled") is not None
    on_postgres_redis = params.get("app") == "postgres_redis"
    if on_postgres_redis and not scaled:
        return False
    viewport, chosen = _viewport(item)
    if viewport != "desktop" or chosen:
        return True
    # Desktop by default: main flows and layout checks, on the embedded app.
    wide = scaled or item.get_closest_marker("both_viewports") is not None
    return wide and not on_postgres_redis


@pytest.hookimpl(trylast=True)  # after pytest has grouped the items by app
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept, deselected = [], []
    for item in items:
        (kept if _runs(item) else deselected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    # A test that serves on the apps' port itself (it asks for `app_port`, not
    # `app`) runs before the first app starts there.
    serving_itself = [i for i in kept if _uses(i, "app_port") and not _uses(i, "app")]
    others = [i for i in kept if i not in serving_itself]
    first_app = next((n for n, i in enumerate(others) if _uses(i, "app")), len(others))
    items[:] = others[:first_app] + serving_itself + others[first_app:]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A failed test's report ends with the app's and the task worker's last
    lines: a job that never started or a server error shows there, not in
    the browser."""
    report = yield
    running = getattr(item, "funcargs", {}).get("app")
    if report.failed and call.when == "call" and isinstance(running, RunningApp):
        for log in ("app.log", "worker.log"):
            path = running.logs / log
            if path.exists():
                tail = "\n".join(path.read_text(errors="replace").splitlines()[-40:])
                report.sections.append((f"{running.name} {log} (last 40 lines)", tail))
    return report


def _uses(item: pytest.Item, fixture: str) -> bool:
    return fixture in getattr(item, "fixturenames", ())


@pytest.fixture(scope="session")
def app_port() -> int:
    return _port_of_the_last_build()


@pytest.fixture(scope="session", params=["embedded", "postgres_redis"])
def app(request, tmp_path_factory, throwaway_databases, app_port) -> Iterator[RunningApp]:
    name = request.param
    data = tmp_path_factory.mktemp(name)
    open_food_facts = FakeOpenFoodFacts().start()
    port = app_port
    url = f"http://127.0.0.1:{port}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_SECRET_KEY": APP_SECRET_KEY,
        # No MITAI_PUBLIC_BASE_URL: mailed links name the address the browser used.
        "MITAI_PHOTO_DIR": str(data / "photos"),
        "MITAI_EXPORT_DIR": str(data / "exports"),
        "MITAI_MAIL_OUTBOX": str(data / "outbox.mbox"),
        "MITAI_USAGE_LOG": str(data / "usage.log"),
        "MITAI_IMPORT_DIR": str(data / "imports"),
        "MITAI_QUEUE_FILE": str(data / "queue.db"),
        **BUILD_ENV,
        # As behind one reverse proxy: a test may speak from another client
        # address (X-Forwarded-For) without spending 127.0.0.1's rate limits.
        "MITAI_TRUSTED_PROXY_HOPS": "1",
        # No network: barcodes are looked up in a fake Open Food Facts.
        "MITAI_OFF_BASE_URL": open_food_facts.url,
    }
    redis_url = None
    if name == "embedded":
        env["MITAI_DATABASE_URL"] = f"sqlite:///{data / 'mitai.db'}"
        dialect = "sqlite"
    else:
        redis_url = _redis_url()
        if redis_url is None:
            _required("Redis (TEST_REDIS_URL)")
        env["MITAI_DATABASE_URL"] = throwaway_databases.new_url("postgresql")
        env["MITAI_REDIS_URL"] = redis_url
        env["GRANIAN_WORKERS"] = "2"
        dialect = "postgresql"
    process = _start(name, env, port, data / "app.log")
    # The task worker (imports); it also ends by itself when the app does.
    worker = subprocess.Popen(
        [sys.executable, "-m", "mitai_app.worker", "--parent", str(process.pid)],
        cwd=ROOT,
        env=env,
        stdout=(data / "worker.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    yield RunningApp(
        name=name,
        url=url,
        process=process,
        dialect=dialect,
        redis_url=redis_url,
        database_url=env["MITAI_DATABASE_URL"],
        outbox=data / "outbox.mbox",
        open_food_facts=open_food_facts,
        logs=data,
    )
    _stop(process)
    _wait_until_free(port)  # the next deployment starts on it
    open_food_facts.stop()
    worker.terminate()
    worker.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        _required(f"Chromium ({executable})")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request, browser) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORTS[request.param])
    page = context.new_page()
    yield page
    context.close()


@dataclass
class Account:
    email: str
    password: str
    session_token: str


def create_account(
    app: RunningApp, email: str, *, role: str = "user", onboarded: bool = True
) -> Account:
    """A verified account and a session, written straight into the app's
    database: tests that are not about signing in skip the sign-in form (and
    its rate limit). `onboarded`: its first-run flow is finished, so signing
    in leads to the dashboard, as for every account older than the flow."""
    from sqlmodel import Session

    from mitai_app.accounts import passwords
    from mitai_app.accounts.models import LoginSession, Profile
    from mitai_app.core.columns import utcnow
    from mitai_app.core.db import create_db_engine
    from mitai_app.onboarding.models import OnboardingState

    password = "e2e correct horse"
    token = passwords.new_token()
    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = Profile(
            email=email,
            pin_hash=passwords.hash_password(password, key=APP_SECRET_KEY.encode(), rounds=4),
            email_verified=True,
            role=role,
            language="en",
        )
        session.add(profile)
        session.flush()
        session.add(
            LoginSession(
                token=passwords.token_digest(token),
                profile_id=profile.id,
                expires_at=utcnow() + timedelta(days=1),
            )
        )
        if onboarded:
            session.add(OnboardingState(profile_id=profile.id, step=6, finished_at=utcnow()))
        session.commit()
    engine.dispose()
    return Account(email=email, password=password, session_token=token)


def sign_in_as(page: Page, app: RunningApp, account: Account) -> None:
    """The cookie /auth/login would have set (HttpOnly: script never sees it)."""
    page.context.add_cookies(
        [
            {
                "name": "mitai_session",
                "value": account.session_token,
                "url": app.url,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )


@pytest.fixture
def unique_email(request) -> str:
    return f"{uuid.uuid4().hex[:10]}@example.org"


def add_session(app: RunningApp, email: str) -> str:
    """One more session for an existing account (another device), written the
    way create_account writes its first; returns the session cookie's token."""
    from sqlmodel import Session, select

    from mitai_app.accounts import passwords
    from mitai_app.accounts.models import LoginSession, Profile
    from mitai_app.core.columns import utcnow
    from mitai_app.core.db import create_db_engine

    token = passwords.new_token()
    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        session.add(
            LoginSession(
                token=passwords.token_digest(token),
                profile_id=profile.id,
                expires_at=utcnow() + timedelta(days=1),
            )
        )
        session.commit()
    engine.dispose()
    return token
