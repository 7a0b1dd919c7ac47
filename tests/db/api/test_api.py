"""The REST API on SQLite and PostgreSQL: tokens open exactly their scopes,
another profile's entries answer like unknown ones, pages follow a stable
cursor, and every refusal is a problem document naming what is wrong."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, timedelta

import pytest

from mitai_app.ai.models import AiInsight
from mitai_app.api import tokens
from mitai_app.core.models import AppSetting
from mitai_app.goals.models import Goal
from tests.db.api.conftest import bearer
from tests.factories import new_profile

DAY = date(2026, 3, 1)


def _weight(client, headers, day: date, kg: float, **extra):
    body = {"date": day.isoformat(), "values": {"weight": kg}, **extra}
    return client.post("/v1/logs/weight", headers=headers, json=body)


def test_a_token_opens_only_its_scopes(session, client):
    ana = new_profile(session, tier="premium")
    reader = bearer(session, ana, "body:read")
    writer = bearer(session, ana, "body:write")

    refused = _weight(client, reader, DAY, 70.5)
    made = _weight(client, writer, DAY, 70.5)

    assert (
        refused.status_code == 403 and refused.headers["content-type"] == "application/problem+json"
    )
    assert "body:write" in refused.json()["detail"]
    assert made.status_code == 201 and made.json()["values"] == {"weight": 70.5}
    assert made.json()["source"] == "api" and made.json()["imported"] is True
    listed = client.get("/v1/logs/weight", headers=reader).json()
    assert [item["id"] for item in listed["items"]] == [made.json()["id"]]
    assert client.get("/v1/profile", headers=reader).status_code == 403


def test_without_a_valid_token_nothing_is_answered(session, client):
    ana = new_profile(session, tier="premium")
    expiring = bearer(
        session, ana, "body:read", expires_on=(DAY + timedelta(days=1)).isoformat(), today=DAY
    )
    for headers in (
        {},
        {"Authorization": "Bearer mjt_wrong"},
        {"Authorization": "Basic abc"},
        expiring,
    ):
        answer = client.get("/v1/logs/weight", headers=headers)
        assert answer.status_code == 401, headers
        assert answer.json()["status"] == 401 and answer.headers["www-authenticate"] == "Bearer"


def test_another_profiles_entry_answers_like_an_unknown_one(session, client):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    entry = _weight(client, bearer(session, ana, "body:write"), DAY, 70.5).json()["id"]
    bens = bearer(session, ben, "body:write")

    for method in ("get", "put", "delete"):
        body = (
            {"json": {"date": DAY.isoformat(), "values": {"weight": 1}}} if method == "put" else {}
        )
        foreign = getattr(client, method)(f"/v1/logs/weight/{entry}", headers=bens, **body)
        unknown = getattr(client, method)(
            "/v1/logs/weight/00000000-0000-0000-0000-000000000000", headers=bens, **body
        )
        assert foreign.status_code == unknown.status_code == 404
        assert foreign.json() == unknown.json()
    mine = client.get(f"/v1/logs/weight/{entry}", headers=bearer(session, ana, "body:read"))
    assert mine.json()["values"] == {"weight": 70.5}


def test_pages_follow_the_cursor_newest_first_within_the_dates(session, client):
    ana = new_profile(session, tier="premium")
    writer = bearer(session, ana, "body:write")
    for offset in range(7):
        assert _weight(client, writer, DAY + timedelta(days=offset), 70 + offset).status_code == 201

    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/logs/weight", headers=writer, params=params).json()
        seen += [item["date"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [(DAY + timedelta(days=o)).isoformat() for o in reversed(range(7))]
    window = client.get(
        "/v1/logs/weight",
        headers=writer,
        params={
            "since": (DAY + timedelta(days=2)).isoformat(),
            "until": (DAY + timedelta(days=3)).isoformat(),
        },
    ).json()
    assert [item["values"]["weight"] for item in window["items"]] == [73, 72]


def test_update_and_delete_act_on_the_entry(session, client):
    ana = new_profile(session, tier="premium")
    writer = bearer(session, ana, "body:write")
    entry = _weight(client, writer, DAY, 70.5).json()["id"]

    changed = client.put(
        f"/v1/logs/weight/{entry}",
        headers=writer,
        json={"date": DAY.isoformat(), "values": {"weight": 69.9}, "notes": "after a run"},
    )
    deleted = client.delete(f"/v1/logs/weight/{entry}", headers=writer)

    assert changed.json()["values"] == {"weight": 69.9} and changed.json()["notes"] == "after a run"
    assert deleted.status_code == 204
    assert client.get(f"/v1/logs/weight/{entry}", headers=writer).status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"date": "2026-03-01", "values": {"weihgt": 70}}, 422, "values.weihgt"),
        ({"date": "2026-13-01", "values": {"weight": 70}}, 422, "date"),
        ({"date": "2026-03-01", "values": {"weight": 7000}}, 422, "weight"),
        ({"date": "2026-03-01", "values": {"weight": 70}, "colour": "red"}, 422, "colour"),
    ],
)
def test_bad_entries_are_refused_naming_the_field(session, client, body, status, field):
    ana = new_profile(session, tier="premium")
    answer = client.post("/v1/logs/weight", headers=bearer(session, ana, "body:write"), json=body)
    assert answer.status_code == status
    assert answer.json()["field"] == field and answer.json()["title"]


def test_malformed_oversized_and_duplicate_requests_get_their_own_status(session, client):
    ana = new_profile(session, tier="premium")
    writer = bearer(session, ana, "body:write")
    headers = {**writer, "content-type": "application/json"}
    assert client.post("/v1/logs/weight", headers=headers, content=b"{not json").status_code == 422
    huge = json.dumps({"date": "2026-03-01", "values": {}, "notes": "x" * 1_100_000})
    assert client.post("/v1/logs/weight", headers=headers, content=huge).status_code == 413
    assert _weight(client, writer, DAY, 70).status_code == 201
    assert _weight(client, writer, DAY, 71).status_code == 409  # one weight a day


def test_a_chunked_body_past_the_limit_is_refused_without_a_length(session, client):
    ana = new_profile(session, tier="premium")
    headers = {**bearer(session, ana, "body:write"), "content-type": "application/json"}

    def chunked(body: bytes):  # httpx sends an iterator without Content-Length
        yield from (body[n : n + 65536] for n in range(0, len(body), 65536))

    huge = json.dumps({"date": "2026-03-01", "values": {}, "notes": "x" * 1_100_000}).encode()
    small = json.dumps({"date": "2026-03-01", "values": {"weight": 70}}).encode()
    refused = client.post("/v1/logs/weight", headers=headers, content=chunked(huge))
    made = client.post("/v1/logs/weight", headers=headers, content=chunked(small))

    assert refused.status_code == 413 and refused.json()["title"] == "Content Too Large"
    assert made.status_code == 201 and made.json()["values"] == {"weight": 70}


def test_the_export_scope_downloads_the_archive_of_the_tokens_owner(session, client):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    writer = bearer(session, ana, "body:write")
    assert _weight(client, writer, DAY, 70.5).status_code == 201
    assert _weight(client, bearer(session, ben, "body:write"), DAY, 90).status_code == 201

    refused = client.get("/v1/export", headers=bearer(session, ana, "body:read"))
    answer = client.get("/v1/export", headers=bearer(session, ana, "export:read"))

    assert refused.status_code == 403 and "export:read" in refused.json()["detail"]
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        weights = archive.read("csv/weight_log.csv").decode().splitlines()
    assert manifest["profile_id"] == str(ana) and manifest["counts"]["weight_log"] == 1
    assert len(weights) == 2 and "70.5" in weights[1].split(",")


def test_revoked_tokens_and_a_switched_off_policy_close_the_api(session, client):
    ana = new_profile(session, tier="premium")
    reader = bearer(session, ana, "body:read", "profile:read")
    assert client.get("/v1/profile", headers=reader).json()["id"] == str(ana)
    session.merge(AppSetting(key="api_tokens_allowed", value="false"))
    session.commit()
    assert client.get("/v1/profile", headers=reader).status_code == 401
    session.merge(AppSetting(key="api_tokens_allowed", value="true"))
    session.commit()
    (row,) = tokens.list_tokens(session=session, profile_id=ana)
    assert row.last_used_at is not None
    tokens.revoke_token(session=session, profile_id=ana, token_id=row.id)
    assert client.get("/v1/profile", headers=reader).status_code == 401


def test_goals_and_insights_are_read_with_their_scopes(session, client):
    ana, ben = new_profile(session, tier="premium"), new_profile(session, tier="premium")
    session.add_all(
        [
            Goal(profile_id=ana, title="Ten kilometres", goal_type="custom", target_value=10),
            AiInsight(
                profile_id=ana,
                scope="weekly_review",
                content="**Fine.**",
                meta={"placeholders": {"weight": "71 kg"}},
            ),
            AiInsight(profile_id=ben, scope="weekly_review", content="Ben's."),
        ]
    )
    session.commit()
    reader = bearer(session, ana, "goals:read", "ai:read")

    goals = client.get("/v1/goals", headers=reader)
    insights = client.get("/v1/insights", headers=reader, params={"prompt": "weekly_review"})

    assert [goal["title"] for goal in goals.json()] == ["Ten kilometres"]
    assert [(i["content"], i["values"]) for i in insights.json()] == [
        ("**Fine.**", {"weight": "71 kg"})
    ]
    body_only = bearer(session, ana, "body:read")
    assert client.get("/v1/goals", headers=body_only).status_code == 403
    assert client.get("/v1/insights", headers=body_only).status_code == 403
