"""The API's paths, token format and limits."""

from __future__ import annotations

API_MOUNT = "/api"  # the FastAPI app: /api/v1/…, docs at /api/docs
API_V1 = "/v1"
TOKENS = "/settings/tokens"  # the page where tokens are made and revoked
ADMIN_API = "/admin/api"  # the admin's policy: tokens allowed or not

TOKEN_PREFIX = "mjt_"  # recognisable in a leaked config or a secret scanner
TOKEN_NAME_MAX = 100
TOKENS_PER_PROFILE = 20
REQUESTS_PER_MINUTE = 120  # per token
MAX_BODY_BYTES = 1_000_000
INGEST_MAX_BODY_BYTES = 20_000_000  # a week of per-minute metrics
PAGE_LIMIT_MAX = 500

READ, WRITE = "read", "write"
PROFILE_SCOPE = "profile"  # the profile's own fields; logs are scoped by module
# Areas beside the logs' modules, with the catalogue key naming each.
GOALS_SCOPE, INSIGHTS_SCOPE, EXPORT_SCOPE = "goals", "ai", "export"
READ_AREAS = (
    (GOALS_SCOPE, "nav.goals"),
    (INSIGHTS_SCOPE, "nav.analysis"),
    (EXPORT_SCOPE, "api.area.export"),  # the whole archive: every module's rows and photos
)
# The admin's policy: may users make tokens at all (app setting, "true"/"false").
TOKENS_ALLOWED_SETTING = "api_tokens_allowed"
