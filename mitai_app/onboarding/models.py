"""Where a profile stands in the first-run flow: the step it shows next,
the steps saved and skipped, and whether it was finished or dismissed (then
it never leads there again). A profile without a row has not begun; the
migration that made the table gave every profile then existing a finished
one, so only accounts made since are led through it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import created_at, document, json_field, updated_at, with_default
from mitai_app.core.text import Text
from mitai_app.onboarding.consts import STEPS


class OnboardingState(SQLModel, table=True):
    __tablename__ = "onboarding_states"
    __table_args__ = (sa.CheckConstraint(f"step BETWEEN 1 AND {len(STEPS)}", name="step"),)

    profile_id: uuid.UUID = Field(primary_key=True, foreign_key="profiles.id", ondelete="CASCADE")
    step: int = with_default(1, nullable=False)
    done_steps: list[Any] | None = json_field()
    skipped_steps: list[Any] | None = json_field()
    finished_at: datetime | None = None
    dismissed_at: datetime | None = None
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


document(
    OnboardingState,
    step=Text(
        de="Der Schritt, bei dem die Einrichtung weitergeht (1–6)",
        en="The step the first-run flow resumes at (1–6)",
    ),
    done_steps=Text(
        de="Gespeicherte Schritte: " + ", ".join(STEPS),
        en="Steps saved: " + ", ".join(STEPS),
    ),
    skipped_steps=Text(de="Übersprungene Schritte", en="Steps skipped"),
    finished_at=Text(
        de="Wann die Einrichtung abgeschlossen wurde", en="When the flow was finished"
    ),
    dismissed_at=Text(
        de="Wann die Einrichtung abgebrochen wurde (sie erscheint nicht wieder)",
        en="When the flow was dismissed (it is not offered again)",
    ),
)
