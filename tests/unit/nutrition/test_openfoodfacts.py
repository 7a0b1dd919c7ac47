"""Reading an Open Food Facts answer, and the rate limit kept per process."""

from __future__ import annotations

from mitai_app.nutrition.openfoodfacts import _Limiter, parse


def test_a_product_is_read_and_implausible_values_are_dropped():
    product = parse(
        "4000000000017",
        {
            "status": 1,
            "product": {
                "product_name": "Nussmix",
                "nutriments": {"energy-kcal_100g": "600", "proteins_100g": 180, "fat_100g": 50},
            },
        },
    )
    assert product.name_de == product.name_en == "Nussmix"
    assert product.values["kcal"] == 600 and product.values["fat_g"] == 50
    assert product.values["protein_g"] is None  # 180 g per 100 g: a typo, not kept


def test_unknown_or_nameless_products_are_none():
    assert parse("1", {"status": 0}) is None
    assert parse("1", {"status": 1, "product": {"nutriments": {}}}) is None


def test_the_limiter_allows_its_limit_a_minute():
    limiter = _Limiter(3)
    assert [limiter.take() for _ in range(4)] == [True, True, True, False]
