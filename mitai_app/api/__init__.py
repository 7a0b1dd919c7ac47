"""The REST API (`/api/v1`, FastAPI) and the personal access tokens that
open it; every log registered by a module is served from its description."""

from mitai_app.api.consts import ADMIN_API, TOKENS
from mitai_app.core.modules import Module, NavEntry

MODULE = Module(
    name="api",
    # imports: ingest writes like an import; exports: the archive at /v1/export
    depends=("accounts", "imports", "goals", "ai", "exports"),
    models="mitai_app.api.models",
    strings="mitai_app.api.strings:CATALOG",
    pages=("mitai_app.api.pages.tokens", "mitai_app.api.pages.admin"),
    nav=(
        NavEntry(TOKENS, "nav.tokens", "more", 95, icon="key-round"),
        NavEntry(ADMIN_API, "nav.admin_api", "admin", 70),
    ),
    routes="mitai_app.api.mount:ROUTES",
    internal_tables=("api_tokens",),  # credentials of this instance, never exported
)
