"""The frame of a Capture card: a titled card, open or collapsible (a phone
shows the first, quick entry and the others folded), and the messages under
a form (saved, or refused as a whole)."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.forms import error_callout, success_callout
from mitai_app.ui.session import t


def capture_card(title_key: str, *children: rx.Component, collapsed: bool = False) -> rx.Component:
    if not collapsed:
        return rx.card(
            rx.vstack(
                rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="4", width="100%"
            ),
            width="100%",
        )
    return rx.card(
        rx.el.details(
            rx.el.summary(
                rx.heading(t(title_key), size="4", as_="h2", display="inline"), cursor="pointer"
            ),
            rx.box(*children, padding_top="1rem"),
        ),
        width="100%",
    )


def saved_and_refused(done: rx.Var, error_field: rx.Var, error: rx.Var) -> rx.Component:
    """What was saved (role=status), or a refusal not tied to one field (role=alert)."""
    return rx.fragment(
        success_callout(done),
        rx.cond(error_field == "", error_callout(error), rx.fragment()),
    )
