"""AI analyses: the prompts a user may run, what a run will send, running a
base prompt or a pipeline into a stored insight, the insights' history, and
the admin's prompt editing.

A run never holds a database transaction across a provider call: each step
that touches the database (prepare, count a call, save) runs in a worker
thread with its own short transaction, and the provider is awaited between
them. Nothing at all is sent unless the profile has allowed AI analyses.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.service import log_activity
from mitai_app.ai import config as ai_config
from mitai_app.ai import defaults as ai_defaults
from mitai_app.ai import prompts as domain
from mitai_app.ai import providers as ai_providers
from mitai_app.ai.models import AiInsight, AiPrompt, AiUsage
from mitai_app.ai.prompts import PlannedCall, PromptSpec
from mitai_app.ai.providers import ProviderConfig, ProviderError
from mitai_app.core import access, db, modules, placeholders
from mitai_app.core.access import AccessDecision, FeatureRefused
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import today_in
from mitai_app.core.i18n import translate

T = TypeVar("T")
SessionScope = Callable[[], AbstractContextManager[Session]]


# --- what the pages show ----------------------------------------------------------


@dataclass(frozen=True)
class PromptChoice:
    slug: str
    title: str  # in the reader's language where it is a seeded title
    type: str
    description: str
    # False when it reads data of a module whose pages do not exist yet:
    # those parts of the answer can only say "no data".
    complete: bool = True


@dataclass(frozen=True)
class AnalysisOverview:
    ai_enabled: bool
    prompts: list[PromptChoice]
    # Whether a provider is set up (by an admin or the environment): the
    # page says so before anyone allows AI analyses or presses Run.
    provider_configured: bool = True


@dataclass(frozen=True)
class SentPart:
    """One prompt of a run as it will be sent; `label` names its stage."""

    label: str
    text: str


@dataclass(frozen=True)
class InsightRow:
    id: str
    scope: str
    created: datetime
    content: str
    values: dict[str, str]  # the placeholder values it was built from


def _choice(row: AiPrompt, lang: str, bases: dict[str, PromptSpec]) -> PromptChoice:
    return PromptChoice(
        slug=row.slug,
        title=ai_defaults.localized(row.title, lang),
        type=row.type or "base",
        description=ai_defaults.localized(row.description or "", lang),
        complete=_reads_modules_with_pages(_spec(row), bases),
    )


def _reads_modules_with_pages(spec: PromptSpec, bases: dict[str, PromptSpec]) -> bool:
    """Whether each call the prompt makes (each stage's too) is about data a
    user can enter: a call is about the module most of its placeholders
    belong to (the profile's facts aside; an earlier stage's output counts
    as available), so a body analysis that also quotes the weight goal is
    about the body, and one about nutrition waits for nutrition's pages."""
    try:
        calls = domain.plan_calls(spec, bases, "de")
    except UserError:  # a pipeline whose base prompt is gone: running it says so
        return True
    for call in calls:
        owners = Counter(
            placeholders.owner(name) for name in placeholders.referenced(call.template)
        )
        owners.pop("accounts", None)
        if owners:
            main = owners.most_common(1)[0][0]
            if main is not None and main not in modules.with_pages():
                return False
    return True


def _ordered(session: Session, *, active_only: bool) -> list[AiPrompt]:
    query = select(AiPrompt).order_by(col(AiPrompt.sort_order), col(AiPrompt.title))
    if active_only:
        query = query.where(col(AiPrompt.active).is_(True))
    return list(session.exec(query))


def _profile(session: Session, profile_id: uuid.UUID | str) -> Profile:
    profile = session.get(Profile, access.as_uuid(profile_id))
    if profile is None:
        raise LookupError("no such profile")
    return profile


def analysis_overview(*, session: Session, profile_id: uuid.UUID | str) -> AnalysisOverview:
    """Whether the profile allows AI analyses, and the prompts it may run."""
    profile = _profile(session, profile_id)
    bases = _bases(session)
    return AnalysisOverview(
        ai_enabled=profile.ai_enabled,
        prompts=[
            _choice(row, profile.language, bases) for row in _ordered(session, active_only=True)
        ],
        provider_configured=ai_config.load_config(session=session) is not None,
    )


def set_ai_enabled(*, session: Session, profile_id: uuid.UUID | str, enabled: bool) -> bool:
    profile = _profile(session, profile_id)
    profile.ai_enabled = bool(enabled)
    session.add(profile)
    log_activity(session, profile.id, "ai_enabled" if enabled else "ai_disabled")
    session.commit()
    return profile.ai_enabled


# --- prompts as plain data --------------------------------------------------------


def _spec(row: AiPrompt) -> PromptSpec:
    return PromptSpec(
        slug=row.slug,
        title=row.title,
        type=row.type or "base",
        template=row.template or "",
        template_en=row.template_en or "",
        output_format=row.output_format or "text",
        output_schema=row.output_schema or None,
        stages=domain.parse_stages(row.stages) if row.type == "pipeline" else (),
        model=row.model or "",
        description=row.description or "",
        category=row.category or "",
    )


def _bases(session: Session) -> dict[str, PromptSpec]:
    rows = session.exec(select(AiPrompt).where(AiPrompt.type == "base"))
    return {row.slug: _spec(row) for row in rows}


def _runnable(
    session: Session, slug: str, lang: str, *, include_inactive: bool
) -> tuple[PromptSpec, list[PlannedCall]]:
    row = session.exec(select(AiPrompt).where(AiPrompt.slug == slug)).first()
    if row is None or not (row.active or include_inactive):
        raise UserError("ai.error.prompt_missing", names=slug)
    spec = _spec(row)
    return spec, domain.plan_calls(spec, _bases(session), lang)


def _stage_label(call: PlannedCall, lang: str) -> str:
    return ai_defaults.localized(call.stage_name, lang)


def _part_label(call: PlannedCall, lang: str) -> str:
    if call.stage_count == 1:
        return _stage_label(call, lang)
    return translate("ai.sent_stage", lang, stage=call.stage, name=_stage_label(call, lang))


def preview(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    slug: str,
    include_inactive: bool = False,
    today: date | None = None,
) -> list[SentPart]:
    """What running `slug` will send, with the profile's own values: the
    system message, then each prompt."""
    profile = _profile(session, profile_id)
    lang = profile.language
    _, calls = _runnable(session, slug, lang, include_inactive=include_inactive)
    values = placeholders.compute_values(
        session=session, profile_id=profile.id, lang=lang, today=today
    )
    texts = domain.preview(calls, values, lang)
    system = SentPart(translate("ai.sent_system", lang), translate("ai.system_prompt", lang))
    return [system] + [
        SentPart(label=_part_label(c, lang), text=t) for c, t in zip(calls, texts, strict=True)
    ]


# --- running ------------------------------------------------------------------------


@dataclass(frozen=True)
class RunEvent:
    """What a run reports as it goes. `kind` is one of stage_started, chunk,
    repairing (the JSON answer is being asked for again), stage_done, saved,
    done (finished, nothing saved: a test run) and failed. A failed run says
    why in `error`, or in `decision` when the plan refused it."""

    kind: str
    stage: int = 0
    stage_count: int = 0
    stage_name: str = ""
    text: str = ""
    insight_id: str = ""
    detail: str = ""  # repairing: what was wrong with the JSON
    error: UserError | None = None
    decision: AccessDecision | None = None


@dataclass(frozen=True)
class _Job:
    profile_id: uuid.UUID
    slug: str
    lang: str
    calls: list[PlannedCall]
    values: dict[str, str]
    config: ProviderConfig


async def _in_thread(scope: SessionScope, function: Callable[..., T], /, **kwargs: Any) -> T:
    def work() -> T:
        with scope() as session:
            return function(session=session, **kwargs)

    return await asyncio.to_thread(work)


def _prepare(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    slug: str,
    include_inactive: bool,
    today: date | None,
) -> _Job:
    profile = _profile(session, profile_id)
    if not profile.ai_enabled:
        raise UserError("ai.error.ai_disabled")
    spec, calls = _runnable(session, slug, profile.language, include_inactive=include_inactive)
    config = ai_config.load_config(session=session)
    if config is None:
        raise UserError("ai.error.not_configured")
    values = placeholders.compute_values(
        session=session, profile_id=profile.id, lang=profile.language, today=today
    )
    unfilled = domain.unfilled(calls, values)
    if unfilled:
        raise UserError("ai.error.unknown_placeholders", names=", ".join(unfilled))
    if spec.type == "pipeline":
        access.consume(session=session, profile_id=profile.id, feature_id="ai_pipeline")
        session.commit()
    return _Job(profile.id, spec.slug, profile.language, calls, values, config)


def _count_usage(session: Session, profile_id: uuid.UUID, day: date) -> None:
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(AiUsage)
        .values(id=uuid.uuid4(), profile_id=profile_id, date=day, count=0)
        .on_conflict_do_nothing(index_elements=["profile_id", "date"])
    )
    usage = session.exec(
        select(AiUsage)
        .where(AiUsage.profile_id == profile_id, AiUsage.date == day)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    usage.count = (usage.count or 0) + 1
    session.add(usage)


def _count_call(*, session: Session, profile_id: uuid.UUID) -> None:
    """One provider call: the plan's `ai_calls` and the daily ai_usage row,
    committed before the call is made (a refused call is never made)."""
    access.consume(session=session, profile_id=profile_id, feature_id="ai_calls")
    profile = session.get(Profile, profile_id)
    _count_usage(session, profile_id, today_in(profile.timezone if profile else None))
    session.commit()


def _save_insight(
    *, session: Session, profile_id: uuid.UUID, scope: str, content: str, meta: dict[str, Any]
) -> str:
    insight = AiInsight(profile_id=profile_id, scope=scope, content=content, meta=meta)
    session.add(insight)
    session.commit()
    return str(insight.id)


@dataclass
class _Progress:
    outputs: dict[str, str] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)


async def _ask(job: _Job, scope: SessionScope, prompt: str, call: PlannedCall, replies: list[str]):
    """One counted provider call; yields its chunks and leaves the whole
    reply in `replies`."""
    await _in_thread(scope, _count_call, profile_id=job.profile_id)
    stream = ai_providers.stream_text(
        job.config,
        prompt=prompt,
        system=translate("ai.system_prompt", job.lang),
        model=call.model or None,
        json_output=call.output_format == "json",
    )
    parts: list[str] = []
    async with contextlib.aclosing(stream):
        async for chunk in stream:
            parts.append(chunk)
            yield chunk
    replies.append("".join(parts))


async def _run_call(
    job: _Job, scope: SessionScope, call: PlannedCall, progress: _Progress
) -> AsyncIterator[RunEvent]:
    prompt = domain.prompt_text(call, {**job.values, **progress.outputs}, job.lang)
    replies: list[str] = []
    async for chunk in _ask(job, scope, prompt, call, replies):
        yield RunEvent("chunk", stage=call.stage, text=chunk)
    if call.output_format == "json":
        value, problem = domain.parse_json_output(replies[-1], call.output_schema)
        if problem:
            yield RunEvent("repairing", stage=call.stage, detail=problem)
            repair = domain.repair_prompt(prompt, replies[-1], problem, job.lang)
            async for chunk in _ask(job, scope, repair, call, replies):
                yield RunEvent("chunk", stage=call.stage, text=chunk)
            value, problem = domain.parse_json_output(replies[-1], call.output_schema)
        if problem:
            yield RunEvent(
                "failed", stage=call.stage, error=UserError("ai.error.invalid_json", detail=problem)
            )
            return
        progress.outputs[call.output_key] = domain.output_text(value)
    else:
        progress.outputs[call.output_key] = replies[-1].strip()
    progress.models[call.output_key] = call.model or job.config.model


def _content(job: _Job, progress: _Progress) -> str:
    """The insight's text: the last stage's outputs (JSON shown as a code block)."""
    last = [c for c in job.calls if c.stage == job.calls[-1].stage]
    return "\n\n".join(
        f"```json\n{progress.outputs[c.output_key]}\n```"
        if c.output_format == "json"
        else progress.outputs[c.output_key]
        for c in last
    )


def _meta(job: _Job, progress: _Progress) -> dict[str, Any]:
    return {
        "placeholders": domain.referenced_values(job.calls, job.values),
        "prompts": [
            job.slug,
            *dict.fromkeys(c.slug for c in job.calls if c.slug not in ("", job.slug)),
        ],
        "provider": job.config.kind,
        "model": progress.models[job.calls[-1].output_key],
        "models": progress.models,
        "stage_outputs": progress.outputs,
        "language": job.lang,
    }


async def run(
    *,
    profile_id: uuid.UUID | str,
    slug: str,
    save: bool = True,
    include_inactive: bool = False,
    today: date | None = None,
    session_scope: SessionScope = db.session,
) -> AsyncIterator[RunEvent]:
    """Runs a base prompt or pipeline for the profile, reporting as it goes;
    the last event is saved, done or failed. Closing the iterator early
    (cancel) stops the provider stream and saves nothing. `save=False` is the
    admin's test run. `session_scope` opens a session (the tests hand in
    theirs)."""
    try:
        job = await _in_thread(
            session_scope,
            _prepare,
            profile_id=profile_id,
            slug=slug,
            include_inactive=include_inactive,
            today=today,
        )
        progress = _Progress()
        for index, call in enumerate(job.calls):
            name = _stage_label(call, job.lang)
            if index == 0 or job.calls[index - 1].stage != call.stage:
                yield RunEvent("stage_started", call.stage, call.stage_count, name)
            async for event in _run_call(job, session_scope, call, progress):
                yield event
                if event.kind == "failed":
                    return
            if index + 1 == len(job.calls) or job.calls[index + 1].stage != call.stage:
                yield RunEvent("stage_done", call.stage, call.stage_count, name)
        content = _content(job, progress)
        if not save:
            yield RunEvent("done", text=content)
            return
        insight_id = await _in_thread(
            session_scope,
            _save_insight,
            profile_id=job.profile_id,
            scope=job.slug,
            content=content,
            meta=_meta(job, progress),
        )
        yield RunEvent("saved", text=content, insight_id=insight_id)
    except UserError as error:
        yield RunEvent("failed", error=error)
    except FeatureRefused as refused:
        yield RunEvent("failed", decision=refused.decision)
    except ProviderError as error:
        # A provider's failure in the reader's words; `seconds` until the
        # breaker lets calls through again.
        seconds = round(error.retry_after_s or 0)
        yield RunEvent("failed", error=UserError(f"ai.error.{error.code}", seconds=seconds))


# --- history ------------------------------------------------------------------------


def list_insights(
    *, session: Session, profile_id: uuid.UUID | str, slug: str | None, limit: int = 50
) -> list[InsightRow]:
    """The profile's insights from one prompt (every prompt: None), newest first."""
    query = select(AiInsight).where(AiInsight.profile_id == access.as_uuid(profile_id))
    if slug is not None:
        query = query.where(AiInsight.scope == slug)
    rows = session.exec(query.order_by(col(AiInsight.created).desc()).limit(limit))
    return [
        InsightRow(
            id=str(r.id),
            scope=r.scope or "",
            created=r.created,
            content=r.content,
            values=dict((r.meta or {}).get("placeholders", {})),
        )
        for r in rows
    ]


def _owned_insight(
    session: Session, profile_id: uuid.UUID | str, insight_id: str
) -> AiInsight | None:
    try:
        key = uuid.UUID(str(insight_id))
    except ValueError:
        return None
    insight = session.get(AiInsight, key)
    # Another profile's insight answers exactly like an unknown id.
    if insight is None or insight.profile_id != access.as_uuid(profile_id):
        return None
    return insight


def insight_meta(
    *, session: Session, profile_id: uuid.UUID | str, insight_id: str
) -> dict[str, Any] | None:
    insight = _owned_insight(session, profile_id, insight_id)
    return dict(insight.meta or {}) if insight else None


def delete_insight(*, session: Session, profile_id: uuid.UUID | str, insight_id: str) -> bool:
    insight = _owned_insight(session, profile_id, insight_id)
    if insight is None:
        return False
    session.delete(insight)
    session.commit()
    return True


# --- admin: prompts -----------------------------------------------------------------


@dataclass(frozen=True)
class PromptRow:
    slug: str
    title: str  # as stored: a seeded prompt's German title
    type: str
    category: str
    active: bool
    title_en: str = ""  # the English title while a seeded one is unchanged, else `title`


@dataclass(frozen=True)
class PromptForm:
    """A prompt as the admin's form shows it: every field as text, a
    pipeline's stages as the stage editor's rows."""

    slug: str = ""
    title: str = ""
    type: str = "base"
    category: str = ""
    description: str = ""
    output_format: str = "text"
    output_schema: str = ""
    template: str = ""
    template_en: str = ""
    model: str = ""
    stage_rows: list[dict[str, str]] = field(default_factory=list)


FORM_FIELDS = (
    "slug",
    "title",
    "type",
    "category",
    "description",
    "output_format",
    "output_schema",
    "template",
    "template_en",
    "model",
)


def admin_prompts(*, session: Session) -> list[PromptRow]:
    return [
        PromptRow(
            slug=row.slug,
            title=row.title,
            type=row.type or "base",
            category=row.category or "",
            active=bool(row.active),
            title_en=ai_defaults.localized(row.title, "en"),
        )
        for row in _ordered(session, active_only=False)
    ]


def prompt_form(*, session: Session, slug: str) -> PromptForm:
    row = session.exec(select(AiPrompt).where(AiPrompt.slug == slug)).first()
    if row is None:
        raise UserError("ai.error.prompt_missing", names=slug)
    spec = _spec(row)
    return PromptForm(
        slug=spec.slug,
        title=spec.title,
        type=spec.type,
        category=spec.category,
        description=spec.description,
        output_format=spec.output_format,
        output_schema=json.dumps(spec.output_schema, indent=2) if spec.output_schema else "",
        template=spec.template,
        template_en=spec.template_en,
        model=spec.model,
        stage_rows=domain.rows_from_stages(spec.stages),
    )


def _spec_from_form(form: Mapping[str, str], rows: list[dict[str, str]]) -> PromptSpec:
    text = {key: str(form.get(key, "")).strip() for key in FORM_FIELDS}
    schema = None
    if text["output_format"] == "json" and text["output_schema"]:
        try:
            schema = json.loads(text["output_schema"])
        except json.JSONDecodeError as error:
            raise UserError("ai.error.schema_invalid", detail=error.msg) from error
    pipeline = text["type"] == "pipeline"
    return PromptSpec(
        slug=text["slug"],
        title=text["title"],
        type=text["type"],
        template="" if pipeline else text["template"],
        template_en="" if pipeline else text["template_en"],
        output_format=text["output_format"] or "text",
        output_schema=schema,
        stages=domain.stages_from_rows(rows) if pipeline else (),
        model=text["model"],
        description=text["description"],
        category=text["category"],
    )


def _pipelines_using(session: Session, slug: str) -> list[str]:
    pipelines = session.exec(select(AiPrompt).where(AiPrompt.type == "pipeline"))
    return [
        pipeline.slug
        for pipeline in pipelines
        if any(p.slug == slug for stage in _spec(pipeline).stages for p in stage.prompts)
    ]


def placeholder_names() -> list[str]:
    return [info.name for info in placeholders.catalog()]


def save_prompt(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    form: Mapping[str, str],
    stage_rows: list[dict[str, str]] | None = None,
    editing: str | None = None,
) -> PromptRow:
    """Creates a prompt, or changes the one with slug `editing` (whose slug
    stays). Refuses, by name, placeholders nobody fills in."""
    spec = _spec_from_form({**form, "slug": editing or form.get("slug", "")}, stage_rows or [])
    bases = {slug: base for slug, base in _bases(session).items() if slug != spec.slug}
    domain.check_prompt(spec, bases=bases, known=placeholder_names())
    row = session.exec(select(AiPrompt).where(AiPrompt.slug == spec.slug)).first()
    if editing is None:
        if row is not None:
            raise UserError("ai.error.slug_taken", names=spec.slug)
        last = _ordered(session, active_only=False)
        row = AiPrompt(slug=spec.slug, title=spec.title, sort_order=len(last))
    elif row is None:
        raise UserError("ai.error.prompt_missing", names=spec.slug)
    elif row.type == "base" and spec.type != "base":
        users = _pipelines_using(session, spec.slug)
        if users:
            raise UserError("ai.error.prompt_in_use", names=", ".join(users))
    row.title = spec.title
    row.type = spec.type
    row.category = spec.category or None
    row.description = spec.description or None
    row.template = spec.template or None
    row.template_en = spec.template_en or None
    row.output_format = spec.output_format
    row.output_schema = spec.output_schema
    row.stages = domain.stages_json(spec.stages) if spec.stages else None
    row.model = spec.model or None
    row.updated_at = utcnow()
    session.add(row)
    log_activity(session, access.as_uuid(admin_id), "ai_prompt_saved", slug=spec.slug)
    session.commit()
    return PromptRow(row.slug, row.title, row.type or "base", row.category or "", bool(row.active))


def set_prompt_active(
    *, session: Session, admin_id: uuid.UUID | str, slug: str, active: bool
) -> None:
    row = session.exec(select(AiPrompt).where(AiPrompt.slug == slug)).first()
    if row is None:
        raise UserError("ai.error.prompt_missing", names=slug)
    row.active = bool(active)
    session.add(row)
    log_activity(session, access.as_uuid(admin_id), "ai_prompt_active", slug=slug, active=active)
    session.commit()


def move_prompt(*, session: Session, admin_id: uuid.UUID | str, slug: str, step: int) -> None:
    """Moves a prompt one place up (step -1) or down (+1) in the list."""
    rows = _ordered(session, active_only=False)
    index = next((i for i, row in enumerate(rows) if row.slug == slug), None)
    if index is None:
        raise UserError("ai.error.prompt_missing", names=slug)
    target = index + (1 if step > 0 else -1)
    if not 0 <= target < len(rows):
        return
    rows[index], rows[target] = rows[target], rows[index]
    for order, row in enumerate(rows):
        row.sort_order = order
        session.add(row)
    log_activity(session, access.as_uuid(admin_id), "ai_prompt_moved", slug=slug, step=step)
    session.commit()
