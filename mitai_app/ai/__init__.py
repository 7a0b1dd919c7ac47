"""AI analyses: prompts and pipelines, providers, insights, the Analysis
page and the prompt and provider admin pages."""

from mitai_app.core import routes
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="ai",
    depends=("accounts",),
    models="mitai_app.ai.models",
    strings="mitai_app.ai.strings:CATALOG",
    seed="mitai_app.ai.seeds:seed",
    features="mitai_app.ai.consts:FEATURES",
    summary="ai.summary",
    internal_tables=("ai_usage",),  # the provider's token counts, the instance's cost
    pages=(
        "mitai_app.ai.pages.analysis",
        "mitai_app.ai.pages.admin_prompts",
        "mitai_app.ai.pages.admin_provider",
    ),
    nav=(
        NavEntry(routes.ANALYSIS, "nav.analysis", "tab", 40, icon="sparkles"),
        NavEntry(routes.ADMIN_PROMPTS, "nav.admin_prompts", "admin", 60),
        NavEntry(routes.ADMIN_AI, "nav.admin_ai", "admin", 70),
    ),
)
