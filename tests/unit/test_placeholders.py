"""The placeholder registry on small hand-made data sets: templates, value
formatting, windows at their boundaries, and "no data" for what is missing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mitai_app.domain.placeholders import (
    NO_DATA,
    PLACEHOLDER,
    REGISTRY,
    Localized,
    ProfileData,
    ProfileFacts,
    format_value,
    referenced,
    render,
    unknown,
)

TODAY = date(2026, 3, 29)
# Placeholders that describe the moment, not the profile's data.
CONTEXT = {"today"}


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def value(name: str, data: ProfileData, today: date = TODAY):
    return REGISTRY[name].compute(data, today)


# --- templates ----------------------------------------------------------------------------


def test_referenced_lists_each_name_once_in_order_of_first_use():
    template = "Gewicht {{weight_latest}}, Schnitt {{ weight_avg_7d }}, wieder {{weight_latest}}"
    assert referenced(template) == ["weight_latest", "weight_avg_7d"]


def test_referenced_ignores_text_that_is_not_a_placeholder():
    assert referenced("{{Weight}} {weight_latest} {{ }} {{a-b}} plain") == []


def test_unknown_names_what_the_registry_lacks():
    template = "{{weight_latest}} {{weight_avg_7d}} {{wieght_latest}} {{goal.x}}"
    assert unknown(template, REGISTRY) == ["wieght_latest", "goal.x"]
    assert unknown(template, ["weight_latest", "weight_avg_7d", "wieght_latest", "goal.x"]) == []


def test_render_replaces_known_names_and_leaves_missing_ones_as_written():
    rendered = render(
        "A {{weight_latest}} B {{ bmi }} C {{missing}}",
        {"weight_latest": "82,4 kg", "bmi": "24,1 kg/m²"},
    )
    assert rendered == "A 82,4 kg B 24,1 kg/m² C {{missing}}"


def test_render_does_not_expand_placeholders_inside_values():
    assert render("{{a}}", {"a": "{{b}}", "b": "no"}) == "{{b}}"


def test_registered_names_match_the_template_syntax():
    for name in REGISTRY:
        assert PLACEHOLDER.fullmatch("{{" + name + "}}"), name
        assert name == name.lower()


# --- format_value -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "de", "en"),
    [
        (None, "kg", "keine Daten", "no data"),
        (82.449, "kg", "82,4 kg", "82.4 kg"),
        (82.45, "kg", "82,5 kg", "82.5 kg"),
        (2154.6, "kcal", "2.155 kcal", "2,155 kcal"),
        (-0.4567, "kg/week", "-0,46 kg/week", "-0.46 kg/week"),
        (0.5234, "", "0,52", "0.52"),
        (12, "", "12", "12"),
        (37, "years", "37 years", "37 years"),
        (date(2026, 3, 29), "", "29.03.2026", "29 Mar 2026"),
        ("128/82", "mmHg", "128/82 mmHg", "128/82 mmHg"),
        ("Anna", "", "Anna", "Anna"),
        (Localized("männlich", "male"), "", "männlich", "male"),
    ],
)
def test_format_value_in_german_and_english(raw, unit, de, en):
    assert format_value(raw, unit, "de") == de
    assert format_value(raw, unit, "en") == en


def test_no_data_in_both_languages():
    assert NO_DATA == {"de": "keine Daten", "en": "no data"}


# --- the registry -------------------------------------------------------------------------


def test_at_least_sixty_placeholders_each_described_in_both_languages():
    assert len(REGISTRY) >= 60
    for name, placeholder in REGISTRY.items():
        info = placeholder.info
        assert info.name == name
        assert info.description_de and info.description_en, name
        assert info.window in {
            "latest",
            "7 days",
            "28 days",
            "30 days",
            "90 days",
            "365 days",
            "all",
        }


def test_every_placeholder_on_an_empty_profile_is_no_data():
    empty = ProfileData()
    shown = {
        name: format_value(p.compute(empty, TODAY), p.info.unit, "en")
        for name, p in REGISTRY.items()
        if name not in CONTEXT
    }
    assert {name: text for name, text in shown.items() if text != "no data"} == {}


# --- profile ------------------------------------------------------------------------------


def test_profile_values():
    data = ProfileData(
        profile=ProfileFacts(
            display_name="Anna",
            sex="female",
            date_of_birth=date(1990, 3, 30),
            height_cm=168.0,
            language="de",
            timezone="Europe/Berlin",
        )
    )
    assert value("profile_name", data) == "Anna"
    assert value("profile_age", data) == 35  # the birthday is tomorrow
    assert value("profile_age", data, date(2026, 3, 30)) == 36
    assert value("profile_sex", data) == Localized("weiblich", "female")
    assert value("profile_height", data) == 168.0
    assert value("profile_language", data) == Localized("Deutsch", "German")
    assert value("profile_timezone", data) == "Europe/Berlin"
    assert value("today", data) == TODAY


# --- weight -------------------------------------------------------------------------------


def test_weight_windows_include_their_first_day_and_exclude_the_day_before():
    # 7 days: today and the six days before it.
    data = ProfileData(weights=[(days_ago(7), 90.0), (days_ago(6), 80.0), (TODAY, 82.0)])
    assert value("weight_avg_7d", data) == 81.0
    assert value("weight_avg_30d", data) == pytest.approx(84.0)
    assert value("weight_count_30d", data) == 3


def test_weight_latest_ignores_entries_after_today():
    data = ProfileData(weights=[(days_ago(3), 81.0), (TODAY + timedelta(days=1), 99.0)])
    assert value("weight_latest", data) == 81.0
    assert value("weight_latest_date", data) == days_ago(3)
    assert value("weight_avg_7d", data) == 81.0


def test_weight_change_min_max_and_old_data():
    data = ProfileData(
        weights=[(days_ago(120), 95.0), (days_ago(29), 85.0), (days_ago(10), 83.0), (TODAY, 84.0)]
    )
    assert value("weight_change_30d", data) == pytest.approx(-1.0)
    assert value("weight_change_90d", data) == pytest.approx(-1.0)
    assert value("weight_min_30d", data) == 83.0
    assert value("weight_max_30d", data) == 85.0
    # Only old data: the latest is known, the windows are empty.
    old = ProfileData(weights=[(days_ago(100), 90.0)], totals={"weight_log": 1})
    assert value("weight_latest", old) == 90.0
    assert value("weight_avg_7d", old) is None
    assert value("weight_count_30d", old) == 0
    assert value("weight_change_30d", old) is None
    assert value("weight_count_total", old) == 1


def test_weight_trend_and_weekly_rate_use_the_body_functions():
    # A steady loss of 0.1 kg a day over four weeks: 0.7 kg a week.
    weights = [(days_ago(n), 80.0 + 0.1 * n) for n in range(28)]
    data = ProfileData(weights=weights)
    assert value("weight_trend_weekly_kg", data) == pytest.approx(-0.7)
    trend = value("weight_trend_kg", data)
    assert 80.0 < trend < 81.0  # the smoothed trend lags behind the last weight
    # Less than a week of data is too little to call a rate.
    assert value("weight_trend_weekly_kg", ProfileData(weights=weights[:6])) is None
