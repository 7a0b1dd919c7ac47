"""Configuration: safe defaults, and production refuses an insecure secret."""

import pytest
from pydantic import ValidationError

from mitai_app.core.settings import DATA_DIR, DEFAULT_SECRET_KEY, Settings


def test_defaults_to_sqlite_under_data(monkeypatch):
    monkeypatch.delenv("MITAI_DATABASE_URL", raising=False)
    s = Settings(_env_file=None)
    assert s.database_url == f"sqlite:///{DATA_DIR / 'mitai.db'}"
    assert s.is_sqlite and s.redis_url is None


def test_postgres_urls_use_psycopg3():
    s = Settings(_env_file=None, database_url="postgresql://u@db:5432/mitai")
    assert s.database_url == "postgresql+psycopg://u@db:5432/mitai"
    assert Settings(_env_file=None, database_url="postgres://u@db/m").database_url.startswith(
        "postgresql+psycopg://"
    )


@pytest.mark.parametrize("secret", [None, "", DEFAULT_SECRET_KEY])
def test_production_refuses_default_secret(secret):
    kwargs = {} if secret is None else {"secret_key": secret}
    with pytest.raises(ValidationError, match="MITAI_SECRET_KEY"):
        Settings(_env_file=None, env="prod", **kwargs)


def test_production_starts_with_a_real_secret():
    assert Settings(_env_file=None, env="prod", secret_key="x" * 48).env == "prod"


def test_environment_variables_are_read(monkeypatch):
    monkeypatch.setenv("MITAI_REDIS_URL", "redis://127.0.0.1:6379/3")
    monkeypatch.setenv("MITAI_SMTP_HOST", "mail.example.org")
    s = Settings(_env_file=None)
    assert s.redis_url == "redis://127.0.0.1:6379/3"
    assert s.smtp_host == "mail.example.org"
