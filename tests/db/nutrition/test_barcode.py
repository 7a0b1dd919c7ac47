"""Barcodes on SQLite and PostgreSQL: the local database first, then a fake
Open Food Facts started by the test (asked with a descriptive User-Agent),
whose product is cached as a shared food; unknown, slow and switched-off
lookups say so and leave creating the food to the user."""

from __future__ import annotations

import pytest

from mitai_app.core.errors import UserError
from mitai_app.nutrition import openfoodfacts, service
from mitai_app.nutrition.service import FoodInput
from tests import fake_open_food_facts
from tests.factories import new_profile

fake_off = fake_open_food_facts.fake_off

SKYR = {
    "product_name": "Skyr Natur",
    "product_name_en": "Icelandic-style yogurt",
    "brands": "Milchhof, Another",
    "serving_quantity": "150",
    "nutriments": {
        "energy-kcal_100g": 63,
        "proteins_100g": 11,
        "carbohydrates_100g": 4,
        "sugars_100g": 4,
        "fat_100g": 0.2,
        "salt_100g": 0.1,
    },
}


def _lookup(session, owner, code, fake):
    return service.lookup_barcode(
        session=session, profile_id=owner, barcode=code, base_url=fake.url
    )


def test_a_product_from_open_food_facts_is_cached_and_found_by_search(session, fake_off):
    fake_off.products["4000000000017"] = SKYR
    me = new_profile(session)
    found = _lookup(session, me, "4000000000017", fake_off)
    assert found.status == "off"
    assert (found.food.name_de, found.food.name_en, found.food.brand) == (
        "Skyr Natur",
        "Icelandic-style yogurt",
        "Milchhof",
    )
    assert found.food.values["protein_g"] == 11 and found.food.serving_amount == 150
    assert fake_off.requests[0]["headers"]["user-agent"].startswith("MitaiJinkendo/")
    # Cached: the second lookup (by anyone) asks nobody.
    again = _lookup(session, new_profile(session), "4000000000017", fake_off)
    assert again.status == "local" and again.food.id == found.food.id
    assert len(fake_off.requests) == 1
    assert service.search_foods(session=session, profile_id=me, query="skyr")[0].id == found.food.id


def test_a_users_own_food_with_the_barcode_comes_first(session, fake_off):
    me = new_profile(session)
    own = service.create_food(
        session=session,
        profile_id=me,
        food=FoodInput(name="Mein Müsli", values={"kcal": 370}, barcode="40000000"),
    )
    found = _lookup(session, me, "40000000", fake_off)
    assert (found.status, found.food.id) == ("local", own.id)
    assert fake_off.requests == []
    # Someone else's own food is not theirs to see: Open Food Facts is asked.
    assert _lookup(session, new_profile(session), "40000000", fake_off).status == "not_found"


def test_unknown_slow_and_switched_off_lookups_say_so(session, fake_off, monkeypatch):
    me = new_profile(session)
    assert _lookup(session, me, "4000000000024", fake_off).status == "not_found"
    fake_off.hang["4000000000031"] = 2
    monkeypatch.setattr(openfoodfacts, "TIMEOUT_S", 0.3)
    slow = _lookup(session, me, "4000000000031", fake_off)
    assert (slow.status, slow.barcode, slow.food) == ("unavailable", "4000000000031", None)
    admin = new_profile(session, role="admin")
    with pytest.raises(UserError):
        service.set_off_lookup(session=session, admin_id=me, enabled=False)
    service.set_off_lookup(session=session, admin_id=admin, enabled=False)
    asked = len(fake_off.requests)
    assert _lookup(session, me, "4000000000048", fake_off).status == "off_disabled"
    assert len(fake_off.requests) == asked


def test_a_malformed_barcode_is_refused_at_its_field(session, fake_off):
    me = new_profile(session)
    with pytest.raises(UserError) as raised:
        _lookup(session, me, "12ab", fake_off)
    assert (raised.value.field, raised.value.code) == ("barcode", "nutrition.error.barcode")
