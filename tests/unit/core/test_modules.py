"""Only what exists is promised: the registry tells which modules have
pages, and the front page, Subscription and Analysis follow it. A module
without pages would have tables and placeholders, but nobody could enter
its data yet."""

from __future__ import annotations

from mitai_app.core import placeholders
from mitai_app.core.i18n import CATALOG
from mitai_app.core.modules import modules, offered_features, summaries, with_pages
from mitai_app.membership.seeds import all_features


def test_modules_with_pages_are_the_ones_a_user_can_open():
    assert {
        "accounts",
        "body",
        "photos",
        "training",
        "nutrition",
        "recovery",
        "goals",
        "ai",
        "membership",
        "shell",
    } <= with_pages()


def test_every_module_with_pages_offers_the_features_it_declares():
    offered = offered_features()
    assert {
        "photo_uploads",
        "ai_calls",
        "ai_pipeline",
        "activity_entries",
        "nutrition_entries",
        "blood_pressure_entries",
        "goals",
        "data_export",
        "data_import",
    } <= offered
    assert offered == {f.id for f in all_features()}


def test_a_module_offers_its_features_only_while_it_has_pages(monkeypatch):
    import dataclasses

    from mitai_app.core import modules as registry

    shrunk = tuple(dataclasses.replace(m, pages=()) if m.name == "goals" else m for m in modules())
    monkeypatch.setattr(registry, "modules", lambda: shrunk)
    assert "goals" not in with_pages()
    assert "goals" not in offered_features()


def test_the_front_page_lists_modules_with_pages_in_words_of_the_catalogue():
    keys = summaries()
    assert keys == [
        "body.summary",
        "photos.summary",
        "training.summary",
        "nutrition.summary",
        "recovery.summary",
        "goals.summary",
        "imports.summary",
        "ai.summary",
    ]
    assert all(CATALOG[key].de and CATALOG[key].en for key in keys)
    text = " ".join(CATALOG[key].en + " " + CATALOG["app.tagline"].en for key in keys).lower()
    for missing in ("fitness test", "training phase"):
        assert missing not in text


def test_each_placeholder_belongs_to_the_module_that_registered_it():
    assert placeholders.owner("weight_latest") == "body"
    assert placeholders.owner("kcal_avg_7d") == "nutrition"
    assert placeholders.owner("profile_age") == "accounts"
    assert placeholders.owner("body_trend") is None  # a pipeline stage's output
    assert all(placeholders.owner(name) for name in placeholders.REGISTRY)
