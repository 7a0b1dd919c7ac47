"""The seeded prompts and the admin's prompt editing, on both databases."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from mitai_app.accounts.models import UserActivityLog
from mitai_app.ai import service as ai
from mitai_app.ai.models import AiPrompt
from mitai_app.core import seeding
from mitai_app.core.errors import UserError, user_message
from tests.factories import AI_USER, new_profile

BASE_FORM = {
    "slug": "hydration",
    "title": "Hydration",
    "type": "base",
    "category": "nutrition",
    "output_format": "text",
    "template": "Wasser: {{water_avg_7d}}",
    "template_en": "Water: {{water_avg_7d}}",
}


def slugs(session: Session, profile) -> list[str]:
    return [p.slug for p in ai.analysis_overview(session=session, profile_id=profile).prompts]


def save_error(session: Session, admin, form: dict, **kwargs) -> UserError:
    with pytest.raises(UserError) as error:
        ai.save_prompt(session=session, admin_id=admin, form=form, **kwargs)
    return error.value


def test_six_base_prompts_and_the_pipeline_are_seeded_in_order(session):
    profile = new_profile(session, **AI_USER)
    assert slugs(session, profile) == [
        "body_composition",
        "nutrition",
        "training",
        "sleep_recovery",
        "vitals_blood_pressure",
        "goals_progress",
        "pipeline",
    ]
    titles = {
        p.slug: p.title for p in ai.analysis_overview(session=session, profile_id=profile).prompts
    }
    assert titles["pipeline"] == "Overall analysis (3 stages)"  # an English reader
    form = ai.prompt_form(session=session, slug="pipeline")
    assert [row["stage"] for row in form.stage_rows] == ["1", "2", "3"]


def test_reseeding_keeps_an_admins_prompt_and_restores_a_deleted_one(session):
    admin = new_profile(session, **AI_USER, role="admin")
    ai.save_prompt(
        session=session,
        admin_id=admin,
        editing="nutrition",
        form={**BASE_FORM, "title": "Meine Ernährung", "template": "Nur {{kcal_avg_7d}}"},
    )
    session.delete(session.exec(select(AiPrompt).where(AiPrompt.slug == "training")).one())
    session.commit()

    report = seeding.seed_reference_data(session=session)

    assert report.inserted["ai_prompts"] == 1
    nutrition = ai.prompt_form(session=session, slug="nutrition")
    assert (nutrition.title, nutrition.template) == ("Meine Ernährung", "Nur {{kcal_avg_7d}}")


def test_a_template_with_unknown_placeholders_is_refused_by_name(session):
    admin = new_profile(session, **AI_USER, role="admin")
    error = save_error(
        session, admin, {**BASE_FORM, "template": "{{water_avg_7d}} {{water_avg_1y}} {{mood}}"}
    )
    assert (error.code, error.values["names"]) == (
        "ai.error.unknown_placeholders",
        "water_avg_1y, mood",
    )
    assert session.exec(select(AiPrompt).where(AiPrompt.slug == "hydration")).first() is None


def test_an_admin_creates_edits_reorders_and_deactivates(session):
    admin, user = new_profile(session, **AI_USER, role="admin"), new_profile(session, **AI_USER)
    ai.save_prompt(session=session, admin_id=admin, form=BASE_FORM)
    assert slugs(session, user)[-1] == "hydration"
    assert save_error(session, admin, BASE_FORM).code == "ai.error.slug_taken"

    ai.move_prompt(session=session, admin_id=admin, slug="hydration", step=-1)
    assert slugs(session, user)[-2:] == ["hydration", "pipeline"]
    ai.move_prompt(session=session, admin_id=admin, slug="body_composition", step=-1)  # stays
    assert slugs(session, user)[0] == "body_composition"

    ai.set_prompt_active(session=session, admin_id=admin, slug="hydration", active=False)
    assert "hydration" not in slugs(session, user)
    assert [r.active for r in ai.admin_prompts(session=session) if r.slug == "hydration"] == [False]
    with pytest.raises(UserError):  # an inactive prompt answers like a missing one
        ai.preview(session=session, profile_id=user, slug="hydration")
    assert ai.preview(session=session, profile_id=admin, slug="hydration", include_inactive=True)

    logged = session.exec(
        select(UserActivityLog.action).where(UserActivityLog.profile_id == admin)
    ).all()
    assert {"ai_prompt_saved", "ai_prompt_moved", "ai_prompt_active"} <= set(logged)


def test_a_pipeline_from_the_stage_editor(session):
    admin = new_profile(session, **AI_USER, role="admin")
    rows = [
        {"stage": "1", "name": "Water", "slug": "nutrition", "output_key": "food"},
        {
            "stage": "2",
            "name": "Verdict",
            "slug": "",
            "output_key": "verdict",
            "template": "Urteil über {{food}}",
            "template_en": "Verdict on {{food}}",
        },
    ]
    form = {**BASE_FORM, "slug": "mini", "type": "pipeline", "template": ""}
    ai.save_prompt(session=session, admin_id=admin, form=form, stage_rows=rows)
    saved = ai.prompt_form(session=session, slug="mini")
    assert saved.type == "pipeline" and saved.stage_rows[1]["template_en"] == "Verdict on {{food}}"

    later = [{**rows[1], "stage": "1"}, {**rows[0], "stage": "2"}]
    error = save_error(session, admin, form, stage_rows=later, editing="mini")
    assert (error.code, error.values["names"]) == ("ai.error.unknown_placeholders", "food")
    gone = [{**rows[0], "slug": "no_such_prompt"}]
    error = save_error(session, admin, form, stage_rows=gone, editing="mini")
    assert error.values["names"] == "no_such_prompt"


def test_a_json_prompt_needs_a_valid_schema(session):
    admin = new_profile(session, **AI_USER, role="admin")
    form = {**BASE_FORM, "output_format": "json", "output_schema": "{not json"}
    assert save_error(session, admin, form).code == "ai.error.schema_invalid"
    form["output_schema"] = '{"type": "object", "properties": {"a": {"type": "strin"}}}'
    error = save_error(session, admin, form)
    assert error.code == "ai.error.schema_invalid" and "strin" in error.values["detail"]


def test_a_base_prompt_a_pipeline_uses_stays_a_base_prompt(session):
    admin = new_profile(session, **AI_USER, role="admin")
    form = ai.prompt_form(session=session, slug="nutrition")
    as_pipeline = {key: getattr(form, key) for key in ai.FORM_FIELDS} | {"type": "pipeline"}
    rows = [{"stage": "1", "slug": "training", "output_key": "t"}]
    error = save_error(session, admin, as_pipeline, stage_rows=rows, editing="nutrition")
    assert (error.code, error.values["names"]) == ("ai.error.prompt_in_use", "pipeline")


# --- what the Analysis page can say before anyone presses Run ---------------------


def _no_environment(monkeypatch) -> None:
    from mitai_app.ai import config as ai_config
    from mitai_app.core import settings as settings_module

    custom = settings_module.Settings(_env_file=None)
    monkeypatch.setattr(ai_config, "settings", lambda: custom)


def test_the_overview_says_whether_a_provider_is_set_up(session, monkeypatch):
    from mitai_app.ai import config as ai_config

    _no_environment(monkeypatch)
    admin = new_profile(session, **AI_USER, role="admin")
    profile = new_profile(session, **AI_USER)
    assert not ai.analysis_overview(session=session, profile_id=profile).provider_configured
    ai_config.save_config(
        session=session,
        admin_id=admin,
        kind="openai",
        base_url="http://127.0.0.1:9/v1",
        model="fake-1",
        api_key="",
    )
    assert ai.analysis_overview(session=session, profile_id=profile).provider_configured


def test_prompts_reading_modules_without_pages_are_marked(session, monkeypatch):
    import dataclasses

    from mitai_app.core import modules as registry

    profile = new_profile(session, **AI_USER)

    def complete() -> dict[str, bool]:
        overview = ai.analysis_overview(session=session, profile_id=profile)
        return {p.slug: p.complete for p in overview.prompts}

    assert set(complete().values()) == {True}  # every module has its pages now
    # Nutrition without pages: its prompt, and the pipeline reading it, are marked.
    shrunk = tuple(
        dataclasses.replace(m, pages=()) if m.name == "nutrition" else m for m in registry.modules()
    )
    monkeypatch.setattr(registry, "modules", lambda: shrunk)
    assert complete() == {
        "body_composition": True,
        "nutrition": False,
        "training": True,
        "sleep_recovery": True,
        "vitals_blood_pressure": True,
        "goals_progress": True,
        "pipeline": False,  # its second stage reads nutrition
    }


def test_the_admin_list_has_each_seeded_title_in_both_languages(session):
    rows = {row.slug: row for row in ai.admin_prompts(session=session)}
    assert (rows["body_composition"].title, rows["body_composition"].title_en) == (
        "Körperzusammensetzung",
        "Body composition",
    )
    admin = new_profile(session, **AI_USER, role="admin")
    ai.save_prompt(
        session=session,
        admin_id=admin,
        editing="nutrition",
        form={**BASE_FORM, "title": "Meine Ernährung", "template": "Nur {{kcal_avg_7d}}"},
    )
    rows = {row.slug: row for row in ai.admin_prompts(session=session)}
    assert rows["nutrition"].title_en == "Meine Ernährung"  # an admin's own title stays


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("slug", 100),
        ("title", 255),
        ("category", 50),
        ("description", 2_000),
        ("template", 20_000),
    ],
)
def test_prompt_texts_beyond_their_limit_are_refused(session, field, limit):
    admin = new_profile(session, **AI_USER, role="admin")
    error = save_error(session, admin, {**BASE_FORM, field: "x" * (limit + 1)})
    assert (error.code, error.field) == ("error.too_long_named", field)
    assert session.exec(select(AiPrompt).where(AiPrompt.slug == "hydration")).first() is None


def test_a_stage_name_or_base_prompt_over_its_limit_is_refused_by_name_not_echoed(session):
    admin = new_profile(session, **AI_USER, role="admin")
    form = {**BASE_FORM, "slug": "mini", "type": "pipeline", "template": ""}
    stage = {"stage": "1", "name": "Water", "slug": "nutrition", "output_key": "food"}
    for too_long, label in (
        ({"name": "N" * 101}, "Stage name"),
        ({"slug": "nutrition" * 1_000}, "Prompt"),
    ):
        error = save_error(session, admin, form, stage_rows=[{**stage, **too_long}])
        message = user_message(error, "en")
        assert error.code == "error.too_long_named" and message.startswith(f"{label}: at most")
        assert "NNNN" not in message and "nutritionnutrition" not in message
    assert session.exec(select(AiPrompt).where(AiPrompt.slug == "mini")).first() is None
    ai.save_prompt(
        session=session, admin_id=admin, form=form, stage_rows=[{**stage, "name": "N" * 100}]
    )
    assert ai.prompt_form(session=session, slug="mini").stage_rows[0]["name"] == "N" * 100
