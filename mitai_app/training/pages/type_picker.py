"""The training-type picker's options, grouped by category: shared by the
Categorise page and the training admin page."""

from __future__ import annotations

import reflex as rx

from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.data import TRAINING_CATEGORIES, TRAINING_TYPES
from mitai_app.ui.session import t


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
