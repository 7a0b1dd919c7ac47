"""The one length check of free text and the one check of a day: what a
browser's maxlength or date picker only hints at, the server refuses."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.core.errors import UserError, checked_text, user_message
from mitai_app.core.logs import check_day


def test_text_within_its_limit_is_kept_without_blanks():
    assert checked_text("  after lunch ", field="notes", limit=11) == "after lunch"
    assert checked_text(None, field="notes", limit=5) == ""


def test_longer_text_is_refused_at_its_field_not_cut():
    with pytest.raises(UserError) as raised:
        checked_text("x" * 501, field="notes", limit=500)
    assert (raised.value.code, raised.value.field) == ("error.too_long", "notes")
    assert user_message(raised.value, "en") == "At most 500 characters – this has 501."
    assert user_message(raised.value, "de") == "Höchstens 500 Zeichen – das sind 501."


TODAY = date(2026, 3, 29)


@pytest.mark.parametrize(
    ("day", "born", "code", "en"),
    [
        (date(2026, 3, 30), None, "log.error.date_future", "The date cannot be in the future."),
        (
            date(1990, 5, 31),
            date(1990, 6, 1),
            "log.error.date_before_birth",
            "The date is before your date of birth (1 Jun 1990).",
        ),
        (
            date(1899, 12, 31),
            None,
            "log.error.date_too_early",
            "Please choose a date from 1 Jan 1900 on.",
        ),
    ],
)
def test_days_outside_a_lifetime_are_refused(day, born, code, en):
    with pytest.raises(UserError) as raised:
        check_day(day, today=TODAY, born=born)
    assert (raised.value.code, raised.value.field) == (code, "date")
    assert user_message(raised.value, "en") == en


def test_the_bounds_themselves_are_fine():
    check_day(TODAY, today=TODAY)
    check_day(date(1900, 1, 1), today=TODAY)
    check_day(date(1990, 6, 1), today=TODAY, born=date(1990, 6, 1))
