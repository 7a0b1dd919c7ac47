"""The empty state: a heading and a card saying what will appear."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.session import t


def empty_state(title_key: str, text_key: str, icon: str) -> rx.Component:
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
