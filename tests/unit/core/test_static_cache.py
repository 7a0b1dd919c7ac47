"""The build's hashed files are cached for good; pages and the API are not."""

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from mitai_app.core.static_cache import CacheBuiltAssets


def _ok(_request):
    return PlainTextResponse("x", headers={"Cache-Control": "no-cache"})


def _missing(_request):
    return PlainTextResponse("gone", status_code=404)


client = TestClient(
    Starlette(
        routes=[
            Route("/assets/root-AbCd1234.js", _ok),
            Route("/assets/gone-AbCd1234.js", _missing),
            Route("/login", _ok),
        ],
        middleware=[Middleware(CacheBuiltAssets)],
    )
)


def test_a_built_asset_is_kept_for_a_year_unchanged():
    response = client.get("/assets/root-AbCd1234.js")
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers.get_list("cache-control") == ["public, max-age=31536000, immutable"]


def test_pages_and_missing_files_keep_their_own_headers():
    assert client.get("/login").headers["cache-control"] == "no-cache"
    assert "cache-control" not in client.get("/assets/gone-AbCd1234.js").headers
