"""Learning workout names on SQLite and PostgreSQL: an imported name no
mapping knows waits on the Categorise list (grouped, counted, ignoring case
and extra whitespace); a choice becomes the profile's own mapping, is applied
to every workout of that name and to the next import of it, and beats a
global mapping; another profile is not affected."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from mitai_app.core.errors import UserError
from mitai_app.imports import runner
from mitai_app.imports import service as imports
from mitai_app.training import learning
from mitai_app.training.models import Activity, ActivityTypeMapping, TrainingType
from tests.factories import new_profile
from tests.fixtures.apple_health import WATCH, export_xml, write

HOUSEHOLD = {"tier": "selfhosted"}  # imports without limit


def _workout(kind: str, day: str, minutes: int = 40) -> str:
    return (
        f' <Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="{minutes}" '
        f'durationUnit="min" totalEnergyBurned="300" totalEnergyBurnedUnit="kcal" {WATCH} '
        f'startDate="{day} 18:00:00 +0100" endDate="{day} 18:40:00 +0100"/>\n'
    )


def _import(session, owner, path):
    job = imports.start_import(session=session, profile_id=owner, path=path, filename=path.name)
    assert runner.run_job(session=session, job_id=job.id) == "done"


def _types(session, owner) -> dict[str, str | None]:
    """description → type key of the profile's activities, by date."""
    rows = session.exec(
        select(Activity.date, Activity.description, TrainingType.key)
        .join(TrainingType, Activity.training_type_id == TrainingType.id, isouter=True)
        .where(Activity.profile_id == owner)
        .order_by(Activity.date)
    ).all()
    return [(str(day), name, key) for day, name, key in rows]


def _imported(session, owner, *names: tuple[str, str]):
    for day, name in names:
        session.add(
            Activity(
                profile_id=owner,
                date=date.fromisoformat(day),
                duration_minutes=30,
                description=name,
                source="x",
            )
        )
    session.commit()


def test_a_learned_mapping_is_applied_to_the_next_import_of_the_same_name(session, tmp_path):
    owner = new_profile(session, **HOUSEHOLD)
    first = export_xml(_workout("TraditionalStrengthTraining", "2024-03-01"))
    _import(session, owner, write(tmp_path / "first.xml", first))
    pending = learning.pending_names(session=session, profile_id=owner)
    assert [(n.name, n.count) for n in pending] == [("TraditionalStrengthTraining", 1)]

    done = learning.learn_names(
        session=session, profile_id=owner, choices={pending[0].key: "strength_training"}
    )
    assert done == 1
    assert learning.pending_names(session=session, profile_id=owner) == []

    second = export_xml(
        _workout("TraditionalStrengthTraining", "2024-03-08")
        + _workout("TraditionalStrengthTraining", "2024-03-15")
    )
    _import(session, owner, write(tmp_path / "second.xml", second))
    assert [key for _, _, key in _types(session, owner)] == ["strength_training"] * 3
    assert learning.pending_names(session=session, profile_id=owner) == []
    stored = session.exec(select(Activity).where(Activity.profile_id == owner)).all()
    assert all(a.training_category == "strength" and a.quality_label for a in stored)


def test_names_are_grouped_ignoring_case_and_whitespace_and_never_asked_twice(session):
    owner = new_profile(session)
    _imported(
        session,
        owner,
        ("2026-01-05", "Laufen"),
        ("2026-01-06", " laufen  "),
        ("2026-01-07", "LAUFEN"),
        ("2026-01-08", "Krafttraining"),
    )
    pending = learning.pending_names(session=session, profile_id=owner)
    assert [(n.key, n.count) for n in pending] == [("laufen", 3), ("krafttraining", 1)]
    # "uncategorised" (left as it is) is not learned and stays on the list.
    done = learning.learn_names(
        session=session,
        profile_id=owner,
        choices={"laufen": "running", "krafttraining": "uncategorised"},
    )
    assert done == 3
    assert [n.key for n in learning.pending_names(session=session, profile_id=owner)] == [
        "krafttraining"
    ]
    _imported(session, owner, ("2026-01-09", "Laufen "))
    assert learning.apply_learned_names(session=session, profile_id=owner) == 1
    assert [n.key for n in learning.pending_names(session=session, profile_id=owner)] == [
        "krafttraining"
    ]


def test_the_users_mapping_beats_a_global_one_and_stays_the_users(session):
    owner, other = new_profile(session), new_profile(session)
    walking = session.exec(select(TrainingType).where(TrainingType.key == "walking")).one()
    session.add(ActivityTypeMapping(activity_type="Laufen", training_type_id=walking.id))
    session.commit()
    _imported(session, owner, ("2026-01-05", "Laufen"), ("2026-01-06", "Yoga am Morgen"))
    _imported(session, other, ("2026-01-05", "Laufen"), ("2026-01-06", "Yoga am Morgen"))
    # The global mapping answers "Laufen" for everyone.
    assert learning.apply_learned_names(session=session, profile_id=owner) == 1
    assert [n.name for n in learning.pending_names(session=session, profile_id=owner)] == [
        "Yoga am Morgen"
    ]
    learning.learn_names(
        session=session, profile_id=owner, choices={"laufen": "running", "yoga am morgen": "yoga"}
    )
    _imported(session, owner, ("2026-01-07", "laufen"))
    learning.apply_learned_names(session=session, profile_id=owner)
    assert _types(session, owner)[-1] == ("2026-01-07", "laufen", "running")
    # The other profile keeps the global mapping and its own unknown name.
    learning.apply_learned_names(session=session, profile_id=other)
    assert [key for _, _, key in _types(session, other)] == ["walking", None]
    assert [n.name for n in learning.pending_names(session=session, profile_id=other)] == [
        "Yoga am Morgen"
    ]


def test_manual_entries_are_never_asked_about_and_unknown_types_are_refused(session):
    owner = new_profile(session)
    session.add(
        Activity(
            profile_id=owner, date=date(2026, 1, 5), duration_minutes=30, description="felt good"
        )
    )
    session.commit()
    assert learning.pending_names(session=session, profile_id=owner) == []
    with pytest.raises(UserError):
        learning.learn_names(session=session, profile_id=owner, choices={"laufen": "no-such-type"})
