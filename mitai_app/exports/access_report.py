"""The GDPR access report (Art. 15): what this instance stores about the
person, gathered for `report_layout` to write as HTML or PDF.

Every table with a `profile_id` column is listed with its rows and the
dates they span (a new module's tables are in it without a change here),
internal ones (sessions, tokens, usage counters) included. Beside them: the
purposes per module, the processors (the AI provider, with each stored
insight's inputs: what was sent and when; the mail server), the signed-in
sessions and the activity log. Secrets (password and token hashes) are
never shown, only that they exist.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from mitai_app.accounts import service as accounts
from mitai_app.accounts.models import Profile, UserActivityLog
from mitai_app.ai.config import config_summary
from mitai_app.ai.models import AiInsight
from mitai_app.core.columns import utcnow
from mitai_app.core.modules import import_models, table_modules
from mitai_app.core.records import as_uuid
from mitai_app.core.settings import settings
from mitai_app.exports import service as exports_service

# Profile fields shown as they are: those an export carries, and the account's
# own (never the password hash or tokens).
PROFILE_FIELDS = (
    "email",
    *exports_service.PROFILE_FIELDS,
    "role",
    "tier",
    "email_verified",
    "created_at",
)
LIST_MAX = 500  # sessions, log entries and insights listed (their counts are exact)


@dataclass(frozen=True)
class TableSummary:
    table: str
    module: str
    rows: int
    first: date | None
    last: date | None


@dataclass(frozen=True)
class InsightSent:
    """One AI answer: when, for which prompt, to which provider and model,
    and the values of the person's data that went into the prompt."""

    at: datetime | None
    prompt: str
    provider: str
    model: str
    sent: dict[str, str]


@dataclass(frozen=True)
class SessionSeen:
    device: str
    client_ip: str
    created_at: datetime | None
    last_seen_at: datetime | None
    expires_at: datetime | None


@dataclass(frozen=True)
class LogLine:
    at: datetime | None
    action: str
    details: str


@dataclass(frozen=True)
class AccessReport:
    made_at: datetime
    profile: dict[str, str]
    tables: list[TableSummary]
    modules: list[str]  # with data: their purposes are listed
    ai_provider: str  # "" when none is configured
    ai_model: str
    ai_base_url: str
    insights: list[InsightSent]
    insights_total: int
    mail_server: str  # "" when mail is only written to the outbox
    sessions: list[SessionSeen]
    log: list[LogLine]
    log_total: int


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _day(value: object) -> date | None:
    return (
        value.date() if isinstance(value, datetime) else value if isinstance(value, date) else None
    )


def profile_tables() -> list[sa.Table]:
    import_models()
    return [table for table in SQLModel.metadata.sorted_tables if "profile_id" in table.c]


def _summary(session: Session, table: sa.Table, owner: uuid.UUID) -> TableSummary:
    dated = exports_service.dating_column(table)
    columns = [sa.func.count()]
    if dated is not None:
        columns += [sa.func.min(dated), sa.func.max(dated)]
    found = session.execute(
        sa.select(*columns).select_from(table).where(table.c.profile_id == owner)
    ).one()
    first, last = (_day(found[1]), _day(found[2])) if dated is not None else (None, None)
    return TableSummary(table.name, table_modules().get(table.name, ""), found[0], first, last)


def access_report(
    *, session: Session, profile_id: uuid.UUID | str, now: datetime | None = None
) -> AccessReport:
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    if profile is None:
        raise LookupError("profile not found")
    tables = [_summary(session, table, owner) for table in profile_tables()]
    modules = list(dict.fromkeys(t.module for t in tables if t.rows))
    ai = config_summary(session=session)
    insights = session.exec(
        select(AiInsight)
        .where(AiInsight.profile_id == owner)
        .order_by(col(AiInsight.created).desc())
        .limit(LIST_MAX)
    ).all()
    log = session.exec(
        select(UserActivityLog)
        .where(UserActivityLog.profile_id == owner)
        .order_by(col(UserActivityLog.created).desc())
        .limit(LIST_MAX)
    ).all()
    count = {t.table: t.rows for t in tables}
    return AccessReport(
        made_at=now or utcnow(),
        profile={name: _shown(getattr(profile, name)) for name in PROFILE_FIELDS},
        tables=tables,
        modules=modules,
        ai_provider=ai.provider,
        ai_model=ai.model,
        ai_base_url=ai.base_url,
        insights=[
            InsightSent(
                at=row.created,
                prompt=row.scope or "",
                provider=str((row.meta or {}).get("provider", "")),
                model=str((row.meta or {}).get("model", "")),
                sent={k: str(v) for k, v in ((row.meta or {}).get("placeholders") or {}).items()},
            )
            for row in insights
        ],
        insights_total=count.get(AiInsight.__tablename__, 0),
        mail_server=settings().smtp_host or "",
        sessions=[
            SessionSeen(row.device, row.client_ip, row.created_at, row.last_seen_at, row.expires_at)
            for row in accounts.list_sessions(session=session, profile_id=owner, current_session="")
        ],
        log=[
            LogLine(
                row.created,
                row.action,
                ", ".join(f"{k}: {v}" for k, v in sorted((row.details or {}).items())),
            )
            for row in log
        ],
        log_total=count.get(UserActivityLog.__tablename__, 0),
    )
