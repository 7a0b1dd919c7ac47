"""Nutrition: foods (a bundled starter set, one's own, full-text search),
meals with entries, the day's totals by one source, targets from BMR and
activity, and the adaptive TDEE from intake and the weight trend."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.nutrition.consts import ADMIN_NUTRITION, TODAY_PAGE

MODULE = Module(
    name="nutrition",
    # body: the weight trend, the latest weight and lean mass; training: the energy of sessions
    depends=("accounts", "body", "training"),
    models="mitai_app.nutrition.models",
    strings="mitai_app.nutrition.strings:CATALOG",
    features="mitai_app.nutrition.consts:FEATURES",
    placeholders="mitai_app.nutrition.placeholders",
    seed="mitai_app.nutrition.seeds:seed",
    pages=(
        "mitai_app.nutrition.pages.today",
        "mitai_app.nutrition.pages.trends",
        "mitai_app.nutrition.pages.foods",
        "mitai_app.nutrition.pages.admin_nutrition",
    ),
    summary="nutrition.summary",
    nav=(
        NavEntry(TODAY_PAGE, "nav.nutrition", "more", 15, icon="utensils"),
        NavEntry(ADMIN_NUTRITION, "nav.admin_nutrition", "admin", 80),
    ),
    logs="mitai_app.nutrition.logs:LOGS",
    capture="mitai_app.nutrition.pages.capture:nutrition_capture_card",
    offline="mitai_app.nutrition.offline:SENDERS",
    dashboard="mitai_app.nutrition.pages.dashboard_card:nutrition_dashboard_card",
    profile="mitai_app.nutrition.pages.diet:diet_setting",
)
