"""Training administration on SQLite and PostgreSQL: an admin edits a
type's names, category, colour, icon, MET, abilities and rule-set profile
(bad values refused at their field, nothing written), its activities are
re-evaluated against changed rules in batches, and workout-name mappings
are listed, edited, deleted and promoted; anyone else is refused."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date

import pytest
from sqlmodel import Session, select

from mitai_app.core import logs
from mitai_app.core.columns import utcnow
from mitai_app.core.errors import UserError
from mitai_app.training import admin, learning, service
from mitai_app.training.logs import ACTIVITY
from mitai_app.training.models import Activity, ActivityTypeMapping, Reevaluation, TrainingType
from mitai_app.training.overview import session_words, week_sessions
from tests.db.membership_support import committed_profile
from tests.factories import new_profile


def _running(session) -> TrainingType:
    return session.exec(select(TrainingType).where(TrainingType.key == "running")).one()


def _form(kind: admin.TypeAdmin, **changes: str) -> dict[str, str]:
    form = {
        "name": kind.name,
        "name_en": kind.name_en,
        "category": kind.category,
        "color": kind.color,
        "icon": kind.icon,
        "met": kind.met,
        "profile": kind.profile,
        **{f"ability_{key}": str(value) for key, value in kind.abilities.items()},
    }
    return form | changes


def _listed(session, admin_id, key: str) -> admin.TypeAdmin:
    return next(k for k in admin.list_types(session=session, admin_id=admin_id) if k.key == key)


def test_an_admin_edits_every_part_of_a_type(session):
    boss = new_profile(session, role="admin")
    kinds = admin.list_types(session=session, admin_id=boss)
    assert len(kinds) == 29
    running = _listed(session, boss, "running")
    profile = (
        '{"rule_sets": {"minimum_requirements": {"enabled": true, "min_duration_minutes": 20}}}'
    )
    admin.update_type(
        session=session,
        admin_id=boss,
        type_id=running.id,
        form=_form(
            running,
            name="Dauerlauf",
            name_en="Jogging",
            category="mind",
            color="#ABCDEF",
            icon="footprints",
            met="8,5",
            ability_kraft="90",
            profile=profile,
        ),
    )
    session.expire_all()
    stored = _running(session)
    assert (stored.name, stored.name_en, stored.category) == ("Dauerlauf", "Jogging", "mind")
    assert (stored.color, stored.icon, float(stored.met)) == ("#abcdef", "footprints", 8.5)
    assert stored.abilities["kraft"] == 90
    assert stored.profile["rule_sets"]["minimum_requirements"]["min_duration_minutes"] == 20


def test_a_renamed_type_shows_on_capture_history_and_the_training_page(session):
    boss, me = new_profile(session, role="admin"), new_profile(session)
    day = date(2026, 3, 2)
    entry = logs.LogInput(
        day, {"duration": [45.0]}, {"training_type": "running", "session_mood": "none"}
    )
    service.add_activity(session=session, profile_id=me, entry=entry, start="07:30", today=day)
    before = service.capture_defaults(session=session, profile_id=me, timezone="UTC")
    assert next(k for k in before.types if k.key == "running").name.en == "Running"

    running = _listed(session, boss, "running")
    admin.update_type(
        session=session,
        admin_id=boss,
        type_id=running.id,
        form=_form(running, name="Dauerlauf", name_en="Jogging", color="#123456", icon="wind"),
    )

    capture = service.capture_defaults(session=session, profile_id=me, timezone="UTC")
    shown = next(k for k in capture.types if k.key == "running")
    assert (shown.name.de, shown.name.en, shown.color, shown.icon) == (
        "Dauerlauf",
        "Jogging",
        "#123456",
        "wind",
    )
    (row,) = logs.page(ACTIVITY, session=session, profile_id=me, offset=0, limit=5)
    assert logs.describe(ACTIVITY, row, "en", "metric").startswith("07:30 · Jogging · 45 min")
    assert "Dauerlauf" in logs.describe(ACTIVITY, row, "de", "metric")
    labels = logs.choice_labels(session=session)  # History's edit form
    assert labels["activity.training_type.running.en"] == "Jogging"
    assert labels["activity.training_type.uncategorised.de"] == "Nicht zugeordnet"
    week = week_sessions(session=session, profile_id=me, monday=day)
    assert [session_words(s, "en") for s in week] == ["Jogging 45 min"]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": " "}, "name"),
        ({"category": "dancing"}, "category"),
        ({"color": "blue"}, "color"),
        ({"icon": "Not An Icon"}, "icon"),
        ({"met": "0"}, "met"),
        ({"met": "abc"}, "met"),
        ({"ability_balance": "101"}, "ability_balance"),
        ({"ability_geist": "-1"}, "ability_geist"),
        ({"profile": "{not json"}, "profile"),
        ({"profile": '{"rules": {}}'}, "profile"),
        ({"profile": '{"rule_sets": {"minimum_requirements": {"min_duraton": 5}}}'}, "profile"),
        ({"profile": '{"rule_sets": {"plausibility": {"max_hr_plausible": "high"}}}'}, "profile"),
    ],
)
def test_a_bad_value_is_refused_at_its_field_and_nothing_is_written(session, changes, field):
    boss = new_profile(session, role="admin")
    running = _listed(session, boss, "running")
    form = _form(running, ability_kraft="77", **changes)
    with pytest.raises(UserError) as refused:
        admin.update_type(session=session, admin_id=boss, type_id=running.id, form=form)
    assert refused.value.field == field
    session.expire_all()
    assert _running(session).abilities["kraft"] == running.abilities["kraft"]


def test_only_an_admin_may_change_types_and_mappings(session):
    someone = new_profile(session)
    running = _running(session)
    for call, kwargs in [
        (admin.list_types, {}),
        (admin.list_mappings, {}),
        (admin.update_type, {"type_id": running.id, "form": {"name": "x"}}),
        (admin.promote_mapping, {"mapping_id": "00000000-0000-0000-0000-000000000000"}),
    ]:
        with pytest.raises(UserError) as refused:
            call(session=session, admin_id=someone, **kwargs)
        assert refused.value.code == "error.not_admin"
    session.expire_all()
    assert _running(session).name == running.name


def _imported(session, owner, name: str) -> None:
    session.add(
        Activity(
            profile_id=owner,
            date=date(2026, 3, 1),
            duration_minutes=30,
            description=name,
            source="x",
        )
    )
    session.commit()


def _type_of(session, owner) -> str | None:
    found = session.exec(
        select(TrainingType.key)
        .join(Activity, Activity.training_type_id == TrainingType.id)
        .where(Activity.profile_id == owner)
    ).first()
    return found


def test_a_promoted_mapping_applies_to_others_and_own_choices_still_win(session):
    boss = new_profile(session, role="admin")
    anna, ben, cleo = (new_profile(session) for _ in range(3))
    _imported(session, anna, "Laufband")
    learning.learn_names(session=session, profile_id=anna, choices={"laufband": "running"})
    _imported(session, cleo, "Laufband")
    learning.learn_names(session=session, profile_id=cleo, choices={"laufband": "walking"})

    found = admin.list_mappings(session=session, admin_id=boss)
    assert found.global_mappings == []
    rows = {(m.name, m.type_key): m for m in found.user_mappings}
    assert set(rows) == {("laufband", "running"), ("laufband", "walking")}
    admin.promote_mapping(session=session, admin_id=boss, mapping_id=rows["laufband", "running"].id)

    found = admin.list_mappings(session=session, admin_id=boss)
    assert [(m.name, m.type_key) for m in found.global_mappings] == [("laufband", "running")]
    assert {(m.type_key, m.is_global) for m in found.user_mappings} == {
        ("running", True),
        ("walking", False),
    }
    # Ben never chose: the global mapping applies to his next import.
    _imported(session, ben, "  LAUFBAND ")
    assert learning.apply_learned_names(session=session, profile_id=ben) == 1
    assert _type_of(session, ben) == "running"
    # Cleo's own choice still wins.
    assert _type_of(session, cleo) == "walking"
    assert (
        session.exec(select(ActivityTypeMapping).where(ActivityTypeMapping.profile_id == cleo))
        .one()
        .training_type_id
        != _running(session).id
    )


def test_global_mappings_are_edited_and_deleted(session):
    boss = new_profile(session, role="admin")
    running = _running(session)
    for name in ("laufen", "joggen"):
        session.add(ActivityTypeMapping(activity_type=name, training_type_id=running.id))
    session.commit()
    mappings = {
        m.name: m for m in admin.list_mappings(session=session, admin_id=boss).global_mappings
    }

    admin.update_mapping(
        session=session,
        admin_id=boss,
        mapping_id=mappings["joggen"].id,
        name="  Jogging  Outdoor ",
        type_key="walking",
    )
    with pytest.raises(UserError) as refused:
        admin.update_mapping(
            session=session,
            admin_id=boss,
            mapping_id=mappings["laufen"].id,
            name="jogging outdoor",
            type_key="running",
        )
    assert (refused.value.code, refused.value.field) == (
        "training.admin.error.mapping_taken",
        "mapping_name",
    )
    admin.delete_mapping(session=session, admin_id=boss, mapping_id=mappings["laufen"].id)
    found = admin.list_mappings(session=session, admin_id=boss).global_mappings
    assert [(m.name, m.type_key) for m in found] == [("jogging outdoor", "walking")]
    # A profile's own mapping is not a global one to edit or delete.
    anna = new_profile(session)
    _imported(session, anna, "Rudern")
    learning.learn_names(session=session, profile_id=anna, choices={"rudern": "rowing"})
    own = admin.list_mappings(session=session, admin_id=boss).user_mappings[0]
    with pytest.raises(UserError) as refused:
        admin.delete_mapping(session=session, admin_id=boss, mapping_id=own.id)
    assert refused.value.code == "record.error.not_found"


def test_after_a_rule_change_the_types_activities_are_reevaluated_on_the_queue(
    session, monkeypatch
):
    boss = new_profile(session, role="admin")
    anna, ben = new_profile(session), new_profile(session)
    for owner in (anna, anna, ben):
        entry = logs.LogInput(
            date(2026, 3, 20),
            {"duration": [45]},
            {"training_type": "running", "session_mood": "none"},
        )
        service.add_activity(
            session=session, profile_id=owner, entry=entry, today=date(2026, 3, 26)
        )
    _imported(session, ben, "Yoga at home")  # another type's (none): untouched

    def minimum_passed() -> list[bool]:
        session.expire_all()
        rows = session.exec(
            select(Activity).where(Activity.training_type_id == _running(session).id)
        ).all()
        return [a.evaluation["rule_set_results"]["minimum_requirements"]["passed"] for a in rows]

    assert minimum_passed() == [True, True, True]
    running = _listed(session, boss, "running")
    strict = (
        '{"rule_sets": {"minimum_requirements": {"enabled": true, "min_duration_minutes": 60}}}'
    )
    admin.update_type(
        session=session, admin_id=boss, type_id=running.id, form=_form(running, profile=strict)
    )
    monkeypatch.setattr(admin, "REEVALUATION_BATCH", 2)
    job = admin.start_reevaluation(session=session, admin_id=boss, type_id=running.id)
    assert (job.status, job.done, job.total) == ("queued", 0, 3)

    # The worker stops after its first batch (killed): the progress is kept.
    judge = admin.evaluate_activities
    judged = []

    def stopping(session, owner, ids):
        if len(judged) >= 2:  # the first batch is done
            raise RuntimeError("worker killed")
        judged.extend(ids)
        judge(session, owner, ids)

    monkeypatch.setattr(admin, "evaluate_activities", stopping)
    with pytest.raises(RuntimeError):
        admin.run_reevaluation(session=session, job_id=job.id)
    session.rollback()
    shown = admin.reevaluation(session=session, admin_id=boss, type_id=running.id)
    assert (shown.status, shown.done, shown.total) == ("running", 2, 3)
    assert admin.unfinished_reevaluations(session) == [job.id]

    # A worker's start runs it again from where it stopped.
    monkeypatch.setattr(admin, "evaluate_activities", judge)
    admin.run_reevaluation(session=session, job_id=job.id)
    shown = admin.reevaluation(session=session, admin_id=boss, type_id=running.id)
    assert (shown.status, shown.done, shown.total) == ("done", 3, 3)
    assert minimum_passed() == [False, False, False]
    assert admin.unfinished_reevaluations(session) == []
    with pytest.raises(UserError):
        admin.start_reevaluation(session=session, admin_id=anna, type_id=running.id)
    with pytest.raises(UserError):
        admin.reevaluation(session=session, admin_id=anna, type_id=running.id)


def _running_activities(session, owner, count: int) -> None:
    kind = _running(session)
    session.add_all(
        Activity(
            profile_id=owner,
            date=date(2026, 3, 1 + n),
            duration_minutes=45,
            training_type_id=kind.id,
            training_category=kind.category,
        )
        for n in range(count)
    )
    session.commit()


def test_a_restarted_reevaluation_is_advanced_by_the_new_run_only(session, monkeypatch):
    boss, owner = new_profile(session, role="admin"), new_profile(session)
    _running_activities(session, owner, 5)
    monkeypatch.setattr(admin, "REEVALUATION_BATCH", 2)
    type_id = _running(session).id
    job = admin.start_reevaluation(session=session, admin_id=boss, type_id=type_id)
    judge, run, judged = admin.evaluate_activities, ["first"], []

    def recording(session, owner, ids):
        judged.append((run[0], len(ids)))
        judge(session, owner, ids)
        if run[0] == "first":
            # Mid-batch the admin starts it over, and another worker takes it up.
            admin.start_reevaluation(session=session, admin_id=boss, type_id=type_id)
            run[0] = "second"
            assert admin.run_reevaluation(session=session, job_id=job.id)
            run[0] = "first, after the restart"

    monkeypatch.setattr(admin, "evaluate_activities", recording)
    assert admin.run_reevaluation(session=session, job_id=job.id)  # it gives way
    assert judged == [("first", 2), ("second", 2), ("second", 2), ("second", 1)]
    shown = admin.reevaluation(session=session, admin_id=boss, type_id=type_id)
    assert (shown.status, shown.done, shown.total) == ("done", 5, 5)


def test_a_run_held_by_a_live_worker_is_left_alone_and_a_silent_one_taken_over(
    session, monkeypatch
):
    boss, owner = new_profile(session, role="admin"), new_profile(session)
    _running_activities(session, owner, 3)
    type_id = _running(session).id
    job = admin.start_reevaluation(session=session, admin_id=boss, type_id=type_id)
    held = session.get(Reevaluation, uuid.UUID(job.id))
    held.status, held.runner, held.heartbeat_at = "running", uuid.uuid4(), utcnow()
    session.add(held)
    session.commit()
    judged = []
    monkeypatch.setattr(admin, "evaluate_activities", lambda s, o, ids: judged.extend(ids))

    assert admin.run_reevaluation(session=session, job_id=job.id) is False  # look again later
    assert judged == []
    session.expire_all()
    held = session.get(Reevaluation, uuid.UUID(job.id))
    held.heartbeat_at = utcnow() - 2 * admin.REEVALUATION_STALE  # its worker died
    session.add(held)
    session.commit()
    assert admin.run_reevaluation(session=session, job_id=job.id) is True
    assert len(judged) == 3
    session.expire_all()
    shown = admin.reevaluation(session=session, admin_id=boss, type_id=type_id)
    assert (shown.status, shown.done) == ("done", 3)


def test_two_workers_given_the_same_job_judge_each_activity_once(migrated_engine, monkeypatch):
    with (
        committed_profile(migrated_engine, role="admin") as boss,
        committed_profile(migrated_engine) as owner,
    ):
        with Session(migrated_engine, expire_on_commit=False) as setup:
            _running_activities(setup, owner, 7)
            type_id = _running(setup).id
            job = admin.start_reevaluation(session=setup, admin_id=boss, type_id=type_id)
        monkeypatch.setattr(admin, "REEVALUATION_BATCH", 2)
        judge, judged = admin.evaluate_activities, []

        def slow(session, owner, ids):
            judged.extend(ids)
            time.sleep(0.05)  # a batch takes a while: the other worker arrives meanwhile
            judge(session, owner, ids)

        monkeypatch.setattr(admin, "evaluate_activities", slow)
        start = threading.Barrier(2)

        def worker() -> None:
            with Session(migrated_engine, expire_on_commit=False) as own:
                start.wait()
                admin.run_reevaluation(session=own, job_id=job.id)

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        try:
            assert len(judged) == len(set(judged)) == 7
            with Session(migrated_engine) as after:
                shown = admin.reevaluation(session=after, admin_id=boss, type_id=type_id)
            assert (shown.status, shown.done, shown.total) == ("done", 7, 7)
        finally:
            with Session(migrated_engine) as cleanup:
                cleanup.delete(cleanup.get(Reevaluation, uuid.UUID(job.id)))
                cleanup.commit()
