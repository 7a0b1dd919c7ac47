"""The profile form on SQLite and PostgreSQL: what is saved, what is shown
back, what is refused (and which field is blamed), and that only the
caller's own row changes, and the history of changes that gives a past
day's values. Also: opening and closing self-registration."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from mitai_app.accounts import service as auth
from mitai_app.accounts.models import UserActivityLog
from mitai_app.accounts.profile import (
    change_words,
    get_profile,
    profile_changes,
    profile_on,
    timezones,
    update_profile,
)
from mitai_app.core.errors import UserError
from mitai_app.core.models import AppSetting
from tests.factories import new_profile, stored_profile

TODAY = date(2026, 3, 29)
VALID = {
    "display_name": "Mira",
    "sex": "female",
    "date_of_birth": "1990-05-17",
    "height": "70",
    "language": "en",
    "unit_system": "imperial",
    "timezone": "Europe/Berlin",
    "session_days": "14",
}


def _update(session, profile_id, **changes):
    return update_profile(
        session=session, profile_id=profile_id, form={**VALID, **changes}, today=TODAY
    )


def _refused(session, profile_id, **changes) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        _update(session, profile_id, **changes)
    return raised.value.field, raised.value.code


def test_a_new_profile_shows_its_defaults(session):
    mine = new_profile(session, email="new@example.com")
    form = get_profile(session=session, profile_id=mine)
    assert form.display_name == form.sex == form.date_of_birth == form.height == ""
    assert (form.language, form.unit_system, form.timezone) == ("de", "metric", "UTC")
    assert form.session_days == 30
    assert form.email == "new@example.com"


def test_imperial_height_is_stored_in_cm_and_shown_back_in_inches(session):
    mine = new_profile(session, email="mira@example.com")
    form = _update(session, mine)
    stored = stored_profile(session, mine)
    assert stored["height_cm"] == pytest.approx(177.8)
    assert stored["date_of_birth"] == date(1990, 5, 17)
    assert (stored["sex"], stored["language"], stored["unit_system"]) == (
        "female",
        "en",
        "imperial",
    )
    assert (stored["timezone"], stored["session_days"], stored["display_name"]) == (
        "Europe/Berlin",
        14,
        "Mira",
    )
    assert form.height == "70.0"
    assert get_profile(session=session, profile_id=mine) == form
    assert form.date_of_birth == "1990-05-17"
    assert form.session_days == 14


def test_height_follows_a_newly_chosen_unit_system(session):
    mine = new_profile(session, email="units@example.com", height_cm=180.0)
    assert get_profile(session=session, profile_id=mine).height == "180.0"
    # Switching to imperial in the same save: the number typed is in inches.
    form = _update(session, mine, height="72,5", unit_system="imperial")
    assert stored_profile(session, mine)["height_cm"] == pytest.approx(184.2)
    assert form.height == "72.5"
    # And back: centimetres, with a decimal comma as Germans type it.
    form = _update(session, mine, height="181,5", unit_system="metric")
    assert stored_profile(session, mine)["height_cm"] == pytest.approx(181.5)
    assert form.height == "181.5"


def test_empty_optional_fields_clear_the_values(session):
    mine = new_profile(session, email="clear@example.com")
    _update(session, mine)
    form = _update(session, mine, display_name="  ", sex="", date_of_birth="", height="")
    stored = stored_profile(session, mine)
    assert stored["display_name"] is None and stored["sex"] is None
    assert stored["date_of_birth"] is None and stored["height_cm"] is None
    assert form.display_name == form.sex == form.date_of_birth == form.height == ""


@pytest.mark.parametrize(
    ("changes", "blamed"),
    [
        ({"display_name": "x" * 101}, ("display_name", "error.too_long")),
        ({"sex": "other"}, ("sex", "error.profile.sex_invalid")),
        ({"date_of_birth": "2001-02-30"}, ("date_of_birth", "error.profile.date_of_birth_invalid")),
        ({"date_of_birth": "yesterday"}, ("date_of_birth", "error.profile.date_of_birth_invalid")),
        ({"date_of_birth": "2026-03-30"}, ("date_of_birth", "error.profile.date_of_birth_future")),
        (
            {"date_of_birth": "2021-03-30"},
            ("date_of_birth", "error.profile.date_of_birth_age"),
        ),  # 4 years old
        (
            {"date_of_birth": "1905-03-28"},
            ("date_of_birth", "error.profile.date_of_birth_age"),
        ),  # 121
        ({"height": "tall"}, ("height", "error.profile.height_invalid")),
        ({"height": "nan"}, ("height", "error.profile.height_invalid")),
        ({"height": "19.6"}, ("height", "error.profile.height_range")),  # inches: 49.8 cm
        ({"height": "107.2"}, ("height", "error.profile.height_range")),  # inches: 272.3 cm
        ({"height": "180", "unit_system": "imperial"}, ("height", "error.profile.height_range")),
        ({"height": "273", "unit_system": "metric"}, ("height", "error.profile.height_range")),
        ({"height": "49.9", "unit_system": "metric"}, ("height", "error.profile.height_range")),
        ({"language": "fr"}, ("language", "error.profile.language_invalid")),
        ({"unit_system": "nautical"}, ("unit_system", "error.profile.unit_system_invalid")),
        ({"timezone": "Mars/Olympus_Mons"}, ("timezone", "error.profile.timezone_invalid")),
        ({"timezone": ""}, ("timezone", "error.profile.timezone_invalid")),
        ({"session_days": "2.5"}, ("session_days", "error.profile.session_days_invalid")),
        ({"session_days": ""}, ("session_days", "error.profile.session_days_invalid")),
        ({"session_days": "0"}, ("session_days", "error.profile.session_days_range")),
        ({"session_days": "366"}, ("session_days", "error.profile.session_days_range")),
    ],
)
def test_invalid_fields_are_refused_by_name_and_nothing_is_saved(session, changes, blamed):
    mine = new_profile(session, email="careful@example.com", display_name="Before", height_cm=170.0)
    before = stored_profile(session, mine)
    assert _refused(session, mine, **changes) == blamed
    session.expire_all()
    assert stored_profile(session, mine) == before


def test_limits_themselves_are_accepted(session):
    mine = new_profile(session, email="limits@example.com")
    _update(session, mine, date_of_birth="2021-03-29", session_days="1", display_name="x" * 100)
    _update(session, mine, date_of_birth="1906-03-29", session_days="365")
    _update(session, mine, height="50", unit_system="metric")
    _update(session, mine, height="272", unit_system="metric")
    assert stored_profile(session, mine)["height_cm"] == pytest.approx(272.0)


def test_missing_keys_keep_their_values(session):
    mine = new_profile(session, email="partial@example.com")
    _update(session, mine)
    form = update_profile(session=session, profile_id=mine, form={"language": "de"})
    assert form.language == "de"
    assert (form.height, form.unit_system, form.display_name) == ("70.0", "imperial", "Mira")


def test_only_the_callers_row_changes(session):
    mine = new_profile(session, email="me@example.com")
    theirs = new_profile(session, email="them@example.com", display_name="Them", height_cm=160.0)
    before = stored_profile(session, theirs)
    _update(session, mine)
    session.expire_all()
    assert stored_profile(session, theirs) == before
    assert get_profile(session=session, profile_id=theirs).display_name == "Them"
    logged = session.exec(
        select(UserActivityLog.profile_id).where(UserActivityLog.action == "profile_updated")
    ).all()
    assert set(logged) == {mine}


def test_an_unknown_profile_is_refused(session):
    with pytest.raises(UserError) as raised:
        get_profile(session=session, profile_id=uuid.uuid4())
    assert raised.value.field == "profile"
    with pytest.raises(UserError):
        update_profile(session=session, profile_id=uuid.uuid4(), form=VALID, today=TODAY)


def test_time_zones_are_the_iana_list():
    zones = timezones()
    assert "Europe/Berlin" in zones and "UTC" in zones
    assert list(zones) == sorted(zones)


# --- self-registration switch --------------------------------------------------


def _setting(session) -> str | None:
    session.expire_all()
    row = session.get(AppSetting, "registration_open")
    return row.value if row else None


def test_an_admin_closes_and_opens_registration(session):
    admin = new_profile(session, email="admin@example.com", role="admin")
    assert auth.set_registration_open(session=session, admin_id=admin, open=False) is False
    assert _setting(session) == "false"
    assert auth.registration_open(session=session) is False
    assert auth.set_registration_open(session=session, admin_id=admin, open=True) is True
    assert auth.registration_open(session=session) is True
    details = session.exec(
        select(UserActivityLog.details).where(
            UserActivityLog.profile_id == admin, UserActivityLog.action == "registration_toggled"
        )
    ).all()
    assert sorted(d["open"] for d in details) == [False, True]


def test_a_non_admin_cannot_change_registration(session):
    user = new_profile(session, email="user@example.com")
    before = _setting(session)
    for someone in (user, uuid.uuid4()):
        with pytest.raises(UserError) as raised:
            auth.set_registration_open(session=session, admin_id=someone, open=False)
        assert raised.value.code == "error.not_admin"
    assert _setting(session) == before
    assert auth.registration_open(session=session) is True


def _spring_and_summer(session):
    """A profile whose height and sex are set in spring and its height
    changed in summer, and another profile changed in summer."""
    me = new_profile(session)
    other = new_profile(session)
    spring, summer = TODAY, TODAY + timedelta(days=90)
    form = {"height": "170", "unit_system": "metric", "sex": "female"}
    update_profile(session=session, profile_id=me, form=form, today=spring)
    update_profile(session=session, profile_id=me, form={**form, "height": "171.5"}, today=summer)
    update_profile(session=session, profile_id=other, form={"height": "190"}, today=summer)
    return me, other, spring, summer


def test_the_profile_keeps_its_history_so_a_past_days_values_can_be_read(session):
    me, _, spring, summer = _spring_and_summer(session)

    before = profile_on(session=session, profile_id=me, day=spring - timedelta(days=1))
    assert before["height_cm"] is None and before["sex"] is None
    assert profile_on(session=session, profile_id=me, day=spring)["height_cm"] == 170.0
    assert profile_on(session=session, profile_id=me, day=summer - timedelta(days=1))["sex"] == (
        "female"
    )
    assert profile_on(session=session, profile_id=me, day=summer)["height_cm"] == 171.5
    with pytest.raises(UserError):
        profile_on(session=session, profile_id=uuid.uuid4(), day=spring)


def test_the_profile_history_lists_each_change_newest_first_in_the_readers_words(session):
    me, other, spring, summer = _spring_and_summer(session)
    changes = profile_changes(session=session, profile_id=me)
    assert [(c.day, c.field) for c in changes][0] == (summer, "height_cm")
    assert sorted((c.day, c.field) for c in changes[1:]) == [
        (spring, "height_cm"),
        (spring, "sex"),
    ]
    newest = change_words(changes[0], "en", "metric")
    assert (newest["field"], newest["before"], newest["after"]) == (
        "Height",
        "170.0 cm",
        "171.5 cm",
    )
    assert change_words(changes[0], "en", "imperial")["after"] == "67.5 in"
    sex = change_words(next(c for c in changes if c.field == "sex"), "de", "metric")
    assert (sex["field"], sex["before"], sex["after"]) == ("Geschlecht", "—", "Weiblich")
    assert len(profile_changes(session=session, profile_id=other)) == 1


def test_a_resting_heart_rate_is_kept_shown_back_and_cleared(session):
    mine = new_profile(session)
    assert _update(session, mine, resting_hr="52").resting_hr == "52"
    assert stored_profile(session, mine)["resting_hr"] == 52
    for bad in ("24", "121", "55.5", "sixty"):
        assert _refused(session, mine, resting_hr=bad) == (
            "resting_hr",
            "error.profile.resting_hr_range",
        )
    assert stored_profile(session, mine)["resting_hr"] == 52  # a refusal writes nothing
    assert _update(session, mine, resting_hr="").resting_hr == ""
    assert stored_profile(session, mine)["resting_hr"] is None


def test_the_resting_heart_rate_valid_at_a_date_is_read_from_the_history(session):
    me = new_profile(session)
    spring, summer = TODAY, TODAY + timedelta(days=90)
    update_profile(session=session, profile_id=me, form={"resting_hr": "58"}, today=spring)
    update_profile(session=session, profile_id=me, form={"resting_hr": "54"}, today=summer)
    assert (
        profile_on(session=session, profile_id=me, day=spring - timedelta(days=1))["resting_hr"]
        is None
    )
    assert profile_on(session=session, profile_id=me, day=spring)["resting_hr"] == 58
    assert profile_on(session=session, profile_id=me, day=summer)["resting_hr"] == 54
