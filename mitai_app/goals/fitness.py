"""Fitness tests: the catalogue, a result stored with the norm category of
the profile's sex and age on the test day, each test's history with the
norm bands, and a Cooper result carried into the morning vitals as VO2max
with its source named.

Functions take the session and the owning profile explicitly, see only the
profile's own results and return frozen dataclasses; refused input raises
UserError at its field before anything is written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from mitai_app.accounts.models import SEXES, Profile
from mitai_app.body.formulas import age_on
from mitai_app.core import logs
from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import format_date, format_number
from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid
from mitai_app.core.text import Text
from mitai_app.goals.consts import FITNESS_FEATURE, NOTES_MAX
from mitai_app.goals.data import FITNESS_TESTS, NORM_CATEGORIES, FitnessTestDef
from mitai_app.goals.models import FitnessTest
from mitai_app.goals.norms import COOPER, Band, bands, cooper_vo2max, norm_category, parse_result
from mitai_app.recovery.consts import HRV_MEASURES, VO2MAX_RANGE
from mitai_app.recovery.logs import VITALS

# The vitals row's source when a Cooper test set its VO2max.
COOPER_SOURCE = "cooper_test"
HISTORY_ROWS = 200  # a test's results shown, newest first


@dataclass(frozen=True)
class FitnessInfo:
    key: str
    name: Text
    unit: str
    input: str  # how a result is typed: "time" (m:ss), "count", "number", "decimal"
    better: str  # "higher" or "lower"
    protocol: Text
    source: str


@dataclass(frozen=True)
class FitnessResult:
    id: str
    test: str
    day: date
    value: float
    unit: str
    category: str | None  # the norm category when it was stored; None: no norms apply
    category_name: Text | None


@dataclass(frozen=True)
class Recorded:
    result: FitnessResult
    vo2max: float | None  # set in the vitals of the test day (Cooper only)


@dataclass(frozen=True)
class FitnessHistory:
    test: FitnessInfo
    results: list[FitnessResult]  # newest first
    bands: list[Band]  # the norms of the profile's sex and age today; [] without them
    sex: str | None
    age: int | None


def _info(test: FitnessTestDef) -> FitnessInfo:
    return FitnessInfo(
        test.key, test.name, test.unit, test.input, test.better, test.protocol, test.source
    )


def catalogue() -> list[FitnessInfo]:
    """The standard tests in the catalogue's order."""
    return [_info(test) for test in FITNESS_TESTS.values()]


def _test(key: str) -> FitnessTestDef:
    test = FITNESS_TESTS.get(key)
    if test is None:
        raise UserError("goals.fitness.error.test", field="test")
    return test


def _person(session: Session, owner: uuid.UUID, day: date) -> tuple[str | None, int | None]:
    """The profile's sex and age on `day`, each None where not set."""
    profile = session.get(Profile, owner)
    sex = profile.sex if profile is not None and profile.sex in SEXES else None
    born = None if profile is None else profile.date_of_birth
    return sex, (None if born is None or born > day else age_on(born, day))


def _day(text: str | date, session: Session, owner: uuid.UUID, today: date) -> date:
    try:
        day = text if isinstance(text, date) else date.fromisoformat(str(text).strip())
    except ValueError as error:
        raise UserError("goals.error.date", field="date") from error
    logs.check_profile_day(session, owner, day, today=today)
    return day


def _result(row: FitnessTest) -> FitnessResult:
    category = row.norm_category
    return FitnessResult(
        id=str(row.id),
        test=row.test_type,
        day=row.test_date,
        value=float(row.result_value),
        unit=row.result_unit or "",
        category=category,
        category_name=NORM_CATEGORIES.get(category) if category else None,
    )


def _set_vo2max(session: Session, owner: uuid.UUID, day: date, vo2max: float) -> None:
    """VO2max into the vitals of `day`, keeping the day's other values;
    the row's source names the Cooper test. Not charged: the test is."""
    kept = logs.saved_on(VITALS, session=session, profile_id=owner, day=day)
    values = {name: [value] for name, value in (kept.values if kept else {}).items()}
    values["vo2_max"] = [vo2max]
    choices = {"hrv_measure": kept.details["hrv_measure"] if kept else HRV_MEASURES[0]}
    logs.add(
        VITALS,
        session=session,
        profile_id=owner,
        entry=logs.LogInput(
            day=day, values=values, choices=choices, notes=kept.notes if kept else ""
        ),
        source=COOPER_SOURCE,
        replace=True,
        today=day,
        charge=False,
    )


def record_test(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    test_key: str,
    day: str | date,
    result: str,
    notes: str = "",
    today: date,
) -> Recorded:
    """A result of `test_key` on `day`, stored with its norm category (None
    where the profile's sex or age is not set or the source has no norms
    for them). A Cooper distance also sets that day's VO2max in the vitals
    (Cooper 1968). Charges the `fitness_tests` feature."""
    owner = as_uuid(profile_id)
    test = _test(test_key)
    when = _day(day, session, owner, today)
    value = parse_result(test, result)
    note = checked_text(notes, field="notes", limit=NOTES_MAX)
    sex, age = _person(session, owner, when)
    consume(session=session, profile_id=owner, feature_id=FITNESS_FEATURE)
    row = FitnessTest(
        profile_id=owner,
        test_date=when,
        test_type=test.key,
        result_value=value,
        result_unit=test.unit,
        norm_category=norm_category(test, sex, age, value),
        notes=note or None,
    )
    session.add(row)
    vo2max = cooper_vo2max(value) if test.key == COOPER else None
    if vo2max is not None and not VO2MAX_RANGE[0] <= vo2max <= VO2MAX_RANGE[1]:
        vo2max = None  # a walk too short to estimate from
    if vo2max is not None:
        session.flush()
        _set_vo2max(session, owner, when, vo2max)  # commits the result with it
    else:
        session.commit()
    session.refresh(row)
    return Recorded(_result(row), vo2max)


def history_of(
    *, session: Session, profile_id: uuid.UUID | str, test_key: str, today: date
) -> FitnessHistory:
    """The profile's results of one test, newest first, and the norm bands
    of its sex and age today."""
    owner = as_uuid(profile_id)
    test = _test(test_key)
    rows = session.exec(
        select(FitnessTest)
        .where(FitnessTest.profile_id == owner, FitnessTest.test_type == test.key)
        .order_by(col(FitnessTest.test_date).desc(), col(FitnessTest.created_at).desc())
        .limit(HISTORY_ROWS)
    ).all()
    sex, age = _person(session, owner, today)
    return FitnessHistory(_info(test), [_result(r) for r in rows], bands(test, sex, age), sex, age)


# --- words -------------------------------------------------------------------------------


def value_text(test: FitnessInfo, value: float, lang: str) -> str:
    """A result as the user types it: m:ss for a time, whole counts, else one decimal."""
    if test.input == "time":
        minutes, seconds = divmod(round(value), 60)
        return f"{minutes}:{seconds:02d}"
    if test.input in ("count", "number"):
        return format_number(value, lang, decimals=0)
    return format_number(value, lang, decimals=1)


def result_words(test: FitnessInfo, result: FitnessResult, lang: str) -> dict[str, str]:
    """A stored result's date, value with unit and category in `lang`."""
    unit = "" if test.input == "time" else f" {test.unit}"
    return {
        "date": format_date(result.day, lang),
        "value": value_text(test, result.value, lang) + unit,
        "category": result.category_name.pick(lang)
        if result.category_name
        else translate("goals.fitness.no_norm", lang),
    }


def band_words(test: FitnessInfo, shown: list[Band], index: int, lang: str) -> dict[str, str]:
    """A band's category and its stretch of results ("from 2,301 m"): a
    bound belongs to the better band, the outer bands are open."""
    band = shown[index]
    unit = "" if test.input == "time" else f" {test.unit}"
    if test.better == "higher":
        key, edge = ("below", band.high) if index == 0 else ("from", band.low)
    else:
        key, edge = ("over", band.low) if index == len(shown) - 1 else ("up_to", band.high)
    stretch = translate(f"goals.fitness.{key}", lang, value=value_text(test, edge, lang))
    return {"name": NORM_CATEGORIES[band.category].pick(lang), "range": stretch + unit}


def norm_words(history: FitnessHistory, lang: str) -> str:
    """Whose norms the bands show, or why there are none."""
    if history.sex is None or history.age is None:
        return translate("goals.fitness.profile_needed", lang)
    if not history.bands:
        return translate("goals.fitness.no_norm_for_age", lang, age=history.age)
    return translate(f"goals.fitness.norms_{history.sex}", lang, age=history.age)
