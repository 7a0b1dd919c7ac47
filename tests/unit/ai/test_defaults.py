"""The default prompts' data file: well-formed, in both languages, using only
placeholders the registry fills in."""

from __future__ import annotations

import json

from mitai_app.ai import defaults
from mitai_app.ai import prompts as p
from mitai_app.core.placeholders import REGISTRY

LANGUAGES = {"de", "en"}


def test_the_data_file_names_each_text_in_both_languages():
    raw = json.loads(defaults.DATA.read_text(encoding="utf-8"))["prompts"]
    slugs = [prompt["slug"] for prompt in raw]
    assert len(slugs) == len(set(slugs))
    for prompt in raw:
        texts = [prompt["title"], prompt["description"]]
        texts += [stage["name"] for stage in prompt.get("stages", ())]
        for text in texts:
            assert set(text) == LANGUAGES and all(text.values()), prompt["slug"]
        assert prompt["type"] in p.PROMPT_TYPES


def test_the_defaults_use_only_registered_placeholders():
    bases = {spec.slug: spec for spec in defaults.DEFAULT_PROMPTS if spec.type == "base"}
    assert len(bases) == 6
    for spec in defaults.DEFAULT_PROMPTS:
        p.check_prompt(spec, bases=bases, known=REGISTRY)
        assert spec.type == "pipeline" or spec.template_en
        assert p.SLUG.match(spec.slug)


def test_the_pipeline_reads_the_outputs_of_its_first_two_stages():
    (pipeline,) = [spec for spec in defaults.DEFAULT_PROMPTS if spec.type == "pipeline"]
    stages = pipeline.stages
    assert [stage.name for stage in stages] == ["Körpertrend", "Ernährung", "Gesamtanalyse"]
    last = stages[-1].prompts[0]
    assert "{{body_trend}}" in last.template and "{{nutrition}}" in last.template_en
    assert "\n\n" in last.template  # a template's lines are joined back


def test_seeded_titles_read_in_english():
    assert defaults.localized("Ernährung", "en") == "Nutrition"
    assert defaults.localized("Gesamtanalyse (3 Stufen)", "en") == "Overall analysis (3 stages)"
    assert defaults.localized("Ernährung", "de") == "Ernährung"
    assert defaults.localized("Admin's own title", "en") == "Admin's own title"
