"""Training: the activity log (several sessions a day, with type, heart rate,
RPE and an estimated kcal), training types and their parameters, the
training formulas, Capture's training card, the Training page (week, minutes
per category, load, heart-rate zones) and its dashboard card, and strength
workouts with sets and personal records."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.training.consts import ADMIN_TRAINING, TRAINING

MODULE = Module(
    name="training",
    # body: the weight that day, for the kcal estimate (the morning vitals'
    # resting heart rate, for the zones, comes through core.resting_heart_rate)
    depends=("accounts", "body"),
    models="mitai_app.training.models",
    strings="mitai_app.training.strings:CATALOG",
    seed="mitai_app.training.seeds:seed",
    features="mitai_app.training.consts:FEATURES",
    placeholders="mitai_app.training.placeholders",
    pages=(
        "mitai_app.training.pages.training",
        "mitai_app.training.pages.strength",
        "mitai_app.training.pages.categorise",
        "mitai_app.training.pages.admin_training",
    ),
    summary="training.summary",
    nav=(
        NavEntry(TRAINING, "nav.training", "more", 15, icon="dumbbell"),
        NavEntry(ADMIN_TRAINING, "nav.admin_training", "admin", 75),
    ),
    logs="mitai_app.training.logs:LOGS",
    tasks="mitai_app.training.tasks:register",
    capture="mitai_app.training.pages.capture:training_capture_card",
    dashboard="mitai_app.training.pages.dashboard_card:training_dashboard_card",
    internal_tables=("exercise_records",),  # kept from the sets, rebuilt after a restore
    rebuild="mitai_app.training.workouts:rebuild_records",
)
