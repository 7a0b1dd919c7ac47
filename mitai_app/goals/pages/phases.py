"""The Goals page's training phases: the suggestion the detection made,
with its confidence and evidence, to confirm, correct or reject, and the
confirmed phases. Opening the section queues a detection run for the user
(goals.tasks), whose finding shows the next time the page opens."""

from __future__ import annotations

import asyncio

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import in_both
from mitai_app.core.i18n import translate
from mitai_app.goals.detection import (
    ACCEPTED,
    PHASES,
    SUGGESTED,
    phase_words,
    phases_overview,
    review_phase,
)
from mitai_app.goals.tasks import enqueue_detection
from mitai_app.ui.forms import select_field
from mitai_app.ui.session import call_service, in_language, signed_in, t, to_login


class PhasesState(rx.State):
    phases: list[dict[str, str]] = []
    _ids: list[str] = []

    async def _show(self, me) -> None:
        views = await call_service(phases_overview, profile_id=me.user.id)
        self._ids = [v.id for v in views]
        self.phases = [
            {
                "ref": str(index),
                "status_key": v.status,
                **in_both(lambda lang, view=v: phase_words(view, lang)),
            }
            for index, v in enumerate(views)
        ]

    @rx.event
    async def load(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        await self._show(me)
        await asyncio.to_thread(enqueue_detection, me.user.id)
        return None

    def _id(self, ref: str) -> str:
        index = int(ref) if str(ref).isdigit() else -1
        return self._ids[index] if 0 <= index < len(self._ids) else ""

    async def _answer(self, ref: str, answer: str, phase: str = ""):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            view = await call_service(
                review_phase,
                profile_id=me.user.id,
                phase_id=self._id(ref),
                answer=answer,
                phase=phase,
            )
        except UserError as error:
            await self._show(me)
            return rx.toast.error(user_message(error, me.lang))
        await self._show(me)
        done = "goals.phase.confirmed" if view.status == ACCEPTED else "goals.phase.rejected"
        return rx.toast.success(translate(done, me.lang))

    @rx.event
    async def confirm(self, ref: str):
        return await self._answer(ref, "confirm")

    @rx.event
    async def reject(self, ref: str):
        return await self._answer(ref, "reject")

    @rx.event
    async def correct(self, values: dict):
        return await self._answer(
            str(values.get("ref", "")), "correct", str(values.get("phase", ""))
        )


P = PhasesState


def _review(row: rx.Var) -> rx.Component:
    """A suggestion's answers: confirm, reject, or correct to another phase."""
    return rx.vstack(
        rx.hstack(
            rx.button(t("goals.phase.confirm"), on_click=P.confirm(row["ref"]), size="3"),
            rx.button(
                t("goals.phase.reject"),
                on_click=P.reject(row["ref"]),
                variant="soft",
                color_scheme="gray",
                high_contrast=True,
                size="3",
            ),
            wrap="wrap",
            spacing="2",
        ),
        rx.form(
            rx.el.input(type="hidden", name="ref", value=row["ref"]),
            rx.hstack(
                rx.box(
                    select_field(
                        t("goals.phase.correct_to"),
                        "phase",
                        [(key, t(f"goals.phase.{key}")) for key in PHASES],
                    ),
                    flex="1",
                    min_width="12rem",
                ),
                rx.button(
                    t("goals.phase.correct"),
                    type="submit",
                    variant="soft",
                    high_contrast=True,
                    size="3",
                ),
                align="end",
                spacing="2",
                wrap="wrap",
                width="100%",
            ),
            on_submit=P.correct,
            width="100%",
        ),
        spacing="2",
        width="100%",
    )


def _phase(row: rx.Var) -> rx.Component:
    return rx.box(
        rx.vstack(
            rx.hstack(
                rx.heading(in_language(row, "name"), size="3", as_="h3"),
                rx.badge(
                    in_language(row, "status"),
                    color_scheme=rx.cond(row["status_key"] == SUGGESTED, "amber", "green"),
                    high_contrast=True,
                ),
                wrap="wrap",
                align="center",
                spacing="2",
            ),
            rx.text(in_language(row, "days"), " · ", in_language(row, "confidence"), size="2"),
            rx.text(in_language(row, "evidence"), size="2", color_scheme="gray"),
            rx.cond(row["status_key"] == SUGGESTED, _review(row), rx.fragment()),
            spacing="2",
            width="100%",
        ),
        class_name="phase",
        width="100%",
        padding_y="0.5rem",
    )


def phases_section() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t("goals.phase.heading"), size="4", as_="h2"),
            rx.text(t("goals.phase.hint"), size="2", color_scheme="gray"),
            rx.cond(
                P.phases.length() > 0,
                rx.vstack(rx.foreach(P.phases, _phase), spacing="2", width="100%"),
                rx.text(t("goals.phase.none"), size="2", color_scheme="gray"),
            ),
            spacing="2",
            width="100%",
        ),
        width="100%",
        id="phases",
        on_mount=P.load,
    )
