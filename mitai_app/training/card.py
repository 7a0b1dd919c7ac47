"""What training's dashboard card shows: this week's counted sessions and
minutes, each against the weekly goal when one is set (goals publishes its
targets through core.weekly_targets), and the latest personal record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from mitai_app.core.formatting import format_number
from mitai_app.core.i18n import translate
from mitai_app.core.weekly_targets import ACTIVE_MINUTES, WORKOUTS, weekly_targets
from mitai_app.training.overview import TrainingOverview, training_overview
from mitai_app.training.strength import Record
from mitai_app.training.workouts import ExerciseChoice, latest_record


@dataclass(frozen=True)
class WeekGoal:
    kind: str  # core.weekly_targets.WORKOUTS or ACTIVE_MINUTES
    done: int
    target: int

    @property
    def percent(self) -> int:
        return min(100, round(self.done / self.target * 100))


@dataclass(frozen=True)
class TrainingCard:
    overview: TrainingOverview
    goals: list[WeekGoal]  # sessions, then minutes; those with a target
    latest: tuple[ExerciseChoice, Record] | None


def week_goals(overview: TrainingOverview, targets: dict[str, int]) -> list[WeekGoal]:
    """The week's counted sessions and minutes against their targets."""
    done = {
        WORKOUTS: len(overview.week),
        ACTIVE_MINUTES: sum(s.minutes or 0 for s in overview.week),
    }
    return [WeekGoal(kind, done[kind], targets[kind]) for kind in done if targets.get(kind, 0) > 0]


def week_goal_words(goal: WeekGoal, lang: str) -> str:
    """ "2 of 3 sessions", "135 of 150 min", with "reached" once met."""
    words = translate(
        f"training.week_goal.{goal.kind}",
        lang,
        done=format_number(goal.done, lang, decimals=0),
        target=format_number(goal.target, lang, decimals=0),
    )
    if goal.done >= goal.target:
        words += " · " + translate("training.week_goal.met", lang)
    return words


def training_card(*, session: Session, profile_id: uuid.UUID | str, today: date) -> TrainingCard:
    overview = training_overview(session=session, profile_id=profile_id, today=today)
    targets = weekly_targets(session=session, profile_id=profile_id, today=today)
    return TrainingCard(
        overview=overview,
        goals=week_goals(overview, targets),
        latest=latest_record(session=session, profile_id=profile_id, today=today),
    )
