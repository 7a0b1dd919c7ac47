"""Training's data files: complete, bilingual, internally consistent, with
sane ranges; and the loader refuses a broken file."""

import json

import pytest
from pydantic import ValidationError

from mitai_app.training import data
from mitai_app.training.consts import ABILITY_KEYS, QUALITY_FILTER_LEVELS


def test_29_training_types_in_7_categories_with_unique_keys():
    assert len(data.TRAINING_TYPES) == 29
    assert len({t.key for t in data.TRAINING_TYPES}) == 29
    categories = {t.category for t in data.TRAINING_TYPES}
    assert len(categories) == 7
    assert categories == {c.key for c in data.TRAINING_CATEGORIES}


def test_every_training_type_has_the_full_abilities_matrix():
    assert set(ABILITY_KEYS) == {
        "kraft",
        "ausdauer",
        "beweglichkeit",
        "schnelligkeit",
        "koordination",
        "balance",
        "geist",
    }
    for t in data.TRAINING_TYPES:
        assert set(t.abilities) == set(ABILITY_KEYS), t.key
        assert all(isinstance(v, int) and 0 <= v <= 100 for v in t.abilities.values()), t.key
        assert t.icon and t.name.de and t.name.en and t.description.de and t.description.en


def test_training_parameters_are_unique_bilingual_and_sane():
    params = {p.key: p.value for p in data.TRAINING_PARAMETERS}
    assert len(params) == len(data.TRAINING_PARAMETERS) == 18
    assert all(p.description.de and p.description.en for p in data.TRAINING_PARAMETERS)
    assert 0 < params["min_duration_minutes"] < params["max_duration_minutes"]
    assert 0 < params["min_hr_plausible"] < params["max_hr_plausible"] <= 250
    assert 0 < params["min_kcal_per_hour"] < params["max_kcal_per_hour"]
    assert params["max_hr_formula"] in ("tanaka", "fox")
    zones = list(params["hr_zones_pct_of_max"].values())
    assert zones[0][0] >= 0 and zones[-1][1] == 100
    assert all(low < high for low, high in zones)
    assert all(a[1] == b[0] for a, b in zip(zones, zones[1:], strict=False))
    assert sum(params["score_weights"].values()) == pytest.approx(1)
    assert 0 < params["quality_label_medium_min_score"] < params["quality_label_high_min_score"]
    for key in (k for k in params if k.startswith("quality_filter_")):
        assert set(params[key]) == set(QUALITY_FILTER_LEVELS), key
    scores = params["quality_filter_min_score"]
    assert [scores[level] for level in QUALITY_FILTER_LEVELS] == sorted(scores.values())


def test_a_value_is_stored_as_the_text_the_table_holds():
    stored = {p.key: p.stored_value for p in data.TRAINING_PARAMETERS}
    assert stored["min_duration_minutes"] == "10"
    assert stored["max_hr_formula"] == "tanaka"
    assert json.loads(stored["score_weights"]) == {
        "minimum_requirements": 0.4,
        "duration": 0.3,
        "intensity": 0.3,
    }


def _types_file(**change) -> str:
    category = {"key": "cardio", "name": {"de": "Ausdauer", "en": "Cardio"}}
    category |= {"color": "#EF4444", "icon": "heart-pulse"}
    kind = {
        "key": "running",
        "name": {"de": "Laufen", "en": "Running"},
        "category": "cardio",
        "color": "#EF4444",
        "icon": "activity",
        "met": 9.8,
        "description": {"de": "Joggen.", "en": "Jogging."},
        "abilities": dict.fromkeys(ABILITY_KEYS, 50),
    }
    return json.dumps({"categories": [category], "types": [kind | change]})


@pytest.mark.parametrize(
    "change",
    [
        {"category": "dance"},
        {"name": {"de": "Laufen"}},
        {"name": {"de": "Laufen", "en": ""}},
        {"abilities": dict.fromkeys(ABILITY_KEYS[:-1], 50)},
        {"abilities": dict.fromkeys(ABILITY_KEYS, 101)},
        {"color": "red"},
        {"colour": "#EF4444"},
        {"met": 0},
    ],
)
def test_the_loader_refuses_a_broken_file(change):
    assert data.TrainingTypesFile.model_validate_json(_types_file())
    with pytest.raises(ValidationError):
        data.TrainingTypesFile.model_validate_json(_types_file(**change))


def test_the_loader_refuses_a_key_twice():
    twice = json.loads(_types_file())
    twice["types"] *= 2
    with pytest.raises(ValidationError, match="running"):
        data.TrainingTypesFile.model_validate(twice)
