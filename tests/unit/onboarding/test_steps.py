"""The first run's position: saving or skipping moves on, the last step
finishes, Back stops at the first, a skip never undoes a save, and only a
finished or dismissed flow stops leading there after signing in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mitai_app.onboarding import steps
from mitai_app.onboarding.consts import STEPS
from mitai_app.onboarding.steps import START, TOTAL, Position


def test_a_new_profile_starts_at_step_one_and_is_led_there():
    assert START.step == 1 and START.key == "profile"
    assert steps.leads_after_sign_in(None)
    assert steps.leads_after_sign_in(START)


def test_saving_moves_to_the_next_step_and_remembers_it():
    after = steps.saved(START, "profile")
    assert after.step == 2 and after.key == "goal"
    assert after.done == {"profile"} and not after.skipped and not after.closed


def test_skipping_moves_on_without_saving():
    after = steps.skipped(Position(step=3), "focus")
    assert after.step == 4 and after.skipped == {"focus"} and not after.done


def test_a_skip_after_a_save_keeps_the_step_saved():
    saved = steps.saved(Position(step=3), "focus")
    again = steps.skipped(steps.back(saved), "focus")
    assert again.done == {"focus"} and not again.skipped and again.step == 4


def test_saving_a_skipped_step_later_counts_it_as_saved():
    skipped = steps.skipped(Position(step=2), "goal")
    saved = steps.saved(steps.back(skipped), "goal")
    assert saved.done == {"goal"} and not saved.skipped


@pytest.mark.parametrize("move", [steps.saved, steps.skipped])
def test_the_last_step_finishes_the_flow_either_way(move):
    last = Position(step=TOTAL)
    after = move(last, STEPS[-1])
    assert after.finished and after.closed and after.step == TOTAL
    assert not steps.leads_after_sign_in(after)


def test_the_flow_resumes_where_it_was_left():
    position = START
    for key in ("profile", "goal"):
        position = steps.saved(position, key)
    position = steps.skipped(position, "focus")
    assert position.step == 4 and position.key == "diet"
    assert steps.leads_after_sign_in(position)


def test_back_stops_at_the_first_step():
    assert steps.back(Position(step=4)).step == 3
    assert steps.back(START).step == 1


def test_set_up_later_stops_leading_there_and_keeps_the_place():
    later = steps.dismissed(Position(step=3, done=frozenset({"profile"})))
    assert later.dismissed and not later.finished and later.step == 3
    assert later.done == {"profile"}
    assert not steps.leads_after_sign_in(later)


def test_an_unknown_step_is_refused():
    with pytest.raises(ValueError):
        steps.saved(START, "payment")


@pytest.mark.parametrize(
    "closed", [steps.dismissed(Position(step=3)), Position(step=6, finished=True)]
)
def test_set_up_again_opens_step_one_and_keeps_what_was_saved(closed):
    again = steps.reopened(replace(closed, done=frozenset({"profile", "goal"})))
    assert again.step == 1 and not again.closed and again.done == {"profile", "goal"}
    assert steps.leads_after_sign_in(again)
