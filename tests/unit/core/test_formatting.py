"""Numbers, dates and quantities as German and English users read them."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from mitai_app.core.formatting import (
    as_typed,
    browser_language,
    format_date,
    format_datetime,
    format_number,
    format_quantity,
    format_range,
    format_signed,
    in_both,
    parse_decimal,
    today_in,
    zone,
)


def test_numbers():
    assert format_number(82.5, "de") == "82,5"
    assert format_number(82.5, "en") == "82.5"
    assert format_number(1234.56, "de", decimals=2) == "1.234,56"
    assert format_number(1234.56, "en", decimals=0) == "1,235"
    assert format_number(82.25, "en") == "82.3"
    assert format_number(None, "de") == "–"
    assert format_number(82.5, "fr") == "82.5"


def test_quantities():
    assert format_quantity(82.5, "mass", "metric", "de") == "82,5 kg"
    assert format_quantity(82.5, "mass", "metric", "en") == "82.5 kg"
    assert format_quantity(82.5, "mass", "imperial", "en") == "181.9 lb"
    assert format_quantity(182.88, "length", "imperial", "de") == "72,0 in"
    assert format_quantity(None, "length", "metric", "en") == "–"


def test_dates():
    d = date(2026, 3, 29)
    assert format_date(d, "de") == "29.03.2026"
    assert format_date(d, "en") == "29 Mar 2026"
    assert format_date(d, "de", style="long") == "29. März 2026"
    assert format_date(d, "en", style="long") == "29 March 2026"
    assert format_date(d, "de", style="short") == "29.03.26"
    assert format_date(d, "en", style="short") == "29/03/2026"


def test_datetime_across_daylight_saving_change():
    # Berlin springs from CET (+1) to CEST (+2) at 01:00 UTC on 2026-03-29.
    before = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    after = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert format_datetime(before, "de", "Europe/Berlin") == "29.03.2026, 01:30"
    assert format_datetime(after, "de", "Europe/Berlin") == "29.03.2026, 03:30"
    assert format_datetime(after, "en", "America/New_York") == "28 Mar 2026, 21:30"


def test_naive_datetime_is_taken_as_utc():
    naive = datetime(2026, 1, 15, 12, 0)
    assert format_datetime(naive, "en", "Europe/Berlin") == "15 Jan 2026, 13:00"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("de-AT,de;q=0.9,en;q=0.8", "de"),
        ("de", "de"),
        ("de_CH", "de"),
        ("en-US", "en"),
        ("fr-FR,de;q=0.8,en;q=0.5", "de"),
        ("fr-FR,en;q=0.9,de;q=0.8", "en"),
        ("en;q=0.5,de;q=0.7", "de"),
        ("de;q=0,en", "en"),
        ("fr-FR,es", "en"),
        ("", "en"),
        (None, "en"),
        ("de;q=abc", "en"),
    ],
)
def test_browser_language(accept, expected):
    assert browser_language(accept) == expected


def test_today_is_the_users_date_in_their_zone():
    # UTC+14 and UTC-11 are 25 hours apart: never the same calendar day.
    assert (today_in("Pacific/Kiritimati") - today_in("Pacific/Pago_Pago")).days in (1, 2)
    assert zone("Not/A_Zone") == zone("") == ZoneInfo("UTC")


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


@pytest.mark.parametrize(("lang", "expected"), [("en", "82.5"), ("de", "82,5")])
def test_prefilled_values_read_back_as_typed(lang, expected):
    assert as_typed(82.46, lang) == expected
    assert parse_decimal(as_typed(1102.3, lang)) == 1102.3


def test_a_view_row_in_both_languages():
    row = in_both(
        lambda lang: {
            "value": format_number(1.5, lang),
            "date": format_date(date(2026, 3, 29), lang),
        }
    )
    assert row == {
        "value_de": "1,5",
        "date_de": "29.03.2026",
        "value_en": "1.5",
        "date_en": "29 Mar 2026",
    }


def test_a_change_keeps_its_sign():
    assert format_signed(0.3, "en", decimals=2) == "+0.30"
    assert format_signed(0.3, "de", decimals=2) == "+0,30"
    assert format_signed(-0.254, "de", decimals=2) == "-0,25"
    # Nothing left after rounding has no direction.
    assert format_signed(-0.001, "en", decimals=2) == "0.00"
    assert format_signed(None, "en") == "–"


def test_reference_ranges_in_the_languages_numbers():
    assert format_range(18.5, 24.9, "de", unit="kg/m²") == "18,5–24,9 kg/m²"
    assert format_range(18.5, 24.9, "en", unit="kg/m²") == "18.5–24.9 kg/m²"
    assert format_range(None, 0.4, "de", decimals=2) == "< 0,40"
    assert format_range(40, None, "en", unit="kg/m²") == "≥ 40.0 kg/m²"
    assert format_range(21, 32.9, "de", decimals=(0, 1), unit="%") == "21–32,9 %"
    with pytest.raises(ValueError):
        format_range(None, None, "en")
