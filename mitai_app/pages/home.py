"""The placeholder home page: what the product is, and that it is alive."""

from __future__ import annotations

import reflex as rx

from mitai_app import db, routes
from mitai_app.components.layout import APP_NAME, page
from mitai_app.services import system


class HomeState(rx.State):
    version: str = ""
    database: str = ""
    loaded: bool = False

    @rx.event
    def load(self):
        report = system.health_report(engine=db.engine())
        self.version = report.version
        self.database = report.database
        self.loaded = True


@page(route=routes.HOME, title=APP_NAME, on_load=HomeState.load)
def home() -> rx.Component:
    return rx.vstack(
        rx.heading(APP_NAME, size="8", as_="h1"),
        rx.text(
            "Track weight, body composition, training, nutrition, sleep and vitals "
            "on your own server, and get analyses that cite your own numbers.",
            size="4",
        ),
        rx.cond(
            HomeState.loaded,
            rx.text(
                "Version ",
                HomeState.version,
                " · database ",
                HomeState.database,
                id="status",
                color_scheme=rx.cond(HomeState.database == "ok", "green", "red"),
            ),
            rx.text("Checking the server…", id="status"),
        ),
        spacing="4",
        padding_top="2rem",
    )
