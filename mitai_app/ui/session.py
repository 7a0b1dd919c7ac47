"""Who is signed in, and in which language: the one state every page reads.

The browser holds only its session token (a cookie); every page load and
every handler asks the server again who that token belongs to. Pages read
this state with `await self.get_state(AuthState)`; they never inherit it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import reflex as rx
from reflex.event import EventSpec

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.service import CurrentUser
from mitai_app.core import db, routes
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import browser_language
from mitai_app.core.i18n import CATALOG, LANGUAGES, translate
from mitai_app.core.text import Text

log = logging.getLogger(__name__)
T = TypeVar("T")
# The server decides when a session ends; the cookie merely outlives it.
COOKIE_MAX_AGE_S = 400 * 24 * 3600


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
    """Runs a service for a form: its result, or the message to show. An
    unexpected failure is logged and shown as such, never left spinning."""
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
    except Exception:
        log.exception("%s failed", getattr(function, "__name__", function))
        return Outcome(False, error=translate("error.unexpected", lang or "en"))


async def sign_in_from_form(
    state: rx.State,
    service: Callable[..., auth_service.LoginResult],
    form: dict,
    *,
    with_language: bool = False,
):
    """A background handler's whole sign-in (login, first admin): the form
    state's `busy` and `error`, the service in the password pool, the browser
    signed in, then the dashboard. `with_language` hands the service the
    browser's language (a new account takes it)."""
    async with state:
        if state.busy:
            return None
        state.busy, state.error = True, ""
        client_ip = state.router.session.client_ip
        user_agent = state.router.headers.user_agent
        lang = (await state.get_state(AuthState)).lang or "en"
    extra = {"language": lang} if with_language else {}
    outcome = await attempt(
        service,
        lang,
        hashes_passwords=True,
        email=form.get("email", ""),
        password=form.get("password", ""),
        client_ip=client_ip,
        user_agent=user_agent,
        **extra,
    )
    async with state:
        state.busy, state.error = False, outcome.error
        if outcome.ok:
            (await state.get_state(AuthState)).sign_in(outcome.value)
    return rx.redirect(routes.DASHBOARD) if outcome.ok else None


class AuthState(rx.State):
    session_token: str = rx.Cookie(
        "", name="mitai_session", max_age=COOKIE_MAX_AGE_S, same_site="strict"
    )
    lang: str = rx.LocalStorage("", name="mitai_lang")
    signed_in: bool = False
    display_name: str = ""
    email: str = ""
    is_admin: bool = False
    unit_system: str = "metric"

    def _show(self, user: CurrentUser | None) -> None:
        self.signed_in = user is not None
        self.display_name = user.display_name if user else ""
        self.email = user.email if user else ""
        self.is_admin = bool(user and user.is_admin)
        self.unit_system = user.unit_system if user else "metric"
        if user:
            self.lang = user.language

    async def current_user(self) -> CurrentUser | None:
        user = await call_service(auth_service.session_user, token=self.session_token)
        self._show(user)
        return user

    def message(self, key: str, **values: object) -> str:
        return translate(key, self.lang or "en", **values)

    def forget(self) -> None:
        """Signed out in this browser (the server side is the caller's job)."""
        self.session_token = ""
        self._show(None)

    def sign_in(self, result: auth_service.LoginResult) -> None:
        self.session_token = result.token
        self._show(result.user)

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
        user = await call_service(auth_service.session_user, token=self.session_token)
        if user is not None:
            await call_service(auth_service.set_language, profile_id=user.id, language=value)

    @rx.event
    async def require_login(self):
        """on_load of every signed-in page: back to the login page when the
        session is gone (ended elsewhere, expired, or never there)."""
        if await self.current_user() is None:
            return rx.redirect(routes.LOGIN)

    @rx.event
    async def require_admin(self):
        user = await self.current_user()
        if user is None:
            return rx.redirect(routes.LOGIN)
        if not user.is_admin:
            return rx.redirect(routes.DASHBOARD)

    @rx.event
    async def redirect_if_signed_in(self):
        if await self.current_user() is not None:
            return rx.redirect(routes.DASHBOARD)

    @rx.event
    async def sign_out(self):
        await call_service(auth_service.logout, token=self.session_token)
        self.forget()
        return rx.redirect(routes.LOGIN)


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
    auth = await state.get_state(AuthState)
    user = await auth.current_user()
    if user is None:
        return None
    return SignedIn(user=user, lang=auth.lang or user.language)


def to_login() -> EventSpec:
    return rx.redirect(routes.LOGIN)


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
