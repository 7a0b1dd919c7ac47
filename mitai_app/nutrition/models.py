"""Nutrition tables: daily totals (spec section 2), foods, meal entries and
targets."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from mitai_app.core.columns import (
    created_at,
    desc,
    min_check,
    numeric,
    profile_fk,
    provenance,
    range_check,
    source_field,
    text_field,
    updated_at,
    uuid_pk,
    with_default,
)


@provenance
class NutritionEntry(SQLModel, table=True):
    __tablename__ = "nutrition_log"
    __table_args__ = (
        *(
            min_check(column, 0)
            for column in ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "water_l")
        ),
        sa.Index("idx_nutrition_profile_date", "profile_id", desc("date")),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    kcal: int | None = None
    protein_g: float | None = numeric(6, 2)
    carbs_g: float | None = numeric(6, 2)
    fat_g: float | None = numeric(6, 2)
    fiber_g: float | None = numeric(6, 2)
    water_l: float | None = numeric(4, 2)
    source: str = source_field()
    notes: str | None = text_field()
    created_at: datetime | None = created_at()


# --- foods, meal entries and targets (the Nutrition issue) ------------------------------

# A food's values per 100 g or 100 ml; checks mirror consts' plausible ranges.
_PER_100 = ("protein_g", "carbs_g", "sugar_g", "fat_g", "sat_fat_g", "fiber_g", "salt_g")


class Food(SQLModel, table=True):
    """A food with its values per 100 g (or 100 ml, `basis`). Bundled and
    Open Food Facts foods are shared (no profile); a user's own foods belong
    to them. `search_text` is the names, brand and barcode lower-cased
    without accents, which the full-text search indexes (PostgreSQL: the
    expression index below over its words and their beginnings, a function
    the migration creates; SQLite: the FTS5 table food_items_fts, kept by
    triggers the migration creates)."""

    __tablename__ = "food_items"
    __table_args__ = (
        sa.CheckConstraint("kcal IS NULL OR kcal BETWEEN 0 AND 900", name="kcal_range"),
        *(range_check(column, 0, 100) for column in _PER_100),
        sa.CheckConstraint("basis IN ('g', 'ml')", name="basis_known"),
        sa.Index("idx_food_items_profile", "profile_id"),
        sa.Index("idx_food_items_barcode", "barcode"),
        sa.Index(
            "idx_food_items_search",
            sa.text("nutrition_search_vector(search_text)"),
            postgresql_using="gin",
            postgresql_with={"fastupdate": "off"},
        ).ddl_if(dialect="postgresql"),
        # What names a shared (bundled or Open Food Facts) food on every
        # instance: an export's meal finds its food again by it.
        {"info": {"natural_key": ("source", "source_ref")}},
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID | None = profile_fk(nullable=True)
    source: str = Field(default="own", max_length=20)  # consts.FOOD_SOURCES
    source_ref: str | None = Field(default=None, max_length=64)  # bundled key, OFF code
    name_de: str = Field(max_length=200)
    name_en: str = Field(max_length=200)
    brand: str | None = Field(default=None, max_length=120)
    barcode: str | None = Field(default=None, max_length=14)
    basis: str = Field(default="g", max_length=2)
    kcal: float | None = numeric(6, 1)
    protein_g: float | None = numeric(6, 2)
    carbs_g: float | None = numeric(6, 2)
    sugar_g: float | None = numeric(6, 2)
    fat_g: float | None = numeric(6, 2)
    sat_fat_g: float | None = numeric(6, 2)
    fiber_g: float | None = numeric(6, 2)
    salt_g: float | None = numeric(6, 2)
    serving_name_de: str | None = Field(default=None, max_length=60)  # "1 Scheibe"
    serving_name_en: str | None = Field(default=None, max_length=60)  # "1 slice"
    serving_amount: float | None = numeric(7, 1)  # its g or ml
    recipe_yield: float | None = numeric(8, 1)  # a recipe's cooked weight in g
    search_text: str = text_field(nullable=False)
    created_at: datetime | None = created_at()
    updated_at: datetime | None = updated_at()


class MealEntry(SQLModel, table=True):
    """An amount of a food in a meal slot of a day, with the food's values
    for that amount copied in: deleting or editing the food later keeps what
    was eaten. Water is an entry of its own slot with `water_ml`."""

    __tablename__ = "meal_entries"
    __table_args__ = (
        sa.Index("idx_meal_entries_profile_date", "profile_id", desc("date")),
        sa.Index("idx_meal_entries_food", "food_id"),
        sa.CheckConstraint("quantity IS NULL OR quantity > 0", name="quantity_positive"),
        *(min_check(column, 0) for column in ("kcal", *_PER_100, "water_ml")),
        sa.CheckConstraint("basis IN ('g', 'ml')", name="basis_known"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    date: date
    slot: str = Field(max_length=20)  # consts.SLOTS, a MealSlot's key or WATER_SLOT
    food_id: uuid.UUID | None = Field(
        default=None, foreign_key="food_items.id", ondelete="SET NULL", nullable=True
    )
    name: str = Field(max_length=200)  # the food's name when logged
    amount: float | None = numeric(8, 2)  # as typed, in `unit`
    unit: str | None = Field(default=None, max_length=10)  # consts.AMOUNT_UNITS
    quantity: float | None = numeric(8, 1)  # in `basis`
    basis: str = with_default("g", nullable=False, max_length=2)  # the food's: g or ml
    kcal: float | None = numeric(7, 1)
    protein_g: float | None = numeric(7, 2)
    carbs_g: float | None = numeric(7, 2)
    sugar_g: float | None = numeric(7, 2)
    fat_g: float | None = numeric(7, 2)
    sat_fat_g: float | None = numeric(7, 2)
    fiber_g: float | None = numeric(7, 2)
    salt_g: float | None = numeric(7, 2)
    water_ml: float | None = numeric(7, 1)
    source: str = source_field()
    created_at: datetime | None = created_at()


class NutritionTargets(SQLModel, table=True):
    """A profile's daily targets: how they are derived (the activity level,
    its factor on BMR, and protein per kg of body weight) and those set by
    hand (NULL: derived)."""

    __tablename__ = "nutrition_targets"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", name="uq_nutrition_targets_profile"),
        range_check("protein_g_per_kg", 0, 5),
        range_check("kcal", 500, 10000),
        *(range_check(column, 0, 1000) for column in ("protein_g", "carbs_g", "fat_g")),
        range_check("fiber_g", 0, 200),
        range_check("water_l", 0, 20),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    activity: str = Field(default="light", max_length=20)  # consts.ACTIVITY_FACTORS
    protein_g_per_kg: float = numeric(3, 1, nullable=False, default=1.6)
    kcal: int | None = None
    protein_g: float | None = numeric(6, 1)
    carbs_g: float | None = numeric(6, 1)
    fat_g: float | None = numeric(6, 1)
    fiber_g: float | None = numeric(6, 1)
    water_l: float | None = numeric(4, 2)
    updated_at: datetime | None = updated_at()


class MealSlot(SQLModel, table=True):
    """A meal slot of the profile's own beside the four (consts.SLOTS), e.g.
    "Pre-workout". Entries name it by `key`, which never changes, so
    renaming it keeps them in it."""

    __tablename__ = "meal_slots"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", "key", name="uq_meal_slots_key"),
        sa.Index("idx_meal_slots_profile", "profile_id", "position"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    key: str = Field(max_length=20)  # "c" and 12 hex digits
    name: str = Field(max_length=40)
    position: int = 0
    created_at: datetime | None = created_at()


class FoodFavourite(SQLModel, table=True):
    """A food the profile marked as a favourite: offered first in search."""

    __tablename__ = "food_favourites"
    __table_args__ = (sa.UniqueConstraint("profile_id", "food_id", name="uq_food_favourites"),)

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    food_id: uuid.UUID = Field(foreign_key="food_items.id", ondelete="CASCADE")
    created_at: datetime | None = created_at()


class RecipeIngredient(SQLModel, table=True):
    """An amount of a food in a recipe. A recipe is a food of its owner
    (source "recipe") whose values per 100 g were worked out from these
    at saving; the name and quantity are kept, so deleting an ingredient's
    food later leaves the recipe as it was."""

    __tablename__ = "recipe_ingredients"
    __table_args__ = (
        sa.Index("idx_recipe_ingredients_profile", "profile_id"),
        sa.Index("idx_recipe_ingredients_recipe", "recipe_id", "position"),
        sa.Index("idx_recipe_ingredients_food", "food_id"),
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    recipe_id: uuid.UUID = Field(foreign_key="food_items.id", ondelete="CASCADE")
    food_id: uuid.UUID | None = Field(
        default=None, foreign_key="food_items.id", ondelete="SET NULL", nullable=True
    )
    position: int = 0
    name: str = Field(max_length=200)  # the ingredient's name when saved
    amount: float = numeric(8, 2, nullable=False)  # as typed, in `unit`
    unit: str = Field(max_length=10)  # consts.AMOUNT_UNITS
    quantity: float = numeric(8, 1, nullable=False)  # g or ml
