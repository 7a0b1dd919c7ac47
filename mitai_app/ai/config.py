"""Which AI provider the app talks to: set by an admin (stored in
`app_settings`) or, failing that, by the environment (MITAI_AI_*).

The API key stays on the server: `load_config` hands it to the provider
layer only, and `config_summary` (what pages show) says merely whether
there is one.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.accounts.service import log_activity
from mitai_app.ai.providers import ProviderConfig, reset_breaker
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.sealing import seal, unseal
from mitai_app.core.settings import settings
from mitai_app.core.system import app_setting, put_app_setting

logger = logging.getLogger(__name__)

# The admin page's choices -> the API each speaks, and its usual base URL
# ("openai" is any OpenAI-compatible server: LM Studio, vLLM, OpenAI itself).
PROVIDERS: dict[str, tuple[str, str]] = {
    "openai": ("openai", "https://api.openai.com/v1"),
    "openrouter": ("openai", "https://openrouter.ai/api/v1"),
    "anthropic": ("anthropic", "https://api.anthropic.com"),
    "ollama": ("openai", "http://localhost:11434/v1"),
}
KEY_PROVIDER = "ai.provider"
KEY_BASE_URL = "ai.base_url"
KEY_MODEL = "ai.model"
KEY_API_KEY = "ai.api_key"
MAX_URL_LENGTH = 500
MAX_MODEL_LENGTH = 100  # AiPrompt.model has the same limit
MAX_KEY_LENGTH = 500


@dataclass(frozen=True)
class AiConfigSummary:
    provider: str  # a key of PROVIDERS, or "" when nothing is configured
    base_url: str
    model: str
    has_key: bool
    source: str  # "admin" | "environment" | "none"


@dataclass(frozen=True)
class _Stored:
    provider: str
    base_url: str
    model: str
    api_key: str
    source: str


def _stored_key(session: Session) -> str:
    """The admin's key, unsealed; "" (no key) when it was sealed under
    another secret key: the admin has to enter it again."""
    key = unseal(app_setting(session, KEY_API_KEY), settings().password_key)
    if key is None:
        logger.warning("The stored AI provider key was sealed with another secret key")
    return key or ""


def _current(session: Session) -> _Stored:
    """The admin's settings when there are any, else the environment's."""
    provider = app_setting(session, KEY_PROVIDER)
    if provider in PROVIDERS:
        return _Stored(
            provider=provider,
            base_url=app_setting(session, KEY_BASE_URL),
            model=app_setting(session, KEY_MODEL),
            api_key=_stored_key(session),
            source="admin",
        )
    env = settings()
    if env.ai_provider is None and not env.ai_base_url:
        return _Stored("", "", "", "", "none")
    provider = env.ai_provider or "openai"
    return _Stored(
        provider=provider,
        base_url=env.ai_base_url or PROVIDERS[provider][1],
        model=env.ai_model or "",
        api_key=env.ai_api_key.get_secret_value() if env.ai_api_key else "",
        source="environment",
    )


def load_config(*, session: Session) -> ProviderConfig | None:
    """The provider to call, key included (server side only), or None."""
    current = _current(session)
    if current.source == "none":
        return None
    return ProviderConfig(
        kind=PROVIDERS[current.provider][0],
        base_url=current.base_url,
        api_key=current.api_key,
        model=current.model,
    )


def config_summary(*, session: Session) -> AiConfigSummary:
    current = _current(session)
    return AiConfigSummary(
        provider=current.provider,
        base_url=current.base_url,
        model=current.model,
        has_key=bool(current.api_key),
        source=current.source,
    )


def _valid_base_url(base_url: str) -> str:
    base_url = base_url.strip().rstrip("/")
    parts = urlsplit(base_url)
    if (
        len(base_url) > MAX_URL_LENGTH
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.query
        or parts.fragment
    ):
        raise UserError("ai_provider.error.base_url_invalid", field="base_url")
    return base_url


def save_config(
    *,
    session: Session,
    admin_id: uuid.UUID,
    kind: str,
    base_url: str,
    model: str,
    api_key: str | None,
) -> AiConfigSummary:
    """An admin sets the provider. `kind` is a key of PROVIDERS. `api_key`:
    None keeps the stored key, "" removes it, anything else replaces it. A
    kept key goes only to the endpoint it was given for: a new provider or
    base URL drops it, so it is never sent to another server by accident."""
    admin = session.get(Profile, admin_id)
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")
    if kind not in PROVIDERS:
        raise UserError("ai_provider.error.provider_invalid", field="provider")
    base_url = _valid_base_url(base_url)
    model = checked_text(model, field="model", limit=MAX_MODEL_LENGTH)
    if not model:
        raise UserError("ai_provider.error.model_missing", field="model")
    if api_key is not None:
        api_key = api_key.strip()
        if len(api_key) > MAX_KEY_LENGTH or any(c.isspace() for c in api_key):
            raise UserError("ai_provider.error.key_invalid", field="api_key")

    # The key in use (the admin's or the environment's) is the one the page
    # reports as stored, so that is the one kept.
    before = _current(session)
    same_endpoint = before.provider == kind and before.base_url == base_url
    if api_key is None:
        api_key = before.api_key if same_endpoint else ""
    key_changed = api_key != before.api_key
    for key, value in (
        (KEY_PROVIDER, kind),
        (KEY_BASE_URL, base_url),
        (KEY_MODEL, model),
        (KEY_API_KEY, seal(api_key, settings().password_key)),
    ):
        put_app_setting(session, key, value)
    log_activity(
        session,
        admin.id,
        "ai_provider_saved",
        provider=kind,
        base_url=base_url,
        model=model,
        key_changed=key_changed,
        has_key=bool(api_key),
    )
    session.commit()
    config = load_config(session=session)
    if config is not None:
        reset_breaker(config)
    return config_summary(session=session)
