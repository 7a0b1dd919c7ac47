"""What the body forms send, read in the user's units: decimal comma or
point, lb and in converted to SI, empty fields left out, readings per site,
and the messages for refused input in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.body.forms import as_typed, caliper_input, error_message, tape_input, weight_input
from mitai_app.body.formulas import age_on, parse_decimal
from mitai_app.body.service import BodyError


@pytest.mark.parametrize(
    ("text", "expected"),
    [("82,5", 82.5), ("82.5", 82.5), (" 82 ", 82.0), ("", None), ("  ", None), ("1 234,5", 1234.5)],
)
def test_numbers_take_a_decimal_comma_or_point(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["eighty", "8,2,5", "nan", "inf", "1e999"])
def test_what_is_no_finite_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_a_weight_in_pounds_is_stored_in_kilograms():
    entry = weight_input({"weight": "181,5", "date": "2026-03-29", "notes": "x"}, "imperial")
    assert entry.kg == pytest.approx(82.327, abs=0.001)
    assert (entry.day, entry.notes) == (date(2026, 3, 29), "x")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ({"weight": "", "date": "2026-03-29"}, ("weight", "required")),
        ({"weight": "8x", "date": "2026-03-29"}, ("weight", "number")),
        ({"weight": "80", "date": ""}, ("date", "invalid")),
        ({"weight": "80", "date": "29.03.2026"}, ("date", "invalid")),
    ],
)
def test_a_weight_form_names_the_field_that_is_wrong(form, expected):
    with pytest.raises(BodyError) as raised:
        weight_input(form, "metric")
    assert (raised.value.field, raised.value.code) == expected


def test_tape_in_inches_leaves_out_empty_sites():
    entry = tape_input(
        {"waist": "40", "neck": "", "tape_date": "2026-03-01", "tape_notes": "n"},
        "imperial",
        "tape_",
    )
    assert entry.sites_cm["waist"] == pytest.approx(101.6)
    assert entry.sites_cm["neck"] is None
    assert (entry.day, entry.notes) == (date(2026, 3, 1), "n")


def test_caliper_readings_are_collected_per_site():
    form = {
        "chest_1": "10",
        "chest_2": "12,5",
        "chest_3": "",
        "thigh": "15",  # the history's single value per site
        "formula": "jp3",
        "conversion": "brozek",
        "caliper_date": "2026-03-01",
    }
    entry = caliper_input(form, "caliper_")
    assert entry.readings == {"chest": [10.0, 12.5], "thigh": [15.0]}
    assert (entry.formula, entry.conversion, entry.day) == ("jp3", "brozek", date(2026, 3, 1))


def test_an_unknown_formula_is_refused():
    with pytest.raises(BodyError) as raised:
        caliper_input({"formula": "magic", "conversion": "siri", "date": "2026-03-01"})
    assert raised.value.field == "formula"


def test_messages_name_the_missing_sites_in_the_users_language():
    error = BodyError("sites", "missing", ("thigh", "suprailiac"))
    assert error_message(error, "en") == "This formula also needs: Thigh, Suprailiac."
    assert error_message(error, "de") == "Für diese Formel fehlen noch: Oberschenkel, Hüftknochen."
    assert error_message(BodyError("date", "future"), "en") == "The date cannot be in the future."
    assert error_message(BodyError("weird", "thing"), "en") == error_message(
        BodyError("x", "y"), "en"
    )


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


@pytest.mark.parametrize(("lang", "expected"), [("en", "82.5"), ("de", "82,5")])
def test_prefilled_values_read_back_as_typed(lang, expected):
    assert as_typed(82.46, lang) == expected
    assert parse_decimal(as_typed(1102.3, lang)) == 1102.3
