"""The frame of a Capture card: a titled card, open or collapsible (a phone
shows the first, quick entry and the others folded), the form of a log
(kept in the browser while offline, see ui.offline), and the messages under
a form (saved, kept until the connection is back, or refused as a whole)."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.logs import LogSpec
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


def capture_form(spec: LogSpec, *children: rx.Component, prefix: str = "", **props) -> rx.Component:
    """A form that saves an entry of `spec` (its fields named as the spec's,
    date and notes as `prefix` + "date" / "notes"). Submitted while offline,
    assets/offline.js keeps it in the browser and sends it later."""
    return rx.form(*children, custom_attrs=kept_offline(spec.id, prefix), **props)


def kept_offline(log_id: str, prefix: str = "") -> dict[str, str]:
    """The `custom_attrs` of a form assets/offline.js keeps in the browser
    while offline, as an entry of `log_id`: a registered log's, or one its
    module sends itself (`core.offline.Sender`, e.g. a Sleep night)."""
    return {"data-mj-log": log_id, "data-mj-prefix": prefix}


def kept_status() -> rx.Component:
    """ "Kept on this device …" under a form kept offline (filled in by
    assets/offline.js, in these words)."""
    return rx.el.p(
        role="status", class_name="mj-kept", custom_attrs={"data-text": t("offline.kept")}
    )


def saved_and_refused(done: rx.Var, error_field: rx.Var, error: rx.Var) -> rx.Component:
    """What was saved (role=status), kept offline (filled in by
    assets/offline.js, in these words), or a refusal not tied to one field
    (role=alert)."""
    return rx.fragment(
        success_callout(done),
        kept_status(),
        rx.cond(error_field == "", error_callout(error), rx.fragment()),
    )
