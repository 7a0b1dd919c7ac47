"""Recovery's dashboard card: the newest blood-pressure reading with its
category and guideline, and the way to the Vitals page. Shows nothing until
there is a reading."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import in_both
from mitai_app.recovery.consts import VITALS
from mitai_app.recovery.service import latest_blood_pressure
from mitai_app.recovery.views import reading_facts, reading_words
from mitai_app.ui.charts import category_badge
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class RecoveryCardState(rx.State):
    latest: dict[str, str] = {}

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        row = await call_service(latest_blood_pressure, profile_id=me.user.id)
        self.latest = (
            {}
            if row is None
            else {**reading_facts(row), **in_both(lambda lang: reading_words(row, lang))}
        )
        return None


def recovery_dashboard_card() -> rx.Component:
    """Named in the recovery manifest (`dashboard=`); loads itself when shown."""
    row = RecoveryCardState.latest
    return rx.fragment(
        rx.cond(
            row.length() > 0,
            rx.card(
                rx.vstack(
                    rx.text(t("recovery.bp.latest"), size="2", color_scheme="gray"),
                    rx.text(in_language(row, "value"), size="5", weight="bold"),
                    rx.text(in_language(row, "when"), size="2"),
                    category_badge(row),
                    rx.link(t("recovery.to_vitals"), href=VITALS),
                    spacing="1",
                ),
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=RecoveryCardState.load),
    )
