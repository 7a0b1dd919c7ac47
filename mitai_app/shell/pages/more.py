"""The "More" page: the links that do not fit the tab bar, preferences, sign-out."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.ui.layout import MORE_LINKS, admin_link, nav_link, page, preferences, sign_out_button
from mitai_app.ui.session import t


@page(route=routes.MORE, title_key="nav.more")
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
