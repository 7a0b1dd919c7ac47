"""The confirmation dialog every "are you sure?" uses, and the toast with
an "Undo" button that follows a delete."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.i18n import translate
from mitai_app.ui.session import t

UNDO_SECONDS = 10


def confirm_dialog(
    *,
    title: rx.Var | str,
    text: rx.Var | str,
    confirm: rx.Var | str,
    on_confirm,
    open: rx.Var,
    on_cancel=None,
    on_open_change=None,
    danger: bool = False,
) -> rx.Component:
    """Cancel and confirm buttons under a title and a text; `danger` paints
    the confirm button red (deleting)."""
    cancel_events = {} if on_cancel is None else {"on_click": on_cancel}
    open_events = {} if on_open_change is None else {"on_open_change": on_open_change}
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title(title),
            rx.alert_dialog.description(text, margin_bottom="1rem"),
            rx.flex(
                rx.alert_dialog.cancel(
                    rx.button(
                        t("common.cancel"),
                        variant="soft",
                        color_scheme="gray",
                        # Radix's soft grey text misses 4.5:1 on its tint (axe).
                        high_contrast=True,
                        size="3",
                        **cancel_events,
                    )
                ),
                rx.alert_dialog.action(
                    rx.button(
                        confirm,
                        size="3",
                        on_click=on_confirm,
                        **({"color_scheme": "red"} if danger else {}),
                    )
                ),
                gap="3",
                justify="end",
                wrap="wrap",
            ),
            max_width="28rem",
        ),
        open=open,
        **open_events,
    )


def undo_toast(message: str, lang: str, on_undo) -> rx.event.EventSpec:
    """Says what a delete removed, with an "Undo" button (`on_undo`) for
    UNDO_SECONDS. What undo puts back waits in a backend-only var of the
    state, so the browser cannot restore something else."""
    return rx.toast.success(
        message,
        duration=UNDO_SECONDS * 1000,
        action={"label": translate("log.undo", lang), "on_click": on_undo},
    )
