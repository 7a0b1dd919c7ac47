"""The Goals page's "where your effort goes": by focus category, the
user's focus weights beside the active goals' contributions and what the
last 4 weeks of training worked (training's abilities profile). Loaded in
its own event, so the goals list does not wait for the training figures."""

from __future__ import annotations

import reflex as rx

from mitai_app.core.formatting import format_number, today_in
from mitai_app.goals.focus import effort
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class EffortState(rx.State):
    rows: list[dict[str, str]] = []
    trained: bool = False  # training with rated types in the last 4 weeks

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        found = await call_service(effort, profile_id=me.user.id, today=today_in(me.user.timezone))

        def percent(value: float | None, lang: str) -> str:
            return "–" if value is None else format_number(value, lang, decimals=0) + " %"

        self.trained = any(c.training is not None for c in found)
        self.rows = [
            {
                "name_de": c.name.de,
                "name_en": c.name.en,
                **{
                    f"{part}_{lang}": percent(getattr(c, part), lang)
                    for part in ("focus", "goals", "training")
                    for lang in ("de", "en")
                },
            }
            for c in found
        ]
        return None


def _row(row: rx.Var) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(in_language(row, "name")),
        *[rx.table.cell(in_language(row, part)) for part in ("focus", "goals", "training")],
    )


def effort_section() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("goals.effort.heading"), size="4", as_="h2"),
            rx.text(t("goals.effort.hint"), size="2", color_scheme="gray"),
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        *[
                            rx.table.column_header_cell(t(f"goals.effort.{part}"))
                            for part in ("area", "focus", "goals", "training")
                        ]
                    )
                ),
                rx.table.body(rx.foreach(EffortState.rows, _row)),
                size="1",
                width="100%",
            ),
            rx.cond(
                EffortState.trained,
                rx.fragment(),
                rx.text(t("goals.effort.no_training"), size="2", color_scheme="gray"),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        id="effort",
        on_mount=EffortState.load,
    )
