"""The tab bar's destinations. Their modules fill them in later issues; until
then each says plainly what will appear there."""

from __future__ import annotations

import reflex as rx

from mitai_app import routes
from mitai_app.components.layout import (
    MORE_LINKS,
    admin_link,
    nav_link,
    page,
    preferences,
    sign_out_button,
)
from mitai_app.state.auth import AuthState, t


def _empty(title_key: str, text_key: str, icon: str) -> rx.Component:
    return rx.vstack(
        rx.heading(t(title_key), size="7", as_="h1"),
        rx.card(
            rx.hstack(
                rx.icon(icon, size=28, aria_hidden="true", color=rx.color("accent", 11)),
                rx.text(t(text_key)),
                spacing="3",
                align="center",
            ),
            width="100%",
        ),
        spacing="4",
        width="100%",
    )


@page(route=routes.DASHBOARD, title="Dashboard")
def dashboard_page() -> rx.Component:
    return rx.vstack(
        rx.text(AuthState.display_name, size="2", color_scheme="gray"),
        _empty("nav.dashboard", "empty.dashboard", "layout-dashboard"),
        width="100%",
    )


@page(route=routes.CAPTURE, title="Capture")
def capture_page() -> rx.Component:
    return _empty("nav.capture", "empty.capture", "circle-plus")


@page(route=routes.HISTORY, title="History")
def history_page() -> rx.Component:
    return _empty("nav.history", "empty.history", "history")


@page(route=routes.ANALYSIS, title="Analysis")
def analysis_page() -> rx.Component:
    return _empty("nav.analysis", "empty.analysis", "sparkles")


@page(route=routes.MORE, title="More")
def more_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.more"), size="7", as_="h1"),
        rx.el.nav(
            *[nav_link(route, key, icon, active=routes.MORE) for route, key, icon in MORE_LINKS],
            admin_link(active=routes.MORE),
            class_name="mj-list",
            aria_label=t("nav.more"),
        ),
        preferences(spacing="3"),
        sign_out_button(variant="outline"),
        spacing="5",
        width="100%",
    )
