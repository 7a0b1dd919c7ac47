"""Idempotent seeding of reference data: inserts what is missing, never
overwrites what exists (admins own the rows once they are there)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, SQLModel, select

from mitai_app.ai import defaults as ai_defaults
from mitai_app.ai.models import AiPrompt
from mitai_app.ai.prompts import stages_json
from mitai_app.core import reference_data as ref
from mitai_app.core.models import AppSetting
from mitai_app.goals.models import FocusAreaDefinition, GoalTypeDefinition
from mitai_app.membership.models import Feature, Tier, TierLimit
from mitai_app.training.models import TrainingParameter, TrainingType


@dataclass
class SeedReport:
    inserted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.inserted.values())


def _insert_missing(
    session: Session,
    model: type[SQLModel],
    key: str,
    rows: Iterable[SQLModel],
) -> int:
    column = getattr(model, key)
    existing = set(session.exec(select(column)).all())
    new = [row for row in rows if getattr(row, key) not in existing]
    session.add_all(new)
    session.flush()
    return len(new)


def seed_reference_data(*, session: Session) -> SeedReport:
    report = SeedReport()
    report.inserted["tiers"] = _insert_missing(
        session,
        Tier,
        "id",
        (
            Tier(
                id=t.id,
                name=t.name_de,
                name_en=t.name_en,
                description=t.description_de,
                description_en=t.description_en,
                price_monthly=t.price_monthly,
                price_yearly=t.price_yearly,
                trial_days=t.trial_days,
                sort_order=t.sort_order,
            )
            for t in ref.TIERS
        ),
    )
    report.inserted["features"] = _insert_missing(
        session,
        Feature,
        "id",
        (
            Feature(
                id=f.id,
                name=f.name_de,
                name_en=f.name_en,
                description=f.description_de,
                description_en=f.description_en,
                category=f.category,
                default_limit=f.default_limit,
                limit_type=f.limit_type,
            )
            for f in ref.FEATURES
        ),
    )
    limit_types = {f.id: f.limit_type for f in ref.FEATURES}
    existing_limits = set(session.exec(select(TierLimit.tier_id, TierLimit.feature_id)).all())
    new_limits = [
        TierLimit(
            tier_id=tier_id,
            feature_id=feature_id,
            limit_value=limit,
            limit_type=limit_types[feature_id],
        )
        for tier_id, limits in ref.TIER_LIMITS.items()
        for feature_id, limit in limits.items()
        if (tier_id, feature_id) not in existing_limits
    ]
    session.add_all(new_limits)
    report.inserted["tier_limits"] = len(new_limits)
    report.inserted["training_types"] = _insert_missing(
        session,
        TrainingType,
        "key",
        (
            TrainingType(
                key=t.key,
                name=t.name_de,
                name_en=t.name_en,
                category=t.category,
                color=t.color,
                icon=t.icon,
                description=t.description_de,
                description_en=t.description_en,
                abilities=dict(t.abilities),
            )
            for t in ref.TRAINING_TYPES
        ),
    )
    report.inserted["focus_area_definitions"] = _insert_missing(
        session,
        FocusAreaDefinition,
        "key",
        (
            FocusAreaDefinition(
                key=a.key,
                name=a.name_de,
                name_en=a.name_en,
                category=a.category,
                description=a.description_de,
                description_en=a.description_en,
                sort_order=a.sort_order,
            )
            for a in ref.FOCUS_AREAS
        ),
    )
    report.inserted["goal_type_definitions"] = _insert_missing(
        session,
        GoalTypeDefinition,
        "type_key",
        (
            GoalTypeDefinition(
                type_key=g.type_key,
                display_name=g.display_name_de,
                display_name_en=g.display_name_en,
                category=g.category,
                unit=g.unit,
                description=g.description_de,
                description_en=g.description_en,
                direction=g.direction,
                source_table=g.source_table,
                source_column=g.source_column,
                sort_order=g.sort_order,
            )
            for g in ref.GOAL_TYPES
        ),
    )
    report.inserted["training_parameters"] = _insert_missing(
        session,
        TrainingParameter,
        "key",
        (
            TrainingParameter(
                key=p.key,
                category=p.category,
                value=p.value,
                description=p.description_de,
            )
            for p in ref.TRAINING_PARAMETERS
        ),
    )
    report.inserted["app_settings"] = _insert_missing(
        session,
        AppSetting,
        "key",
        (AppSetting(key=k, value=v) for k, v in ref.APP_SETTINGS.items()),
    )
    report.inserted["ai_prompts"] = _insert_missing(
        session,
        AiPrompt,
        "slug",
        (
            AiPrompt(
                slug=p.slug,
                title=p.title,
                type=p.type,
                category=p.category,
                description=p.description,
                template=p.template or None,
                template_en=p.template_en or None,
                output_format=p.output_format,
                output_schema=p.output_schema,
                stages=stages_json(p.stages) if p.stages else None,
                model=p.model or None,
                sort_order=sort_order,
            )
            for sort_order, p in enumerate(ai_defaults.DEFAULT_PROMPTS)
        ),
    )
    session.commit()
    return report
