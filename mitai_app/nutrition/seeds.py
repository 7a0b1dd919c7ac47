"""Nutrition's seed: the bundled starter foods from `data/foods.json`,
shared by every profile, keyed by their `key` (source_ref)."""

from __future__ import annotations

from sqlmodel import Session, select

from mitai_app.core.seeding import insert_missing
from mitai_app.nutrition.data import FOODS
from mitai_app.nutrition.models import Food
from mitai_app.nutrition.search import search_text

BUNDLED = "bundled"


def seed(session: Session) -> dict[str, int]:
    existing = set(session.exec(select(Food.source_ref).where(Food.source == BUNDLED)).all())
    rows = (
        Food(
            source=BUNDLED,
            source_ref=f.key,
            name_de=f.name.de,
            name_en=f.name.en,
            basis=f.basis,
            kcal=f.kcal,
            protein_g=f.protein_g,
            carbs_g=f.carbs_g,
            sugar_g=f.sugar_g,
            fat_g=f.fat_g,
            sat_fat_g=f.sat_fat_g,
            fiber_g=f.fiber_g,
            salt_g=f.salt_g,
            serving_name_de=None if f.serving is None else f.serving.name.de,
            serving_name_en=None if f.serving is None else f.serving.name.en,
            serving_amount=None if f.serving is None else f.serving.amount,
            search_text=search_text((f.name.de, f.name.en)),
        )
        for f in FOODS.foods
        if f.key not in existing
    )
    return {"food_items": insert_missing(session, Food, ("source", "source_ref"), rows)}
