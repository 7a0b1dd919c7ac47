"""Training's seed: the training types, the quality filter's parameters and
the exercise catalogue from `data/`."""

from __future__ import annotations

from sqlmodel import Session

from mitai_app.core.seeding import insert_missing
from mitai_app.training.data import EXERCISES, TRAINING_PARAMETERS, TRAINING_TYPES
from mitai_app.training.models import Exercise, TrainingParameter, TrainingType


def seed(session: Session) -> dict[str, int]:
    return {
        "training_types": insert_missing(
            session,
            TrainingType,
            "key",
            (
                TrainingType(
                    key=t.key,
                    name=t.name.de,
                    name_en=t.name.en,
                    category=t.category,
                    color=t.color,
                    icon=t.icon,
                    met=t.met,
                    description=t.description.de,
                    description_en=t.description.en,
                    abilities=dict(t.abilities),
                )
                for t in TRAINING_TYPES
            ),
        ),
        "training_parameters": insert_missing(
            session,
            TrainingParameter,
            "key",
            (
                TrainingParameter(
                    key=p.key,
                    category=p.category,
                    value=p.stored_value,
                    description=p.description.de,
                    description_en=p.description.en,
                )
                for p in TRAINING_PARAMETERS
            ),
        ),
        "exercises": insert_missing(
            session,
            Exercise,
            "key",
            (
                Exercise(key=e.key, name=e.name.de, name_en=e.name.en, tracks=e.tracks)
                for e in EXERCISES
            ),
        ),
    }
