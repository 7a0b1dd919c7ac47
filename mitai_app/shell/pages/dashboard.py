"""The dashboard: every registered module's dashboard card, in registry
order, or the empty state while none of them has anything to show."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.core.modules import contributions
from mitai_app.ui.layout import page
from mitai_app.ui.session import AuthState, t


def _empty_note() -> rx.Component:
    return rx.card(
        rx.hstack(
            rx.icon("layout-dashboard", size=28, aria_hidden="true", color=rx.color("accent", 11)),
            rx.text(t("empty.dashboard")),
            spacing="3",
            align="center",
        ),
        class_name="mj-dashboard-empty",
        width="100%",
    )


@page(route=routes.DASHBOARD, title_key="nav.dashboard")
def dashboard_page() -> rx.Component:
    return rx.vstack(
        rx.text(AuthState.display_name, size="2", color_scheme="gray"),
        rx.heading(t("nav.dashboard"), size="7", as_="h1"),
        # A card with nothing to show renders only hidden elements, so the
        # empty note shows exactly while every card is empty, without the
        # shell knowing what the cards hold.
        rx.vstack(
            *[card() for _, card in contributions("dashboard")],
            spacing="3",
            width="100%",
            style={"&:has(> :not([hidden])) + .mj-dashboard-empty": {"display": "none"}},
        ),
        _empty_note(),
        spacing="4",
        width="100%",
    )
