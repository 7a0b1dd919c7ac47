"""Achievements: a small set earned from what the Goals page already
knows — a goal reached, four weeks in a row with the weekly goals met,
thirty days in a row with something logged — and the first personal record
in training (read through training's service until it is earned). Each is kept once it is
earned (`achievements`), shown as new once, quietly, and never asked for."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from mitai_app.core.i18n import translate
from mitai_app.core.records import as_uuid
from mitai_app.goals.models import Achievement
from mitai_app.goals.service import COMPLETED, GoalView
from mitai_app.goals.weekly import WeeklyOverview
from mitai_app.training.workouts import first_record_day

KINDS = ("first_record", "goal_reached", "four_week_streak", "thirty_logged_days")
WEEKS_MET = 4
LOGGED_DAYS = 30


@dataclass(frozen=True)
class Achievements:
    new: list[str]  # earned and not shown before: shown now, once
    earned: list[str]  # every one earned, in KINDS order


def earned_kinds(goals: Sequence[GoalView], weekly: WeeklyOverview) -> set[str]:
    """The achievements the goals and the weeks show now."""
    found = set()
    if any(g.status == COMPLETED for g in goals):
        found.add("goal_reached")
    if weekly.weeks_met.longest >= WEEKS_MET:
        found.add("four_week_streak")
    if weekly.logged_days.longest >= LOGGED_DAYS:
        found.add("thirty_logged_days")
    return found


def note_achievements(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    goals: Sequence[GoalView],
    weekly: WeeklyOverview,
    today: date,
) -> Achievements:
    """Keeps what is newly earned; returns what was not shown yet (marked
    shown now) and everything earned. An achievement stays earned when the
    data changes later (a goal reopened, a streak broken)."""
    owner = as_uuid(profile_id)
    stored = {
        row.key: row
        for row in session.exec(select(Achievement).where(Achievement.profile_id == owner)).all()
    }
    earned = {key: today for key in earned_kinds(goals, weekly)}
    if "first_record" not in stored:  # once earned, training is not read again
        record_day = first_record_day(session=session, profile_id=owner)
        if record_day is not None:
            earned["first_record"] = record_day
    for key in earned.keys() - set(stored):
        stored[key] = Achievement(profile_id=owner, key=key, earned_on=earned[key])
        session.add(stored[key])
    new = [k for k in KINDS if k in stored and not stored[k].seen]
    for key in new:
        stored[key].seen = True
        session.add(stored[key])
    if new:
        session.commit()
    return Achievements(new=new, earned=[k for k in KINDS if k in stored])


def achievement_words(found: Achievements, lang: str) -> dict[str, str]:
    """The new ones as one quiet line, and every earned one's name."""

    def names(keys: list[str]) -> str:
        return " · ".join(translate(f"goals.achievement.{k}", lang) for k in keys)

    return {
        "new": translate("goals.achievement.new", lang, names=names(found.new))
        if found.new
        else "",
        "earned": translate("goals.achievement.earned", lang, names=names(found.earned))
        if found.earned
        else "",
    }
