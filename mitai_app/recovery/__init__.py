"""Recovery: sleep with its score (Sleep page), morning vitals against the
user's own baseline and blood pressure with its guideline category and home
averages and a doctor's report as PDF (media.py), and readiness (Vitals page;
the guideline is chosen on the Profile page); rest days with presets and a
week strip (Rest days page)."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.recovery.consts import REST_DAYS, SLEEP, VITALS

MODULE = Module(
    name="recovery",
    depends=("accounts", "training"),  # training: the load readiness weighs
    models="mitai_app.recovery.models",
    strings="mitai_app.recovery.strings:CATALOG",
    features="mitai_app.recovery.consts:FEATURES",
    placeholders="mitai_app.recovery.placeholders",
    pages=(
        "mitai_app.recovery.pages.sleep",
        "mitai_app.recovery.pages.vitals",
        "mitai_app.recovery.pages.rest_days",
    ),
    summary="recovery.summary",
    nav=(
        NavEntry(SLEEP, "nav.sleep", "more", 40, icon="moon"),
        NavEntry(VITALS, "nav.vitals", "more", 41, icon="heart-pulse"),
        NavEntry(REST_DAYS, "nav.rest_days", "more", 42, icon="bed"),
    ),
    logs="mitai_app.recovery.logs:LOGS",
    capture="mitai_app.recovery.pages.capture:recovery_capture_card",
    offline="mitai_app.recovery.offline:SENDERS",
    dashboard="mitai_app.recovery.pages.dashboard_card:recovery_dashboard_card",
    profile="mitai_app.recovery.pages.guideline:guideline_setting",
    routes="mitai_app.recovery.media:ROUTES",
    resting_heart_rate="mitai_app.recovery.service:latest_resting_heart_rate",
)
