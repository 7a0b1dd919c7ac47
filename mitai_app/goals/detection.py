"""The training phase of a profile's last 12 weeks: the series read through
the body and training services and judged by `goals.phases`, kept as a
"suggested" phase the user confirms, corrects or rejects (the detection
runs on the task queue: goals.tasks).
TDEE is not passed yet (nutrition exposes only its adaptive TDEE, which is
computed from the same intake and weights and would agree by construction),
so the intake is not read either."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.core.errors import UserError
from mitai_app.core.formatting import format_date, format_number, format_signed
from mitai_app.core.i18n import translate
from mitai_app.core.phases import PhaseBand
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.text import Text
from mitai_app.goals.models import TrainingPhase
from mitai_app.goals.phases import (
    BULK,
    CUT,
    DELOAD,
    MAINTENANCE,
    RECOMPOSITION,
    Detection,
    Evidence,
    detect_phase,
)
from mitai_app.goals.sources import READERS
from mitai_app.goals.weeks import WEEK, week_start
from mitai_app.training.overview import counted_per_day

WEEKS = 12


def suggest_phase(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> Detection | None:
    """The phase the last 12 weeks show, or None with too little data.
    Training minutes count whole weeks up to the one before this week."""
    owner = as_uuid(profile_id)
    this_week = week_start(today)
    since = this_week - WEEK * WEEKS

    def body(kind: str):
        return READERS[kind](session, owner, since, today)  # the goals' own readers

    minutes: dict[date, float] = defaultdict(float)
    for day, done in counted_per_day(
        session=session, profile_id=owner, since=since, until=this_week - timedelta(days=1)
    ).items():
        minutes[week_start(day)] += done.sums.get("duration", 0.0)
    return detect_phase(
        weights=body("weight"),
        waist=body("waist"),
        body_fat=body("body_fat"),
        weekly_minutes=[minutes.get(since + WEEK * n, 0.0) for n in range(WEEKS)],
        today=today,
    )


# --- stored suggestions and the user's review ----------------------------------------------

SUGGESTED, ACCEPTED, REJECTED = "suggested", "accepted", "rejected"
PHASES = (CUT, BULK, MAINTENANCE, RECOMPOSITION, DELOAD)  # what a user may correct to
# A rejected phase is not suggested again while its window overlaps this many days.
REJECTED_FOR_DAYS = 28
SHOWN = 12  # phases on the Goals page, newest first


@dataclass(frozen=True)
class PhaseView:
    id: str
    phase: str  # PHASES
    status: str  # SUGGESTED, ACCEPTED
    start: date
    end: date | None  # None: still going
    confidence: int | None
    evidence: tuple[Evidence, ...]


def _as_view(row: TrainingPhase) -> PhaseView:
    return PhaseView(
        id=str(row.id),
        phase=row.phase_type,
        status=row.status or SUGGESTED,
        start=row.start_date,
        end=row.end_date,
        confidence=None if row.confidence is None else round(row.confidence),
        evidence=tuple(Evidence(e["key"], float(e["value"])) for e in row.evidence or ()),
    )


def _window(detection: Detection, today: date) -> tuple[date, date | None]:
    """The days a detection is about: a deload is last week; an energy
    phase the 28 days its rates are fitted to, still going."""
    if detection.phase == DELOAD:
        monday = week_start(today)
        return monday - WEEK, monday - timedelta(days=1)
    return today - timedelta(days=27), None


def store_suggestion(
    *, session: Session, profile_id: uuid.UUID | str, today: date
) -> PhaseView | None:
    """Runs the detection and keeps its finding as the profile's one
    "suggested" phase (updating an earlier suggestion), unless the user has
    already confirmed that phase for these days or rejected it in the last
    four weeks. Returns the suggestion, or None when there is none to make.
    Running it again on the same data changes nothing."""
    owner = as_uuid(profile_id)
    detection = suggest_phase(session=session, profile_id=owner, today=today)
    if detection is None:
        return None
    start, end = _window(detection, today)
    rows = session.exec(select(TrainingPhase).where(TrainingPhase.profile_id == owner)).all()

    def covers(row: TrainingPhase) -> bool:
        return row.phase_type == detection.phase and (row.end_date is None or row.end_date >= start)

    if any(covers(r) and r.status == ACCEPTED for r in rows):
        return None
    rejected_since = today - timedelta(days=REJECTED_FOR_DAYS)
    if any(
        r.status == REJECTED
        and r.phase_type == detection.phase
        and (r.end_date or today) >= rejected_since
        for r in rows
    ):
        return None
    row = next((r for r in rows if r.status == SUGGESTED), None) or TrainingPhase(
        profile_id=owner, phase_type=detection.phase, start_date=start, status=SUGGESTED
    )
    row.phase_type, row.start_date, row.end_date = detection.phase, start, end
    row.confidence = detection.confidence
    row.evidence = [{"key": e.key, "value": e.value} for e in detection.evidence]
    session.add(row)
    session.commit()
    return _as_view(row)


def phases_overview(*, session: Session, profile_id: uuid.UUID | str) -> list[PhaseView]:
    """The suggestion awaiting the user first, then the confirmed phases,
    newest first; rejected ones are not shown."""
    rows = session.exec(
        select(TrainingPhase)
        .where(
            TrainingPhase.profile_id == as_uuid(profile_id),
            col(TrainingPhase.status).in_((SUGGESTED, ACCEPTED)),
        )
        .order_by(col(TrainingPhase.start_date).desc())
        .limit(SHOWN)
    ).all()
    return sorted((_as_view(r) for r in rows), key=lambda v: v.status != SUGGESTED)


def review_phase(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    phase_id: str,
    answer: str,
    phase: str = "",
) -> PhaseView:
    """The user's answer to a suggested phase: "confirm" it, "correct" it to
    `phase` (then confirmed, and the detected phase counts as rejected), or
    "reject" it. A confirmed energy phase ends
    the confirmed one still going the day before it starts (a deload is
    about training and runs beside them)."""
    row = owned(session, TrainingPhase, profile_id, phase_id)
    if row.status != SUGGESTED:
        raise UserError("goals.phase.error.reviewed", field="phase")
    if answer == "reject":
        row.status = REJECTED
    elif answer in ("confirm", "correct"):
        if answer == "correct":
            if phase not in PHASES:
                raise UserError("goals.phase.error.type", field="phase")
            if phase != row.phase_type:  # the detected phase is kept as rejected: not asked again
                session.add(
                    TrainingPhase(
                        profile_id=row.profile_id,
                        phase_type=row.phase_type,
                        start_date=row.start_date,
                        end_date=row.end_date,
                        status=REJECTED,
                        confidence=row.confidence,
                        evidence=row.evidence,
                    )
                )
            row.phase_type = phase
        row.status = ACCEPTED
        if row.phase_type != DELOAD:
            for going in session.exec(
                select(TrainingPhase).where(
                    TrainingPhase.profile_id == row.profile_id,
                    TrainingPhase.status == ACCEPTED,
                    TrainingPhase.phase_type != DELOAD,
                    TrainingPhase.end_date.is_(None),
                    TrainingPhase.id != row.id,
                )
            ).all():
                going.end_date = max(going.start_date, row.start_date - timedelta(days=1))
                session.add(going)
    else:
        raise UserError("goals.phase.error.answer", field="phase")
    session.add(row)
    session.commit()
    return _as_view(row)


def confirmed_phases(
    *, session: Session, profile_id: uuid.UUID | str, first: date, last: date
) -> list[PhaseBand]:
    """The confirmed phases overlapping `first`…`last`, oldest first, held
    to those days: what the Body and Training charts shade (core.phases)."""
    rows = session.exec(
        select(TrainingPhase.start_date, TrainingPhase.end_date, TrainingPhase.phase_type)
        .where(
            TrainingPhase.profile_id == as_uuid(profile_id),
            TrainingPhase.status == ACCEPTED,
            TrainingPhase.start_date <= last,
            sa.or_(col(TrainingPhase.end_date).is_(None), col(TrainingPhase.end_date) >= first),
        )
        .order_by(col(TrainingPhase.start_date))
    ).all()
    bands = []
    for start, end, phase in rows:
        shown_start, shown_end = max(start, first), min(end or last, last)
        name = Text.composed(
            lambda lang, p=phase, a=shown_start, b=shown_end: translate(f"goals.phase.{p}", lang)
            + " "
            + translate(
                "goals.phase.between",
                lang,
                start=format_date(a, lang),
                end=format_date(b, lang),
            )
        )
        bands.append(PhaseBand(shown_start.isoformat(), shown_end.isoformat(), phase, name))
    return bands


# --- words -------------------------------------------------------------------------------


def phase_words(view: PhaseView, lang: str) -> dict[str, str]:
    """A phase in `lang`: its name, status, days, confidence and evidence
    (one line per finding)."""
    days = (
        translate("goals.phase.since", lang, date=format_date(view.start, lang))
        if view.end is None
        else translate(
            "goals.phase.between",
            lang,
            start=format_date(view.start, lang),
            end=format_date(view.end, lang),
        )
    )

    def finding(e: Evidence) -> str:
        value = (
            format_number(e.value * 100, lang, decimals=0)
            if e.key == "volume_drop"
            else format_signed(e.value, lang, decimals=0 if e.key == "intake_vs_tdee" else 2)
        )
        return translate(f"goals.phase.evidence.{e.key}", lang, value=value)

    return {
        "name": translate(f"goals.phase.{view.phase}", lang),
        "status": translate(f"goals.phase.status.{view.status}", lang),
        "days": days,
        "confidence": ""
        if view.confidence is None
        else translate("goals.phase.confidence", lang, value=view.confidence),
        "evidence": " · ".join(finding(e) for e in view.evidence),
    }
