"""Body composition: weight, circumferences and skinfolds, derived values
with their reference ranges, and the Body page's charts."""

from mitai_app.body.consts import BODY
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="body",
    # The weight goal drawn on the chart comes through core.weight_goal.
    depends=("accounts",),
    models="mitai_app.body.models",
    strings="mitai_app.body.strings:CATALOG",
    features="mitai_app.body.consts:FEATURES",
    placeholders="mitai_app.body.placeholders",
    pages=("mitai_app.body.pages.body",),
    summary="body.summary",
    nav=(NavEntry(BODY, "nav.body", "more", 10, icon="activity"),),
    logs="mitai_app.body.logs:LOGS",
    capture="mitai_app.body.pages.capture:body_capture_card",
    dashboard="mitai_app.body.pages.dashboard_card:body_dashboard_card",
)
