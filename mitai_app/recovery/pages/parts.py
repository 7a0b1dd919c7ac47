"""Pieces the recovery pages share: a titled section, a card holding an
entry form with its saved and refused messages, and the "Replace?" question
of a blood-pressure reading or a morning's vitals."""

from __future__ import annotations

import reflex as rx

from mitai_app.ui.capture_card import kept_offline, kept_status
from mitai_app.ui.forms import error_callout, form, success_callout
from mitai_app.ui.replace import ReplaceQuestion, replace_dialog
from mitai_app.ui.session import t


def section(title_key: str, *children: rx.Component, **props) -> rx.Component:
    """A card with its h2 title above `children`."""
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="3", width="100%"
        ),
        width="100%",
        **props,
    )


def entry_form(
    title_key: str,
    *fields: rx.Component,
    state: type[rx.State],
    submit_key: str,
    on_submit,
    kept_as: str = "",
) -> rx.Component:
    """`fields` above what was saved or refused (an error not tied to a
    field) and the submit button. `state` holds `done`, `error`,
    `error_field` and `form_key` (a new key re-mounts the form empty).
    Submitted offline, it is kept in the browser as an entry of log
    `kept_as` where one is named (see ui.capture_card.kept_offline)."""
    kept = {"custom_attrs": kept_offline(kept_as)} if kept_as else {}
    return section(
        title_key,
        form(
            *fields,
            success_callout(state.done),
            *([kept_status()] if kept_as else []),
            rx.cond(state.error_field == "", error_callout(state.error), rx.fragment()),
            submit=t(submit_key),
            busy=False,
            on_submit=on_submit,
            key=state.form_key,
            **kept,
        ),
    )


def row_props() -> dict:
    """A list row: a rule above it, a listitem to assistive technology."""
    return {
        "padding_y": "0.5rem",
        "border_top": f"1px solid {rx.color('gray', 5)}",
        "width": "100%",
        "role": "listitem",
    }


def listing(items: rx.Var, render, *, loaded: rx.Var, empty_key: str, **props) -> rx.Component:
    """`items` rendered as a list, or the empty state once loaded."""
    return rx.cond(
        items.length() > 0,
        rx.box(rx.foreach(items, render), role="list", width="100%", **props),
        rx.cond(loaded, rx.text(t(empty_key), color_scheme="gray"), rx.fragment()),
    )


def _icon_button(icon: str, label_key: str, on_click, **props) -> rx.Component:
    """An icon button named by its label, 44 px square: a thumb's target."""
    return rx.icon_button(
        rx.icon(icon, size=18, aria_hidden="true"),
        aria_label=t(label_key),
        title=t(label_key),
        variant="soft",
        width="44px",
        height="44px",
        on_click=on_click,
        **props,
    )


def delete_button(label_key: str, on_click) -> rx.Component:
    """A red bin."""
    return _icon_button("trash-2", label_key, on_click, color_scheme="red")


def edit_button(on_click) -> rx.Component:
    """A pencil: the row is edited in place."""
    return _icon_button("pencil", "log.edit", on_click, color_scheme="gray", high_contrast=True)


def reading_replace_dialog(state: type[ReplaceQuestion]) -> rx.Component:
    """The question of `state`, whose `replacing` is "bp" (a reading at a
    taken minute) or "vitals" (a second morning on a day)."""
    bp = state.replacing == "bp"
    return replace_dialog(
        state,
        title=rx.cond(bp, t("recovery.bp.replace_title"), t("recovery.vitals.replace_title")),
        text=rx.cond(bp, t("recovery.bp.replace_text"), t("recovery.vitals.replace_text")),
    )
