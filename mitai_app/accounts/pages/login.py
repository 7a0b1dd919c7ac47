"""Sign in. The browser posts the form to /auth/login (accounts.http),
which sets the HttpOnly session cookie; this page shows its refusals and,
after `?next=` (a signed-in page that sent the visitor here), where to go."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import http as auth_http
from mitai_app.accounts import service as auth_service
from mitai_app.accounts.consts import FORGOT
from mitai_app.core import routes
from mitai_app.core.web import safe_next
from mitai_app.ui.forms import error_callout, field, form
from mitai_app.ui.layout import page
from mitai_app.ui.session import (
    AuthState,
    SignInForm,
    call_service,
    sign_in_fields,
    submit_sign_in,
    t,
)

FORM_ID = "login-form"


class LoginState(SignInForm, rx.State):
    needs_admin: bool = False
    next_path: str = routes.DASHBOARD

    @rx.event
    async def load(self):
        self.error, self.busy = "", False
        self.next_path = safe_next(self.router.url.query_parameters.get("next", ""))
        self.needs_admin = await call_service(auth_service.needs_first_admin)


@page(
    route=routes.LOGIN,
    title_key="auth.sign_in",
    access="public",
    on_load=[AuthState.redirect_if_signed_in, LoginState.load],
)
def login_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("auth.sign_in"), size="7", as_="h1"),
        rx.cond(
            LoginState.needs_admin,
            rx.callout(
                rx.link(t("auth.setup_title"), href=routes.SETUP),
                icon="shield",
                width="100%",
            ),
            rx.fragment(),
        ),
        error_callout(LoginState.error),
        form(
            field(
                t("common.email"),
                "email",
                type="email",
                auto_complete="username",
                required=True,
            ),
            field(
                t("common.password"),
                "password",
                type="password",
                auto_complete="current-password",
                required=True,
            ),
            *sign_in_fields(LoginState.next_path),
            submit=t("auth.sign_in"),
            busy=LoginState.busy,
            secret=True,
            on_submit=[
                LoginState.begin,
                submit_sign_in(FORM_ID, auth_http.LOGIN, LoginState.answer),
            ],
            id=FORM_ID,
        ),
        rx.link(t("auth.forgot"), href=FORGOT),
        # A link inside a sentence is underlined: colour alone does not set it apart.
        rx.text(
            t("auth.no_account"),
            " ",
            rx.link(t("auth.register"), href=routes.REGISTER, underline="always"),
        ),
        spacing="4",
        width="100%",
    )
