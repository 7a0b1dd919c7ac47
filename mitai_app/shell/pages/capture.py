"""Capture: every registered module's Capture card, in registry order (the
body module's quick weight entry comes first: two taps on a phone).

Each card loads itself when it mounts and checks the session there (a
signed-out visitor goes to the login page): the page has no on_load
handler, so opening it costs no events beyond Reflex's own and the cards'."""

from __future__ import annotations

import reflex as rx

from mitai_app.core import routes
from mitai_app.core.modules import contributions
from mitai_app.ui.layout import page
from mitai_app.ui.session import t


@page(route=routes.CAPTURE, title_key="nav.capture", checks_session=True)
def capture_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.capture"), size="7", as_="h1"),
        *[card() for _, card in contributions("capture")],
        spacing="4",
        width="100%",
        max_width="40rem",
    )
