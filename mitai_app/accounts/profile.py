"""The user's own profile: name, sex, birthday, height, language, units,
time zone and how long a sign-in lasts.

The form shows height in the user's unit system (cm or in, one decimal);
the database keeps centimetres. Invalid input raises `UserError` naming
the field, so the page can point at it and keep what the user typed.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from mitai_app.accounts.models import (
    DISPLAY_NAME_MAX,
    LANGUAGES,
    SEXES,
    UNIT_SYSTEMS,
    Profile,
    ProfileChange,
)
from mitai_app.accounts.service import log_activity, timezones
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.formatting import format_date, format_number, today_in
from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.records import as_uuid
from mitai_app.core.units import from_input, round_half_up, to_display, unit_label

AGE_MIN, AGE_MAX = 5, 120
HEIGHT_MIN_CM, HEIGHT_MAX_CM = 50.0, 272.0
RESTING_HR_RANGE = (25, 120)  # profiles' check: well trained athletes to tachycardia
SESSION_DAYS_MIN, SESSION_DAYS_MAX = 1, 365


@dataclass(frozen=True)
class ProfileForm:
    """The profile as its form shows it: every value ready for an input."""

    display_name: str
    sex: str  # "", "male" or "female"
    date_of_birth: str  # ISO date or ""
    height: str  # in the user's unit system, one decimal, or ""
    resting_hr: str  # bpm or ""
    language: str
    unit_system: str
    timezone: str
    session_days: int
    email: str


# The picker's first group, before every zone: the zones most users here
# live in (the browser's own goes first of all).
COMMON_ZONES: tuple[str, ...] = (
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/London",
    "Europe/Paris",
    "Europe/Amsterdam",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)


def common_zones(browser_zone: str) -> list[str]:
    """The picker's short list: the browser's zone (when the server knows
    it), then COMMON_ZONES, each once."""
    first = [browser_zone] if browser_zone in timezones() else []
    return list(dict.fromkeys([*first, *COMMON_ZONES]))


def _load(session: Session, profile_id: uuid.UUID | str) -> Profile:
    profile = session.get(Profile, as_uuid(profile_id))
    if profile is None:
        raise UserError("error.profile.invalid", field="profile")
    return profile


def _form(profile: Profile) -> ProfileForm:
    height = (
        ""
        if profile.height_cm is None
        else f"{to_display(profile.height_cm, 'length', profile.unit_system):.1f}"
    )
    return ProfileForm(
        display_name=profile.display_name or "",
        sex=profile.sex or "",
        date_of_birth=profile.date_of_birth.isoformat() if profile.date_of_birth else "",
        height=height,
        resting_hr="" if profile.resting_hr is None else str(profile.resting_hr),
        language=profile.language,
        unit_system=profile.unit_system,
        timezone=profile.timezone,
        session_days=profile.session_days,
        email=profile.email or "",
    )


def get_profile(*, session: Session, profile_id: uuid.UUID | str) -> ProfileForm:
    return _form(_load(session, profile_id))


# --- parsing one field each ---------------------------------------------------


def _text(form: dict, key: str) -> str:
    value = form.get(key)
    return "" if value is None else str(value).strip()


def _display_name(raw: str) -> str | None:
    return checked_text(raw, field="display_name", limit=DISPLAY_NAME_MAX) or None


def _choice(field: str, raw: str, allowed: tuple[str, ...]) -> str:
    if raw not in allowed:
        raise UserError(f"error.profile.{field}_invalid", field=field)
    return raw


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _date_of_birth(raw: str, today: date) -> date | None:
    if not raw:
        return None
    try:
        born = date.fromisoformat(raw)
    except ValueError as error:
        raise UserError("error.profile.date_of_birth_invalid", field="date_of_birth") from error
    if born > today:
        raise UserError("error.profile.date_of_birth_future", field="date_of_birth")
    if not AGE_MIN <= _age(born, today) <= AGE_MAX:
        raise UserError("error.profile.date_of_birth_age", field="date_of_birth")
    return born


def _height_cm(raw: str, unit_system: str) -> float | None:
    """What the user typed, in their (possibly just chosen) units, as cm."""
    if not raw:
        return None
    try:
        value = float(raw.replace(",", ".").replace(" ", ""))
    except ValueError as error:
        raise UserError("error.profile.height_invalid", field="height") from error
    if not math.isfinite(value):
        raise UserError("error.profile.height_invalid", field="height")
    # The column holds one decimal of a centimetre.
    cm = round_half_up(from_input(value, "length", unit_system), 1)
    if not HEIGHT_MIN_CM <= cm <= HEIGHT_MAX_CM:
        raise UserError("error.profile.height_range", field="height")
    return cm


def _resting_hr(raw: str) -> int | None:
    """The resting heart rate as typed (whole bpm), or None when left empty."""
    if not raw:
        return None
    try:
        bpm = int(raw.strip())
    except ValueError as error:
        raise UserError("error.profile.resting_hr_range", field="resting_hr") from error
    if not RESTING_HR_RANGE[0] <= bpm <= RESTING_HR_RANGE[1]:
        raise UserError("error.profile.resting_hr_range", field="resting_hr")
    return bpm


def _timezone(raw: str) -> str:
    if raw not in timezones():
        raise UserError("error.profile.timezone_invalid", field="timezone")
    return raw


def _session_days(raw: str) -> int:
    try:
        days = int(raw)
    except ValueError as error:
        raise UserError("error.profile.session_days_invalid", field="session_days") from error
    if not SESSION_DAYS_MIN <= days <= SESSION_DAYS_MAX:
        raise UserError("error.profile.session_days_range", field="session_days")
    return days


# The fields whose history is kept, and how a stored value is read back.
HISTORY_FIELDS = {
    "display_name": str,
    "sex": str,
    "date_of_birth": date.fromisoformat,
    "height_cm": float,
    "resting_hr": int,
    "language": str,
    "unit_system": str,
    "timezone": str,
    "session_days": int,
}


def _stored(value):
    return value.isoformat() if isinstance(value, date) else value


def record_change(
    session: Session, *, profile_id: uuid.UUID, field: str, before, after, on: date
) -> None:
    """Keeps a change of `field` on the day `on` in the profile's history
    (not committed: it is stored with the change itself). Fields other
    modules keep for the profile, such as nutrition's activity level, are
    kept here too, so analyses read every value valid at a date alike."""
    session.add(
        ProfileChange(
            profile_id=profile_id,
            changed_on=on,
            field=field,
            before=_stored(before),
            after=_stored(after),
        )
    )


def value_on(*, session: Session, profile_id: uuid.UUID | str, field: str, day: date, current):
    """The value of `field` at the end of `day`, given its `current` one:
    the value before the first change after `day`, else `current`."""
    first_later = session.exec(
        select(ProfileChange.before)
        .where(
            ProfileChange.profile_id == as_uuid(profile_id),
            ProfileChange.field == field,
            ProfileChange.changed_on > day,
        )
        .order_by(col(ProfileChange.changed_on), col(ProfileChange.created_at))
        .limit(1)
    ).first()
    return current if first_later is None else first_later


@dataclass(frozen=True)
class Change:
    day: date
    field: str  # a HISTORY_FIELDS key, or one another module keeps (e.g. "activity_level")
    before: object  # as stored: dates as ISO text
    after: object


HISTORY_SHOWN = 200  # the newest changes the profile page lists


def profile_changes(*, session: Session, profile_id: uuid.UUID | str) -> list[Change]:
    """The profile's history, newest first: the day and what changed."""
    rows = session.exec(
        select(
            ProfileChange.changed_on, ProfileChange.field, ProfileChange.before, ProfileChange.after
        )
        .where(ProfileChange.profile_id == as_uuid(profile_id))
        .order_by(col(ProfileChange.changed_on).desc(), col(ProfileChange.created_at).desc())
        .limit(HISTORY_SHOWN)
    ).all()
    return [Change(*row) for row in rows]


_VALUE_KEYS = {  # stored values the catalogue names
    "sex": {"male": "profile.male", "female": "profile.female"},
    "unit_system": {"metric": "profile.metric", "imperial": "profile.imperial"},
    "language": {"de": "profile.history.de", "en": "profile.history.en"},
}


def change_words(change: Change, lang: str, unit_system: str) -> dict[str, str]:
    """A change in `lang`: its day, the field's name and the values before
    and after ("—" for none), the height in the reader's unit. A field
    another module keeps is named by its catalogue keys
    `profile.history.field.<field>` and `profile.history.value.<field>.<value>`."""

    def value(stored) -> str:
        if stored is None or stored == "":
            return "—"
        if change.field == "date_of_birth":
            return format_date(date.fromisoformat(stored), lang)
        if change.field == "height_cm":
            shown = round_half_up(to_display(float(stored), "length", unit_system), 1)
            return f"{format_number(shown, lang, decimals=1)} {unit_label('length', unit_system)}"
        key = _VALUE_KEYS.get(change.field, {}).get(str(stored)) or (
            f"profile.history.value.{change.field}.{stored}"
        )
        return translate(key, lang) if key in CATALOG else str(stored)

    field_key = f"profile.history.field.{change.field}"
    return {
        "day": format_date(change.day, lang),
        "field": translate(field_key, lang) if field_key in CATALOG else change.field,
        "before": value(change.before),
        "after": value(change.after),
    }


def profile_on(*, session: Session, profile_id: uuid.UUID | str, day: date) -> dict:
    """The profile's fields (HISTORY_FIELDS) as they were at the end of
    `day`: today's values with every later change undone, newest first."""
    profile = _load(session, profile_id)
    values = {key: getattr(profile, key) for key in HISTORY_FIELDS}
    later = session.exec(
        select(ProfileChange)
        .where(ProfileChange.profile_id == profile.id, ProfileChange.changed_on > day)
        .order_by(col(ProfileChange.changed_on).desc(), col(ProfileChange.created_at).desc())
    ).all()
    for change in later:
        if change.field in HISTORY_FIELDS:
            before = change.before
            values[change.field] = None if before is None else HISTORY_FIELDS[change.field](before)
    return values


def update_profile(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    form: dict,
    today: date | None = None,
) -> ProfileForm:
    """Checks every field, then saves them all or none.

    Keys missing from `form` keep their stored value. `today` is the date in
    the (new) time zone unless a test gives one; each changed field is kept
    in the profile's history on that day (`profile_on`). A new session lifetime
    applies to sign-ins from now on; running sessions keep their expiry.
    """
    profile = _load(session, profile_id)

    def given(key: str) -> bool:
        return key in form

    values: dict = {}
    if given("display_name"):
        values["display_name"] = _display_name(_text(form, "display_name"))
    if given("sex"):
        values["sex"] = _choice("sex", _text(form, "sex"), ("", *SEXES)) or None
    language = (
        _choice("language", _text(form, "language"), LANGUAGES) if given("language") else None
    )
    unit_system = (
        _choice("unit_system", _text(form, "unit_system"), UNIT_SYSTEMS)
        if given("unit_system")
        else profile.unit_system
    )
    timezone = _timezone(_text(form, "timezone")) if given("timezone") else profile.timezone
    if given("date_of_birth"):
        today = today or today_in(timezone)
        values["date_of_birth"] = _date_of_birth(_text(form, "date_of_birth"), today)
    if given("height"):
        values["height_cm"] = _height_cm(_text(form, "height"), unit_system)
    if given("resting_hr"):
        values["resting_hr"] = _resting_hr(_text(form, "resting_hr"))
    if given("session_days"):
        values["session_days"] = _session_days(_text(form, "session_days"))
    if language is not None:
        values["language"] = language
    values["unit_system"] = unit_system
    values["timezone"] = timezone

    changed = sorted(key for key, value in values.items() if getattr(profile, key) != value)
    on = today or today_in(timezone)
    for key in changed:
        record_change(
            session,
            profile_id=profile.id,
            field=key,
            before=getattr(profile, key),
            after=values[key],
            on=on,
        )
    for key, value in values.items():
        setattr(profile, key, value)
    if changed:
        log_activity(session, profile.id, "profile_updated", fields=changed)
    session.add(profile)
    session.commit()
    return _form(profile)
