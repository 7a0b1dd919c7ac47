"""Goals' data files: complete, bilingual, and pointing at real columns."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlmodel import SQLModel

from mitai_app.core.modules import import_models
from mitai_app.goals import data
from mitai_app.goals.models import GOAL_DIRECTIONS


def test_26_focus_areas_in_7_categories():
    assert len(data.FOCUS_AREAS) == 26
    assert len({a.key for a in data.FOCUS_AREAS}) == 26
    categories = {a.category for a in data.FOCUS_AREAS}
    assert len(categories) == 7
    assert categories == {c.key for c in data.FOCUS_AREA_CATEGORIES}
    assert all(a.name.de and a.name.en and a.description.en for a in data.FOCUS_AREAS)


def test_goal_types_include_the_issue_list_and_point_at_real_columns():
    import_models()
    keys = {g.key for g in data.GOAL_TYPES}
    assert len(keys) == len(data.GOAL_TYPES)
    assert {
        "weight",
        "body_fat",
        "lean_mass",
        "waist",
        "vo2max",
        "resting_hr",
        "blood_pressure",
        "sleep_duration",
        "training_frequency",
        "weekly_minutes",
        "protein_intake",
        "steps",
        "custom",
    } <= keys
    tables = SQLModel.metadata.tables
    for g in data.GOAL_TYPES:
        assert g.direction in GOAL_DIRECTIONS, g.key
        assert g.name.de and g.name.en and g.description.de and g.description.en, g.key
        if g.source_table:
            assert g.source_table in tables, g.key
            if g.source_column:
                assert g.source_column in tables[g.source_table].c, g.key


def test_the_loader_refuses_an_unknown_category_and_a_lone_column():
    area = {
        "key": "weight_loss",
        "name": {"de": "Abnehmen", "en": "Weight loss"},
        "category": "body",
        "description": {"de": "…", "en": "…"},
    }
    body = {"key": "body", "name": {"de": "Körper", "en": "Body"}}
    assert data.FocusAreasFile.model_validate({"categories": [body], "areas": [area]})
    with pytest.raises(ValidationError, match="unknown category"):
        data.FocusAreasFile.model_validate({"categories": [], "areas": [area]})
    goal = json.loads(Path(data.__file__).with_name("goal_types.json").read_text())["types"][0]
    with pytest.raises(ValidationError, match="needs its table"):
        data.GoalTypesFile.model_validate({"types": [goal | {"source_table": None}]})
    with pytest.raises(ValidationError, match="add up to 100"):
        data.GoalTypesFile.model_validate({"types": [goal | {"focus": {"weight_loss": 60}}]})


def test_every_goal_type_but_custom_works_on_known_focus_areas():
    areas = {a.key for a in data.FOCUS_AREAS}
    for g in data.GOAL_TYPES:
        assert set(g.focus) <= areas, g.key
        assert bool(g.focus) == (g.key != "custom"), g.key
