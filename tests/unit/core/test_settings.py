"""Configuration: safe defaults, and a secret key of the install's own."""

import stat

import pytest
from pydantic import ValidationError

from mitai_app.core.settings import DATA_DIR, PLACEHOLDER_SECRET_KEY, Settings


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


def test_without_a_key_one_is_generated_owner_only_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("MITAI_SECRET_KEY", raising=False)
    key_file = tmp_path / "data" / "secret_key"
    first = Settings(_env_file=None, secret_key_file=key_file)
    key = first.secret_key.get_secret_value()
    assert len(key) >= 64 and key != PLACEHOLDER_SECRET_KEY
    assert key_file.read_text().strip() == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    # The next start (and every worker) signs with the same key.
    assert Settings(_env_file=None, secret_key_file=key_file).password_key == key.encode()
    # Another install gets another key.
    other = Settings(_env_file=None, secret_key_file=tmp_path / "other" / "secret_key")
    assert other.secret_key.get_secret_value() != key


def test_an_empty_variable_means_the_generated_key(tmp_path, monkeypatch):
    monkeypatch.setenv("MITAI_SECRET_KEY", "")
    key_file = tmp_path / "secret_key"
    s = Settings(_env_file=None, secret_key_file=key_file)
    assert s.secret_key.get_secret_value() == key_file.read_text().strip()


def test_a_key_file_readable_by_others_is_made_owner_only(tmp_path, monkeypatch):
    monkeypatch.delenv("MITAI_SECRET_KEY", raising=False)
    key_file = tmp_path / "secret_key"
    key_file.write_text("k" * 64 + "\n")
    key_file.chmod(0o644)
    assert Settings(_env_file=None, secret_key_file=key_file).password_key == b"k" * 64
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_a_given_key_wins_and_writes_no_file(tmp_path):
    key_file = tmp_path / "secret_key"
    s = Settings(_env_file=None, secret_key="x" * 48, secret_key_file=key_file)
    assert s.password_key == b"x" * 48
    assert not key_file.exists()


def test_the_placeholder_key_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="MITAI_SECRET_KEY"):
        Settings(_env_file=None, secret_key=PLACEHOLDER_SECRET_KEY)
    key_file = tmp_path / "secret_key"
    key_file.write_text(PLACEHOLDER_SECRET_KEY)
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(_env_file=None, secret_key_file=key_file)


def test_environment_variables_are_read(monkeypatch):
    monkeypatch.setenv("MITAI_REDIS_URL", "redis://127.0.0.1:6379/3")
    monkeypatch.setenv("MITAI_SMTP_HOST", "mail.example.org")
    monkeypatch.setenv("MITAI_PORT", "3111")
    s = Settings(_env_file=None)
    assert s.redis_url == "redis://127.0.0.1:6379/3"
    assert s.smtp_host == "mail.example.org"
    assert s.port == 3111
