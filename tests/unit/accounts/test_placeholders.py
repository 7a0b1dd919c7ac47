"""The profile's placeholders: name, age on the day, sex and language in
words, height, time zone."""

from __future__ import annotations

from datetime import date

from mitai_app.accounts.placeholders import ProfileFacts
from mitai_app.core.placeholders import REGISTRY, ProfileData
from mitai_app.core.text import Text

TODAY = date(2026, 3, 29)


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


def test_profile_values():
    data = ProfileData(
        parts={
            "accounts": ProfileFacts(
                display_name="Anna",
                sex="female",
                date_of_birth=date(1990, 3, 30),
                height_cm=168.0,
                language="de",
                timezone="Europe/Berlin",
            )
        }
    )
    assert value("profile_name", data) == "Anna"
    assert value("profile_age", data) == 35  # the birthday is tomorrow
    assert value("profile_age", data, date(2026, 3, 30)) == 36
    assert value("profile_sex", data) == Text(de="weiblich", en="female")
    assert value("profile_height", data) == 168.0
    assert value("profile_language", data) == Text(de="Deutsch", en="German")
    assert value("profile_timezone", data) == "Europe/Berlin"
    assert value("today", data) == TODAY


def test_a_birthday_after_today_gives_no_age():
    data = ProfileData(parts={"accounts": ProfileFacts(date_of_birth=date(2027, 1, 1))})
    assert value("profile_age", data) is None
