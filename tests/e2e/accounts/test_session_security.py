"""The session as an attacker tries it (issue 17, section 3):

- F2: the session cookie is HttpOnly, SameSite=Lax and as long-lived as the
  session; a page on another port of the same host can't use it (fetch,
  websocket, sign-in); every response carries the security headers. After
  signing in, the page you came from opens (section 5).
- F6: a stranger locking an account does not lock out its owner's browser.
- F9: after signing out, the next user of the tab sees nothing of the last
  one's, and the last one's pending undo can't act.
- F10: a tab's state token replayed without the cookie gets nothing; state
  files are the owner's only and hold no token.
- F12: one address can't hold more than so many websockets.
"""

from __future__ import annotations

import http.server
import re
import stat
import threading
import time
import uuid
from datetime import date
from functools import partial
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from mitai_app.core.web import WS_PER_ADDRESS
from tests.e2e.conftest import ROOT, _free_port, create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000
STATE = "reflex___state____state"
LOG_LIST = f"{STATE}.mitai_app___ui___log_list____log_list_state"


def _own_address(page: Page) -> None:
    """This page speaks from an address of its own (the apps trust one proxy
    hop), so the tests' sign-ins don't add up in 127.0.0.1's rate limit."""
    n = uuid.uuid4().int
    page.set_extra_http_headers({"X-Forwarded-For": f"198.18.{n % 250}.{n // 250 % 250 + 1}"})


def _sign_in_with_form(page: Page, app, email: str, password: str, path: str = "/login") -> None:
    _own_address(page)
    # The page opens its websocket once React has taken over the form; text
    # typed before that could be replaced when React takes over.
    with page.expect_websocket(timeout=LOADED):
        page.goto(app.url + path)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def _add_weight(app, email: str, kg: float) -> None:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        session.add(WeightEntry(profile_id=profile.id, date=date(2026, 3, 1), weight=kg))
        session.commit()
    engine.dispose()


def _weights(app, email: str) -> list[float]:
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.body.models import WeightEntry
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        rows = session.exec(
            select(WeightEntry.weight).join(Profile).where(Profile.email == email)
        ).all()
    engine.dispose()
    return [float(w) for w in rows]


# Reflex's websocket spoken by hand (Engine.IO 4 / Socket.IO 5) from a page
# of the app's origin, as a script in that browser would: it opens, joins
# the namespace, sends `events` and returns every frame it got.
_SPEAK = """async ({url, events, seconds}) => {
  const frames = [];
  const ws = new WebSocket(url);
  const next = () => new Promise((resolve) => {
    ws.onmessage = (m) => resolve(m.data);
    ws.onclose = () => resolve(null);
    ws.onerror = () => resolve(null);
  });
  const opened = await next();
  if (opened === null) return null;
  ws.send("40/_event,");
  await next();
  ws.onmessage = (m) => { if (m.data === "2") ws.send("3"); else frames.push(m.data); };
  for (const e of events) ws.send("42/_event," + JSON.stringify(["event", e]));
  await new Promise((r) => setTimeout(r, seconds * 1000));
  ws.close();
  return frames.join("\\n");
}"""


def _socket_url(app, token: str) -> str:
    return f"ws://{app.url.removeprefix('http://')}/_event/?EIO=4&transport=websocket&token={token}"


def _speak(page: Page, app, token: str, *events: tuple[str, str], seconds: float = 3) -> str:
    """Frames the server sent to a websocket of tab `token` from `page`
    (its cookies go along), after `events` (name, path)."""
    page.goto(app.url + "/favicon.ico")  # the app's origin, without its page
    payload = [
        {"name": name, "payload": {}, "router_data": {"pathname": path, "asPath": path}}
        for name, path in events
    ]
    frames = page.evaluate(
        _SPEAK, {"url": _socket_url(app, token), "events": payload, "seconds": seconds}
    )
    assert frames is not None, "the websocket was refused"
    return frames


# --- F2 ------------------------------------------------------------------------


@pytest.mark.scaled
def test_the_session_cookie_is_httponly_lax_and_lasts_as_long_as_the_session(
    app, page: Page, unique_email
):
    account = create_account(app, unique_email)
    _own_address(page)
    # A signed-in page sends the visitor to sign in, and back there afterwards.
    page.goto(app.url + "/history")
    expect(page).to_have_url(re.compile(r"/login/?\?next=%2Fhistory(%2F)?$"), timeout=LOADED)
    page.get_by_label("E-mail address").fill(unique_email)
    page.get_by_label("Password").fill(account.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/history/?$"), timeout=LOADED)
    expect(page.get_by_role("heading", name="History")).to_be_visible(timeout=LOADED)

    assert "mitai_session" not in page.evaluate("document.cookie")
    assert "mitai_device" not in page.evaluate("document.cookie")
    cookies = {c["name"]: c for c in page.context.cookies(app.url)}
    session = cookies["mitai_session"]
    assert session["httpOnly"] and session["sameSite"] == "Lax" and session["path"] == "/"
    # The session lasts the profile's 30 days; so does the cookie, no longer.
    assert abs(session["expires"] - (time.time() + 30 * 24 * 3600)) < 300
    assert cookies["mitai_device"]["httpOnly"]


def test_a_page_on_another_port_cannot_use_the_session(app, page: Page, unique_email, tmp_path):
    sign_in_as(page, app, create_account(app, unique_email))
    page.goto(app.url + "/dashboard")
    expect(page.get_by_text(unique_email.split("@")[0], exact=True)).to_be_visible(timeout=LOADED)

    (tmp_path / "index.html").write_text("<!doctype html><title>elsewhere</title>")
    port = _free_port()
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{port}/")
        # Same host, another port: the browser would send the Lax cookie along.
        tried = page.evaluate(
            """async (app) => {
                const out = {};
                const attempt = async (name, request) => {
                  try { const r = await request(); out[name] = r.status; }
                  catch (e) { out[name] = "blocked"; }
                };
                await attempt("read", () => fetch(app + "/dashboard", {credentials: "include"}));
                await attempt("login", () => fetch(app + "/auth/login", {
                  method: "POST", credentials: "include", mode: "no-cors",
                  headers: {"Content-Type": "text/plain"},
                  body: JSON.stringify({email: "x@example.org", password: "y"}),
                }));
                out.socket = await new Promise((resolve) => {
                  const host = app.replace("http://", "");
                  const ws = new WebSocket(`ws://${host}/_event/?EIO=4&transport=websocket&token=t`);
                  ws.onopen = () => { resolve("open"); ws.close(); };
                  ws.onerror = () => resolve("refused");
                });
                return out;
            }""",
            app.url,
        )
    finally:
        server.shutdown()
    assert tried["read"] in ("blocked", 403)  # refused, nothing of the page read
    assert tried["login"] in ("blocked", 0)  # opaque: the page learns nothing
    assert tried["socket"] == "refused"
    # The server refuses them too, whatever the browser would let through.
    elsewhere = {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-site"}
    assert httpx.get(app.url + "/dashboard", headers=elsewhere).status_code == 403
    assert httpx.post(app.url + "/auth/login", json={}, headers=elsewhere).status_code == 403


def test_pages_and_static_files_carry_the_security_headers(app, page: Page, unique_email):
    for path in ("/login", "/dashboard", "/mitai.css", "/favicon.ico", "/health"):
        response = httpx.get(app.url + path, follow_redirects=True)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        for directive in (
            "frame-src 'none'",
            "object-src 'none'",
            "img-src 'self' data: blob:",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "worker-src 'self'",
        ):
            assert directive in csp, (path, directive)
        assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
        assert "strict-transport-security" not in response.headers  # plain HTTP here

    # The app runs under its policy: nothing it needs is refused.
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    account = create_account(app, unique_email)
    _sign_in_with_form(page, app, unique_email, account.password)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=LOADED)
    page.goto(app.url + "/body")
    expect(page.get_by_role("heading", name="Body", level=1)).to_be_visible(timeout=LOADED)
    page.wait_for_timeout(1000)
    assert violations == []


def test_a_password_form_cannot_be_sent_before_the_page_is_live(app, browser, unique_email):
    """Before React takes over the pre-rendered page, the browser itself would
    send the form as a GET: the password would land in the address bar, the
    history and the server's log."""
    account = create_account(app, unique_email)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(app.url + "/login")
        button = page.get_by_role("button", name="Sign in")
        expect(button).to_be_disabled()
        page.get_by_label("E-mail address").fill(unique_email)
        page.get_by_label("Password").fill(account.password)
        page.get_by_label("Password").press("Enter")
        page.wait_for_timeout(500)
        assert account.password not in page.url
        assert "password" not in page.url
    finally:
        context.close()


# --- F9 ------------------------------------------------------------------------


@pytest.mark.scaled
def test_the_next_user_of_a_tab_sees_nothing_of_the_last_and_their_undo_cant_act(
    app, page: Page, unique_email
):
    ana = create_account(app, unique_email)
    ben_email = f"ben-{uuid.uuid4().hex[:8]}@example.org"
    ben = create_account(app, ben_email)
    _add_weight(app, unique_email, 81.5)
    sign_in_as(page, app, ana)
    page.goto(app.url + "/history")
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries).to_have_count(1, timeout=LOADED)
    entries.first.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    ana_tab = page.evaluate("window.sessionStorage.getItem('token')")

    if page.viewport_size["width"] <= 640:
        page.get_by_role("link", name="More").first.click()
    page.get_by_role("button", name="Sign out").last.click()
    expect(page).to_have_url(re.compile(r"/login/?$"), timeout=LOADED)
    expect(page.get_by_role("button", name="Undo")).to_have_count(0)
    assert page.evaluate("window.sessionStorage.getItem('token')") != ana_tab

    _sign_in_with_form(page, app, ben_email, ben.password)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=LOADED)
    page.goto(app.url + "/history")
    expect(page.get_by_text("No entries yet.").first).to_be_visible(timeout=LOADED)
    assert "81.5" not in page.content() and unique_email not in page.content()

    # Ana's old tab state, spoken to with Ben's cookie: her undo is gone.
    seen = _speak(page, app, ana_tab, (f"{LOG_LIST}.undo", "/history"))
    assert "81.5" not in seen
    assert _weights(app, ben_email) == []
    assert _weights(app, unique_email) == []


# --- F10 -----------------------------------------------------------------------


@pytest.mark.scaled
def test_a_replayed_tab_token_without_the_cookie_gets_nothing(
    app, page: Page, browser, unique_email
):
    account = create_account(app, unique_email)
    _add_weight(app, unique_email, 88.5)
    sign_in_as(page, app, account)
    page.goto(app.url + "/history")
    expect(page.get_by_role("main").get_by_role("listitem")).to_have_count(1, timeout=LOADED)
    expect(page.get_by_role("main")).to_contain_text("88.5")
    tab = page.evaluate("window.sessionStorage.getItem('token')")
    page.context.close()

    cookieless = browser.new_context()
    try:
        seen = _speak(cookieless.new_page(), app, tab, (f"{STATE}.hydrate_and_load", "/history"))
    finally:
        cookieless.close()
    assert '"delta"' in seen  # it was answered...
    assert "88.5" not in seen and "88,5" not in seen  # ...with nothing of hers
    assert unique_email not in seen and unique_email.split("@")[0] not in seen
    assert account.session_token not in seen


def test_state_files_are_private_and_hold_no_session_token(app, page: Page, unique_email):
    account = create_account(app, unique_email)
    sign_in_as(page, app, account)
    opened = time.time()
    page.goto(app.url + "/settings")
    expect(page.get_by_text(unique_email).first).to_be_visible(timeout=LOADED)
    token = account.session_token.encode()
    if app.redis_url:
        import redis

        store = redis.Redis.from_url(app.redis_url)
        values = [
            store.get(key) or b""
            for key in store.scan_iter(count=1000)
            if store.type(key) == b"string"  # the states; the rate limits are sorted sets
        ]
        assert values and all(token not in value for value in values)
        return
    states = ROOT / ".states"
    assert stat.S_IMODE(states.stat().st_mode) == 0o700
    # The disk state manager writes this tab's state after a pause.
    deadline = time.monotonic() + LOADED / 1000
    while not [p for p in states.glob("*.pkl") if p.stat().st_mtime >= opened]:
        assert time.monotonic() < deadline, "no state was written"
        page.wait_for_timeout(100)
    recent = [p for p in states.glob("*.pkl") if p.stat().st_mtime > time.time() - 120]
    for path in recent:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert token not in Path(path).read_bytes(), path


# --- F12 -----------------------------------------------------------------------


_OPEN_MANY = """async ({url, count}) => {
  const sockets = [];
  const opened = await Promise.all(Array.from({length: count}, () => new Promise((resolve) => {
    const ws = new WebSocket(url);
    sockets.push(ws);
    ws.onmessage = () => resolve(true);  // Engine.IO's open packet: accepted
    ws.onclose = () => resolve(false);
    ws.onerror = () => resolve(false);
  })));
  sockets.forEach((ws) => ws.close());
  return opened.filter(Boolean).length;
}"""


@pytest.mark.scaled
def test_one_address_holds_only_so_many_websockets(app, browser):
    """Counted per worker: the postgres_redis app has two, so one address
    gets at most twice the limit there."""
    limit = WS_PER_ADDRESS * (2 if app.redis_url else 1)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(app.url + "/favicon.ico")  # the app's origin, without its own socket
        url = _socket_url(app, uuid.uuid4().hex)
        opened = page.evaluate(_OPEN_MANY, {"url": url, "count": limit + 5})
        # A moment later the places are free again (the server notices the
        # closed sockets within a few seconds at most).
        deadline = time.monotonic() + 5
        again = page.evaluate(_OPEN_MANY, {"url": url, "count": 1})
        while again == 0 and time.monotonic() < deadline:
            page.wait_for_timeout(100)
            again = page.evaluate(_OPEN_MANY, {"url": url, "count": 1})
    finally:
        context.close()
    # The test's earlier pages may still be closing; with two workers, the
    # connections need not split evenly between them.
    assert WS_PER_ADDRESS - 2 <= opened <= limit
    assert opened < limit + 5
    assert again == 1


# --- F6 ------------------------------------------------------------------------


def test_a_stranger_locking_the_account_does_not_lock_out_its_owners_browser(
    app, page: Page, browser, unique_email
):
    account = create_account(app, unique_email)
    _sign_in_with_form(page, app, unique_email, account.password)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=LOADED)
    page.context.clear_cookies(name="mitai_session")

    stranger = {"X-Forwarded-For": f"198.51.100.{uuid.uuid4().int % 200 + 1}"}
    for _ in range(6):
        httpx.post(
            app.url + "/auth/login",
            json={"email": unique_email, "password": "not the password"},
            headers=stranger,
        )
    # Another browser, right password: refused for now.
    other = browser.new_context(viewport=page.viewport_size)
    try:
        other_page = other.new_page()
        _sign_in_with_form(other_page, app, unique_email, account.password)
        expect(other_page.get_by_text(re.compile("Too many attempts"))).to_be_visible(
            timeout=LOADED
        )
    finally:
        other.close()
    # The owner's browser, which signed in here before, is let in.
    _sign_in_with_form(page, app, unique_email, account.password)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible(timeout=LOADED)
