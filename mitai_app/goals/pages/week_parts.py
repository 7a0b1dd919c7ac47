"""A week's goal as the Goals page and the dashboard card both show it:
its name, "2 of 3" and a progress bar."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.session import in_language


def week_goal(row: rx.Var) -> rx.Component:
    """`row` has `percent` and `name`/`done` in both languages."""
    return rx.vstack(
        rx.hstack(
            rx.text(in_language(row, "name"), size="2", weight="medium"),
            rx.text(in_language(row, "done"), size="2"),
            justify="between",
            width="100%",
            wrap="wrap",
        ),
        rx.progress(value=row["percent"].to(int), max=100, aria_label=in_language(row, "name")),
        spacing="1",
        width="100%",
        class_name="week-goal",
    )
