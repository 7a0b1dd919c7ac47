"""The profile's AI placeholders (name, age, sex, height, language, time
zone, today's date) and its part of the placeholder loader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from mitai_app.accounts.models import Profile
from mitai_app.core import placeholders as ph
from mitai_app.core.text import Text

MODULE = "accounts"


@dataclass(frozen=True)
class ProfileFacts:
    display_name: str | None = None
    sex: str | None = None  # "male", "female" or None
    date_of_birth: date | None = None
    height_cm: float | None = None
    language: str | None = None
    timezone: str | None = None


def facts(data: ph.ProfileData) -> ProfileFacts:
    """The profile's facts in ``data`` (empty when it has none): what other
    domains' placeholders (BMI, body fat category) read."""
    return data.parts.get(MODULE) or ProfileFacts()


def age(born: date, today: date) -> int:
    """Completed years of life on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def profile_age(data: ph.ProfileData, today: date) -> int | None:
    born = facts(data).date_of_birth
    return None if born is None or born > today else age(born, today)


def _load(scope: ph.Scope) -> ProfileFacts:
    row = scope.session.execute(
        sa.select(
            Profile.display_name,
            Profile.sex,
            Profile.date_of_birth,
            Profile.height_cm,
            Profile.language,
            Profile.timezone,
        ).where(Profile.id == scope.profile_id)
    ).first()
    if row is None:
        return ProfileFacts()
    name, sex, born, height, language, timezone = row
    return ProfileFacts(name, sex, born, ph.num(height), language, timezone)


ph.add_loader(MODULE, _load)

_SEX_NAMES = {"male": Text(de="männlich", en="male"), "female": Text(de="weiblich", en="female")}
_LANGUAGE_NAMES = {
    "de": Text(de="Deutsch", en="German"),
    "en": Text(de="Englisch", en="English"),
}

ph.add(
    "profile_name",
    "",
    "latest",
    "Anzeigename",
    "Display name",
    lambda d, t: facts(d).display_name or None,
)
ph.add("profile_age", "years", "latest", "Alter in Jahren", "Age in years", profile_age)
ph.add(
    "profile_sex",
    "",
    "latest",
    "Geschlecht",
    "Sex",
    lambda d, t: _SEX_NAMES.get(facts(d).sex or ""),
)
ph.add("profile_height", "cm", "latest", "Körpergröße", "Height", lambda d, t: facts(d).height_cm)
ph.add(
    "profile_language",
    "",
    "latest",
    "Sprache des Profils",
    "The profile's language",
    lambda d, t: _LANGUAGE_NAMES.get(facts(d).language or ""),
)
ph.add(
    "profile_timezone",
    "",
    "latest",
    "Zeitzone (IANA)",
    "Time zone (IANA)",
    lambda d, t: facts(d).timezone or None,
)
ph.add("today", "", "latest", "Heutiges Datum des Nutzers", "The user's date today", lambda d, t: t)
