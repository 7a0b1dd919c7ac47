"""The AI provider's configuration on SQLite and PostgreSQL: the admin's
settings win over the environment's, the key never leaves the server in a
summary or the activity log, and a kept key never follows a new endpoint."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from mitai_app.accounts.models import UserActivityLog
from mitai_app.ai import config as ai_config
from mitai_app.ai.config import config_summary, load_config, save_config
from mitai_app.ai.providers import ProviderConfig
from mitai_app.core import settings as settings_module
from mitai_app.core.errors import UserError
from mitai_app.core.models import AppSetting
from tests.db.limits import assert_length_enforced
from tests.factories import new_profile

ADMIN_KEY = "sk-or-admin-secret-123"
ENV_KEY = "sk-ant-environment-secret-456"


@pytest.fixture
def environment(monkeypatch):
    """Sets the MITAI_AI_* settings the service sees (none by default)."""

    def use(**values) -> None:
        custom = settings_module.Settings(_env_file=None, **values)
        monkeypatch.setattr(ai_config, "settings", lambda: custom)

    use()
    return use


def _save(session, admin_id, **changes):
    values = {
        "kind": "openrouter",
        "base_url": "https://openrouter.ai/api/v1/",
        "model": "anthropic/claude-sonnet-4",
        "api_key": ADMIN_KEY,
    }
    return save_config(session=session, admin_id=admin_id, **{**values, **changes})


def test_nothing_configured(session, environment):
    assert load_config(session=session) is None
    assert config_summary(session=session).source == "none"


def test_the_environment_configures_when_no_admin_has(session, environment):
    environment(ai_provider="anthropic", ai_api_key=ENV_KEY, ai_model="claude-haiku")

    assert load_config(session=session) == ProviderConfig(
        kind="anthropic",
        base_url="https://api.anthropic.com",
        api_key=ENV_KEY,
        model="claude-haiku",
    )
    summary = config_summary(session=session)
    assert (summary.source, summary.provider, summary.has_key) == ("environment", "anthropic", True)


def test_a_base_url_alone_means_an_openai_compatible_server(session, environment):
    environment(ai_base_url="http://localhost:1234/v1", ai_model="qwen")

    config = load_config(session=session)

    assert (config.kind, config.base_url, config.api_key) == (
        "openai",
        "http://localhost:1234/v1",
        "",
    )


def test_the_admins_settings_win_over_the_environment(session, environment):
    environment(ai_provider="anthropic", ai_api_key=ENV_KEY, ai_model="claude-haiku")

    summary = _save(session, new_profile(session, role="admin"))

    assert load_config(session=session) == ProviderConfig(
        kind="openai",
        base_url="https://openrouter.ai/api/v1",
        api_key=ADMIN_KEY,
        model="anthropic/claude-sonnet-4",
    )
    assert summary == config_summary(session=session)
    assert (summary.source, summary.provider, summary.has_key) == ("admin", "openrouter", True)


def test_the_key_is_in_no_summary_and_no_log(session, environment):
    admin_id = new_profile(session, role="admin")

    summary = _save(session, admin_id)

    assert ADMIN_KEY not in repr(summary)
    logged = session.exec(
        select(UserActivityLog).where(UserActivityLog.profile_id == admin_id)
    ).one()
    assert logged.action == "ai_provider_saved"
    assert ADMIN_KEY not in json.dumps(logged.details)
    assert logged.details["key_changed"] is True


def test_no_key_given_keeps_the_stored_one_for_the_same_endpoint(session, environment):
    admin_id = new_profile(session, role="admin")
    _save(session, admin_id)

    _save(session, admin_id, api_key=None, model="openai/gpt-4o-mini")

    config = load_config(session=session)
    assert (config.api_key, config.model) == (ADMIN_KEY, "openai/gpt-4o-mini")


def test_the_environments_key_is_kept_for_its_own_endpoint(session, environment):
    environment(ai_provider="openrouter", ai_api_key=ENV_KEY, ai_model="some/model")

    _save(session, new_profile(session, role="admin"), api_key=None)

    assert load_config(session=session).api_key == ENV_KEY


def test_a_new_endpoint_does_not_inherit_the_key(session, environment):
    admin_id = new_profile(session, role="admin")
    _save(session, admin_id)

    summary = _save(
        session, admin_id, kind="ollama", base_url="http://localhost:11434/v1", api_key=None
    )

    assert summary.has_key is False
    assert load_config(session=session).api_key == ""


def test_an_empty_key_removes_it(session, environment):
    admin_id = new_profile(session, role="admin")
    _save(session, admin_id)

    assert _save(session, admin_id, api_key="").has_key is False


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"kind": "skynet"}, "provider_invalid", "provider"),
        ({"base_url": "openrouter.ai"}, "base_url_invalid", "base_url"),
        ({"base_url": "ftp://example.org"}, "base_url_invalid", "base_url"),
        ({"model": "  "}, "model_missing", "model"),
        ({"api_key": "two words"}, "key_invalid", "api_key"),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_stored(
    session, environment, changes, code, field
):
    with pytest.raises(UserError) as raised:
        _save(session, new_profile(session, role="admin"), **changes)

    assert (raised.value.code, raised.value.field) == (f"ai_provider.error.{code}", field)
    assert load_config(session=session) is None


def test_a_model_over_its_limit_is_refused_at_its_field_and_not_cut(session, environment):
    admin_id = new_profile(session, role="admin")

    def stored():
        config = load_config(session=session)
        return [] if config is None else [config.model]

    assert_length_enforced(
        session,
        lambda text: _save(session, admin_id, model=text),
        stored,
        limit=ai_config.MAX_MODEL_LENGTH,
        field="model",
    )


def test_only_an_admin_may_configure(session, environment):
    with pytest.raises(UserError, match="error.not_admin"):
        _save(session, new_profile(session, role="user"))

    assert load_config(session=session) is None


def test_the_key_is_sealed_at_rest_and_needs_the_same_secret_key(session, environment):
    environment(secret_key="first-secret-key-" + "x" * 32)
    _save(session, new_profile(session, role="admin"))

    stored = session.get(AppSetting, ai_config.KEY_API_KEY).value
    assert ADMIN_KEY not in stored
    assert load_config(session=session).api_key == ADMIN_KEY

    # A database restored under another secret key: the admin enters the key again.
    environment(secret_key="other-secret-key-" + "y" * 32)
    assert load_config(session=session).api_key == ""
    assert config_summary(session=session).has_key is False
