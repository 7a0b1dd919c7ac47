"""Shared fixtures: throwaway databases on SQLite and PostgreSQL.

PostgreSQL comes from TEST_DATABASE_URL (a server where the tests may create
databases; scripts/test.sh finds or starts one). Without it the PostgreSQL
half is skipped with a warning, and fails in CI (CI=true).
"""

from __future__ import annotations

import os
import tempfile
import uuid
import warnings
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

from mitai_app.core.db import create_db_engine

DIALECTS = ("sqlite", "postgresql")

# What the app writes into ./data by default (a generated secret key, the
# usage log, exports, photos, uploads, the queue, the mail outbox) goes to a
# scratch folder in tests that use the default settings: the checkout's
# ./data belongs to the developer's own app. (The e2e apps get their own.)
_SCRATCH = tempfile.TemporaryDirectory(prefix="mitai-tests-")
for _name, _path in (
    ("MITAI_SECRET_KEY_FILE", "secret_key"),
    ("MITAI_USAGE_LOG", "logs/feature-usage.log"),
    ("MITAI_EXPORT_DIR", "exports"),
    ("MITAI_PHOTO_DIR", "photos"),
    ("MITAI_IMPORT_DIR", "imports"),
    ("MITAI_QUEUE_FILE", "queue.db"),
    ("MITAI_MAIL_OUTBOX", "outbox.eml"),
):
    os.environ.setdefault(_name, os.path.join(_SCRATCH.name, _path))


def _postgres_server_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1)
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    warnings.warn(f"PostgreSQL tests skipped: {reason}", stacklevel=2)
    pytest.skip(reason)


class ThrowawayDatabases:
    """Creates empty databases of either dialect and drops them afterwards."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._created: list[tuple[str, str]] = []

    def new_url(self, dialect: str) -> str:
        name = f"mitai_test_{uuid.uuid4().hex[:12]}"
        if dialect == "sqlite":
            return f"sqlite:///{self._tmp.mktemp('db') / (name + '.sqlite')}"
        server = _postgres_server_url()
        if server is None:
            _unavailable("TEST_DATABASE_URL is not set (run the tests with scripts/test.sh)")
        admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        except sa.exc.OperationalError as error:
            _unavailable(f"cannot reach {make_url(server).render_as_string()}: {error}")
        finally:
            admin.dispose()
        self._created.append((server, name))
        return make_url(server).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        for server, name in self._created:
            admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture(scope="session")
def throwaway_databases(tmp_path_factory) -> Iterator[ThrowawayDatabases]:
    databases = ThrowawayDatabases(tmp_path_factory)
    yield databases
    databases.drop_all()


@pytest.fixture(scope="session", params=DIALECTS)
def migrated_engine(request, throwaway_databases) -> Iterator[Engine]:
    """A database of each dialect, migrated to head and seeded, for the session."""
    from mitai_app.core.startup import migrate_and_seed

    engine = create_db_engine(throwaway_databases.new_url(request.param))
    with engine.begin() as connection:
        migrate_and_seed(connection)
    yield engine
    engine.dispose()


@pytest.fixture
def session(migrated_engine):
    """A session whose work is rolled back after the test (services may commit)."""
    from sqlmodel import Session

    with migrated_engine.connect() as connection:
        transaction = connection.begin()
        with Session(
            bind=connection,
            join_transaction_mode="create_savepoint",
            expire_on_commit=False,
        ) as s:
            yield s
        transaction.rollback()


@pytest.fixture
def auth_settings(tmp_path, monkeypatch):
    """Settings for the account services, independent of the environment:
    bcrypt cost 4, the mail outbox and photos under tmp_path, no SMTP, no
    Redis. Patched into every module that imported `settings`, and the rate
    limiter is rebuilt from them (in memory) for each test."""
    import sys

    from mitai_app.accounts import mail, ratelimit
    from mitai_app.accounts import service as auth
    from mitai_app.core import settings as settings_module

    custom = settings_module.Settings(
        _env_file=None,
        secret_key="test-secret-" + "x" * 40,
        bcrypt_rounds=4,
        mail_outbox=tmp_path / "outbox.mbox",
        photo_dir=tmp_path / "photos",
        export_dir=tmp_path / "exports",
        public_base_url="https://mitai.test",
        redis_url=None,
        smtp_host=None,
    )
    original = settings_module.settings
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "mitai_app" and getattr(module, "settings", None) is original:
            monkeypatch.setattr(module, "settings", lambda: custom)
    assert auth.settings() is mail.settings() is ratelimit.settings() is custom
    ratelimit.limiter.cache_clear()
    assert isinstance(ratelimit.limiter(), ratelimit.MemoryRateLimiter)
    yield custom
    ratelimit.limiter.cache_clear()
