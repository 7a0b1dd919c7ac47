"""The API's admin switch and the ingest endpoint in a running app: the
admin turns tokens off and a working token is refused until they are back
on; a phone automation posts a day's data and History shows it."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import RunningApp, create_account, sign_in_as

pytestmark = pytest.mark.e2e
LOADED = 20_000


def _token(app: RunningApp, email: str, *scopes: str) -> dict[str, str]:
    """A token made through the service, as Settings would make it; the
    account on a plan with imports (ingest is charged as one)."""
    from sqlmodel import Session, select

    from mitai_app.accounts.models import Profile
    from mitai_app.api import tokens
    from mitai_app.core.db import create_db_engine

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        profile = session.exec(select(Profile).where(Profile.email == email)).one()
        profile.tier, owner = "premium", profile.id
        session.commit()
        _, secret = tokens.create_token(
            session=session, profile_id=owner, name="phone", scopes=list(scopes)
        )
    engine.dispose()
    return {"Authorization": f"Bearer {secret}"}


def _set_policy(app: RunningApp, allowed: bool) -> None:
    from sqlmodel import Session

    from mitai_app.api.consts import TOKENS_ALLOWED_SETTING
    from mitai_app.core.db import create_db_engine
    from mitai_app.core.system import put_app_setting

    engine = create_db_engine(app.database_url)
    with Session(engine) as session:
        put_app_setting(session, TOKENS_ALLOWED_SETTING, "true" if allowed else "false")
        session.commit()
    engine.dispose()


@pytest.mark.both_viewports
def test_the_admin_switches_tokens_off_and_a_token_is_refused(app, page, unique_email):
    create_account(app, unique_email)
    headers = _token(app, unique_email, "profile:read")
    assert httpx.get(app.url + "/api/v1/profile", headers=headers).status_code == 200
    sign_in_as(page, app, create_account(app, "admin-" + unique_email, role="admin"))
    try:
        page.goto(app.url + "/admin/api")
        switch = page.get_by_role("switch", name="Allow personal API tokens")
        expect(switch).to_be_checked(timeout=LOADED)
        switch.click()
        expect(switch).not_to_be_checked(timeout=LOADED)
        expect(page.get_by_text("Saved")).to_be_visible(timeout=LOADED)
        refused = httpx.get(app.url + "/api/v1/profile", headers=headers)
        assert refused.status_code == 401 and refused.json()["status"] == 401

        page.reload()
        expect(switch).not_to_be_checked(timeout=LOADED)
        switch.click()
        expect(switch).to_be_checked(timeout=LOADED)
        expect(page.get_by_text("Saved")).to_be_visible(timeout=LOADED)
        assert httpx.get(app.url + "/api/v1/profile", headers=headers).status_code == 200
    finally:
        _set_policy(app, True)  # never leave the other tests' tokens switched off


PAYLOAD = {
    "data": {
        "metrics": [
            {
                "name": "weight_body_mass",
                "units": "kg",
                "data": [{"date": "2026-03-02 07:05:00 +0100", "qty": 68.3, "source": "Withings"}],
            },
            {
                "name": "blood_pressure",
                "units": "mmHg",
                "data": [{"date": "2026-03-02 07:30:00 +0100", "systolic": 131, "diastolic": 84}],
            },
        ],
        "workouts": [],
    }
}


@pytest.mark.scaled
def test_a_phone_automation_posts_the_day_and_history_shows_it(app, page, unique_email):
    sign_in_as(page, app, create_account(app, unique_email))
    headers = _token(app, unique_email, "body:write", "recovery:write")
    url = app.url + "/api/v1/ingest/health-auto-export"

    first = httpx.post(url, headers=headers, json=PAYLOAD)
    again = httpx.post(url, headers=headers, json=PAYLOAD)

    assert first.status_code == 200, first.text
    added = {table: counts["added"] for table, counts in first.json()["counts"].items()}
    assert added == {"weight_log": 1, "blood_pressure_log": 1}
    assert {t: c["added"] for t, c in again.json()["counts"].items()} == {
        "weight_log": 0,
        "blood_pressure_log": 0,
    }
    page.goto(app.url + "/history")
    entries = page.get_by_role("main").get_by_role("listitem")
    expect(entries.filter(has_text="68.3 kg")).to_have_count(1, timeout=LOADED)
    page.get_by_role("tab", name="Blood pressure").click()
    expect(entries.filter(has_text="131/84 mmHg")).to_have_count(1, timeout=LOADED)
