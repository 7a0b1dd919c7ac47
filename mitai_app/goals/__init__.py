"""Goals: goals of the seeded types filled from the user's own data (body,
recovery, nutrition) or logged by hand, with progress, projection and an
honest status; the Goals page and the primary goal's dashboard card; the
fitness tests with norms by sex and age (a Cooper result sets VO2max).
Training phases detected on the task queue and reviewed by the user;
weekly goals and streaks; focus areas."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.goals.consts import GOALS

MODULE = Module(
    name="goals",
    # body, recovery, nutrition: a goal's values through their services
    depends=("accounts", "training", "body", "recovery", "nutrition"),
    models="mitai_app.goals.models",
    seed="mitai_app.goals.seeds:seed",
    features="mitai_app.goals.consts:FEATURES",
    placeholders="mitai_app.goals.placeholders",
    strings="mitai_app.goals.strings:CATALOG",
    pages=("mitai_app.goals.pages.goals", "mitai_app.goals.pages.fitness"),
    summary="goals.summary",
    nav=(NavEntry(GOALS, "nav.goals", "more", 30, icon="target"),),
    dashboard="mitai_app.goals.pages.dashboard_card:goals_dashboard_card",
    tasks="mitai_app.goals.tasks:register",
    weight_goal="mitai_app.goals.weight_goal:followed_weight_goal",
    weekly_targets="mitai_app.goals.weekly:targets_in_force",
    confirmed_phases="mitai_app.goals.detection:confirmed_phases",
)
