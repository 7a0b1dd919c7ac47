"""The doctor's report on SQLite and PostgreSQL: the period is whole days in
the user's time zone, another profile's readings never appear, and a period
that is not one is refused at its field."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from pypdf import PdfReader

from mitai_app.core.errors import UserError
from mitai_app.recovery.report import blood_pressure_report, blood_pressure_report_pdf
from mitai_app.recovery.service import add_blood_pressure, set_bp_guideline
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _add(session, owner, day, at, sys, dia, **kwargs):
    kwargs.setdefault("context", "morning")
    add_blood_pressure(
        session=session,
        profile_id=owner,
        day=day,
        at=at,
        systolic=sys,
        diastolic=dia,
        today=TODAY,
        **kwargs,
    )


def test_the_report_holds_the_periods_own_readings_only(session):
    owner = new_profile(
        session,
        timezone="Europe/Berlin",
        display_name="Erika Mustermann",
        date_of_birth=date(1961, 8, 12),
    )
    other = new_profile(session, timezone="Europe/Berlin")
    _add(session, owner, date(2026, 3, 9), time(23, 30), 121, 79)  # the day before
    _add(session, owner, date(2026, 3, 10), time(0, 15), 122, 78, pulse=58)
    _add(session, owner, date(2026, 3, 12), time(20, 0), 141, 88, context="evening", afib=True)
    _add(session, owner, date(2026, 3, 13), time(0, 5), 123, 77)  # the day after
    _add(session, other, date(2026, 3, 11), time(7, 0), 177, 107)
    report = blood_pressure_report(
        session=session,
        profile_id=owner,
        first=date(2026, 3, 10),
        last=date(2026, 3, 12),
        today=TODAY,
    )
    assert (report.name, report.born) == ("Erika Mustermann", date(1961, 8, 12))
    assert [(f"{r.at:%d %H:%M}", r.systolic, r.pulse, r.afib) for r in report.readings] == [
        ("10 00:15", 122, 58, False),
        ("12 20:00", 141, None, True),
    ]
    assert report.home is not None and report.home.last_day == date(2026, 3, 12)

    text = "".join(
        page.extract_text()
        for page in PdfReader(
            io.BytesIO(
                blood_pressure_report_pdf(
                    session=session,
                    profile_id=owner,
                    first=date(2026, 3, 10),
                    last=date(2026, 3, 12),
                    lang="en",
                    today=TODAY,
                )
            )
        ).pages
    )
    assert "122/78" in text and "141/88" in text
    assert report.guideline == "esh" and "ESH 2023" in text
    assert "177/107" not in text and "121/79" not in text and "123/77" not in text
    # The other profile's own report holds only its reading.
    theirs = blood_pressure_report(
        session=session, profile_id=other, first=date(2026, 3, 1), last=TODAY, today=TODAY
    )
    assert [r.systolic for r in theirs.readings] == [177]


@pytest.mark.parametrize(
    ("first", "last", "field", "code"),
    [
        (date(2026, 3, 12), date(2026, 3, 10), "report_to", "recovery.error.report_order"),
        (date(2026, 3, 1), date(2026, 3, 30), "report_to", "log.error.date_future"),
        (date(2023, 1, 1), TODAY, "report_to", "recovery.error.report_too_long"),
        (date(1960, 1, 1), date(1960, 2, 1), "report_from", "log.error.date_before_birth"),
    ],
)
def test_a_period_that_is_not_one_is_refused_at_its_field(session, first, last, field, code):
    owner = new_profile(session, date_of_birth=date(1961, 8, 12))
    with pytest.raises(UserError) as refused:
        blood_pressure_report(
            session=session, profile_id=owner, first=first, last=last, today=TODAY
        )
    assert (refused.value.field, refused.value.code) == (field, code)


def test_the_report_classifies_by_the_profiles_guideline(session):
    owner = new_profile(session)
    _add(session, owner, TODAY, time(7, 0), 135, 82)
    set_bp_guideline(session=session, profile_id=owner, guideline="acc_aha")
    report = blood_pressure_report(
        session=session, profile_id=owner, first=TODAY, last=TODAY, today=TODAY
    )
    assert report.guideline == "acc_aha"
    pdf = blood_pressure_report_pdf(
        session=session, profile_id=owner, first=TODAY, last=TODAY, lang="en", today=TODAY
    )
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "ACC/AHA 2017" in text and "Stage 1 hypertension" in text
