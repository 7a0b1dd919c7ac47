"""The body module's dashboard card: the newest weight with its weekly rate
and 7-day average, the newest body fat with its category, and the way to the
Body page. Shows nothing until there is a value."""

from __future__ import annotations

import reflex as rx

from mitai_app.body.consts import BODY
from mitai_app.body.overview import body_overview, derived_facts, derived_words, weight_words
from mitai_app.core.formatting import in_both, today_in
from mitai_app.ui.charts import category_badge
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login

BODY_FAT_KEYS = ("body_fat", "navy")  # from skinfolds first, else the Navy estimate


class BodyCardState(rx.State):
    summary: dict[str, str] = {}  # latest, rate, average in both languages
    body_fat: dict[str, str] = {}

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        overview = await call_service(
            body_overview, profile_id=me.user.id, range_key="4w", today=today_in(me.user.timezone)
        )
        self.summary = in_both(lambda lang: weight_words(overview, lang))
        fat = [item for item in overview.derived if item.key in BODY_FAT_KEYS]
        self.body_fat = (
            {**derived_facts(fat[0]), **in_both(lambda lang: derived_words(fat[0], lang))}
            if fat
            else {}
        )
        return None


def _stat(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(rx.text(t(title_key), size="2", color_scheme="gray"), *children, spacing="1"),
        width="100%",
    )


def _words(key: str) -> rx.Var:
    return in_language(BodyCardState.summary, key)


def body_dashboard_card() -> rx.Component:
    """Named in the body manifest (`dashboard=`); loads itself when shown."""
    has_weight = BodyCardState.summary["latest_en"] != ""
    has_body_fat = BodyCardState.body_fat.length() > 0
    return rx.fragment(
        rx.cond(
            has_weight | has_body_fat,
            rx.vstack(
                rx.grid(
                    rx.cond(
                        has_weight,
                        _stat(
                            "body.weight",
                            rx.text(_words("latest"), size="5", weight="bold"),
                            rx.cond(_words("rate") != "", rx.text(_words("rate")), rx.fragment()),
                            rx.cond(
                                _words("average") != "",
                                rx.text(t("body.chart.average"), ": ", _words("average"), size="2"),
                                rx.fragment(),
                            ),
                        ),
                        rx.fragment(),
                    ),
                    rx.cond(
                        has_body_fat,
                        _stat(
                            "body.latest_body_fat",
                            rx.text(
                                in_language(BodyCardState.body_fat, "value"),
                                size="5",
                                weight="bold",
                            ),
                            rx.text(
                                in_language(BodyCardState.body_fat, "name"),
                                size="2",
                                color_scheme="gray",
                            ),
                            category_badge(BodyCardState.body_fat),
                        ),
                        rx.fragment(),
                    ),
                    columns={"initial": "1", "sm": "2"},
                    gap="3",
                    width="100%",
                ),
                rx.link(t("body.to_body"), href=BODY),
                spacing="3",
                width="100%",
            ),
            rx.fragment(),
        ),
        rx.el.div(hidden=True, on_mount=BodyCardState.load),
    )
