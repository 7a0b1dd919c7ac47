"""The API's test client on the test's session, and tokens for it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from mitai_app.api import tokens
from mitai_app.api.app import api_app, session_dependency


@pytest.fixture
def api_settings(auth_settings, tmp_path):
    auth_settings.usage_log = tmp_path / "usage.log"
    return auth_settings


@pytest.fixture
def client(session, api_settings):
    app = api_app()
    app.dependency_overrides[session_dependency] = lambda: session
    with TestClient(app, base_url="http://mitai.test") as test_client:
        yield test_client


def bearer(session, owner, *scopes, **options) -> dict[str, str]:
    _, secret = tokens.create_token(
        session=session, profile_id=owner, name="test", scopes=list(scopes), **options
    )
    return {"Authorization": f"Bearer {secret}"}
