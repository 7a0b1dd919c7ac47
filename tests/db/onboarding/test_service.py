"""The first run on SQLite and PostgreSQL: a new profile is led to it and
resumes where it was left; each step writes through its module's service,
so the Profile, Goals, Nutrition and Analysis pages' services show what it
set; bad input is refused at its field and the step stays; one profile's
steps never touch another's; profiles older than the flow are not led
into it, and a finished or dismissed flow never again."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.profile import get_profile
from mitai_app.ai.service import analysis_overview
from mitai_app.body.service import add_weight, last_weight
from mitai_app.core import migrations, routes
from mitai_app.core.db import create_db_engine
from mitai_app.core.errors import UserError
from mitai_app.core.landing import landing_page
from mitai_app.exports import service as exports
from mitai_app.goals.focus import focus_weights
from mitai_app.goals.service import goals_overview
from mitai_app.goals.weekly import set_weekly_targets, weekly_overview
from mitai_app.nutrition.diet import dietary_preferences
from mitai_app.nutrition.targets import target_settings, targets_on
from mitai_app.onboarding import service
from mitai_app.onboarding.consts import ONBOARDING
from tests.conftest import DIALECTS
from tests.factories import new_profile

TODAY = date(2026, 3, 30)  # a Monday
PROFILE_FORM = {
    "display_name": "Mia",
    "sex": "female",
    "date_of_birth": "1990-05-17",
    "height": "170",
    "language": "en",
    "unit_system": "metric",
    "weight": "80",
}


def _goal(session, owner, **typed):
    return service.save_goal(
        session=session,
        profile_id=owner,
        form={"goal_type": "weight", "target_value": "72", **typed},
        lang="en",
        today=TODAY,
    )


def test_a_new_profile_is_led_to_the_flow_and_resumes_where_it_was_left(session):
    owner = new_profile(session, email="onb1@example.org")
    assert landing_page(session=session, profile_id=owner) == ONBOARDING
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    service.skip_step(session=session, profile_id=owner, key="goal")
    # Another visit (a new sign-in) opens the step after the skipped one.
    resumed = service.first_run(session=session, profile_id=owner, today=TODAY).position
    assert resumed.step == 3 and resumed.done == {"profile"} and resumed.skipped == {"goal"}
    assert landing_page(session=session, profile_id=owner) == ONBOARDING
    assert service.go_back(session=session, profile_id=owner).step == 2


def test_every_step_shows_on_the_owning_modules_services(session):
    owner = new_profile(session, email="onb2@example.org")
    # A weekly goal the profile had before stays beside the training step's.
    set_weekly_targets(session=session, profile_id=owner, targets={"weigh_ins": "5"}, today=TODAY)

    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    shown = get_profile(session=session, profile_id=owner)
    assert (shown.display_name, shown.sex, shown.height) == ("Mia", "female", "170.0")
    assert last_weight(session=session, profile_id=owner).values["weight"] == 80.0

    _goal(session, owner, title="Lighter", target_date=str(TODAY + timedelta(weeks=20)))
    [goal] = goals_overview(session=session, profile_id=owner, today=TODAY)
    assert (goal.title, goal.is_primary, goal.start_value, goal.target_value) == (
        "Lighter",
        True,
        80.0,
        72.0,
    )

    service.save_focus(
        session=session, profile_id=owner, typed={"weight_loss": "60", "fat_loss": "40"}
    )
    weights = {
        a.key: a.weight for g in focus_weights(session=session, profile_id=owner) for a in g.areas
    }
    assert weights["weight_loss"] == 60 and weights["fat_loss"] == 40

    service.save_diet(
        session=session,
        profile_id=owner,
        form={
            "diet_type": "vegetarian",
            "avoid": "peanuts",
            "activity": "moderate",
            "protein_g_per_kg": "1,8",
            "target_kcal": "",
        },
    )
    diet = dietary_preferences(session=session, profile_id=owner)
    assert (diet.diet_type, diet.avoid) == ("vegetarian", "peanuts")
    settings = target_settings(session=session, profile_id=owner)
    assert (settings.activity, settings.protein_g_per_kg, settings.hand) == ("moderate", 1.8, {})
    # Nutrition derives the kcal target from the profile, the weight and the goal.
    targets = targets_on(session=session, profile_id=owner, day=TODAY, settings=settings)
    assert targets.kcal and targets.goal_kg == 72.0
    view = service.first_run(session=session, profile_id=owner, today=TODAY)
    assert view.targets.kcal == targets.kcal

    service.save_training(
        session=session,
        profile_id=owner,
        form={"workouts": "3", "active_minutes": ""},
        today=TODAY,
    )
    assert weekly_overview(session=session, profile_id=owner, today=TODAY).targets == {
        "workouts": 3,
        "weigh_ins": 5,
    }

    done = service.save_ai(session=session, profile_id=owner, allowed=True)
    assert analysis_overview(session=session, profile_id=owner).ai_enabled
    assert done.finished and done.done == {"profile", "goal", "focus", "diet", "training", "ai"}
    assert landing_page(session=session, profile_id=owner) == routes.DASHBOARD


def test_a_profile_with_a_primary_goal_keeps_it(session):
    owner = new_profile(session, email="onb3@example.org")
    add_weight(session=session, profile_id=owner, day=TODAY, kg=80, today=TODAY)
    _goal(session, owner, title="First")
    service.go_back(session=session, profile_id=owner)
    _goal(session, owner, title="Second", target_value="70")
    assert [g.title for g in goals_overview(session=session, profile_id=owner, today=TODAY)] == [
        "First"
    ]


@pytest.mark.parametrize("weight", ["8000", "eighty"])
def test_a_refused_weight_leaves_the_profile_as_it_was_and_the_step_stays(session, weight):
    owner = new_profile(session, email=f"onb-weight-{weight}@example.org")
    with pytest.raises(UserError) as refused:
        service.save_profile(
            session=session, profile_id=owner, form={**PROFILE_FORM, "weight": weight}, today=TODAY
        )
    assert refused.value.field == "weight"
    shown = get_profile(session=session, profile_id=owner)
    assert (shown.display_name, shown.height) == ("", "")
    assert last_weight(session=session, profile_id=owner) is None
    assert service.position(session=session, profile_id=owner).step == 1


def test_a_weight_typed_in_pounds_is_checked_in_the_units_chosen_with_it(session):
    owner = new_profile(session, email="onb-pounds@example.org")
    # 1000 lb (454 kg) is within the weight log's range; 1000 kg would not be.
    service.save_profile(
        session=session,
        profile_id=owner,
        form={**PROFILE_FORM, "unit_system": "imperial", "height": "67", "weight": "1000"},
        today=TODAY,
    )
    assert round(last_weight(session=session, profile_id=owner).values["weight"]) == 454


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"target_value": "80"}, "target_value"),  # the start value
        ({"target_date": str(TODAY - timedelta(days=1))}, "target_date"),
        ({"goal_type": "waist"}, "goal_type"),  # no data of that kind yet
    ],
)
def test_a_refused_goal_is_answered_at_its_field_and_the_step_stays(session, typed, field):
    owner = new_profile(session, email=f"onb-{field}@example.org")
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    with pytest.raises(UserError) as refused:
        _goal(session, owner, **typed)
    assert refused.value.field == field
    assert goals_overview(session=session, profile_id=owner, today=TODAY) == []
    assert service.position(session=session, profile_id=owner).step == 2


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"weight_loss": "-10", "fat_loss": "110"}, "weight_loss"),
        ({"weight_loss": "50"}, "focus_total"),
    ],
)
def test_focus_weights_that_are_negative_or_do_not_add_up_are_refused(session, typed, field):
    owner = new_profile(session, email=f"onb-focus-{field}@example.org")
    with pytest.raises(UserError) as refused:
        service.save_focus(session=session, profile_id=owner, typed=typed)
    assert refused.value.field == field
    assert service.position(session=session, profile_id=owner).step == 1


def test_a_refused_diet_value_is_answered_at_its_field(session):
    owner = new_profile(session, email="onb-diet@example.org")
    form = {"diet_type": "omnivore", "activity": "light", "protein_g_per_kg": "1.6"}
    for typed, field in (
        ({"target_kcal": "lots"}, "target_kcal"),
        ({"protein_g_per_kg": "9"}, "protein_g_per_kg"),
        ({"diet_type": "carnivore"}, "diet_type"),
    ):
        with pytest.raises(UserError) as refused:
            service.save_diet(session=session, profile_id=owner, form={**form, **typed})
        assert refused.value.field == field
    assert service.position(session=session, profile_id=owner).done == frozenset()


def test_one_profiles_steps_never_touch_another(session):
    owner = new_profile(session, email="onb-own@example.org")
    other = new_profile(session, email="onb-other@example.org")
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    service.dismiss(session=session, profile_id=owner)
    assert service.position(session=session, profile_id=other).step == 1
    assert landing_page(session=session, profile_id=other) == ONBOARDING
    assert get_profile(session=session, profile_id=other).display_name == ""
    assert last_weight(session=session, profile_id=other) is None


def test_set_up_later_never_leads_there_again(session):
    owner = new_profile(session, email="onb-later@example.org")
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    later = service.dismiss(session=session, profile_id=owner)
    assert later.dismissed and later.step == 2
    assert landing_page(session=session, profile_id=owner) == routes.DASHBOARD
    # What the step saved stays.
    assert get_profile(session=session, profile_id=owner).display_name == "Mia"


@pytest.mark.parametrize("close", ["dismiss", "finish"])
def test_set_up_again_reopens_step_one_with_what_is_stored(session, close):
    owner = new_profile(session, email=f"onb-again-{close}@example.org")
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    _goal(session, owner, title="Lighter")
    if close == "finish":
        for key in ("focus", "diet", "training"):
            service.skip_step(session=session, profile_id=owner, key=key)
        service.save_ai(session=session, profile_id=owner, allowed=False)
    else:
        service.dismiss(session=session, profile_id=owner)
    assert landing_page(session=session, profile_id=owner) == routes.DASHBOARD

    assert service.reopen(session=session, profile_id=owner).step == 1
    view = service.first_run(session=session, profile_id=owner, today=TODAY)
    assert not view.position.closed and view.position.done >= {"profile", "goal"}
    # The steps' forms are filled with what is stored.
    assert (view.profile.display_name, view.profile.height, view.weight) == ("Mia", "170.0", "80.0")
    assert view.primary_goal == "Lighter"
    # Setting it up later again closes it once more.
    service.dismiss(session=session, profile_id=owner)
    assert landing_page(session=session, profile_id=owner) == routes.DASHBOARD


def test_the_dashboard_card_shows_the_step_until_finished_or_set_up_later(session):
    owner = new_profile(session, email="onb-card@example.org")
    assert service.unfinished_step(session=session, profile_id=owner) == 1
    service.save_profile(session=session, profile_id=owner, form=PROFILE_FORM, today=TODAY)
    service.skip_step(session=session, profile_id=owner, key="goal")
    assert service.unfinished_step(session=session, profile_id=owner) == 3
    service.dismiss(session=session, profile_id=owner)
    assert service.unfinished_step(session=session, profile_id=owner) is None
    service.reopen(session=session, profile_id=owner)
    assert service.unfinished_step(session=session, profile_id=owner) == 1
    for key in ("profile", "goal", "focus", "diet", "training", "ai"):
        service.skip_step(session=session, profile_id=owner, key=key)
    assert service.unfinished_step(session=session, profile_id=owner) is None
    other = new_profile(session, email="onb-card-other@example.org")
    assert service.unfinished_step(session=session, profile_id=other) == 1


@pytest.mark.parametrize("dialect", DIALECTS)
def test_profiles_older_than_the_flow_are_not_led_into_it(throwaway_databases, dialect):
    engine = create_db_engine(throwaway_databases.new_url(dialect))
    with engine.begin() as connection:
        migrations.upgrade(connection, "0016")
    with Session(engine) as session:
        session.add(Profile(email="old@example.org", pin_hash="x"))
        session.commit()
    with engine.begin() as connection:
        migrations.upgrade(connection)
    with Session(engine) as session:
        old = session.exec(select(Profile)).one().id
        assert landing_page(session=session, profile_id=old) == routes.DASHBOARD
        assert service.position(session=session, profile_id=old).finished
        new = new_profile(session, email="new@example.org")
        assert landing_page(session=session, profile_id=new) == ONBOARDING
    engine.dispose()


def _archive_with_a_weight(session: Session, email: str, kg: float) -> io.BytesIO:
    """An export of a profile (made here) holding one weight, ready to restore."""
    old = new_profile(session, email=email)
    add_weight(session=session, profile_id=old, day=TODAY, kg=kg, today=TODAY)
    archive = io.BytesIO()
    exports.export_archive(session=session, profile_id=old, out=archive)
    archive.seek(0)
    return archive


def test_an_account_that_set_up_later_can_still_restore_an_export(session):
    archive = _archive_with_a_weight(session, "onb-old@example.org", 72.5)
    new = new_profile(session, email="onb-new@example.org")
    service.skip_step(session=session, profile_id=new, key="profile")
    service.dismiss(session=session, profile_id=new)  # only the flow's place is stored
    exports.restore_archive(session=session, profile_id=new, source=archive)
    assert last_weight(session=session, profile_id=new).values["weight"] == 72.5


def test_a_restored_account_is_not_led_into_the_first_run(session):
    archive = _archive_with_a_weight(session, "onb-from@example.org", 70.0)
    new = new_profile(session, email="onb-into@example.org")
    assert landing_page(session=session, profile_id=new) == ONBOARDING
    exports.restore_archive(session=session, profile_id=new, source=archive)
    assert landing_page(session=session, profile_id=new) == routes.DASHBOARD
    assert service.unfinished_step(session=session, profile_id=new) is None
