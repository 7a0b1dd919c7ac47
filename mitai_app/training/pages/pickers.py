"""Pickers the training pages share: the training types grouped by
category (Categorise, Admin → Training) and a select of exercises
(strength page, Training page)."""

from __future__ import annotations

from collections.abc import Iterable

import reflex as rx

from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.type_catalogue import TypeLook
from mitai_app.ui.session import in_language, t


def type_groups(types: Iterable[TypeLook]) -> dict[str, list[dict[str, str]]]:
    """The types as a picker's state holds them, by category key: key,
    name_de, name_en, color, icon."""
    groups: dict[str, list[dict[str, str]]] = {c.key: [] for c in TRAINING_CATEGORIES}
    for kind in types:
        groups.setdefault(kind.category, []).append(
            {
                "key": kind.key,
                "name_de": kind.name.de,
                "name_en": kind.name.en,
                "color": kind.color,
                "icon": kind.icon,
            }
        )
    return groups


def type_options(groups: rx.Var, *, uncategorised: bool) -> list[rx.Component]:
    """Every type grouped by category (`groups` as `type_groups` makes
    them); "Uncategorised" (leave it) first when asked."""
    first = [rx.el.option(t(f"training.type.{UNCATEGORISED}"), value=UNCATEGORISED)]
    return [
        *(first if uncategorised else []),
        *[
            rx.el.optgroup(
                rx.foreach(
                    groups[category.key],
                    lambda kind: rx.el.option(in_language(kind, "name"), value=kind["key"]),
                ),
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
