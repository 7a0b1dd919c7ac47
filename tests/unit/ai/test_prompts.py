"""Prompts without a database: stages, plans, JSON checking and repair, previews."""

from __future__ import annotations

import pytest

from mitai_app.ai import prompts as p
from mitai_app.ai.prompts import PromptSpec
from mitai_app.core.errors import UserError

KNOWN = {"weight_latest", "kcal_avg_7d"}
BASE = PromptSpec(
    slug="body",
    title="Body",
    template="Gewicht {{weight_latest}}",
    template_en="Weight {{weight_latest}}",
)


def refused(function, *args, **kwargs) -> UserError:
    with pytest.raises(UserError) as error:
        function(*args, **kwargs)
    return error.value


def names(error: UserError) -> tuple[str, ...]:
    """The offending names a message lists."""
    return tuple(error.values["names"].split(", "))


def pipeline(*stages: p.Stage) -> PromptSpec:
    return PromptSpec(slug="pipe", title="Pipe", type="pipeline", stages=stages)


def stage(name: str, *prompts: p.StagePrompt) -> p.Stage:
    return p.Stage(name=name, prompts=prompts)


def test_stages_round_trip_through_their_json():
    stages = (
        stage("One", p.StagePrompt(output_key="body", slug="body")),
        stage(
            "Two", p.StagePrompt(output_key="all", template="Alles: {{body}}", template_en="All")
        ),
    )
    assert p.parse_stages(p.stages_json(stages)) == stages
    assert p.stages_from_rows(p.rows_from_stages(stages)) == stages


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ([], "stages_invalid"),
        ("nonsense", "stages_invalid"),
        ([{"name": "A", "prompts": []}], "stage_empty"),
        (
            [{"prompts": [{"type": "inline", "template": "x", "output_key": "Bad Key"}]}],
            "output_key_invalid",
        ),
        (
            [{"prompts": [{"type": "inline", "template": " ", "output_key": "a"}]}],
            "template_missing",
        ),
        ([{"prompts": [{"type": "other", "output_key": "a"}]}], "stages_invalid"),
        (
            [
                {"prompts": [{"type": "reference", "slug": "body", "output_key": "a"}]},
                {"prompts": [{"type": "inline", "template": "x", "output_key": "a"}]},
            ],
            "output_key_twice",
        ),
    ],
)
def test_malformed_stages_are_refused(raw, code):
    assert refused(p.parse_stages, raw).code == f"ai.error.{code}"


def test_stage_rows_group_by_stage_number_in_order():
    rows = [
        {"stage": "2", "name": "Later", "slug": "", "output_key": "c", "template": "{{a}}"},
        {"stage": "1", "name": "First", "slug": "body", "output_key": "a"},
        {"stage": "1", "name": "", "slug": "body", "output_key": "b"},
    ]
    stages = p.stages_from_rows(rows)
    assert [s.name for s in stages] == ["First", "Later"]
    assert [x.output_key for x in stages[0].prompts] == ["a", "b"]
    assert refused(p.stages_from_rows, [{"stage": "one"}]).code == "ai.error.stages_invalid"


def test_unknown_placeholders_are_refused_by_name():
    spec = PromptSpec(slug="x", title="X", template="{{weight_latest}} {{wieght}} {{foo.bar}}")
    error = refused(p.check_prompt, spec, bases={}, known=KNOWN)
    assert (error.code, names(error)) == ("ai.error.unknown_placeholders", ("wieght", "foo.bar"))
    english_only = PromptSpec(slug="x", title="X", template="ok", template_en="{{nope}}")
    assert names(refused(p.check_prompt, english_only, bases={}, known=KNOWN)) == ("nope",)
    p.check_prompt(BASE, bases={}, known=KNOWN)  # fine


def test_a_stage_reads_only_outputs_of_earlier_stages():
    spec = pipeline(
        stage("One", p.StagePrompt(output_key="first", template="{{second}}")),
        stage("Two", p.StagePrompt(output_key="second", template="{{first}}")),
    )
    assert names(refused(p.check_prompt, spec, bases={}, known=KNOWN)) == ("second",)
    fine = pipeline(
        stage("One", p.StagePrompt(output_key="first", slug="body")),
        stage("Two", p.StagePrompt(output_key="second", template="{{first}} {{kcal_avg_7d}}")),
    )
    p.check_prompt(fine, bases={"body": BASE}, known=KNOWN)


def test_pipeline_references_and_output_keys_are_checked():
    missing = pipeline(stage("One", p.StagePrompt(output_key="a", slug="gone")))
    assert names(refused(p.check_prompt, missing, bases={"body": BASE}, known=KNOWN)) == ("gone",)
    shadow = pipeline(stage("One", p.StagePrompt(output_key="weight_latest", slug="body")))
    assert refused(p.check_prompt, shadow, bases={"body": BASE}, known=KNOWN).code == (
        "ai.error.output_key_taken"
    )


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        (PromptSpec(slug="Has Space", title="X", template="t"), "slug_invalid"),
        (PromptSpec(slug="x", title=" ", template="t"), "title_missing"),
        (PromptSpec(slug="x", title="X", template=""), "template_missing"),
        (
            PromptSpec(slug="x", title="X", template="t", output_format="xml"),
            "output_format_invalid",
        ),
        (
            PromptSpec(
                slug="x", title="X", template="t", output_format="json", output_schema={"type": 5}
            ),
            "schema_invalid",
        ),
    ],
)
def test_what_an_admin_must_fix(spec, code):
    assert refused(p.check_prompt, spec, bases={}, known=KNOWN).code == f"ai.error.{code}"


def test_the_plan_picks_the_language_and_resolves_references():
    spec = pipeline(
        stage("One", p.StagePrompt(output_key="a", slug="body")),
        stage("Two", p.StagePrompt(output_key="b", template="Deutsch {{a}}")),
    )
    calls = p.plan_calls(spec, {"body": BASE}, "en")
    assert [(c.stage, c.stage_count, c.template) for c in calls] == [
        (1, 2, "Weight {{weight_latest}}"),
        (2, 2, "Deutsch {{a}}"),  # no English: German is sent
    ]
    assert p.plan_calls(spec, {"body": BASE}, "de")[0].template == "Gewicht {{weight_latest}}"
    assert refused(p.plan_calls, spec, {}, "en").code == "ai.error.unknown_slug"


def test_preview_marks_outputs_and_fills_values():
    spec = pipeline(
        stage("One", p.StagePrompt(output_key="a", slug="body")),
        stage("Two", p.StagePrompt(output_key="b", template="Stufe 1: {{a}}")),
    )
    calls = p.plan_calls(spec, {"body": BASE}, "de")
    assert p.preview(calls, {"weight_latest": "80,0 kg"}, "de") == [
        "Gewicht 80,0 kg",
        "Stufe 1: (Ergebnis von Stufe 1: a)",
    ]
    assert p.referenced_values(calls, {"weight_latest": "80,0 kg", "kcal_avg_7d": "2000"}) == {
        "weight_latest": "80,0 kg"
    }
    assert p.unfilled(calls, {}) == ["weight_latest"]
    assert p.unfilled(calls, {"weight_latest": "x"}) == []


SCHEMA = {"type": "object", "required": ["score"], "properties": {"score": {"type": "number"}}}


@pytest.mark.parametrize(
    ("reply", "value"),
    [
        ('{"score": 7}', {"score": 7}),
        ('```json\n{"score": 7.5}\n```', {"score": 7.5}),
        ('  {"score": 1, "note": "extra is fine"}  ', {"score": 1, "note": "extra is fine"}),
    ],
)
def test_valid_json_output(reply, value):
    assert p.parse_json_output(reply, SCHEMA) == (value, "")


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        ("Sure! The score is 7.", "not valid JSON"),
        ('{"score": "seven"}', "at score: 'seven' is not of type 'number'"),
        ("{}", "'score' is a required property"),
    ],
)
def test_invalid_json_output_says_what_is_wrong(reply, problem):
    value, found = p.parse_json_output(reply, SCHEMA)
    assert value is None and problem in found


def test_the_repair_prompt_holds_the_task_the_reply_and_the_problem():
    text = p.repair_prompt("Score {{x}}", "seven", "not valid JSON", "en")
    assert "Score {{x}}" in text and "seven" in text and "not valid JSON" in text
    assert '"score"' in p.json_instructions(SCHEMA, "de")


def test_every_failure_has_words_in_both_languages():
    """Each code a run or a save can fail with (the refusals in the prompt
    code and the service, every ProviderError code) has a message."""
    import inspect
    import re

    from mitai_app.ai import service as ai
    from mitai_app.core.i18n import CATALOG

    source = inspect.getsource(p) + inspect.getsource(ai)
    codes = set(re.findall(r'UserError\(\s*"(ai\.error\.\w+)"', source))
    provider = {"not_configured", "auth", "rate_limited", "unavailable", "timeout"}
    codes |= {f"ai.error.{code}" for code in (*provider, "bad_response", "circuit_open")}
    assert len(codes) > 20
    for code in codes:
        text = CATALOG[code]
        german, english = text.de, text.en
        assert german and english and german != english
