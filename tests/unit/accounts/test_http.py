"""accounts.http: the sign-in routes set an HttpOnly, SameSite=Lax session
cookie as long-lived as the session (Secure over HTTPS), accept only JSON,
and Reflex is handed the session's id, never its token."""

from __future__ import annotations

import uuid

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.testclient import TestClient

from mitai_app.accounts import http
from mitai_app.accounts import service as auth_service
from mitai_app.accounts.service import CurrentUser, LoginResult
from mitai_app.core.errors import UserError

USER = CurrentUser(
    id=uuid.uuid4(),
    email="ana@example.org",
    display_name="ana",
    role="user",
    language="en",
    unit_system="metric",
    timezone="UTC",
    session_days=30,
)


def _client(calls: list, *, refuse: UserError | None = None, hops: int = 0) -> TestClient:
    async def run(function, /, **kwargs):
        calls.append((function, kwargs))
        if refuse is not None:
            raise refuse
        if function is auth_service.logout:
            return None
        return LoginResult(token="the-token", user=USER, device="nonce.mac")

    app = Starlette(routes=http.AuthRoutes(run, hops).routes())
    return TestClient(app, base_url="http://127.0.0.1:8100")


def _set_cookies(response) -> dict[str, str]:
    return {value.split("=", 1)[0]: value for value in response.headers.get_list("set-cookie")}


def test_signing_in_sets_an_httponly_lax_cookie_as_long_as_the_session():
    calls: list = []
    response = _client(calls).post(
        http.LOGIN,
        json={
            "email": "ana@example.org",
            "password": "pw",
            "language": "de",
            "next": "/history",
        },
        headers={"user-agent": "Firefox", "cookie": "mitai_device=old.device"},
    )
    assert response.json() == {"ok": True, "next": "/history"}
    cookies = _set_cookies(response)
    session = cookies["mitai_session"].lower()
    assert session.startswith("mitai_session=the-token;")
    assert "httponly" in session and "samesite=lax" in session and "path=/" in session
    assert f"max-age={30 * 24 * 3600}" in session
    assert "secure" not in session
    assert "httponly" in cookies["mitai_device"].lower()
    [(function, kwargs)] = calls
    assert function is auth_service.login
    assert kwargs["hashes_passwords"] and kwargs["device"] == "old.device"
    assert kwargs["client_ip"] == "testclient" and kwargs["user_agent"] == "Firefox"


def test_behind_https_the_cookies_are_secure():
    response = _client([], hops=1).post(
        http.LOGIN,
        json={"email": "a@example.org", "password": "pw"},
        headers={"x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.1"},
    )
    assert all("secure" in c.lower() for c in _set_cookies(response).values())


def test_a_refusal_is_the_message_in_the_readers_language_and_sets_no_cookie():
    refusal = UserError("error.rate_limited", seconds=42)
    response = _client([], refuse=refusal).post(
        http.LOGIN, json={"email": "a@example.org", "password": "pw", "language": "de"}
    )
    assert response.status_code == 429
    assert response.json()["ok"] is False and "42" in response.json()["message"]
    assert "set-cookie" not in response.headers


def test_only_json_is_taken_so_another_sites_form_cannot_post():
    calls: list = []
    client = _client(calls)
    form = client.post(http.LOGIN, data={"email": "a@example.org", "password": "pw"})
    plain = client.post(
        http.LOGIN,
        content='{"email": "a@example.org", "password": "pw"}',
        headers={"content-type": "text/plain"},
    )
    assert (form.status_code, plain.status_code) == (415, 415)
    assert calls == []


def test_a_next_of_another_site_leads_to_the_dashboard():
    response = _client([]).post(
        http.LOGIN, json={"email": "a@example.org", "password": "pw", "next": "//evil.example"}
    )
    assert response.json()["next"] == "/dashboard"


def test_signing_out_ends_the_session_and_clears_the_cookie():
    calls: list = []
    response = _client(calls).post(http.LOGOUT, json={}, cookies={"mitai_session": "tok"})
    assert response.json() == {"ok": True, "next": "/login"}
    assert calls == [(auth_service.logout, {"session_id": auth_service.session_id("tok")})]
    cleared = _set_cookies(response)["mitai_session"].lower()
    assert "max-age=0" in cleared and "httponly" in cleared


def test_reflex_sees_the_sessions_id_never_its_token():
    header = "theme=dark; mitai_session=tok; mitai_device=d.m; mitai_session_id=forged"
    rewritten = http.reflex_cookie_header(header)
    assert "tok" not in rewritten and "d.m" not in rewritten and "forged" not in rewritten
    assert http.session_id_from_cookies(rewritten) == auth_service.session_id("tok")
    assert "theme=dark" in rewritten
    # A page cannot name a session by setting the id itself.
    assert http.session_id_from_cookies(http.reflex_cookie_header("mitai_session_id=x")) == ""


def test_an_upload_without_the_session_cookie_is_refused():
    """A tab's token replayed by a script can't upload as that tab's user."""
    seen: list = []

    async def reflex(scope, receive, send):
        seen.append(dict(scope["headers"]).get(b"cookie", b"").decode())
        await PlainTextResponse("ok")(scope, receive, send)

    client = TestClient(http.SessionForReflex(reflex))
    headers = {"reflex-client-token": "tab"}
    assert client.post("/_upload", headers=headers).status_code == 403
    assert seen == []
    signed_in = client.post("/_upload", headers=headers, cookies={"mitai_session": "tok"})
    assert signed_in.status_code == 200
    assert seen == [f"mitai_session_id={auth_service.session_id('tok')}"]


def test_signing_in_without_a_page_asked_for_lands_where_the_service_says():
    """A new account's first run (core.landing) replaces the dashboard, but
    not a page the visitor was sent from."""

    async def run(function, /, **kwargs):
        return LoginResult(token="t", user=USER, device="d", landing="/onboarding")

    client = TestClient(Starlette(routes=http.AuthRoutes(run, 0).routes()))
    form = {"email": "ana@example.org", "password": "pw"}
    for asked, lands in (("", "/onboarding"), ("/dashboard", "/onboarding"), ("/body", "/body")):
        response = client.post(http.LOGIN, json={**form, "next": asked})
        assert response.json() == {"ok": True, "next": lands}
