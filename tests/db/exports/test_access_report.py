"""The GDPR access report on SQLite and PostgreSQL: every table holding the
person's rows with its count and dates, the purposes, what went to the AI
provider and when, the sessions and the activity log; as HTML (escaped)
and as PDF; another profile's rows never in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from mitai_app.accounts import passwords
from mitai_app.accounts.models import LoginSession
from mitai_app.accounts.service import log_activity
from mitai_app.ai.models import AiInsight
from mitai_app.body.models import WeightEntry
from mitai_app.core.columns import utcnow
from mitai_app.exports.access_report import access_report
from mitai_app.exports.report_layout import report_html, report_pdf
from tests.factories import new_profile


@pytest.fixture
def ana(session, auth_settings):
    owner = new_profile(session, display_name="Ana <3", tier="premium")
    other = new_profile(session)
    session.add_all(
        [
            WeightEntry(profile_id=owner, date=date(2016, 3, 1), weight=Decimal("75")),
            WeightEntry(profile_id=owner, date=date(2026, 3, 1), weight=Decimal("71")),
            WeightEntry(profile_id=other, date=date(2010, 1, 1), weight=Decimal("90")),
            AiInsight(
                profile_id=owner,
                scope="weekly_review",
                content="Fine.",
                meta={"provider": "openai", "model": "gpt-x", "placeholders": {"weight": "71 kg"}},
                created=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
            ),
            LoginSession(
                token=passwords.token_digest(passwords.new_token()),
                profile_id=owner,
                expires_at=utcnow() + timedelta(days=1),
                user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)",
                client_ip="192.0.2.7",
            ),
        ]
    )
    log_activity(session, owner, "password_changed")
    session.commit()
    return owner


def test_the_report_lists_tables_ai_inputs_sessions_and_log(session, ana):
    report = access_report(session=session, profile_id=ana)

    weights = next(t for t in report.tables if t.table == "weight_log")
    assert (weights.rows, weights.first, weights.last) == (2, date(2016, 3, 1), date(2026, 3, 1))
    assert weights.module == "body" and "body" in report.modules and "ai" in report.modules
    assert any(t.table == "sessions" and t.rows == 1 for t in report.tables)  # internals too
    (insight,) = report.insights
    assert (insight.prompt, insight.provider, insight.sent) == (
        "weekly_review",
        "openai",
        {"weight": "71 kg"},
    )
    assert report.sessions[0].client_ip == "192.0.2.7"
    assert [line.action for line in report.log] == ["password_changed"]
    assert report.profile["display_name"] == "Ana <3" and "pin_hash" not in report.profile


def test_html_and_pdf(session, ana):
    report = access_report(session=session, profile_id=ana)

    page = report_html(report, "en", "Europe/Berlin")
    pdf = report_pdf(report, "de", "Europe/Berlin")

    assert "Ana &lt;3" in page and "Ana <3" not in page
    assert "weight_log" in page and "weight = 71 kg" in page and "192.0.2.7" in page
    assert "Body: weight and body measurements" in page and "<script" not in page
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
