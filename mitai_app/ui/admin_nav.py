"""The admin pages' own navigation, shown at the top of each of them."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.modules import nav_entries
from mitai_app.ui.session import t

ADMIN_LINKS = tuple((entry.route, entry.label_key) for entry in nav_entries("admin"))


def admin_nav(active: str) -> rx.Component:
    return rx.el.nav(
        *[
            rx.el.a(
                t(key),
                href=route,
                custom_attrs={"aria-current": "page"} if route == active else {},
            )
            for route, key in ADMIN_LINKS
        ],
        class_name="mj-subnav",
        aria_label=t("nav.admin"),
    )


def admin_page_body(active: str, title_key: str, *content: rx.Component) -> rx.Component:
    """An admin page: its heading, the admin navigation, then its content."""
    return rx.vstack(
        rx.heading(t(title_key), size="7", as_="h1"),
        admin_nav(active),
        *content,
        spacing="4",
        width="100%",
    )
