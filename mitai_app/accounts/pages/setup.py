"""First run: a fresh install with no administrator offers to create one."""

from __future__ import annotations

from functools import partial

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.core import routes
from mitai_app.ui.forms import browser_zone_field, error_callout, field, form
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, sign_in_from_form, t


class SetupState(rx.State):
    error: str = ""
    busy: bool = False

    @rx.event
    async def load(self):
        self.error = ""
        if not await call_service(auth_service.needs_first_admin):
            return rx.redirect(routes.LOGIN)

    @rx.event(background=True)
    async def submit(self, form: dict):
        # The browser's time zone came with the form (browser_zone_field).
        zone = str(form.get("timezone", ""))
        create = partial(auth_service.create_first_admin, timezone=zone)
        return await sign_in_from_form(self, create, form, with_language=True)


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
            submit=t("auth.register"),
            busy=SetupState.busy,
            on_submit=SetupState.submit,
        ),
        spacing="4",
        width="100%",
    )
