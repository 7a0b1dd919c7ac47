"""Pickers the training pages share: the training types grouped by
category (Categorise, Admin → Training) and a select of exercises
(strength page, Training page)."""

from __future__ import annotations

import reflex as rx

from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.data import TRAINING_CATEGORIES, TRAINING_TYPES
from mitai_app.ui.session import in_language, t


def type_options(*, uncategorised: bool) -> list[rx.Component]:
    """Every type grouped by category; "Uncategorised" (leave it) first when asked."""
    first = [rx.el.option(t(f"training.type.{UNCATEGORISED}"), value=UNCATEGORISED)]
    return [
        *(first if uncategorised else []),
        *[
            rx.el.optgroup(
                *[
                    rx.el.option(t(f"training.type.{kind.key}"), value=kind.key)
                    for kind in TRAINING_TYPES
                    if kind.category == category.key
                ],
                label=t(f"training.category.{category.key}"),
            )
            for category in TRAINING_CATEGORIES
        ],
    ]


def exercise_select(label: rx.Var, name: str, exercises: rx.Var, **props) -> rx.Component:
    """A labelled native select of exercises (rows with id, name_de, name_en)."""
    return rx.vstack(
        rx.el.label(label, html_for=f"field-{name}", style={"font_weight": "500"}),
        rx.el.select(
            rx.foreach(exercises, lambda e: rx.el.option(in_language(e, "name"), value=e["id"])),
            id=f"field-{name}",
            name=name,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
            **props,
        ),
        spacing="1",
        width="100%",
    )
