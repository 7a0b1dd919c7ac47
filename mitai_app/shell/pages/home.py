"""The public front page: what the product is, that it is alive, and the
way in (or, on a fresh install, the way to its first administrator).
What it offers is listed from the registry: each module with pages that
describes itself (its manifest's `summary`), nothing still to come."""

from __future__ import annotations

import asyncio

import reflex as rx

from mitai_app.accounts import service as auth_service
from mitai_app.core import db, routes, system
from mitai_app.core.modules import summaries
from mitai_app.ui.layout import APP_NAME, page
from mitai_app.ui.session import AuthState, call_service, t


class HomeState(rx.State):
    version: str = ""
    database: str = ""
    loaded: bool = False
    needs_admin: bool = False

    @rx.event
    async def load(self):
        report = await asyncio.to_thread(system.health_report, engine=db.engine())
        self.version = report.version
        self.database = report.database
        self.loaded = True
        if report.ok:
            self.needs_admin = await call_service(auth_service.needs_first_admin)
            await (await self.get_state(AuthState)).current_user()


@page(route=routes.HOME, access="public", on_load=HomeState.load)
def home() -> rx.Component:
    return rx.vstack(
        rx.heading(APP_NAME, size="8", as_="h1"),
        rx.text(t("app.tagline"), size="4"),
        rx.vstack(
            rx.heading(t("app.features"), size="4", as_="h2"),
            rx.el.ul(
                *[rx.el.li(t(key)) for key in summaries()],
                style={"padding_inline_start": "1.25rem", "margin": "0"},
            ),
            spacing="2",
        ),
        rx.cond(
            HomeState.needs_admin,
            rx.callout(
                rx.link(t("auth.setup_title"), href=routes.SETUP), icon="shield", width="100%"
            ),
            rx.fragment(),
        ),
        rx.cond(
            AuthState.signed_in,
            rx.link(rx.button(t("nav.dashboard"), size="3"), href=routes.DASHBOARD),
            rx.hstack(
                rx.link(rx.button(t("auth.sign_in"), size="3"), href=routes.LOGIN),
                rx.link(
                    rx.button(t("auth.register"), size="3", variant="outline"),
                    href=routes.REGISTER,
                ),
                spacing="3",
                wrap="wrap",
            ),
        ),
        rx.cond(
            HomeState.loaded,
            rx.text(
                t("status.version"),
                " ",
                HomeState.version,
                " · ",
                t("status.database"),
                " ",
                HomeState.database,
                id="status",
                size="2",
                color_scheme=rx.cond(HomeState.database == "ok", "green", "red"),
            ),
            rx.text(t("status.checking"), id="status", size="2"),
        ),
        spacing="5",
        padding_top="1rem",
    )
