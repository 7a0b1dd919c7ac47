"""Running prompts and the pipeline against a fake provider on localhost
(both APIs, streamed): stored insights and what they remember, the one JSON
repair, usage counting, and nothing sent without the user's consent."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
import uuid
from contextlib import contextmanager
from datetime import date

import pytest
from sqlmodel import Session, select

from mitai_app.ai import config as ai_config
from mitai_app.ai import service as ai
from mitai_app.ai.models import AiInsight, AiUsage
from mitai_app.body.models import WeightEntry
from mitai_app.core import access, placeholders
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError
from tests import fake_ai_provider
from tests.factories import AI_USER, new_profile
from tests.fake_ai_provider import FakeProvider, Reply, Status

fake_provider = fake_ai_provider.fake_provider
TODAY = date(2026, 3, 10)
SCORE_SCHEMA = {
    "type": "object",
    "required": ["score"],
    "properties": {"score": {"type": "number"}},
}


def configure(session: Session, fake: FakeProvider, kind: str) -> uuid.UUID:
    """The fake provider as the admin's choice; returns the admin's id."""
    admin = new_profile(session, **AI_USER, role="admin")
    base_url = fake.base_url if kind == "openai" else fake.anthropic_base_url
    ai_config.save_config(
        session=session, admin_id=admin, kind=kind, base_url=base_url, model="fake-1", api_key="k"
    )
    return admin


def run(session: Session, profile: uuid.UUID, slug: str, **kwargs) -> list[ai.RunEvent]:
    @contextmanager
    def scope():
        yield session

    async def collect():
        return [
            event
            async for event in ai.run(
                profile_id=profile, slug=slug, today=TODAY, session_scope=scope, **kwargs
            )
        ]

    return asyncio.run(collect())


def insights(session: Session, profile: uuid.UUID) -> list[AiInsight]:
    return list(session.exec(select(AiInsight).where(AiInsight.profile_id == profile)))


def add_json_prompt(session: Session, admin: uuid.UUID) -> str:
    ai.save_prompt(
        session=session,
        admin_id=admin,
        form={
            "slug": "weight_score",
            "title": "Weight score",
            "type": "base",
            "output_format": "json",
            "output_schema": '{"type": "object", "required": ["score"], '
            '"properties": {"score": {"type": "number"}}}',
            "template": "Bewerte {{weight_latest}}.",
            "template_en": "Score {{weight_latest}}.",
        },
    )
    return "weight_score"


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_a_base_prompt_streams_into_an_insight_that_keeps_its_values(session, fake_provider, kind):
    configure(session, fake_provider, kind)
    profile = new_profile(session, **AI_USER)
    session.add(WeightEntry(profile_id=profile, date=TODAY, weight=81.5))
    session.commit()
    fake_provider.enqueue(Reply("Your weight is **steady** at 81.5 kg.", chunk_size=5))

    events = run(session, profile, "body_composition")

    kinds = [e.kind for e in events]
    assert kinds[0] == "stage_started" and kinds[-2:] == ["stage_done", "saved"]
    assert kinds.count("chunk") > 3  # streamed, not one block
    [insight] = insights(session, profile)
    assert insight.content == "Your weight is **steady** at 81.5 kg."
    assert insight.scope == "body_composition"
    values = placeholders.compute_values(
        session=session, profile_id=profile, lang="en", today=TODAY
    )
    assert "81.5" in values["weight_latest"]
    assert insight.meta["placeholders"]["weight_latest"] == values["weight_latest"]
    assert insight.meta["provider"] == kind and insight.meta["model"] == "fake-1"
    assert insight.meta["language"] == "en"
    [request] = fake_provider.requests
    assert values["weight_latest"] in request.prompt
    # The preview shows exactly what was sent: the system message and the prompt.
    system, sent = ai.preview(
        session=session, profile_id=profile, slug="body_composition", today=TODAY
    )
    assert request.prompt == sent.text
    assert system.text in json.dumps(request.body, ensure_ascii=False)


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_the_pipeline_hands_stages_1_and_2_to_stage_3(session, fake_provider, kind, monkeypatch):
    configure(session, fake_provider, kind)
    profile = new_profile(session, **AI_USER)
    consumed: list[str] = []
    original = access.consume

    def counting_consume(**kwargs):
        consumed.append(kwargs["feature_id"])
        return original(**kwargs)

    monkeypatch.setattr(access, "consume", counting_consume)
    fake_provider.enqueue(
        Reply("Body: weight falls gently."),
        Reply("Food: protein is low."),
        Reply("Overall: eat more protein, keep going."),
    )

    events = run(session, profile, "pipeline")

    started = [(e.stage, e.stage_count, e.stage_name) for e in events if e.kind == "stage_started"]
    assert started == [(1, 3, "Body trend"), (2, 3, "Nutrition"), (3, 3, "Overall analysis")]
    assert events[-1].kind == "saved"
    stage_3 = fake_provider.requests[2].prompt
    assert "Body: weight falls gently." in stage_3 and "Food: protein is low." in stage_3
    [insight] = insights(session, profile)
    assert insight.scope == "pipeline"
    assert insight.content == "Overall: eat more protein, keep going."
    assert insight.meta["stage_outputs"]["body_trend"] == "Body: weight falls gently."
    assert insight.meta["prompts"] == ["pipeline", "body_composition", "nutrition"]
    assert "weight_latest" in insight.meta["placeholders"]
    assert consumed == ["ai_pipeline", "ai_calls", "ai_calls", "ai_calls"]
    usage = session.exec(select(AiUsage).where(AiUsage.profile_id == profile)).one()
    assert usage.date == utcnow().date() and usage.count == 3


def test_invalid_json_is_repaired_once(session, fake_provider):
    admin = configure(session, fake_provider, "openai")
    slug = add_json_prompt(session, admin)
    profile = new_profile(session, **AI_USER)
    fake_provider.enqueue(Reply("I think it is a 7."), Reply('```json\n{"score": 7}\n```'))

    events = run(session, profile, slug)

    assert [e.kind for e in events].count("repairing") == 1
    assert events[-1].kind == "saved"
    first, repair = fake_provider.requests
    assert first.prompt == ai.preview(session=session, profile_id=profile, slug=slug)[-1].text
    assert "JSON" in first.prompt and '"score"' in first.prompt  # the schema is asked for
    assert "I think it is a 7." in repair.prompt and "not valid JSON" in repair.prompt
    [insight] = insights(session, profile)
    assert '"score": 7' in insight.content
    usage = session.exec(select(AiUsage).where(AiUsage.profile_id == profile)).one()
    assert usage.count == 2  # the repair is a call too


def test_json_invalid_twice_fails_clearly_and_stores_nothing(session, fake_provider):
    admin = configure(session, fake_provider, "anthropic")
    slug = add_json_prompt(session, admin)
    profile = new_profile(session, **AI_USER)
    fake_provider.enqueue(Reply("seven"), Reply('{"score": "seven"}'))

    events = run(session, profile, slug)

    failed = events[-1]
    assert failed.kind == "failed" and failed.error.code == "ai.error.invalid_json"
    detail = failed.error.values["detail"]
    assert "score" in detail and "number" in detail
    assert len(fake_provider.requests) == 2
    assert insights(session, profile) == []


def test_nothing_is_sent_while_ai_is_disabled(session, fake_provider):
    configure(session, fake_provider, "openai")
    profile = new_profile(session, **{**AI_USER, "ai_enabled": False})

    events = run(session, profile, "pipeline")

    assert [(e.kind, e.error.code) for e in events] == [("failed", "ai.error.ai_disabled")]
    assert fake_provider.requests == []
    assert insights(session, profile) == []
    assert session.exec(select(AiUsage).where(AiUsage.profile_id == profile)).first() is None

    ai.set_ai_enabled(session=session, profile_id=profile, enabled=True)
    assert run(session, profile, "body_composition")[-1].kind == "saved"
    assert len(fake_provider.requests) == 1


def test_without_a_provider_the_run_says_so(session):
    profile = new_profile(session, **AI_USER)
    events = run(session, profile, "body_composition")
    assert [(e.kind, e.error.code) for e in events] == [("failed", "ai.error.not_configured")]


def test_a_plan_without_the_pipeline_makes_no_call(session, fake_provider):
    configure(session, fake_provider, "openai")
    profile = new_profile(session, **{**AI_USER, "tier": "free"})  # ai_pipeline: 0 a month

    events = run(session, profile, "pipeline")

    refused = events[-1]
    assert (refused.kind, refused.error) == ("failed", None)
    assert refused.decision.feature_id == "ai_pipeline" and not refused.decision.allowed
    assert fake_provider.requests == []
    assert run(session, profile, "body_composition")[-1].kind == "saved"  # 3 calls allowed


def test_cancelling_stops_the_stream_and_saves_nothing(session, fake_provider):
    configure(session, fake_provider, "openai")
    profile = new_profile(session, **AI_USER)
    fake_provider.enqueue(Reply("word " * 200, chunk_size=5, delay_s=0.01))

    @contextmanager
    def scope():
        yield session

    async def first_chunk_then_cancel() -> str:
        stream = ai.run(profile_id=profile, slug="body_composition", session_scope=scope)
        async for event in stream:
            if event.kind == "chunk":
                await stream.aclose()
                return event.text
        return ""

    assert asyncio.run(first_chunk_then_cancel()) == "word "
    assert insights(session, profile) == []


def test_a_test_run_is_not_saved(session, fake_provider):
    configure(session, fake_provider, "openai")
    profile = new_profile(session, **AI_USER)
    fake_provider.enqueue(Reply("Just testing."))
    events = run(session, profile, "body_composition", save=False)
    assert (events[-1].kind, events[-1].text) == ("done", "Just testing.")
    assert insights(session, profile) == []


def test_history_per_prompt_and_deleting_only_ones_own(session, fake_provider):
    configure(session, fake_provider, "openai")
    profile, other = new_profile(session, **AI_USER), new_profile(session, **AI_USER)
    fake_provider.enqueue(Reply("First."), Reply("Second."), Reply("Food."))
    run(session, profile, "body_composition")
    run(session, profile, "body_composition")
    run(session, profile, "nutrition")

    history = ai.list_insights(session=session, profile_id=profile, slug="body_composition")
    assert {row.content for row in history} == {"First.", "Second."}
    assert history[0].values["weight_latest"] == "no data"
    assert ai.list_insights(session=session, profile_id=other, slug="body_composition") == []

    target = history[0].id
    assert not ai.delete_insight(session=session, profile_id=other, insight_id=target)
    assert not ai.delete_insight(session=session, profile_id=profile, insight_id="nonsense")
    assert ai.insight_meta(session=session, profile_id=other, insight_id=target) is None
    assert ai.delete_insight(session=session, profile_id=profile, insight_id=target)
    assert len(ai.list_insights(session=session, profile_id=profile, slug="body_composition")) == 1


def test_the_preview_shows_values_and_marks_earlier_stage_outputs(session):
    profile = new_profile(session, **AI_USER)
    session.add(WeightEntry(profile_id=profile, date=TODAY, weight=79.0))
    session.commit()

    parts = ai.preview(session=session, profile_id=profile, slug="pipeline", today=TODAY)

    assert [p.label for p in parts] == [
        "Instructions to the AI (sent with every request)",
        "Stage 1: Body trend",
        "Stage 2: Nutrition",
        "Stage 3: Overall analysis",
    ]
    system, body, _, overall = parts
    assert "never invent values" in system.text
    assert "79" in body.text and "{{" not in body.text
    assert "(output of stage 1: body_trend)" in overall.text
    assert "(output of stage 2: nutrition)" in overall.text


def test_an_unknown_prompt_answers_like_a_missing_one(session):
    profile = new_profile(session, **AI_USER)
    with pytest.raises(UserError) as refused:
        ai.preview(session=session, profile_id=profile, slug="no_such_prompt")
    assert refused.value.code == "ai.error.prompt_missing"


def test_a_failing_provider_is_named_and_then_left_alone(session, fake_provider, monkeypatch):
    from mitai_app.ai.pages.runner import failure_text

    configure(session, fake_provider, "openai")
    profile = new_profile(session, **AI_USER)
    stored = ai_config.load_config(session=session)
    # No retries, so three failed runs take no time (the provider's own tests
    # cover retries and back-off).
    monkeypatch.setattr(
        ai_config, "load_config", lambda **_: dataclasses.replace(stored, max_retries=0)
    )
    fake_provider.enqueue(Status(500), Status(500), Status(500))

    for _ in range(3):
        failed = run(session, profile, "body_composition")[-1]
        assert (failed.kind, failed.error.code) == ("failed", "ai.error.unavailable")
    assert failure_text(failed, "en") == "The AI provider cannot be reached; try again later."

    open_breaker = run(session, profile, "body_composition")[-1]
    assert open_breaker.error.code == "ai.error.circuit_open"
    assert open_breaker.error.values["seconds"] > 50
    assert len(fake_provider.requests) == 3  # the fourth run sent nothing
    assert re.fullmatch(
        r"The AI provider is failing; try again in \d+ s\.", failure_text(open_breaker, "en")
    )
    assert insights(session, profile) == []
