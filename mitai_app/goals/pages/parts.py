"""Pieces the goals pages share: a form control with its error under it,
a focus area's percent input (the Goals page's focus weights and a goal's
contributions; onboarding's focus step), and a week's goal as the Goals
page and the dashboard card both show it."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.forms import field_error, invalid_attrs
from mitai_app.ui.session import in_language


def checked(name: str, component: rx.Component, error_field: rx.Var, error: rx.Var):
    """`component` with `error` under it while `error_field` names `name`."""
    return rx.vstack(component, field_error(name, error_field, error), spacing="1", width="100%")


def area_input(row: rx.Var, prefix: str, error_field: rx.Var, error: rx.Var) -> rx.Component:
    """An area's percent (named `prefix` + its key) under its category's
    heading, with `error` under it while `error_field` names it."""
    name = prefix + row["key"]
    input_id = "area-" + name
    return rx.fragment(
        rx.cond(
            in_language(row, "head") != "",
            rx.heading(in_language(row, "head"), size="3", as_="h3", margin_top="0.5rem"),
            rx.fragment(),
        ),
        rx.hstack(
            rx.el.label(in_language(row, "name"), html_for=input_id, style={"flex": "1"}),
            rx.input(
                id=input_id,
                name=name,
                default_value=row["weight"],
                input_mode="decimal",
                size="3",
                width="5.5rem",
                custom_attrs=invalid_attrs(name, error_field),
            ),
            rx.text("%", size="2"),
            align="center",
            spacing="2",
            width="100%",
        ),
        field_error(name, error_field, error),
    )


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
