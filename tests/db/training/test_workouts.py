"""Strength workouts on SQLite and PostgreSQL: ordered exercises with sets,
"repeat last set" and last session's sets, the records a set breaks (and
that follow an edit or a delete), bad input refused at its field, and
another profile's ids answering "not found"."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from alembic.script import ScriptDirectory
from sqlmodel import Session

from mitai_app.core import migrations
from mitai_app.core.db import create_db_engine
from mitai_app.core.errors import UserError
from mitai_app.core.startup import migrate_and_seed
from mitai_app.training import workouts as w
from mitai_app.training.workouts import SetInput
from tests.db.membership_support import committed_profile
from tests.factories import new_profile

TODAY = date(2026, 3, 29)


def _exercise(session, owner, name="Bench press"):
    return next(
        c.id for c in w.exercise_choices(session=session, profile_id=owner) if c.name_en == name
    )


def _workout(session, owner, day=TODAY, exercise="Bench press"):
    workout_id = w.start_workout(session=session, profile_id=owner, day=day, today=TODAY)
    item = w.add_exercise(
        session=session,
        profile_id=owner,
        workout_id=workout_id,
        exercise_id=_exercise(session, owner, exercise),
    )
    return workout_id, item


def _set(session, owner, item, reps, kg, kind="working"):
    return w.add_set(
        session=session,
        profile_id=owner,
        workout_exercise_id=item,
        entry=SetInput(reps=reps, weight_kg=kg, kind=kind),
    )


def test_a_workout_holds_ordered_exercises_and_sets_and_repeats_the_last(session, monkeypatch):
    charged, real = [], w.consume
    monkeypatch.setattr(w, "consume", lambda **kw: charged.append(kw["feature_id"]) or real(**kw))
    me = new_profile(session)
    workout_id, bench = _workout(session, me)
    squat = w.add_exercise(
        session=session,
        profile_id=me,
        workout_id=workout_id,
        exercise_id=_exercise(session, me, "Back squat"),
    )
    _set(session, me, bench, 10, 40, "warmup")
    _set(session, me, bench, 8, 60)
    repeated = w.repeat_last_set(session=session, profile_id=me, workout_exercise_id=bench)
    assert (repeated.set.reps, repeated.set.weight_kg, repeated.set.kind) == (8, 60, "working")
    view = w.workout(session=session, profile_id=me, workout_id=workout_id)
    assert [e.name_en for e in view.exercises] == ["Bench press", "Back squat"]
    assert [(s.reps, s.weight_kg) for s in view.exercises[0].sets] == [(10, 40), (8, 60), (8, 60)]
    assert view.exercises[1].id == squat and view.exercises[1].sets == []
    assert charged == ["activity_entries"]  # the workout, once


def test_last_session_is_offered_and_a_heavier_set_announces_the_record(session):
    me = new_profile(session)
    _, last_week = _workout(session, me, TODAY - timedelta(days=7))
    _set(session, me, last_week, 8, 60)
    _set(session, me, last_week, 6, 65)
    _, today = _workout(session, me)
    view = w.workout(
        session=session,
        profile_id=me,
        workout_id=w.latest_workout_id(session=session, profile_id=me, day=TODAY),
    )
    assert [(s.reps, s.weight_kg) for s in view.exercises[0].last_time] == [(8, 60), (6, 65)]
    # With no set yet today, "repeat" takes last session's first set.
    first = w.repeat_last_set(session=session, profile_id=me, workout_exercise_id=today)
    assert (first.set.reps, first.set.weight_kg, first.records) == (8, 60, [])
    heavier = _set(session, me, today, 5, 70)
    assert {r.kind for r in heavier.records} >= {"heaviest", "e1rm_epley"}
    heaviest = next(r for r in heavier.records if r.kind == "heaviest")
    assert (heaviest.value, heaviest.day) == (70, TODAY)


def test_records_follow_an_edit_and_a_delete(session):
    me = new_profile(session)
    _, item = _workout(session, me)
    _set(session, me, item, 5, 60)
    top = _set(session, me, item, 5, 80)
    bench = _exercise(session, me)

    def heaviest():
        return w.exercise_records(session=session, profile_id=me, exercise_id=bench)[
            "heaviest"
        ].value

    assert heaviest() == 80
    w.update_set(session=session, profile_id=me, set_id=top.set.id, entry=SetInput(5, 70))
    assert heaviest() == 70
    w.delete_set(session=session, profile_id=me, set_id=top.set.id)
    assert heaviest() == 60


def _shown(session, owner, exercise):
    """The records as the pages show them: (kind, value, day) by kind."""
    found = w.exercise_records(session=session, profile_id=owner, exercise_id=exercise)
    return {kind: (round(r.value, 2), r.day) for kind, r in found.items()}


def test_every_kept_record_follows_edits_and_deletes_as_the_sets_say(session):
    me = new_profile(session)
    earlier = TODAY - timedelta(days=7)
    _, old = _workout(session, me, day=earlier)
    _set(session, me, old, 10, 60)  # Epley 80, Brzycki 80; volume 600
    _, item = _workout(session, me)
    warmup = _set(session, me, item, 3, 100, kind="warmup")  # counts for nothing
    first = _set(session, me, item, 5, 75)  # Epley 87.5, Brzycki 84.4; volume 375
    second = _set(session, me, item, 2, 80)  # volume 375 + 160 = 535
    bench = _exercise(session, me)
    assert _shown(session, me, bench) == {
        "heaviest": (80, TODAY),
        "e1rm_epley": (87.5, TODAY),
        "e1rm_brzycki": (84.38, TODAY),
        "volume": (600, earlier),
    }
    # The warm-up becomes a working set: heavier, and the workout's volume beats last week's.
    w.update_set(session=session, profile_id=me, set_id=warmup.set.id, entry=SetInput(3, 100))
    assert _shown(session, me, bench)["heaviest"] == (100, TODAY)
    assert _shown(session, me, bench)["volume"] == (835, TODAY)
    # Lighter again: the records fall back to what the other sets hold.
    w.update_set(session=session, profile_id=me, set_id=warmup.set.id, entry=SetInput(3, 40))
    assert _shown(session, me, bench)["heaviest"] == (80, TODAY)
    assert _shown(session, me, bench)["volume"] == (655, TODAY)
    for done in (warmup, second):
        w.delete_set(session=session, profile_id=me, set_id=done.set.id)
    assert _shown(session, me, bench) == {
        "heaviest": (75, TODAY),
        "e1rm_epley": (87.5, TODAY),
        "e1rm_brzycki": (84.38, TODAY),
        "volume": (600, earlier),
    }
    w.delete_set(session=session, profile_id=me, set_id=first.set.id)
    assert _shown(session, me, bench) == {
        "heaviest": (60, earlier),
        "e1rm_epley": (80, earlier),
        "e1rm_brzycki": (80, earlier),
        "volume": (600, earlier),
    }
    # What is kept is what the sets give when made again (as after a restore).
    kept = _shown(session, me, bench)
    w.rebuild_records(session=session, profile_id=me)
    assert _shown(session, me, bench) == kept


def test_a_record_equalled_on_an_earlier_day_is_dated_then_and_not_announced(session):
    me = new_profile(session)
    _, item = _workout(session, me)
    _set(session, me, item, 5, 80)
    _, backdated = _workout(session, me, day=TODAY - timedelta(days=3))
    again = _set(session, me, backdated, 5, 80)
    assert again.records == []  # equal is not broken
    assert _shown(session, me, _exercise(session, me))["heaviest"] == (
        80,
        TODAY - timedelta(days=3),
    )
    more = _set(session, me, item, 7, 80)
    assert {r.kind for r in more.records} == {
        "reps_at_weight",
        "e1rm_epley",
        "e1rm_brzycki",
        "volume",
    }


@pytest.mark.parametrize(
    ("entry", "field", "code"),
    [
        (SetInput(0, 60), "reps", "training.error.reps_range"),
        (SetInput(None, 60), "reps", "training.error.reps_range"),
        (SetInput(5, -1), "weight", "training.error.weight_range"),
        (SetInput(5, 60, rpe=11), "set_rpe", "training.error.rpe_range"),
        (SetInput(5, 60, kind="heroic"), "kind", "log.error.choice"),
        (SetInput(5, 60, rest_seconds=4000), "rest", "training.error.rest_range"),
    ],
)
def test_bad_sets_are_refused_at_their_field(session, entry, field, code):
    me = new_profile(session)
    _, item = _workout(session, me)
    with pytest.raises(UserError) as raised:
        w.add_set(session=session, profile_id=me, workout_exercise_id=item, entry=entry)
    assert (raised.value.field, raised.value.code) == (field, code)


def test_another_profiles_ids_answer_not_found(session):
    me, other = new_profile(session), new_profile(session)
    workout_id, item = _workout(session, me)
    done = _set(session, me, item, 5, 60)
    own = w.add_own_exercise(
        session=session, profile_id=me, name="Zercher squat", tracks="reps_weight"
    )
    calls = [
        lambda: w.workout(session=session, profile_id=other, workout_id=workout_id),
        lambda: w.add_exercise(
            session=session, profile_id=other, workout_id=workout_id, exercise_id=own.id
        ),
        lambda: w.add_set(
            session=session, profile_id=other, workout_exercise_id=item, entry=SetInput(5, 60)
        ),
        lambda: w.repeat_last_set(session=session, profile_id=other, workout_exercise_id=item),
        lambda: w.update_set(
            session=session, profile_id=other, set_id=done.set.id, entry=SetInput(5, 60)
        ),
        lambda: w.delete_set(session=session, profile_id=other, set_id=done.set.id),
        lambda: w.exercise_records(session=session, profile_id=other, exercise_id=own.id),
        lambda: w.workout(session=session, profile_id=me, workout_id="not-an-id"),
    ]
    for call in calls:
        with pytest.raises(UserError) as raised:
            call()
        assert raised.value.code == "record.error.not_found"
    assert "Zercher squat" not in {
        c.name_en for c in w.exercise_choices(session=session, profile_id=other)
    }
    assert (
        len(w.workout(session=session, profile_id=me, workout_id=workout_id).exercises[0].sets) == 1
    )


def test_an_own_exercise_in_use_is_not_deleted_and_says_how_often_it_is_used(session):
    me, other = new_profile(session), new_profile(session)
    own = w.add_own_exercise(session=session, profile_id=me, name="Zercher squat", tracks="reps")
    for _ in range(2):
        workout_id = w.start_workout(session=session, profile_id=me, today=TODAY)
        w.add_exercise(session=session, profile_id=me, workout_id=workout_id, exercise_id=own.id)
    with pytest.raises(UserError) as refused:
        w.delete_own_exercise(session=session, profile_id=me, exercise_id=own.id)
    assert (refused.value.code, refused.value.values) == (
        "training.error.exercise_in_use",
        {"count": 2},
    )
    # Another profile, and the seeded catalogue, answer "not found".
    seeded = next(c for c in w.exercise_choices(session=session, profile_id=me) if not c.own)
    for who, exercise in ((other, own.id), (me, seeded.id)):
        with pytest.raises(UserError) as refused:
            w.delete_own_exercise(session=session, profile_id=who, exercise_id=exercise)
        assert refused.value.code == "record.error.not_found"
    unused = w.add_own_exercise(
        session=session, profile_id=me, name="Jefferson curl", tracks="reps"
    )
    w.delete_own_exercise(session=session, profile_id=me, exercise_id=unused.id)
    names = {c.name_en for c in w.exercise_choices(session=session, profile_id=me)}
    assert "Jefferson curl" not in names and "Zercher squat" in names


def test_progress_and_records_of_the_latest_exercise_and_the_latest_record(session):
    me, other = new_profile(session), new_profile(session)
    earlier = TODAY - timedelta(days=7)
    _, item = _workout(session, me, day=earlier)
    _set(session, me, item, 10, 60)  # Epley 80, volume 600 (+ the warm-up's none)
    _set(session, me, item, 10, 20, kind="warmup")
    _, item = _workout(session, me)
    _set(session, me, item, 1, 90)  # Epley 90 (one rep is the weight)
    _set(session, me, item, 5, 75)  # Epley 87.5; volume 90 + 375 = 465
    _, squat = _workout(session, me, day=earlier, exercise="Back squat")
    _set(session, me, squat, 5, 100)
    _set(session, other, _workout(session, other, exercise="Back squat")[1], 5, 200)

    found = w.strength_summary(session=session, profile_id=me)
    assert [e.name_en for e in found.exercises] == ["Bench press", "Back squat"]
    assert found.exercise_id == _exercise(session, me)
    assert [(p.day, p.e1rm, p.volume) for p in found.progress] == [
        (earlier, pytest.approx(80), 600),
        (TODAY, pytest.approx(90), 465),
    ]
    assert found.records["heaviest"].value == 90
    assert (found.records["volume"].value, found.records["volume"].day) == (600, earlier)

    squat_id = _exercise(session, me, "Back squat")
    picked = w.strength_summary(session=session, profile_id=me, exercise_id=squat_id)
    assert [p.volume for p in picked.progress] == [500]  # not the other profile's 1000
    own = w.add_own_exercise(session=session, profile_id=me, name="Zercher squat", tracks="reps")
    with pytest.raises(UserError) as refused:
        w.strength_summary(session=session, profile_id=other, exercise_id=own.id)
    assert refused.value.code == "record.error.not_found"

    exercise, record = w.latest_record(session=session, profile_id=me, today=TODAY)
    assert (exercise.name_en, record.kind, record.day) == ("Bench press", "heaviest", TODAY)
    assert (
        w.latest_record(session=session, profile_id=me, today=TODAY + timedelta(days=200)) is None
    )
    assert w.strength_summary(session=session, profile_id=new_profile(session)).exercise_id == ""


def test_the_migration_that_keeps_records_fills_them_from_the_sets_already_stored(
    session, throwaway_databases
):
    engine = create_db_engine(throwaway_databases.new_url(session.get_bind().dialect.name))
    with engine.begin() as connection:
        migrate_and_seed(connection)
    with Session(engine, expire_on_commit=False) as own:
        me = new_profile(own)
        _, old = _workout(own, me, day=TODAY - timedelta(days=7))
        _set(own, me, old, 10, 60)
        _set(own, me, old, 8, 60)
        _, item = _workout(own, me)
        _set(own, me, item, 3, 90)
        _set(own, me, item, 12, 20, kind="warmup")
        bench = _exercise(own, me)
        kept = _shown(own, me, bench)
    scripts = ScriptDirectory.from_config(migrations.alembic_config())
    adds = next(s for s in scripts.walk_revisions() if "exercise records" in (s.doc or ""))
    with engine.begin() as connection:
        migrations.downgrade(connection, adds.down_revision)
    with engine.begin() as connection:
        migrations.upgrade(connection)
    with Session(engine) as own:
        assert _shown(own, me, bench) == kept
    engine.dispose()


def test_sets_saved_at_once_keep_the_records_all_of_them_make(migrated_engine):
    with committed_profile(migrated_engine) as me:
        with Session(migrated_engine, expire_on_commit=False) as setup:
            _, item = _workout(setup, me)
            _set(setup, me, item, 5, 50)  # the exercise has records to beat
            bench = _exercise(setup, me)
        start = threading.Barrier(6)

        def save(kg: int) -> None:
            with Session(migrated_engine, expire_on_commit=False) as own:
                start.wait()
                _set(own, me, item, 5, kg)

        threads = [threading.Thread(target=save, args=(60 + n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with Session(migrated_engine) as after:
            shown = _shown(after, me, bench)
        assert shown["heaviest"] == (65, TODAY)
        assert shown["volume"] == (5 * (50 + sum(range(60, 66))), TODAY)


def test_the_first_record_day_is_the_first_set_beating_an_earlier_days_best(session):
    me = new_profile(session)
    other = new_profile(session, email="other-records@example.com")
    first_day = TODAY - timedelta(days=14)
    _, item = _workout(session, me, first_day)
    _set(session, me, item, 5, 60)
    _set(session, me, item, 5, 80)  # the same day: the exercise's first records, none broken
    assert w.first_record_day(session=session, profile_id=me) is None
    _, lighter = _workout(session, me, first_day + timedelta(days=3))
    _set(session, me, lighter, 5, 70)
    _set(session, me, lighter, 5, 90, kind="warmup")  # a warm-up holds no record
    assert w.first_record_day(session=session, profile_id=me) is None
    record_day = first_day + timedelta(days=7)
    _, heavier = _workout(session, me, record_day)
    _set(session, me, heavier, 3, 85)
    _, later = _workout(session, me, TODAY)
    _set(session, me, later, 3, 95)
    assert w.first_record_day(session=session, profile_id=me) == record_day
    assert w.first_record_day(session=session, profile_id=other) is None
