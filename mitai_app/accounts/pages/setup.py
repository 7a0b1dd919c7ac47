"""First run: a fresh install with no administrator offers to create one.
The browser posts the form to /auth/setup (accounts.http), which signs the
new administrator in with the HttpOnly session cookie."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import http as auth_http
from mitai_app.accounts import service as auth_service
from mitai_app.core import routes
from mitai_app.ui.forms import browser_zone_field, error_callout, field, form
from mitai_app.ui.layout import page
from mitai_app.ui.session import SignInForm, call_service, sign_in_fields, submit_sign_in, t

FORM_ID = "setup-form"


class SetupState(SignInForm, rx.State):
    @rx.event
    async def load(self):
        self.error, self.busy = "", False
        if not await call_service(auth_service.needs_first_admin):
            return rx.redirect(routes.LOGIN)


@page(route=routes.SETUP, title_key="auth.setup_title", access="public", on_load=SetupState.load)
def setup_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("auth.setup_title"), size="7", as_="h1"),
        rx.text(t("auth.setup_intro")),
        error_callout(SetupState.error),
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
                auto_complete="new-password",
                hint=t("auth.password_hint"),
                required=True,
            ),
            browser_zone_field(),
            *sign_in_fields(routes.DASHBOARD),
            submit=t("auth.register"),
            busy=SetupState.busy,
            secret=True,
            on_submit=[
                SetupState.begin,
                submit_sign_in(FORM_ID, auth_http.SETUP, SetupState.answer),
            ],
            id=FORM_ID,
        ),
        spacing="4",
        width="100%",
    )
