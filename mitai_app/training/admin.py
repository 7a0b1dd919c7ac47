"""Training administration: the training types (names, category, colour,
icon, MET value, the abilities matrix and the rule-set profile) and the
mappings from workout names to types: the global ones listed, edited and
deleted, and a profile's own mapping promoted to a global one.

Every use case takes the acting `admin_id` and refuses anyone who is not an
admin (the page checks too; this is the second lock). A type's rule-set
profile is checked against the rule sets and limits `quality.py` knows, so
a typo cannot switch a rule off unnoticed.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from mitai_app.accounts.models import Profile
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.records import as_uuid
from mitai_app.training import quality
from mitai_app.training.consts import ABILITY_KEYS
from mitai_app.training.data import TRAINING_CATEGORIES
from mitai_app.training.evaluation import evaluate_activities
from mitai_app.training.models import (
    Activity,
    ActivityTypeMapping,
    Reevaluation,
    TrainingType,
)
from mitai_app.training.names import NAME_MAX, normalise_name
from mitai_app.training.type_catalogue import forget as forget_types

TYPE_NAME_MAX = 100  # training_types.name, name_en
ICON_MAX = 50
MET_RANGE = (0.5, 25.0)  # the Compendium's span, rest to the hardest efforts
PROFILE_MAX = 4000  # characters of a rule-set profile as typed
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ICON = re.compile(r"^[a-z0-9_-]+$")  # a Lucide icon name as Reflex spells it


@dataclass(frozen=True)
class TypeAdmin:
    id: int
    key: str
    name: str
    name_en: str
    category: str
    color: str
    icon: str
    met: str  # as the form shows it
    abilities: dict[str, int]  # every one of ABILITY_KEYS
    profile: str  # the rule-set profile as indented JSON; "" for none


@dataclass(frozen=True)
class MappingAdmin:
    id: str
    name: str
    type_key: str


@dataclass(frozen=True)
class UserMappingAdmin:
    id: str  # one of the profiles' mappings of this name and type
    name: str
    type_key: str
    profiles: int  # how many profiles chose it
    is_global: bool  # a global mapping already maps the name to this type


@dataclass(frozen=True)
class MappingsAdmin:
    global_mappings: list[MappingAdmin]
    user_mappings: list[UserMappingAdmin]


def _admin(session: Session, admin_id: uuid.UUID | str) -> None:
    admin = session.get(Profile, as_uuid(admin_id))
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")


def _view(kind: TrainingType) -> TypeAdmin:
    abilities = kind.abilities or {}
    return TypeAdmin(
        id=kind.id,
        key=kind.key,
        name=kind.name,
        name_en=kind.name_en or "",
        category=kind.category,
        color=kind.color or "",
        icon=kind.icon or "",
        met="" if kind.met is None else f"{float(kind.met):g}",
        abilities={key: int(abilities.get(key, 0)) for key in ABILITY_KEYS},
        profile="" if not kind.profile else json.dumps(kind.profile, indent=2, sort_keys=True),
    )


def list_types(*, session: Session, admin_id: uuid.UUID | str) -> list[TypeAdmin]:
    """Every training type, in the catalogue's category order, then by key."""
    _admin(session, admin_id)
    order = {c.key: n for n, c in enumerate(TRAINING_CATEGORIES)}
    kinds = session.exec(select(TrainingType)).all()
    return [
        _view(k) for k in sorted(kinds, key=lambda k: (order.get(k.category, len(order)), k.key))
    ]


def _type(session: Session, type_id: int | str) -> TrainingType:
    try:
        found = session.get(TrainingType, int(type_id))
    except (TypeError, ValueError) as error:
        raise UserError("record.error.not_found", field="training_type") from error
    if found is None:
        raise UserError("record.error.not_found", field="training_type")
    return found


def _met(text: str) -> float:
    try:
        value = float((text or "").strip().replace(",", "."))
    except ValueError as error:
        raise UserError("training.admin.error.met", field="met") from error
    if not math.isfinite(value) or not MET_RANGE[0] <= value <= MET_RANGE[1]:
        raise UserError("training.admin.error.met", field="met")
    return round(value, 1)


def _ability(form: dict[str, str], key: str) -> int:
    text = (form.get(f"ability_{key}") or "").strip()
    if not text.isdigit() or not 0 <= int(text) <= 100:
        raise UserError("training.admin.error.ability", field=f"ability_{key}")
    return int(text)


def rule_set_profile(text: str) -> dict[str, Any] | None:
    """A type's rule-set profile as typed (JSON), checked: only the rule sets
    `quality` judges, each with `enabled` (true/false) and limits among the
    parameters its rules read, as numbers. Empty: no profile (the global
    parameters apply)."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) > PROFILE_MAX:
        raise UserError("error.too_long", field="profile", limit=PROFILE_MAX, length=len(text))
    try:
        profile = json.loads(text)
    except ValueError as error:
        raise UserError("training.admin.error.profile_json", field="profile") from error
    rule_sets = profile.get("rule_sets") if isinstance(profile, dict) else None
    if not isinstance(rule_sets, dict) or set(profile) != {"rule_sets"}:
        raise UserError("training.admin.error.profile_shape", field="profile")
    for name, limits in rule_sets.items():
        known = {key for _, key in quality.RULES.get(name, ())}
        if not known or not isinstance(limits, dict):
            raise UserError("training.admin.error.profile_rule", field="profile", name=name)
        for key, value in limits.items():
            if key == "enabled" and isinstance(value, bool):
                continue
            number = not isinstance(value, bool) and isinstance(value, int | float)
            if key not in known or not number or value < 0:
                raise UserError("training.admin.error.profile_rule", field="profile", name=key)
    return profile


def update_type(
    *, session: Session, admin_id: uuid.UUID | str, type_id: int | str, form: dict[str, str]
) -> TypeAdmin:
    """Saves a type's form: every field is checked before anything is
    written; a refusal names its field."""
    _admin(session, admin_id)
    kind = _type(session, type_id)
    name = checked_text(form.get("name"), field="name", limit=TYPE_NAME_MAX)
    if not name:
        raise UserError("training.admin.error.name", field="name")
    name_en = checked_text(form.get("name_en"), field="name_en", limit=TYPE_NAME_MAX)
    category = (form.get("category") or "").strip()
    if category not in {c.key for c in TRAINING_CATEGORIES}:
        raise UserError("log.error.choice", field="category")
    colour = (form.get("color") or "").strip()
    if not _COLOUR.match(colour):
        raise UserError("training.admin.error.color", field="color")
    icon = (form.get("icon") or "").strip()
    if not icon or len(icon) > ICON_MAX or not _ICON.match(icon):
        raise UserError("training.admin.error.icon", field="icon")
    met = _met(form.get("met", ""))
    abilities = {key: _ability(form, key) for key in ABILITY_KEYS}
    profile = rule_set_profile(form.get("profile", ""))
    kind.name, kind.name_en, kind.category = name, name_en or None, category
    kind.color, kind.icon, kind.met = colour.lower(), icon, met
    kind.abilities, kind.profile = abilities, profile
    session.add(kind)
    session.commit()
    forget_types()  # Capture, History and the Training page show the edit
    return _view(kind)


# --- re-evaluation after a rule change --------------------------------------------------

REEVALUATION_BATCH = 200  # activities judged per transaction (well under a second)
# A run reports after every batch; one silent this long has stopped (killed
# with its worker) and another run takes the job over.
REEVALUATION_STALE = timedelta(seconds=60)
QUEUED, RUNNING, DONE = "queued", "running", "done"


@dataclass(frozen=True)
class ReevaluationView:
    id: str
    status: str  # QUEUED, RUNNING or DONE
    done: int  # activities judged so far
    total: int  # activities of the type


def _reevaluation_view(job: Reevaluation) -> ReevaluationView:
    return ReevaluationView(str(job.id), job.status, job.done, job.total)


def start_reevaluation(
    *, session: Session, admin_id: uuid.UUID | str, type_id: int | str
) -> ReevaluationView:
    """Asks for the type's activities (of every profile) to be judged
    against its rules as they are now; the caller queues `run_reevaluation`.
    A job of the type not finished yet starts over instead (its activities
    already judged may have met the rules before this change): the run
    advancing it loses its claim and stops at its next batch."""
    _admin(session, admin_id)
    kind = _type(session, type_id)
    job = session.exec(
        select(Reevaluation)
        .where(Reevaluation.training_type_id == kind.id, Reevaluation.status != DONE)
        .execution_options(populate_existing=True)  # as a run last wrote it
    ).first() or Reevaluation(training_type_id=kind.id)
    job.status, job.done, job.after_id, job.runner = QUEUED, 0, None, None
    job.total = session.exec(select(func.count()).where(Activity.training_type_id == kind.id)).one()
    session.add(job)
    session.commit()
    return _reevaluation_view(job)


def _claim(session: Session, job_id: uuid.UUID, runner: uuid.UUID) -> bool:
    """Makes `runner` the one run of the job, in one UPDATE: only when the
    job is unfinished and nobody holds it (or its holder went silent)."""
    now = utcnow()
    claimed = session.execute(
        sa.update(Reevaluation)
        .where(
            col(Reevaluation.id) == job_id,
            col(Reevaluation.status) != DONE,
            sa.or_(
                col(Reevaluation.runner).is_(None),
                col(Reevaluation.heartbeat_at) < now - REEVALUATION_STALE,
            ),
        )
        .values(runner=runner, heartbeat_at=now, status=RUNNING)
    ).rowcount
    session.commit()
    return claimed == 1


def _advance(session: Session, job_id: uuid.UUID, holder: uuid.UUID, **values: Any) -> bool:
    """Records the progress of the run `holder`, if the job is still its own
    (an admin may have started it over, or a run taken it over); the row
    stays locked until the batch commits."""
    return (
        session.execute(
            sa.update(Reevaluation)
            .where(col(Reevaluation.id) == job_id, col(Reevaluation.runner) == holder)
            .values(heartbeat_at=utcnow(), **values)
        ).rowcount
        == 1
    )


def run_reevaluation(*, session: Session, job_id: uuid.UUID | str) -> bool:
    """Judges the job's activities in id order, REEVALUATION_BATCH per
    transaction, recording with each batch how far it got: the page shows
    it, and a worker that stopped goes on from there. Only the run that
    claimed the job advances it; False when another run holds it (the
    caller looks again once that one could have gone silent), True when
    the job is done, gone or taken over."""
    key, runner = as_uuid(job_id), uuid.uuid4()
    if not _claim(session, key, runner):
        status = session.exec(select(Reevaluation.status).where(Reevaluation.id == key)).first()
        return status in (None, DONE)
    type_id, done, total, after_id = session.exec(
        select(
            Reevaluation.training_type_id,
            Reevaluation.done,
            Reevaluation.total,
            Reevaluation.after_id,
        ).where(Reevaluation.id == key)
    ).one()
    try:
        while True:
            query = select(Activity.id, Activity.profile_id).where(
                Activity.training_type_id == type_id
            )
            if after_id is not None:
                query = query.where(col(Activity.id) > after_id)
            rows = session.exec(query.order_by(col(Activity.id)).limit(REEVALUATION_BATCH)).all()
            finished = len(rows) < REEVALUATION_BATCH
            done = total if finished else min(done + len(rows), total)
            after_id = rows[-1][0] if rows else after_id
            ended = {"status": DONE, "runner": None} if finished else {}
            if not _advance(session, key, runner, done=done, after_id=after_id, **ended):
                session.rollback()
                return True
            by_profile: dict[uuid.UUID, list[uuid.UUID]] = {}
            for activity_id, owner in rows:
                by_profile.setdefault(owner, []).append(activity_id)
            for owner, ids in by_profile.items():
                evaluate_activities(session, owner, ids)
            session.commit()
            if finished:
                return True
    except BaseException:
        # Let the next run go on from the last batch at once, not after
        # REEVALUATION_STALE (a killed worker cannot say so).
        session.rollback()
        _advance(session, key, runner, runner=None)
        session.commit()
        raise


def unfinished_reevaluations(session: Session) -> list[str]:
    """The jobs a worker should (still) run: queued, or stopped mid-way."""
    return [
        str(job_id)
        for job_id in session.exec(select(Reevaluation.id).where(Reevaluation.status != DONE)).all()
    ]


def reevaluation(
    *, session: Session, admin_id: uuid.UUID | str, type_id: int | str
) -> ReevaluationView | None:
    """The type's latest re-evaluation, None when there was none."""
    _admin(session, admin_id)
    kind = _type(session, type_id)
    job = session.exec(
        select(Reevaluation)
        .where(Reevaluation.training_type_id == kind.id)
        .order_by(col(Reevaluation.created_at).desc())
        .limit(1)
    ).first()
    return None if job is None else _reevaluation_view(job)


# --- mappings --------------------------------------------------------------------------


def list_mappings(*, session: Session, admin_id: uuid.UUID | str) -> MappingsAdmin:
    """The global mappings by name, and the profiles' own grouped by name and
    type with how many profiles chose each, most chosen first."""
    _admin(session, admin_id)
    rows = session.exec(
        select(ActivityTypeMapping, TrainingType.key).join(
            TrainingType, col(ActivityTypeMapping.training_type_id) == col(TrainingType.id)
        )
    ).all()
    shared = sorted(
        (MappingAdmin(str(m.id), m.activity_type, key) for m, key in rows if m.profile_id is None),
        key=lambda m: m.name,
    )
    global_types = {m.name: m.type_key for m in shared}
    chosen: dict[tuple[str, str], list[str]] = {}
    for m, key in rows:
        if m.profile_id is not None:
            chosen.setdefault((m.activity_type, key), []).append(str(m.id))
    own = [
        UserMappingAdmin(
            id=min(ids),
            name=name,
            type_key=key,
            profiles=len(ids),
            is_global=global_types.get(name) == key,
        )
        for (name, key), ids in chosen.items()
    ]
    own.sort(key=lambda m: (-m.profiles, m.name, m.type_key))
    return MappingsAdmin(shared, own)


def _global_mapping(session: Session, mapping_id: str) -> ActivityTypeMapping:
    try:
        found = session.get(ActivityTypeMapping, as_uuid(mapping_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("record.error.not_found", field="mapping") from error
    if found is None or found.profile_id is not None:
        raise UserError("record.error.not_found", field="mapping")
    return found


def _type_id(session: Session, type_key: str) -> int:
    found = session.exec(select(TrainingType.id).where(TrainingType.key == type_key)).first()
    if found is None:
        raise UserError("log.error.choice", field="training_type")
    return found


def _name(text: str) -> str:
    name = normalise_name(checked_text(text, field="mapping_name", limit=NAME_MAX))
    if not name:
        raise UserError("training.admin.error.mapping_name", field="mapping_name")
    return name


def _taken(session: Session, name: str, keep: uuid.UUID | None = None) -> bool:
    return (
        session.exec(
            select(func.count()).where(
                col(ActivityTypeMapping.profile_id).is_(None),
                ActivityTypeMapping.activity_type == name,
                ActivityTypeMapping.id != keep,
            )
        ).one()
        > 0
    )


def update_mapping(
    *,
    session: Session,
    admin_id: uuid.UUID | str,
    mapping_id: str,
    name: str,
    type_key: str,
) -> MappingAdmin:
    """Renames a global mapping (matched as normalised) or points it at
    another type; a name another global mapping holds is refused."""
    _admin(session, admin_id)
    mapping = _global_mapping(session, mapping_id)
    name = _name(name)
    type_id = _type_id(session, type_key)
    if _taken(session, name, keep=mapping.id):
        raise UserError("training.admin.error.mapping_taken", field="mapping_name")
    mapping.activity_type, mapping.training_type_id = name, type_id
    session.add(mapping)
    session.commit()
    return MappingAdmin(str(mapping.id), name, type_key)


def delete_mapping(*, session: Session, admin_id: uuid.UUID | str, mapping_id: str) -> None:
    _admin(session, admin_id)
    session.delete(_global_mapping(session, mapping_id))
    session.commit()


def promote_mapping(*, session: Session, admin_id: uuid.UUID | str, mapping_id: str) -> None:
    """Makes a profile's own mapping global: every profile without its own
    choice for the name gets it. A global mapping of the same name is
    pointed at this type; the profiles' own mappings stay theirs (and keep
    beating the global one)."""
    _admin(session, admin_id)
    try:
        own = session.get(ActivityTypeMapping, as_uuid(mapping_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("record.error.not_found", field="mapping") from error
    if own is None or own.profile_id is None:
        raise UserError("record.error.not_found", field="mapping")
    shared = session.exec(
        select(ActivityTypeMapping).where(
            col(ActivityTypeMapping.profile_id).is_(None),
            ActivityTypeMapping.activity_type == own.activity_type,
        )
    ).first() or ActivityTypeMapping(activity_type=own.activity_type, is_global=True)
    shared.training_type_id = own.training_type_id
    session.add(shared)
    session.commit()
