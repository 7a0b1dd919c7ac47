"""The dashboard: the newest weight with its weekly rate and 7-day average,
the newest body fat with its category, and the way to the Body page."""

from __future__ import annotations

import reflex as rx

from mitai_app.body.overview import body_overview
from mitai_app.body.pages.body import category_badge, derived_rows, weight_summary
from mitai_app.core import routes
from mitai_app.core.formatting import today_in
from mitai_app.ui.empty import empty_state
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, call_service, require_user, t

BODY_FAT_KEYS = ("body_fat", "navy")  # caliper first, else the Navy estimate


class DashboardState(rx.State):
    loaded: bool = False
    latest: str = ""
    rate: str = ""
    average: str = ""
    body_fat: dict[str, str] = {}

    @rx.event
    async def load(self):
        user = await require_user(self)
        if user is None:
            return rx.redirect(routes.LOGIN)
        lang = (await self.get_state(AuthState)).lang or user.language
        overview = await call_service(
            body_overview, profile_id=user.id, range_key="4w", today=today_in(user.timezone)
        )
        summary = weight_summary(overview, lang)
        self.latest, self.rate, self.average = (
            summary["latest"],
            summary["rate"],
            summary["average"],
        )
        fat = [row for row in derived_rows(overview, lang) if row["key"] in BODY_FAT_KEYS]
        self.body_fat = fat[0] if fat else {}
        self.loaded = True
        return None


def _stat(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(rx.text(t(title_key), size="2", color_scheme="gray"), *children, spacing="1"),
        width="100%",
    )


def _overview() -> rx.Component:
    return rx.vstack(
        rx.grid(
            rx.cond(
                DashboardState.latest != "",
                _stat(
                    "body.weight",
                    rx.text(DashboardState.latest, size="5", weight="bold"),
                    rx.cond(DashboardState.rate != "", rx.text(DashboardState.rate), rx.fragment()),
                    rx.cond(
                        DashboardState.average != "",
                        rx.text(t("body.chart.average"), ": ", DashboardState.average, size="2"),
                        rx.fragment(),
                    ),
                ),
                rx.fragment(),
            ),
            rx.cond(
                DashboardState.body_fat.length() > 0,
                _stat(
                    "body.latest_body_fat",
                    rx.text(DashboardState.body_fat["value"], size="5", weight="bold"),
                    rx.text(DashboardState.body_fat["name"], size="2", color_scheme="gray"),
                    category_badge(DashboardState.body_fat),
                ),
                rx.fragment(),
            ),
            columns={"initial": "1", "sm": "2"},
            gap="3",
            width="100%",
        ),
        rx.link(t("body.to_body"), href=routes.BODY),
        spacing="3",
        width="100%",
    )


@page(route=routes.DASHBOARD, title="Dashboard", on_load=DashboardState.load)
def dashboard_page() -> rx.Component:
    return rx.vstack(
        rx.text(AuthState.display_name, size="2", color_scheme="gray"),
        rx.cond(
            (DashboardState.latest != "") | (DashboardState.body_fat.length() > 0),
            rx.vstack(
                rx.heading(t("nav.dashboard"), size="7", as_="h1"),
                _overview(),
                spacing="4",
                width="100%",
            ),
            empty_state("nav.dashboard", "empty.dashboard", "layout-dashboard"),
        ),
        width="100%",
    )
