"""Prompts and pipelines without a database: the `stages` structure, the
calls a prompt makes, JSON output checked against its schema, the repair
prompt, and the preview of what will be sent.

A pipeline's `stages` JSON (spec 3.1, plus an output key per prompt):

    [{"name": "Body trend",
      "prompts": [{"type": "reference", "slug": "body_composition", "output_key": "body"},
                  {"type": "inline", "template": "…", "template_en": "…",
                   "output_format": "json", "output_schema": {…}, "output_key": "facts"}]}]

Each prompt's output becomes the placeholder `{{output_key}}` for the stages
after it; the last stage's outputs are the insight.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema

from mitai_app.ai.config import MAX_MODEL_LENGTH
from mitai_app.core import placeholders
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.i18n import translate

PROMPT_TYPES = ("base", "pipeline")
OUTPUT_FORMATS = ("text", "json")
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")  # its length: TEXT_LIMITS
OUTPUT_KEY = re.compile(r"^[a-z][a-z0-9_]{0,49}$")
MAX_STAGES = 10
MAX_STAGE_NAME_LENGTH = 100
# What a model tends to wrap JSON in, although it was asked not to.
_CODE_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


@dataclass(frozen=True)
class PromptSpec:
    """A stored prompt as plain data."""

    slug: str
    title: str
    type: str = "base"
    template: str = ""
    template_en: str = ""
    output_format: str = "text"
    output_schema: dict[str, Any] | None = None
    stages: tuple[Stage, ...] = ()
    model: str = ""
    description: str = ""
    category: str = ""


@dataclass(frozen=True)
class StagePrompt:
    """One prompt of a stage: a base prompt by `slug`, or an inline template."""

    output_key: str
    slug: str = ""
    template: str = ""
    template_en: str = ""
    output_format: str = "text"
    output_schema: dict[str, Any] | None = None


@dataclass(frozen=True)
class Stage:
    name: str
    prompts: tuple[StagePrompt, ...]


@dataclass(frozen=True)
class PlannedCall:
    """One request to the provider, in the order a run makes them."""

    stage: int  # 1-based
    stage_count: int
    stage_name: str
    output_key: str
    template: str  # in the reader's language
    output_format: str
    output_schema: dict[str, Any] | None
    model: str  # "" means the configured default
    slug: str  # the base prompt it came from, or "" for an inline template


def _names(names: Iterable[str]) -> str:
    """The offending placeholders, slugs or keys as a message shows them."""
    return ", ".join(names)


def pick_template(template: str, template_en: str, lang: str) -> str:
    """The template in the reader's language; German when there is no English."""
    return template_en if lang == "en" and template_en.strip() else template


# --- the stages JSON ---------------------------------------------------------


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) else ""


def _stage_prompt(raw: object) -> StagePrompt:
    if not isinstance(raw, Mapping):
        raise UserError("ai.error.stages_invalid")
    output_key = _text(raw, "output_key")
    if not OUTPUT_KEY.match(output_key):
        raise UserError("ai.error.output_key_invalid", names=output_key)
    output_format = _text(raw, "output_format") or "text"
    if output_format not in OUTPUT_FORMATS:
        raise UserError("ai.error.output_format_invalid", names=output_format)
    schema = raw.get("output_schema") or None
    if output_format == "json" and schema is not None:
        check_schema(schema)
    if raw.get("type") == "reference":
        # Its length first: a refused name is echoed in the message.
        limit, _ = TEXT_LIMITS["slug"]
        slug = checked_text(
            _text(raw, "slug"), field="stages", limit=limit, label_key="ai.stage_prompt"
        )
        if not SLUG.match(slug):
            raise UserError("ai.error.unknown_slug", names=slug)
        return StagePrompt(output_key=output_key, slug=slug)
    if raw.get("type") != "inline":
        raise UserError("ai.error.stages_invalid")
    template = _text(raw, "template")
    if not template:
        raise UserError("ai.error.template_missing", names=output_key)
    return StagePrompt(
        output_key=output_key,
        template=template,
        template_en=_text(raw, "template_en"),
        output_format=output_format,
        output_schema=schema if output_format == "json" else None,
    )


def parse_stages(raw: object) -> tuple[Stage, ...]:
    """The stages of a pipeline, checked: at least one stage, each with at
    least one prompt, output keys well-formed and used once."""
    if not isinstance(raw, list) or not raw or len(raw) > MAX_STAGES:
        raise UserError("ai.error.stages_invalid")
    stages = []
    for number, stage in enumerate(raw, start=1):
        if not isinstance(stage, Mapping):
            raise UserError("ai.error.stages_invalid")
        prompts = stage.get("prompts")
        if not isinstance(prompts, list) or not prompts:
            raise UserError("ai.error.stage_empty", names=str(number))
        name = checked_text(
            _text(stage, "name"),
            field="stages",
            limit=MAX_STAGE_NAME_LENGTH,
            label_key="ai.stage_name",
        )
        name = name or f"Stage {number}"
        stages.append(Stage(name=name, prompts=tuple(_stage_prompt(p) for p in prompts)))
    keys = [p.output_key for stage in stages for p in stage.prompts]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise UserError("ai.error.output_key_twice", names=_names(twice))
    return tuple(stages)


def stages_json(stages: Iterable[Stage]) -> list[dict[str, Any]]:
    """The stages as stored in `ai_prompts.stages`."""

    def prompt(p: StagePrompt) -> dict[str, Any]:
        if p.slug:
            return {"type": "reference", "slug": p.slug, "output_key": p.output_key}
        inline: dict[str, Any] = {
            "type": "inline",
            "template": p.template,
            "template_en": p.template_en,
            "output_format": p.output_format,
            "output_key": p.output_key,
        }
        if p.output_schema is not None:
            inline["output_schema"] = p.output_schema
        return inline

    return [{"name": s.name, "prompts": [prompt(p) for p in s.prompts]} for s in stages]


# The stage editor shows a pipeline as rows, one per prompt; rows with the
# same stage number form a stage (the first row's name names it).
STAGE_ROW_FIELDS = ("stage", "name", "slug", "output_key", "template", "template_en")


def stages_from_rows(rows: Iterable[Mapping[str, str]]) -> tuple[Stage, ...]:
    """The stage editor's rows as stages, ordered by stage number. An empty
    `slug` means the row's own (inline) template."""
    grouped: dict[int, list[Mapping[str, str]]] = {}
    for row in rows:
        try:
            number = int(str(row.get("stage", "")).strip())
        except ValueError:
            raise UserError("ai.error.stages_invalid") from None
        if number < 1:
            raise UserError("ai.error.stages_invalid")
        grouped.setdefault(number, []).append(row)
    raw = [
        {
            "name": str(members[0].get("name", "")),
            "prompts": [
                {
                    "type": "reference" if str(row.get("slug", "")).strip() else "inline",
                    **{key: str(row.get(key, "")) for key in STAGE_ROW_FIELDS[2:]},
                }
                for row in members
            ],
        }
        for _, members in sorted(grouped.items())
    ]
    return parse_stages(raw)


def rows_from_stages(stages: Iterable[Stage]) -> list[dict[str, str]]:
    return [
        {
            "stage": str(number),
            "name": stage.name,
            "slug": p.slug,
            "output_key": p.output_key,
            "template": p.template,
            "template_en": p.template_en,
        }
        for number, stage in enumerate(stages, start=1)
        for p in stage.prompts
    ]


# --- checking what an admin saves ---------------------------------------------


def check_schema(schema: object) -> None:
    """Refuses anything that is not a valid JSON Schema."""
    if not isinstance(schema, dict):
        raise UserError("ai.error.schema_invalid", detail="a JSON object is expected")
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as error:
        raise UserError("ai.error.schema_invalid", detail=error.message) from error


def check_prompt(
    spec: PromptSpec, *, bases: Mapping[str, PromptSpec], known: Iterable[str]
) -> None:
    """Everything a prompt must satisfy before it is stored: a well-formed
    slug, a title, a template (base) or resolvable stages (pipeline), a valid
    schema, and no placeholder that nobody fills in. `bases` are the base
    prompts by slug; `known` the registry's placeholder names."""
    _check_lengths(spec)
    if not SLUG.match(spec.slug):
        raise UserError("ai.error.slug_invalid", names=spec.slug)
    if not spec.title.strip():
        raise UserError("ai.error.title_missing")
    if spec.type not in PROMPT_TYPES:
        raise UserError("ai.error.type_invalid", names=spec.type)
    if spec.output_format not in OUTPUT_FORMATS:
        raise UserError("ai.error.output_format_invalid", names=spec.output_format)
    if spec.output_format == "json" and spec.output_schema is not None:
        check_schema(spec.output_schema)
    known = set(known)
    if spec.type == "base":
        if not spec.template.strip():
            raise UserError("ai.error.template_missing", names=spec.slug)
        _refuse_unknown([spec.template, spec.template_en], known)
        return
    if not spec.stages:
        raise UserError("ai.error.stages_invalid")
    shadowing = sorted(
        p.output_key for s in spec.stages for p in s.prompts if p.output_key in known
    )
    if shadowing:
        raise UserError("ai.error.output_key_taken", names=_names(shadowing))
    missing = sorted(
        {
            p.slug
            for s in spec.stages
            for p in s.prompts
            if p.slug and (p.slug not in bases or bases[p.slug].type != "base")
        }
    )
    if missing:
        raise UserError("ai.error.unknown_slug", names=_names(missing))
    earlier: set[str] = set()
    for stage in spec.stages:
        _refuse_unknown(
            [text for p in stage.prompts if not p.slug for text in (p.template, p.template_en)],
            known | earlier,
        )
        earlier |= {p.output_key for p in stage.prompts}


# The longest texts a prompt may hold (slug, title, category and model: their columns).
TEXT_LIMITS = {
    "slug": (100, "ai.slug"),
    "title": (255, "ai.title"),
    "category": (50, "ai.category"),
    "model": (MAX_MODEL_LENGTH, "ai.model"),
    "description": (2_000, "ai.description"),
    "template": (20_000, "ai.template_de"),
    "template_en": (20_000, "ai.template_en"),
}


def _check_lengths(spec: PromptSpec) -> None:
    """Every text within its limit, an inline stage template too."""
    for name, (limit, label_key) in TEXT_LIMITS.items():
        checked_text(getattr(spec, name), field=name, limit=limit, label_key=label_key)
    for stage in spec.stages:
        for prompt in stage.prompts:
            for name in ("template", "template_en"):
                limit, label_key = TEXT_LIMITS[name]
                checked_text(getattr(prompt, name), field=name, limit=limit, label_key=label_key)


def _refuse_unknown(templates: Iterable[str], known: set[str]) -> None:
    names: list[str] = []
    for template in templates:
        names += [n for n in placeholders.unknown(template, known) if n not in names]
    if names:
        raise UserError("ai.error.unknown_placeholders", names=_names(names))


# --- running ------------------------------------------------------------------


def plan_calls(spec: PromptSpec, bases: Mapping[str, PromptSpec], lang: str) -> list[PlannedCall]:
    """The provider calls a run of `spec` makes, in order. A reference to a
    base prompt that has disappeared since the pipeline was saved is refused
    by name."""
    if spec.type == "base":
        return [
            PlannedCall(
                stage=1,
                stage_count=1,
                stage_name=spec.title,
                output_key=spec.slug,
                template=pick_template(spec.template, spec.template_en, lang),
                output_format=spec.output_format,
                output_schema=spec.output_schema,
                model=spec.model,
                slug=spec.slug,
            )
        ]
    calls = []
    for number, stage in enumerate(spec.stages, start=1):
        for p in stage.prompts:
            source = bases.get(p.slug) if p.slug else None
            if p.slug and source is None:
                raise UserError("ai.error.unknown_slug", names=p.slug)
            calls.append(
                PlannedCall(
                    stage=number,
                    stage_count=len(spec.stages),
                    stage_name=stage.name,
                    output_key=p.output_key,
                    template=(
                        pick_template(source.template, source.template_en, lang)
                        if source
                        else pick_template(p.template, p.template_en, lang)
                    ),
                    output_format=source.output_format if source else p.output_format,
                    output_schema=source.output_schema if source else p.output_schema,
                    model=(source.model if source else "") or spec.model,
                    slug=p.slug,
                )
            )
    return calls


def unfilled(calls: Iterable[PlannedCall], values: Mapping[str, str]) -> list[str]:
    """Placeholders the calls use that neither the values nor an earlier
    stage fill in (the registry lost one since the prompt was saved)."""
    names: list[str] = []
    outputs: set[str] = set()
    for call in calls:
        names += [
            n for n in placeholders.unknown(call.template, {*values, *outputs}) if n not in names
        ]
        outputs.add(call.output_key)
    return names


def referenced_values(calls: Iterable[PlannedCall], values: Mapping[str, str]) -> dict[str, str]:
    """The placeholder values the calls actually send (what an insight keeps)."""
    used: dict[str, str] = {}
    for call in calls:
        for name in placeholders.referenced(call.template):
            if name in values:
                used[name] = values[name]
    return used


def prompt_text(call: PlannedCall, values: Mapping[str, str], lang: str) -> str:
    """The prompt a call sends: its template filled in, and for JSON output
    the instruction to answer in the schema's shape."""
    text = placeholders.render(call.template, values)
    if call.output_format == "json":
        text += "\n\n" + json_instructions(call.output_schema, lang)
    return text


def preview(calls: Sequence[PlannedCall], values: Mapping[str, str], lang: str) -> list[str]:
    """Each call's prompt as it will be sent, with the user's values; an
    earlier stage's output, unknown until the run, shows as a marker."""
    markers = {
        call.output_key: translate(
            "ai.preview_marker", lang, stage=call.stage, output=call.output_key
        )
        for call in calls
    }
    return [prompt_text(call, {**values, **markers}, lang) for call in calls]


def output_text(value: Any) -> str:
    """A JSON output as later stages and the insight read it."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def parse_json_output(reply: str, schema: Mapping[str, Any] | None) -> tuple[Any, str]:
    """The reply as JSON valid against `schema`: (value, "") or (None, what is wrong)."""
    fenced = _CODE_FENCE.match(reply)
    text = fenced.group(1) if fenced else reply.strip()
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
    if schema:
        problem = jsonschema.exceptions.best_match(
            jsonschema.validators.validator_for(schema)(schema).iter_errors(value)
        )
        if problem is not None:
            where = "/".join(str(part) for part in problem.absolute_path) or "(root)"
            return None, f"does not match the schema at {where}: {problem.message}"
    return value, ""


def json_instructions(schema: Mapping[str, Any] | None, lang: str) -> str:
    """Appended to a JSON prompt: answer with JSON only, in this shape."""
    shape = json.dumps(schema, ensure_ascii=False) if schema else "{}"
    return translate("ai.json_instructions", lang, schema=shape)


def repair_prompt(prompt: str, reply: str, problem: str, lang: str) -> str:
    """The one second chance for a reply that is not the JSON asked for."""
    return translate("ai.json_repair", lang, prompt=prompt, reply=reply, problem=problem)
