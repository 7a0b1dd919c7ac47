"""What the body forms send, read through the body logs' descriptions in the
user's units: decimal comma or point, lb and in converted to SI, empty fields
left out, readings per site, and the messages for refused input in both
languages."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.body.formulas import age_on
from mitai_app.body.logs import CIRCUMFERENCES, SKINFOLDS, WEIGHT
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.logs import parse
from mitai_app.core.text import Text


def test_a_weight_in_pounds_is_stored_in_kilograms():
    entry = parse(WEIGHT, {"weight": "181,5", "date": "2026-03-29", "notes": "x"}, "imperial")
    assert entry.values["weight"][0] == pytest.approx(82.327, abs=0.001)
    assert (entry.day, entry.notes) == (date(2026, 3, 29), "x")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ({"weight": "", "date": "2026-03-29"}, ("weight", "body.error.weight_required")),
        ({"weight": "8x", "date": "2026-03-29"}, ("weight", "log.error.number")),
        ({"weight": "80", "date": ""}, ("date", "log.error.date_invalid")),
        ({"weight": "80", "date": "29.03.2026"}, ("date", "log.error.date_invalid")),
    ],
)
def test_a_weight_form_names_the_field_that_is_wrong(form, expected):
    with pytest.raises(UserError) as raised:
        parse(WEIGHT, form, "metric")
    assert (raised.value.field, raised.value.code) == expected


def test_circumferences_in_inches_leave_out_empty_sites():
    entry = parse(
        CIRCUMFERENCES,
        {"waist": "40", "neck": "", "c_date": "2026-03-01", "c_notes": "n"},
        "imperial",
        "c_",
    )
    assert entry.values == {"waist": [pytest.approx(101.6)]}
    assert (entry.day, entry.notes) == (date(2026, 3, 1), "n")


def test_skinfold_readings_are_collected_per_site():
    form = {
        "chest_1": "10",
        "chest_2": "12,5",
        "chest_3": "",
        "thigh": "15",  # the history's single value per site
        "formula": "jp3",
        "conversion": "brozek",
        "s_date": "2026-03-01",
    }
    entry = parse(SKINFOLDS, form, "metric", "s_")
    assert entry.values == {"chest": [10.0, 12.5], "thigh": [15.0]}
    assert entry.choices == {"formula": "jp3", "conversion": "brozek"}
    assert entry.day == date(2026, 3, 1)


def test_an_unknown_formula_is_refused():
    with pytest.raises(UserError) as raised:
        parse(SKINFOLDS, {"formula": "magic", "conversion": "siri", "date": "2026-03-01"}, "metric")
    assert raised.value.field == "formula"


def test_messages_name_the_missing_sites_in_the_users_language():
    error = UserError(
        "body.error.sites_missing",
        field="sites",
        sites=Text(de="Oberschenkel, Hüftknochen", en="Thigh, Suprailiac"),
    )
    assert user_message(error, "en") == "This formula also needs: Thigh, Suprailiac."
    assert user_message(error, "de") == "Für diese Formel fehlen noch: Oberschenkel, Hüftknochen."
    future = UserError("log.error.date_future", field="date")
    assert user_message(future, "en") == "The date cannot be in the future."
    assert user_message(UserError("weird.thing"), "en") == user_message(UserError("x.y"), "en")


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(1990, 6, 1), date(2026, 5, 31), 35),
        (date(1990, 6, 1), date(2026, 6, 1), 36),
        (date(2000, 2, 29), date(2026, 2, 28), 25),
    ],
)
def test_age_counts_completed_years(born, day, age):
    assert age_on(born, day) == age
