"""Learning workout names: an imported activity whose name (its
description) no mapping knows stays uncategorised and is offered on the
Categorise page; a choice there becomes the profile's own mapping in
`activity_type_mappings` and is applied to every activity of that name, now
and in every later import (`apply_learned_names`, which the importer calls)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlmodel import Session, col, func, or_, select

from mitai_app.core.errors import UserError
from mitai_app.core.logs import MANUAL
from mitai_app.core.records import as_uuid
from mitai_app.training.consts import UNCATEGORISED
from mitai_app.training.evaluation import evaluate_activities
from mitai_app.training.models import Activity, ActivityTypeMapping, TrainingType
from mitai_app.training.names import UnknownName, normalise_name, resolve, unknown_names

MAX_NAMES = 200  # names one save may sort


def _mappings(session: Session, owner: uuid.UUID) -> tuple[dict[str, str], dict[str, str]]:
    """The profile's own mappings and the global ones: normalised name → type key."""
    own: dict[str, str] = {}
    shared: dict[str, str] = {}
    for name, profile_id, key in session.exec(
        select(ActivityTypeMapping.activity_type, ActivityTypeMapping.profile_id, TrainingType.key)
        .join(TrainingType, col(ActivityTypeMapping.training_type_id) == col(TrainingType.id))
        .where(
            or_(
                ActivityTypeMapping.profile_id == owner,
                col(ActivityTypeMapping.profile_id).is_(None),
            )
        )
    ):
        (shared if profile_id is None else own)[normalise_name(name)] = key
    return own, shared


def _uncategorised(owner: uuid.UUID):
    return (
        Activity.profile_id == owner,
        col(Activity.training_type_id).is_(None),
        Activity.source != MANUAL,
        col(Activity.description).is_not(None),
    )


def _names(session: Session, owner: uuid.UUID) -> list[tuple[str, int]]:
    """The names of the profile's uncategorised imported activities, with counts."""
    return [
        (name, count)
        for name, count in session.exec(
            select(Activity.description, func.count())
            .where(*_uncategorised(owner))
            .group_by(Activity.description)
        )
    ]


def apply_learned_names(*, session: Session, profile_id: uuid.UUID | str) -> int:
    """Gives every uncategorised imported activity whose name a mapping knows
    that mapping's type (the profile's own before a global one) and evaluates
    it; returns how many activities were categorised. In the caller's
    transaction."""
    owner = as_uuid(profile_id)
    names = _names(session, owner)
    if not names:
        return 0
    own, shared = _mappings(session, owner)
    wanted: dict[str, list[str]] = {}
    for name, _ in names:
        key = resolve(name, own, shared)
        if key is not None:
            wanted.setdefault(key, []).append(name)
    if not wanted:
        return 0
    types = {
        t.key: t
        for t in session.exec(select(TrainingType).where(col(TrainingType.key).in_(list(wanted))))
    }
    changed: list[uuid.UUID] = []
    for key, spellings in wanted.items():
        kind = types[key]
        entries = session.exec(
            select(Activity).where(*_uncategorised(owner), col(Activity.description).in_(spellings))
        ).all()
        for entry in entries:
            entry.training_type_id = kind.id
            entry.training_category = kind.category
            session.add(entry)
            changed.append(entry.id)
    session.flush()
    evaluate_activities(session, owner, changed)
    return len(changed)


def pending_names(*, session: Session, profile_id: uuid.UUID | str) -> list[UnknownName]:
    """The imported names no mapping knows yet, grouped, most activities first."""
    owner = as_uuid(profile_id)
    own, shared = _mappings(session, owner)
    return unknown_names(_names(session, owner), own, shared)


def learn_names(
    *, session: Session, profile_id: uuid.UUID | str, choices: Mapping[str, str]
) -> int:
    """Stores each chosen name → type key as the profile's own mapping
    (a name left on "uncategorised" is skipped, still asked) and categorises
    every activity of those names. Returns the activities categorised."""
    owner = as_uuid(profile_id)
    chosen = {
        normalise_name(name): key
        for name, key in choices.items()
        if key and key != UNCATEGORISED and normalise_name(name)
    }
    if len(chosen) > MAX_NAMES:
        raise UserError("training.error.too_many_names", field="names")
    types = {
        t.key: t.id
        for t in session.exec(
            select(TrainingType).where(col(TrainingType.key).in_(list(set(chosen.values()))))
        )
    }
    if set(chosen.values()) - set(types):
        raise UserError("log.error.choice", field="training_type")
    existing = {
        m.activity_type: m
        for m in session.exec(
            select(ActivityTypeMapping).where(
                ActivityTypeMapping.profile_id == owner,
                col(ActivityTypeMapping.activity_type).in_(list(chosen)),
            )
        )
    }
    for name, key in chosen.items():
        mapping = existing.get(name) or ActivityTypeMapping(
            activity_type=name, profile_id=owner, is_global=False, training_type_id=types[key]
        )
        mapping.training_type_id = types[key]
        session.add(mapping)
    session.flush()
    done = apply_learned_names(session=session, profile_id=owner)
    session.commit()
    return done
