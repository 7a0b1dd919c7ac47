"""The doctor's blood-pressure report: the profile's readings of a chosen
period, read here and laid out as a PDF by recovery.report_layout."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import today_in, zone
from mitai_app.core.logs import check_profile_day
from mitai_app.core.records import as_uuid
from mitai_app.recovery.bloodpressure import Reading, home_average
from mitai_app.recovery.consts import BP_CONTEXTS, REPORT_MAX_DAYS
from mitai_app.recovery.logs import DEFAULT_GUIDELINE
from mitai_app.recovery.models import BloodPressureReading
from mitai_app.recovery.report_layout import ReportData, ReportReading, report_pdf


def report_file_name(first: date, last: date) -> str:
    return f"blood-pressure-{first.isoformat()}-{last.isoformat()}.pdf"


def check_report_period(
    *, session: Session, profile_id: uuid.UUID | str, first: date, last: date, today=None
) -> None:
    """Refuses a period that ends before it starts, lies outside the
    profile's lifetime or the future, or spans more than REPORT_MAX_DAYS."""
    check_profile_day(session, profile_id, first, today=today, field="report_from")
    check_profile_day(session, profile_id, last, today=today, field="report_to")
    if last < first:
        raise UserError("recovery.error.report_order", field="report_to")
    if (last - first).days + 1 > REPORT_MAX_DAYS:
        raise UserError("recovery.error.report_too_long", field="report_to", days=REPORT_MAX_DAYS)


def blood_pressure_report(
    *, session: Session, profile_id: uuid.UUID | str, first: date, last: date, today=None
) -> ReportData:
    """The profile's readings from `first` to `last` (whole days in its
    time zone), oldest first, with the home series of the 7 days ending on
    the newest of them."""
    check_report_period(session=session, profile_id=profile_id, first=first, last=last, today=today)
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    where = zone(None if profile is None else profile.timezone)
    start = datetime.combine(first, time(), where).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), where).astimezone(UTC)
    e = BloodPressureReading
    rows = session.exec(
        select(
            e.measured_at,
            e.systolic,
            e.diastolic,
            e.pulse,
            e.context,
            e.irregular_heartbeat,
            e.afib_detected,
        )
        .where(
            e.profile_id == owner,
            col(e.measured_at) >= start,
            col(e.measured_at) < end,
        )
        .order_by(col(e.measured_at))
    ).all()
    readings = tuple(
        ReportReading(
            at=moment.astimezone(where).replace(tzinfo=None),
            systolic=int(systolic),
            diastolic=int(diastolic),
            pulse=None if pulse is None else int(pulse),
            context=context or BP_CONTEXTS[0],
            irregular=bool(irregular),
            afib=bool(afib),
        )
        for moment, systolic, diastolic, pulse, context, irregular, afib in rows
    )
    series = [Reading(r.at, r.systolic, r.diastolic, r.afib) for r in readings]
    name = "" if profile is None else (profile.display_name or profile.email or "")
    return ReportData(
        name=name,
        born=None if profile is None else profile.date_of_birth,
        first=first,
        last=last,
        readings=readings,
        home=home_average(series, series[-1].at.date()) if series else None,
        guideline=DEFAULT_GUIDELINE if profile is None else profile.bp_guideline,
        made_on=today or today_in(None if profile is None else profile.timezone),
    )


def blood_pressure_report_pdf(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    first: date,
    last: date,
    lang: str,
    today=None,
) -> bytes:
    """The report of `first` to `last` in `lang`, as PDF bytes."""
    data = blood_pressure_report(
        session=session, profile_id=profile_id, first=first, last=last, today=today
    )
    return report_pdf(data, lang)
