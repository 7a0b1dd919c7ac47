"""Pieces the goals pages share: a form control with its error under it,
and a week's goal as the Goals page and the dashboard card both show it."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.forms import field_error
from mitai_app.ui.session import in_language


def checked(name: str, component: rx.Component, error_field: rx.Var, error: rx.Var):
    """`component` with `error` under it while `error_field` names `name`."""
    return rx.vstack(component, field_error(name, error_field, error), spacing="1", width="100%")


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
