"""The placeholder values of one profile, for the AI prompts.

`compute_values` loads what the registry needs in a few compact queries (one
per log, each limited to the window the placeholders look at plus the log's
latest entry; one query for the all-time counts of every log) into the plain
dataclasses of `domain.placeholders`, and renders every placeholder to text.
Every query is scoped by the caller's profile.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.body.models import CaliperEntry, CircumferenceEntry, WeightEntry
from mitai_app.core import placeholders as ph
from mitai_app.core.formatting import zone as local_zone
from mitai_app.goals.models import (
    FocusAreaDefinition,
    Goal,
    GoalTypeDefinition,
    UserFocusAreaWeight,
)
from mitai_app.nutrition.models import NutritionEntry
from mitai_app.recovery.models import BloodPressureReading, RestDay, SleepEntry, VitalsBaseline
from mitai_app.training.models import Activity

# How far back each log is read; the longest window its placeholders use
# (the weight trend smooths over a year, the rest look back at most 90 days).
LONG_LOOKBACK_DAYS = 365
LOOKBACK_DAYS = 90

# The logs counted for the "…_count_total" placeholders, by table name.
_COUNTED = (
    WeightEntry,
    CircumferenceEntry,
    CaliperEntry,
    Activity,
    NutritionEntry,
    SleepEntry,
    VitalsBaseline,
    BloodPressureReading,
    RestDay,
)


def catalog() -> list[ph.PlaceholderInfo]:
    """Every registered placeholder's description, sorted by name."""
    return [ph.REGISTRY[name].info for name in sorted(ph.REGISTRY)]


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _num(value: object) -> float | None:
    """Numeric columns come back as Decimal on PostgreSQL."""
    return None if value is None else float(value)


def _recent(session: Session, model, columns, profile_id: uuid.UUID, since: date):
    """``columns`` of the profile's rows in ``model`` dated from ``since`` on,
    plus its newest row however old (for the "latest" placeholders), oldest first."""
    newest = (
        sa.select(sa.func.max(model.date)).where(model.profile_id == profile_id).scalar_subquery()
    )
    query = (
        sa.select(*columns)
        .where(model.profile_id == profile_id, sa.or_(model.date >= since, model.date == newest))
        .order_by(model.date)
    )
    return session.execute(query).all()


def _totals(session: Session, profile_id: uuid.UUID) -> dict[str, int]:
    """All-time entry counts of every log, in one query."""
    query = sa.union_all(
        *(
            sa.select(sa.literal(model.__tablename__).label("log"), sa.func.count()).where(
                model.profile_id == profile_id
            )
            for model in _COUNTED
        )
    )
    return {log: count for log, count in session.execute(query).all()}


def _profile(session: Session, profile_id: uuid.UUID) -> ph.ProfileFacts:
    row = session.execute(
        sa.select(
            Profile.display_name,
            Profile.sex,
            Profile.date_of_birth,
            Profile.height_cm,
            Profile.language,
            Profile.timezone,
        ).where(Profile.id == profile_id)
    ).first()
    if row is None:
        return ph.ProfileFacts()
    name, sex, born, height, language, timezone = row
    return ph.ProfileFacts(name, sex, born, _num(height), language, timezone)


def _weights(session: Session, profile_id: uuid.UUID, today: date) -> list[tuple[date, float]]:
    rows = _recent(
        session,
        WeightEntry,
        (WeightEntry.date, WeightEntry.weight),
        profile_id,
        today - timedelta(days=LONG_LOOKBACK_DAYS),
    )
    return [(d, float(w)) for d, w in rows]


def _circumferences(session, profile_id, today) -> list[ph.Circumference]:
    e = CircumferenceEntry
    columns = (e.date, e.c_neck, e.c_chest, e.c_waist, e.c_hips, e.c_thigh, e.c_calf)
    rows = _recent(
        session,
        e,
        (*columns, e.c_biceps, e.c_forearm),
        profile_id,
        today - timedelta(days=LONG_LOOKBACK_DAYS),
    )
    return [ph.Circumference(row[0], *(_num(v) for v in row[1:])) for row in rows]


def _calipers(session, profile_id, today) -> list[ph.Caliper]:
    e = CaliperEntry
    rows = _recent(
        session,
        e,
        (e.date, e.body_fat_pct, e.formula),
        profile_id,
        today - timedelta(days=LONG_LOOKBACK_DAYS),
    )
    return [ph.Caliper(d, _num(pct), formula) for d, pct, formula in rows]


def _activities(session, profile_id, today) -> list[ph.Activity]:
    e = Activity
    rows = _recent(
        session,
        e,
        (e.date, e.duration_minutes, e.kcal, e.training_category, e.avg_hr, e.distance_km),
        profile_id,
        today - timedelta(days=LOOKBACK_DAYS),
    )
    return [
        ph.Activity(d, _num(minutes), _num(kcal), category, _num(hr), _num(km))
        for d, minutes, kcal, category, hr, km in rows
    ]


def _nutrition(session, profile_id, today) -> list[ph.Nutrition]:
    e = NutritionEntry
    rows = _recent(
        session,
        e,
        (e.date, e.kcal, e.protein_g, e.carbs_g, e.fat_g, e.fiber_g, e.water_l),
        profile_id,
        today - timedelta(days=LOOKBACK_DAYS),
    )
    return [ph.Nutrition(row[0], *(_num(v) for v in row[1:])) for row in rows]


def _segment(segments: object, phase: str) -> float | None:
    return _num(segments.get(phase)) if isinstance(segments, dict) else None


def _sleep(session, profile_id, today) -> list[ph.Sleep]:
    e = SleepEntry
    rows = _recent(
        session,
        e,
        (e.date, e.total_duration_minutes, e.quality_score, e.sleep_segments),
        profile_id,
        today - timedelta(days=LOOKBACK_DAYS),
    )
    return [
        ph.Sleep(
            d, _num(minutes), _num(quality), _segment(segments, "deep"), _segment(segments, "rem")
        )
        for d, minutes, quality, segments in rows
    ]


def _vitals(session, profile_id, today) -> list[ph.Vitals]:
    e = VitalsBaseline
    rows = _recent(
        session,
        e,
        (e.date, e.resting_hr, e.hrv, e.vo2_max, e.spo2, e.respiratory_rate),
        profile_id,
        today - timedelta(days=LOOKBACK_DAYS),
    )
    return [ph.Vitals(row[0], *(_num(v) for v in row[1:])) for row in rows]


def _blood_pressure(session, profile_id, today, zone: ZoneInfo) -> list[ph.BloodPressure]:
    """Readings of the window and the newest one, each dated by the profile's
    local day (a reading at 23:30 in Berlin belongs to that evening)."""
    e = BloodPressureReading
    since = datetime.combine(today - timedelta(days=LOOKBACK_DAYS), time(), zone).astimezone(UTC)
    newest = (
        sa.select(sa.func.max(e.measured_at)).where(e.profile_id == profile_id).scalar_subquery()
    )
    rows = session.execute(
        sa.select(e.measured_at, e.systolic, e.diastolic, e.pulse)
        .where(e.profile_id == profile_id, sa.or_(e.measured_at >= since, e.measured_at == newest))
        .order_by(e.measured_at)
    ).all()
    return [
        ph.BloodPressure(_local_day(measured, zone), float(systolic), float(diastolic), _num(pulse))
        for measured, systolic, diastolic, pulse in rows
    ]


def _local_day(moment: datetime, zone: ZoneInfo) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def _rest_days(session, profile_id, today) -> list[date]:
    rows = _recent(
        session, RestDay, (RestDay.date,), profile_id, today - timedelta(days=LOOKBACK_DAYS)
    )
    return sorted({d for (d,) in rows})


def _goals(session: Session, profile_id: uuid.UUID) -> list[ph.Goal]:
    g, kind = Goal, GoalTypeDefinition
    rows = session.execute(
        sa.select(
            g.title,
            g.goal_type,
            g.target_value,
            kind.display_name,
            kind.display_name_en,
            kind.unit,
            g.start_value,
            g.current_value,
            g.target_date,
            g.is_primary,
            g.priority,
        )
        .outerjoin(kind, kind.type_key == g.goal_type)
        .where(g.profile_id == profile_id, g.status == "active")
    ).all()
    return [
        ph.Goal(
            title=title,
            goal_type=goal_type,
            target_value=float(target),
            type_name_de=name_de or "",
            type_name_en=name_en or name_de or "",
            unit=unit or "",
            start_value=_num(start),
            current_value=_num(current),
            target_date=target_date,
            is_primary=bool(primary),
            priority=priority or 0,
        )
        for (
            title,
            goal_type,
            target,
            name_de,
            name_en,
            unit,
            start,
            current,
            target_date,
            primary,
            priority,
        ) in rows
    ]


def _focus_areas(session: Session, profile_id: uuid.UUID) -> list[ph.FocusArea]:
    w, area = UserFocusAreaWeight, FocusAreaDefinition
    rows = session.execute(
        sa.select(area.name, area.name_en, w.weight)
        .join(area, area.id == w.focus_area_id)
        .where(
            w.profile_id == profile_id, w.weight > 0, sa.func.coalesce(area.is_active, sa.true())
        )
    ).all()
    return [ph.FocusArea(name, name_en or name, float(weight)) for name, name_en, weight in rows]


def load_profile_data(
    *, session: Session, profile_id: uuid.UUID | str, today: date | None = None
) -> tuple[ph.ProfileData, date]:
    """The profile's data as the registry reads it, and the ``today`` used
    (the profile's local date unless given)."""
    owner = _as_uuid(profile_id)
    facts = _profile(session, owner)
    zone = local_zone(facts.timezone)
    today = today or datetime.now(zone).date()
    data = ph.ProfileData(
        profile=facts,
        weights=_weights(session, owner, today),
        circumferences=_circumferences(session, owner, today),
        calipers=_calipers(session, owner, today),
        activities=_activities(session, owner, today),
        nutrition=_nutrition(session, owner, today),
        sleep=_sleep(session, owner, today),
        vitals=_vitals(session, owner, today),
        blood_pressure=_blood_pressure(session, owner, today, zone),
        rest_days=_rest_days(session, owner, today),
        goals=_goals(session, owner),
        focus_areas=_focus_areas(session, owner),
        totals=_totals(session, owner),
    )
    return data, today


def compute_values(
    *, session: Session, profile_id: uuid.UUID | str, lang: str, today: date | None = None
) -> dict[str, str]:
    """Every registered placeholder of the profile as the text a prompt shows
    ("keine Daten"/"no data" where the profile lacks the data)."""
    data, today = load_profile_data(session=session, profile_id=profile_id, today=today)
    return {
        name: ph.format_value(placeholder.compute(data, today), placeholder.info.unit, lang)
        for name, placeholder in ph.REGISTRY.items()
    }
