"""The placeholder engine: templates, value formatting, the registry every
module fills, and "no data" for a profile without data."""

from __future__ import annotations

from datetime import date

import pytest

from mitai_app.core import placeholders as ph
from mitai_app.core.placeholders import (
    NO_DATA,
    PLACEHOLDER,
    REGISTRY,
    ProfileData,
    format_value,
    referenced,
    render,
    unknown,
)
from mitai_app.core.text import Text

TODAY = date(2026, 3, 29)
# Placeholders that describe the moment, not the profile's data.
CONTEXT = {"today"}


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
        (Text(de="männlich", en="male"), "", "männlich", "male"),
    ],
)
def test_format_value_in_german_and_english(raw, unit, de, en):
    assert format_value(raw, unit, "de") == de
    assert format_value(raw, unit, "en") == en


def test_no_data_in_both_languages():
    assert Text(de="keine Daten", en="no data") == NO_DATA


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


def test_every_module_that_names_placeholders_has_a_loader():
    loaders = {loader.module for loader in REGISTRY.loaders()}
    assert {"accounts", "body", "training", "nutrition", "recovery", "goals"} <= loaders


def test_a_name_is_registered_once():
    with pytest.raises(ValueError, match="taken"):
        ph.add("weight_latest", "kg", "latest", "x", "x", lambda d, t: None)
    with pytest.raises(ValueError, match="invalid"):
        ph.add("Weight Latest", "kg", "latest", "x", "x", lambda d, t: None)


def test_every_placeholder_on_an_empty_profile_is_no_data():
    empty = ProfileData()
    shown = {
        name: format_value(p.compute(empty, TODAY), p.info.unit, "en")
        for name, p in REGISTRY.items()
        if name not in CONTEXT
    }
    assert {name: text for name, text in shown.items() if text != "no data"} == {}
    assert REGISTRY["today"].compute(empty, TODAY) == TODAY
