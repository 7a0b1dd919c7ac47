"""Signing in and out over HTTP, so the session cookie is one script cannot
read: `HttpOnly`, `SameSite=Lax`, `Secure` over HTTPS, and as long-lived
as the session on the server.

- `POST /auth/login`, `POST /auth/setup` (the first administrator) and
  `POST /auth/logout` take JSON from the app's own pages (another site's
  page is refused by core.web, and a form can't send JSON) and answer
  `{"ok": true, "next": path}` or `{"ok": false, "message": text}`;
  without a page asked for, `path` is where the service lands the user
  (core.landing: the dashboard, or a new account's first run).
- `SessionForReflex` hands Reflex's websocket (and uploads) the session's
  id in place of its token: state files and Redis never hold a token, and
  the id comes from the handshake's cookie, never from what a page sends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request, cookie_parser
from starlette.responses import JSONResponse
from starlette.routing import Route

from mitai_app.accounts import service as auth_service
from mitai_app.core import routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import LANGUAGES
from mitai_app.core.web import client_address, is_https, safe_next

SESSION_COOKIE = "mitai_session"
DEVICE_COOKIE = "mitai_device"
# What Reflex sees in the handshake's Cookie header instead of the token.
SESSION_ID_COOKIE = "mitai_session_id"
DEVICE_MAX_AGE_S = 365 * 24 * 3600
LOGIN = "/auth/login"
SETUP = "/auth/setup"
LOGOUT = "/auth/logout"
# Reflex's own endpoints: the websocket and uploads.
REFLEX_PATHS = ("/_event", "/_upload")

# Runs a blocking service in the password-hashing pool; ui.session provides it.
Runner = Callable[..., Any]


def _cookie(name: str, value: str, max_age: int, *, secure: bool) -> dict[str, Any]:
    return {
        "key": name,
        "value": value,
        "max_age": max_age,
        "path": "/",
        "httponly": True,
        "samesite": "lax",
        "secure": secure,
    }


def _refused(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"ok": False, "message": message}, status_code=status)


class AuthRoutes:
    """The three routes; `run(function, **kwargs)` is ui.session.call_service
    with the password pool, `trusted_proxy_hops` as in the settings."""

    def __init__(self, run: Runner, trusted_proxy_hops: int) -> None:
        self.run = run
        self.hops = trusted_proxy_hops

    def routes(self) -> list[Route]:
        return [
            Route(LOGIN, self.login, methods=["POST"]),
            Route(SETUP, self.setup, methods=["POST"]),
            Route(LOGOUT, self.logout, methods=["POST"]),
        ]

    async def _form(self, request: Request) -> dict[str, str] | None:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return None
        try:
            body = await request.json()
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        return {k: v for k, v in body.items() if isinstance(k, str) and isinstance(v, str)}

    async def _sign_in(
        self, request: Request, service, *, with_language: bool, with_timezone: bool = False
    ) -> JSONResponse:
        form = await self._form(request)
        if form is None:
            return _refused("", status=415)
        lang = form.get("language") if form.get("language") in LANGUAGES else "en"
        extra = {"language": lang} if with_language else {}
        if with_timezone:
            # The browser's zone (ui.forms.browser_zone_field); unknown ones become UTC.
            extra["timezone"] = form.get("timezone", "")
        try:
            result: auth_service.LoginResult = await self.run(
                service,
                hashes_passwords=True,
                email=form.get("email", ""),
                password=form.get("password", ""),
                client_ip=client_address(request.scope, self.hops),
                user_agent=request.headers.get("user-agent", ""),
                device=request.cookies.get(DEVICE_COOKIE, ""),
                **extra,
            )
        except UserError as error:
            status = 429 if error.code == "error.rate_limited" else 400
            return _refused(user_message(error, lang), status)
        secure = is_https(request.scope, self.hops)
        next_path = safe_next(form.get("next", ""))
        if next_path == routes.DASHBOARD:  # no page asked for: a new account's first run
            next_path = result.landing
        response = JSONResponse({"ok": True, "next": next_path})
        response.set_cookie(
            **_cookie(
                SESSION_COOKIE,
                result.token,
                result.user.session_days * 24 * 3600,
                secure=secure,
            )
        )
        response.set_cookie(
            **_cookie(DEVICE_COOKIE, result.device, DEVICE_MAX_AGE_S, secure=secure)
        )
        return response

    async def login(self, request: Request) -> JSONResponse:
        return await self._sign_in(request, auth_service.login, with_language=False)

    async def setup(self, request: Request) -> JSONResponse:
        return await self._sign_in(
            request, auth_service.create_first_admin, with_language=True, with_timezone=True
        )

    async def logout(self, request: Request) -> JSONResponse:
        if await self._form(request) is None:
            return _refused("", status=415)
        token = request.cookies.get(SESSION_COOKIE, "")
        if token:
            await self.run(auth_service.logout, session_id=auth_service.session_id(token))
        response = JSONResponse({"ok": True, "next": routes.LOGIN})
        response.delete_cookie(
            SESSION_COOKIE,
            path="/",
            httponly=True,
            samesite="lax",
            secure=is_https(request.scope, self.hops),
        )
        return response


def reflex_cookie_header(cookie_header: str) -> str:
    """The Cookie header as Reflex may see it: the session token replaced by
    the session's id, the device cookie left out, and any id a page set
    itself dropped (only the token proves a session)."""
    cookies = cookie_parser(cookie_header)
    token = cookies.pop(SESSION_COOKIE, "")
    cookies.pop(DEVICE_COOKIE, None)
    cookies.pop(SESSION_ID_COOKIE, None)
    if token:
        cookies[SESSION_ID_COOKIE] = auth_service.session_id(token)
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def session_id_from_cookies(cookie_header: str) -> str:
    """The session id SessionForReflex put in the handshake's Cookie header."""
    return cookie_parser(cookie_header or "").get(SESSION_ID_COOKIE, "")


class SessionForReflex:
    """ASGI middleware: Reflex's endpoints see the session's id, not its token.

    An upload is an event of a tab that Reflex runs as whoever that tab's
    websocket signed in as; one that does not bring the session cookie
    itself (a tab's token replayed by a script) is refused. Not in
    development, where the page's port differs and Reflex's upload request
    carries no cookies across."""

    def __init__(self, app, *, uploads_need_cookie: bool = True) -> None:
        self.app = app
        self.uploads_need_cookie = uploads_need_cookie

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("path", "").startswith(
            REFLEX_PATHS
        ):
            cookie = "; ".join(
                value.decode("latin-1") for name, value in scope["headers"] if name == b"cookie"
            )
            if (
                self.uploads_need_cookie
                and scope["path"].startswith("/_upload")
                and not cookie_parser(cookie).get(SESSION_COOKIE)
            ):
                response = JSONResponse({"detail": "not signed in"}, status_code=403)
                await response(scope, receive, send)
                return
            headers = [(name, value) for name, value in scope["headers"] if name != b"cookie"]
            if rewritten := reflex_cookie_header(cookie):
                headers.append((b"cookie", rewritten.encode("latin-1")))
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)
