"""The photo media routes over HTTP (Starlette's test client) on SQLite and
PostgreSQL: the owner gets the photo, privately; anyone else gets what an
unknown id gets; without a session, 401."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.testclient import TestClient

from mitai_app.accounts import passwords
from mitai_app.accounts.models import LoginSession, Profile
from mitai_app.core import db
from mitai_app.core.columns import utcnow
from mitai_app.photos import media
from mitai_app.photos import service as photos
from mitai_app.photos.consts import PHOTO_MEDIA
from tests.fixtures.images import image_bytes


@dataclass
class Person:
    profile_id: uuid.UUID
    token: str


@pytest.fixture
def committed(migrated_engine, auth_settings, tmp_path, monkeypatch) -> Iterator[Session]:
    """A session whose work stays committed (the routes open their own
    sessions), and the app's database pointed at it; its profiles are
    deleted afterwards."""
    auth_settings.usage_log = tmp_path / "usage.log"
    monkeypatch.setattr(db, "engine", lambda: migrated_engine)
    with Session(migrated_engine, expire_on_commit=False) as session:
        created: list[uuid.UUID] = []
        session.info["created"] = created
        yield session
        for profile_id in created:
            session.delete(session.get(Profile, profile_id))
        session.commit()


def _person(session: Session) -> Person:
    profile = Profile(email=f"{uuid.uuid4().hex[:10]}@example.org", pin_hash="not-a-hash")
    session.add(profile)
    session.flush()
    token = passwords.new_token()
    session.add(
        LoginSession(
            token=passwords.token_digest(token),
            profile_id=profile.id,
            expires_at=utcnow() + timedelta(days=1),
        )
    )
    session.commit()
    session.info["created"].append(profile.id)
    return Person(profile.id, token)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(Starlette(routes=media.ROUTES)) as test_client:
        yield test_client


def _get(client: TestClient, path: str, person: Person | None):
    client.cookies.clear()
    if person is not None:
        client.cookies.set(media.SESSION_COOKIE, person.token)
    return client.get(path)


def test_owner_gets_the_photo_and_thumbnail_privately(committed, client):
    owner = _person(committed)
    row = photos.upload_photo(
        session=committed,
        profile_id=owner.profile_id,
        data=image_bytes("PNG", (900, 600)),
        pose="front",
        day=date(2026, 3, 1),
    )
    url = f"{PHOTO_MEDIA}/{row.id}"

    photo = _get(client, url, owner)
    assert photo.status_code == 200
    assert photo.headers["content-type"] == "image/jpeg"
    assert photo.headers["cache-control"] == "private, no-store"
    assert photo.headers["x-content-type-options"] == "nosniff"
    assert photo.content[:3] == b"\xff\xd8\xff"

    thumbnail = _get(client, url + "/thumb", owner)
    assert thumbnail.status_code == 200
    assert thumbnail.headers["content-type"] == "image/webp"
    assert thumbnail.headers["cache-control"] == "private, no-store"
    assert len(thumbnail.content) < len(photo.content)


def test_a_guessed_url_answers_like_an_unknown_one(committed, client):
    owner, stranger = _person(committed), _person(committed)
    row = photos.upload_photo(
        session=committed,
        profile_id=owner.profile_id,
        data=image_bytes("JPEG", (300, 300)),
        pose="side",
        day=date(2026, 3, 1),
    )
    for path in (f"/{row.id}", f"/{row.id}/thumb", f"/{uuid.uuid4()}", "/not-a-uuid"):
        response = _get(client, PHOTO_MEDIA + path, stranger)
        assert response.status_code == 404, path
        assert response.content == b""
        assert response.headers["cache-control"] == "private, no-store"


def test_without_a_session_nothing_is_served(committed, client):
    owner = _person(committed)
    row = photos.upload_photo(
        session=committed,
        profile_id=owner.profile_id,
        data=image_bytes("JPEG", (300, 300)),
        pose="back",
        day=date(2026, 3, 1),
    )
    url = f"{PHOTO_MEDIA}/{row.id}"
    assert _get(client, url, None).status_code == 401
    assert _get(client, url, Person(owner.profile_id, "forged-token")).status_code == 401
    assert _get(client, url, owner).status_code == 200
