"""The training phases the user confirmed, published by the module that
keeps them (its manifest's `confirmed_phases`: goals). Body's and
training's charts shade them; goals reads both, so neither imports goals
for this, and the dependency stays one way (like core.weight_goal)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.core.modules import contributions
from mitai_app.core.text import Text


@dataclass(frozen=True)
class PhaseBand:
    start: str  # ISO dates, held to the chart's days
    end: str
    phase: str  # goals' phase type: what colour shades it
    name: Text  # the phase and its days, e.g. "Calorie deficit (cut) 3 Mar – 30 Apr"


def confirmed_phases(
    *, session: Session, profile_id: uuid.UUID | str, first: date, last: date
) -> list[PhaseBand]:
    """The confirmed phases overlapping `first`…`last`, oldest first; none
    without a module that keeps phases."""
    for _, read in contributions("confirmed_phases"):
        return read(session=session, profile_id=profile_id, first=first, last=last)
    return []
