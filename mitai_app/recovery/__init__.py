"""Recovery: blood pressure with its guideline category and home averages
(Vitals page); the tables for sleep, morning vitals and rest days."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.recovery.consts import VITALS

MODULE = Module(
    name="recovery",
    depends=("accounts",),
    models="mitai_app.recovery.models",
    strings="mitai_app.recovery.strings:CATALOG",
    features="mitai_app.recovery.consts:FEATURES",
    placeholders="mitai_app.recovery.placeholders",
    pages=("mitai_app.recovery.pages.vitals",),
    summary="recovery.summary",
    nav=(NavEntry(VITALS, "nav.vitals", "more", 40, icon="heart-pulse"),),
    logs="mitai_app.recovery.logs:LOGS",
    capture="mitai_app.recovery.pages.capture:recovery_capture_card",
    dashboard="mitai_app.recovery.pages.dashboard_card:recovery_dashboard_card",
)
