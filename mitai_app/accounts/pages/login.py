"""Sign in. Hashing runs in a worker thread inside a background event."""

from __future__ import annotations

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.accounts.consts import FORGOT
from mitai_app.core import routes
from mitai_app.ui.forms import error_callout, field, form
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, sign_in_from_form, t


class LoginState(rx.State):
    error: str = ""
    busy: bool = False
    needs_admin: bool = False

    @rx.event
    async def load(self):
        self.error = ""
        self.needs_admin = await call_service(auth_service.needs_first_admin)

    @rx.event(background=True)
    async def submit(self, form: dict):
        return await sign_in_from_form(self, auth_service.login, form)


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
            submit=t("auth.sign_in"),
            busy=LoginState.busy,
            on_submit=LoginState.submit,
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
