"""Who is signed in, and in which language: the one state every page reads.

The browser holds only its session token, in an HttpOnly cookie that the
HTTP routes of accounts.http set and clear. The websocket's handshake
carries it, and Reflex sees only the session's id (accounts.http
SessionForReflex); every page load and every handler asks the server again
who that session belongs to. Pages read this state with
`await self.get_state(AuthState)`; they never inherit it.

A tab's state belongs to the session it was made under (`TabOwner`): when
another session (or none) speaks for that tab, every page state is emptied
first, so nothing of the previous user's (rows, a pending undo) is shown or
acted on.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import urlencode

import reflex as rx
from reflex.event import EventSpec
from reflex.middleware import Middleware
from reflex.state import _ROUTER_FIELD_NAMES, BaseState
from reflex.vars.base import VarData
from sqlmodel import Session

from mitai_app.accounts import http as auth_http
from mitai_app.accounts import service as auth_service
from mitai_app.accounts.service import CurrentUser
from mitai_app.core import db, routes
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import browser_language
from mitai_app.core.i18n import CATALOG, LANGUAGES, translate
from mitai_app.core.text import Text
from mitai_app.core.web import safe_next

log = logging.getLogger(__name__)
T = TypeVar("T")


def _lower_thread_priority() -> None:
    # Linux schedules threads individually. SCHED_IDLE lets these threads use
    # whatever CPU is free, but the event-loop thread, which serves every
    # user, always runs first: a password hash never delays another's click.
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))


# Password work (bcrypt, ~250 ms of CPU each) queues on few, low-priority
# threads and leaves a core to the event loop; everything else (short
# queries, mail) uses the default pool. Signing in (and registering, and
# resetting by link) has threads of its own: re-checks of a signed-in user's
# password queue on one thread apart, so tabs full of them never delay
# somebody else's sign-in.
_password_threads = ThreadPoolExecutor(
    max_workers=max(1, (os.cpu_count() or 2) - 1),
    thread_name_prefix="password",
    initializer=_lower_thread_priority,
)
_recheck_threads = ThreadPoolExecutor(
    max_workers=1, thread_name_prefix="password-recheck", initializer=_lower_thread_priority
)


def _in_session(function: Callable[..., T], kwargs: dict[str, Any]) -> T:
    with db.session() as session:
        return function(session=session, **kwargs)


async def call_service(
    function: Callable[..., T],
    /,
    *,
    hashes_passwords: bool = False,
    rechecks_password: bool = False,
    **kwargs: Any,
) -> T:
    """Runs a (blocking) service in a worker thread with its own DB session,
    so bcrypt, SMTP or a slow query never stall other users' events.
    `hashes_passwords`: a sign-in, registration or reset; `rechecks_password`:
    a signed-in user re-entering the password."""
    loop = asyncio.get_running_loop()
    executor = (
        _recheck_threads if rechecks_password else _password_threads if hashes_passwords else None
    )
    return await loop.run_in_executor(executor, _in_session, function, kwargs)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: str = ""


async def attempt(
    function: Callable[..., T],
    lang: str,
    /,
    *,
    hashes_passwords: bool = False,
    rechecks_password: bool = False,
    **kwargs: Any,
) -> Outcome[T]:
    """Runs a service for a form: its result, or the message to show (a
    refused input, or what the plan allows). An unexpected failure is
    logged and shown as such, never left spinning."""
    try:
        result = await call_service(
            function,
            hashes_passwords=hashes_passwords,
            rechecks_password=rechecks_password,
            **kwargs,
        )
        return Outcome(True, result)
    except UserError as error:
        return Outcome(False, error=user_message(error, lang))
    except FeatureRefused as refused:
        return Outcome(False, error=refusal_message(refused.decision, lang))
    except Exception:
        log.exception("%s failed", getattr(function, "__name__", function))
        return Outcome(False, error=translate("error.unexpected", lang or "en"))


# Where Reflex keeps a tab's state token (reflex/.templates/web/utils/state.js).
_REFLEX_TOKEN_KEY = "token"


def _post_js(url: str, body: str) -> str:
    """An async function that POSTs JSON to `url` (a JS expression: one of
    accounts.http's routes on the backend, which has its own port in
    development) and, when it succeeded, opens the page the answer names with
    a fresh tab state (a new Reflex token: nothing of the previous state is
    carried over). It returns the route's answer."""
    return f"""async () => {{
  try {{
    const response = await fetch({url}, {{
      method: "POST",
      credentials: "include",
      headers: {{"Content-Type": "application/json"}},
      body: {body},
    }});
    const answer = await response.json();
    if (answer.ok) {{
      window.sessionStorage.removeItem({_REFLEX_TOKEN_KEY!r});
      window.location.assign(answer.next);
    }}
    return answer;
  }} catch (error) {{
    return {{ok: false, message: ""}};
  }}
}}"""


_BACKEND_JS = VarData(
    imports={
        "$/utils/state": ["getBackendURL"],
        "$/env.json": [rx.ImportVar(tag="env", is_default=True)],
    }
)


def submit_sign_in(form_id: str, endpoint: str, on_answer) -> EventSpec:
    """The browser sends the form `form_id` straight to `endpoint`
    (accounts.http: /auth/login or /auth/setup), so the password never
    passes through page state and the answer sets the HttpOnly cookie.
    `on_answer` receives a refusal ({ok, message}) to show."""
    body = f"JSON.stringify(Object.fromEntries(new FormData(document.getElementById({form_id!r}))))"
    url = f"new URL({endpoint!r}, getBackendURL(env.PING))"
    function = rx.Var(_post_js(url, body), _var_data=_BACKEND_JS)
    return rx.call_function(function, callback=on_answer)


def sign_in_fields(next_path: rx.Var | str) -> tuple[rx.Component, rx.Component]:
    """What a sign-in form sends besides e-mail and password: the reader's
    language (for the route's messages) and the page to open afterwards."""
    return (
        rx.el.input(type="hidden", name="language", value=AuthState.lang),
        rx.el.input(type="hidden", name="next", value=next_path),
    )


class SignInForm(rx.State, mixin=True):
    """What a sign-in form (login, first administrator) shows while the
    browser posts it: busy, then the route's refusal."""

    error: str = ""
    busy: bool = False

    @rx.event
    def begin(self):
        self.busy, self.error = True, ""

    @rx.event
    async def answer(self, result: dict):
        """The route's answer; a success has already opened the next page."""
        if isinstance(result, dict) and result.get("ok"):
            return
        self.busy = False
        message = result.get("message") if isinstance(result, dict) else ""
        lang = (await self.get_state(AuthState)).lang or "en"
        # The message is the route's, in this browser's language; it only ever
        # reaches this browser, so a page that forged one would fool itself.
        self.error = str(message)[:300] if message else translate("error.unexpected", lang)


@functools.cache
def _defaults(cls: type[BaseState]) -> dict[str, Any]:
    """The defaults of the fields `cls` declares itself: one copy per class,
    only ever compared with (a new tab's first event checks every state)."""
    return {
        name: field.default_value()
        for name, field in cls.__fields__.items()
        if field._owner is cls and name not in _ROUTER_FIELD_NAMES
    }


def _reset(state: BaseState) -> None:
    """BaseState.reset, but a field already at its default is not assigned:
    a pristine state stays untouched and is not written back to the store.
    Values are read raw (`get_value`) and compared with the class's defaults:
    neither a proxy nor a fresh default is made for a field that stays."""
    cls = type(state)
    for name, default in _defaults(cls).items():
        if state.get_value(name) != default:
            setattr(state, name, cls.__fields__[name].default_value())
    for substate in state.substates.values():
        _reset(substate)


async def reset_tab(state: BaseState) -> None:
    """Empties every state of this tab (loading those not yet loaded, so a
    Redis-kept one is emptied too); router data stays."""
    root = state._get_root_state()
    for substate in type(root).get_substates():
        await root.get_state(substate)
    for substate in root.substates.values():
        _reset(substate)


class TabOwner(Middleware):
    """Runs before every event: a tab's state belongs to the session it was
    made under. Another session (another user signed in in this tab, or a
    tab's token replayed without the cookie) gets the tab emptied first."""

    async def preprocess(self, app, state: BaseState, event):
        auth = await state.get_state(AuthState)
        current = auth.session_id()
        if auth._owner != current:
            await reset_tab(state)
        # Assigned on every event: the record is rewritten with each one, so
        # it never expires from the state store before the states it guards.
        auth._owner = current
        return None


class AuthState(rx.State):
    lang: str = rx.LocalStorage("", name="mitai_lang")
    signed_in: bool = False
    display_name: str = ""
    email: str = ""
    is_admin: bool = False
    unit_system: str = "metric"
    # The session id this tab's states belong to (TabOwner); "" when made
    # signed out, None when this record is new (its tab may not be).
    _owner: str | None = None

    def session_id(self) -> str:
        """This connection's session id, from its handshake's cookie."""
        return auth_http.session_id_from_cookies(self.router.headers.cookie)

    def _show(self, user: CurrentUser | None) -> None:
        shown = {
            "signed_in": user is not None,
            "display_name": user.display_name if user else "",
            "email": user.email if user else "",
            "is_admin": bool(user and user.is_admin),
            "unit_system": user.unit_system if user else "metric",
        }
        if user:
            shown["lang"] = user.language
        # This runs on every event: only what changed goes into the event's
        # delta (and back to Redis).
        for name, value in shown.items():
            if getattr(self, name) != value:
                setattr(self, name, value)

    async def current_user(self) -> CurrentUser | None:
        user = await call_service(auth_service.session_user_by_id, session_id=self.session_id())
        self._show(user)
        return user

    def message(self, key: str, **values: object) -> str:
        return translate(key, self.lang or "en", **values)

    def forget(self) -> None:
        """Signed out in this browser (the server side is the caller's job)."""
        self._show(None)

    @rx.event
    def init_language(self):
        """First visit: follow the browser's language until the user chooses."""
        if self.lang not in LANGUAGES:
            return rx.call_script("navigator.language", callback=AuthState.set_browser_language)

    @rx.event
    def set_browser_language(self, value: str):
        if self.lang not in LANGUAGES:
            self.lang = browser_language(value)

    @rx.event
    async def choose_language(self, value: str | list[str]):
        """The language switch: remembered in this browser and, when signed
        in, in the profile."""
        if value not in LANGUAGES:
            return
        self.lang = value
        user = await call_service(auth_service.session_user_by_id, session_id=self.session_id())
        if user is not None:
            await call_service(auth_service.set_language, profile_id=user.id, language=value)

    @rx.event
    async def require_login(self):
        """on_load of every signed-in page: back to the login page when the
        session is gone (ended elsewhere, expired, or never there), which
        returns here after signing in."""
        if await self.current_user() is None:
            return to_login(_here(self))

    @rx.event
    async def require_admin(self):
        user = await self.current_user()
        if user is None:
            return to_login(_here(self))
        if not user.is_admin:
            return rx.redirect(routes.DASHBOARD)

    @rx.event
    async def redirect_if_signed_in(self):
        if await self.current_user() is not None:
            return rx.redirect(safe_next(self.router.url.query_parameters.get("next", "")))

    @rx.event
    async def sign_out(self):
        """Ends the session, empties every state of this tab, and has the
        browser drop its cookie (accounts.http) and open /login with a new
        tab state."""
        await call_service(auth_service.logout, session_id=self.session_id())
        lang = self.lang
        await reset_tab(self)
        self.lang = lang
        # Sent from here, the script is evaluated outside the page's modules:
        # the backend is where this websocket went (its Host header).
        backend = json.dumps(f"//{self.router.headers.host}{auth_http.LOGOUT}")
        return rx.call_function(_post_js(backend, "'{}'"))


@dataclass(frozen=True)
class SignedIn:
    """Who is asking, checked on the server now, and the language to answer in."""

    user: CurrentUser
    lang: str


async def signed_in(state: rx.State) -> SignedIn | None:
    """The prologue of every signed-in handler:

    me = await signed_in(self)
    if me is None:
        return to_login()
    """
    return (await signed_in_then(state, None)).me


@dataclass(frozen=True)
class SignedInWork(Generic[T]):
    """Who is asking (None: signed out, and the work was not done) and what
    the work gave; `result()` raises what the work raised."""

    me: SignedIn | None
    value: T | None = None
    error: Exception | None = None

    def result(self) -> T:
        if self.error is not None:
            raise self.error
        return self.value


def _user_then(
    session_id: str, work: Callable[[Session, CurrentUser], T] | None
) -> tuple[CurrentUser | None, T | None, Exception | None]:
    with db.session() as session:
        if work is None:
            return (
                auth_service.session_user_by_id(session=session, session_id=session_id),
                None,
                None,
            )
        # The profile's row stays referenced (and so in the session) while
        # the work runs: its services read it without a statement.
        profile = auth_service.session_profile_by_id(session=session, session_id=session_id)
        if profile is None:
            return None, None, None
        user = auth_service.current_user(profile)
        try:
            return user, work(session, user), None
        except Exception as error:  # the handler reads it from result(), knowing `me`
            return user, None, error


async def signed_in_then(
    state: rx.State, work: Callable[[Session, CurrentUser], T] | None
) -> SignedInWork[T]:
    """`signed_in()` and then, for a signed-in user, `work(session, user)`
    (a service call), in one worker thread and one database session: a
    handler's hot path pays for one thread hop and one connection checkout,
    not two.

    answer = await signed_in_then(self, lambda session, user: service(...))
    if answer.me is None:
        return to_login()
    rows = answer.result()
    """
    auth = await state.get_state(AuthState)
    loop = asyncio.get_running_loop()
    user, value, error = await loop.run_in_executor(None, _user_then, auth.session_id(), work)
    auth._show(user)
    if user is None:
        _bounced_from.set(_here(state))
        return SignedInWork(None)
    return SignedInWork(SignedIn(user=user, lang=auth.lang or user.language), value, error)


# The page a handler found signed out (set by signed_in, read by to_login in
# the same handler): every event runs in a context of its own.
_bounced_from: ContextVar[str] = ContextVar("bounced_from", default="")


def _here(state: rx.State) -> str:
    url = state.router.url
    query = dict(url.query_parameters)
    return f"{url.path}?{urlencode(query)}" if query else url.path


def to_login(here: str | None = None) -> EventSpec:
    """To the sign-in page, which returns to `here` (by default the page the
    handler found signed out) after signing in."""
    here = _bounced_from.get() if here is None else here
    if not here or here.startswith(routes.LOGIN):
        return rx.redirect(routes.LOGIN)
    return rx.redirect(f"{routes.LOGIN}?{urlencode({'next': here})}")


def t(key: str) -> rx.Var:
    """A UI text in the reader's language."""
    return shown(CATALOG[key])


def shown(text: Text | rx.Var) -> rx.Var:
    """A `Text` (a catalogue entry, or one held in state as a view row's
    field) in the reader's language."""
    return rx.cond(AuthState.lang == "de", text.de, text.en)


def in_language(row: rx.Var, key: str) -> rx.Var:
    """`row[key_de]` or `row[key_en]` (rows made with core.formatting.in_both)."""
    return rx.cond(AuthState.lang == "de", row[f"{key}_de"], row[f"{key}_en"])
