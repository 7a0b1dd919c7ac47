"""Recovery's dashboard cards: today's readiness (or that it is still
learning), last night with its sleep score, and the newest blood-pressure
reading with its category and guideline, each with the way to its page.
The night and the reading show nothing until there is a value."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import in_both, today_in
from mitai_app.recovery.consts import SLEEP, VITALS
from mitai_app.recovery.service import latest_blood_pressure, readiness_on
from mitai_app.recovery.sleep import sleep_nights
from mitai_app.recovery.views import night_words, readiness_words, reading_facts, reading_words
from mitai_app.ui.charts import category_badge
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class RecoveryCardState(rx.State):
    latest: dict[str, str] = {}
    night: dict[str, str] = {}
    readiness: dict[str, str] = {}

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        ready = await call_service(
            readiness_on, profile_id=me.user.id, day=today_in(me.user.timezone)
        )
        self.readiness = in_both(lambda lang: readiness_words(ready, lang))
        nights = await call_service(sleep_nights, profile_id=me.user.id, limit=1)
        self.night = in_both(lambda lang: night_words(nights[0], lang)) if nights else {}
        row = await call_service(latest_blood_pressure, profile_id=me.user.id)
        self.latest = (
            {}
            if row is None
            else {**reading_facts(row), **in_both(lambda lang: reading_words(row, lang))}
        )
        return None


def _card(shown: rx.Var, title_key: str, value: rx.Var, *lines, link_key: str, href: str):
    """A card with its title, the value large, further lines and a link; nothing while empty."""
    return rx.cond(
        shown.length() > 0,
        rx.card(
            rx.vstack(
                rx.text(t(title_key), size="2", color_scheme="gray"),
                rx.text(value, size="5", weight="bold"),
                *lines,
                rx.link(t(link_key), href=href),
                spacing="1",
            ),
            width="100%",
        ),
        rx.fragment(),
    )


def recovery_dashboard_card() -> rx.Component:
    """Named in the recovery manifest (`dashboard=`); loads itself when shown."""
    row, night = RecoveryCardState.latest, RecoveryCardState.night
    ready = RecoveryCardState.readiness
    return rx.fragment(
        _card(
            ready,
            "recovery.readiness.title",
            in_language(ready, "headline"),
            link_key="recovery.to_vitals",
            href=VITALS,
        ),
        _card(
            night,
            "recovery.sleep.last_night",
            in_language(night, "score"),
            rx.text(in_language(night, "date"), " · ", in_language(night, "span"), size="2"),
            link_key="recovery.to_sleep",
            href=SLEEP,
        ),
        _card(
            row,
            "recovery.bp.latest",
            in_language(row, "value"),
            rx.text(in_language(row, "when"), size="2"),
            category_badge(row),
            link_key="recovery.to_vitals",
            href=VITALS,
        ),
        rx.el.div(hidden=True, on_mount=RecoveryCardState.load),
    )
