"""System status (what the health route and the home page report) and the
app settings table, which admins edit."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from mitai_app import __version__
from mitai_app.core.models import AppSetting


@dataclass(frozen=True)
class HealthReport:
    version: str
    database: str  # "ok" or "error"
    dialect: str
    revision: str | None
    detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.database == "ok"


def health_report(*, engine: Engine) -> HealthReport:
    """Ask the database for its migration revision; never raises."""
    dialect = engine.dialect.name
    try:
        with engine.connect() as connection:
            revision = connection.execute(
                sa.text("SELECT version_num FROM alembic_version")
            ).scalar()
    except sa.exc.SQLAlchemyError as error:
        return HealthReport(
            version=__version__,
            database="error",
            dialect=dialect,
            revision=None,
            detail=type(error).__name__,
        )
    return HealthReport(version=__version__, database="ok", dialect=dialect, revision=revision)


def app_setting(session: Session, key: str, default: str = "") -> str:
    """An app setting's value; `default` when it is missing or empty."""
    row = session.get(AppSetting, key)
    return row.value if row and row.value else default


def put_app_setting(session: Session, key: str, value: str) -> None:
    """Sets an app setting in the caller's transaction."""
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = value
    session.add(row)
