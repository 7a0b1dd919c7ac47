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
    document,
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
from mitai_app.core.text import Text
from mitai_app.nutrition.consts import DEFAULT_DIET, DIET_TYPES


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


# What the columns mean (the export's columns.csv).
def _per(nutrient_de: str, nutrient_en: str, unit: str, per_de: str, per_en: str) -> Text:
    return Text(de=f"{nutrient_de} in {unit} {per_de}", en=f"{nutrient_en} in {unit} {per_en}")


_NUTRIENTS = {
    "kcal": ("Energie", "Energy", "kcal"),
    "protein_g": ("Eiweiß", "Protein", "g"),
    "carbs_g": ("Kohlenhydrate", "Carbohydrates", "g"),
    "sugar_g": ("Davon Zucker", "Of which sugars", "g"),
    "fat_g": ("Fett", "Fat", "g"),
    "sat_fat_g": ("Davon gesättigte Fettsäuren", "Of which saturated fat", "g"),
    "fiber_g": ("Ballaststoffe", "Fibre", "g"),
    "salt_g": ("Salz", "Salt", "g"),
}
document(
    Food,
    source_ref=Text(
        de="Kennung in der Quelle: Schlüssel des mitgelieferten Lebensmittels oder Open-Food-Facts-Code",
        en="Its key in the source: the bundled food's key or the Open Food Facts code",
    ),
    name_de=Text(de="Name auf Deutsch", en="Name in German"),
    name_en=Text(de="Name auf Englisch", en="Name in English"),
    brand=Text(de="Marke", en="Brand"),
    barcode=Text(de="Strichcode (EAN/GTIN)", en="Barcode (EAN/GTIN)"),
    basis=Text(
        de="Worauf sich die Werte beziehen: g (je 100 g) oder ml (je 100 ml)",
        en="What the values are per: g (per 100 g) or ml (per 100 ml)",
    ),
    **{
        name: _per(de, en, unit, "je 100 g bzw. 100 ml", "per 100 g or 100 ml")
        for name, (de, en, unit) in _NUTRIENTS.items()
    },
    serving_name_de=Text(
        de="Name einer Portion auf Deutsch, z. B. „1 Scheibe“",
        en='A serving\'s name in German, e.g. "1 Scheibe"',
    ),
    serving_name_en=Text(
        de="Name einer Portion auf Englisch, z. B. „1 slice“",
        en='A serving\'s name in English, e.g. "1 slice"',
    ),
    serving_amount=Text(
        de="Menge einer Portion in g oder ml (wie basis)",
        en="A serving's amount in g or ml (as basis)",
    ),
    recipe_yield=Text(
        de="Bei einem Rezept: sein Gewicht fertig gekocht in g",
        en="For a recipe: its cooked weight in g",
    ),
    search_text=Text(
        de="Namen, Marke und Strichcode klein und ohne Akzente, für die Suche",
        en="The names, brand and barcode lower-cased without accents, for the search",
    ),
)
document(
    MealEntry,
    slot=Text(
        de="Die Mahlzeit: breakfast, lunch, dinner, snacks, water oder der key einer eigenen Mahlzeit",
        en="The meal: breakfast, lunch, dinner, snacks, water or the key of an own meal slot",
    ),
    food_id=Text(
        de="Das Lebensmittel (leer, wenn es inzwischen gelöscht ist)",
        en="The food (empty once it has been deleted)",
    ),
    name=Text(de="Name des Lebensmittels beim Eintragen", en="The food's name when it was logged"),
    amount=Text(de="Die Menge wie eingegeben, in unit", en="The amount as typed, in unit"),
    unit=Text(
        de="Einheit der Menge: g, ml, serving (Portion), oz oder fl_oz",
        en="The amount's unit: g, ml, serving, oz or fl_oz",
    ),
    quantity=Text(
        de="Die Menge umgerechnet in g oder ml (wie basis)",
        en="The amount converted to g or ml (as basis)",
    ),
    basis=Text(
        de="Ob das Lebensmittel in g oder ml gemessen wird",
        en="Whether the food is measured in g or ml",
    ),
    **{
        name: _per(de, en, unit, "in dieser Menge", "in this amount")
        for name, (de, en, unit) in _NUTRIENTS.items()
    },
    water_ml=Text(
        de="Getrunkenes Wasser in ml (Einträge der Mahlzeit water)",
        en="Water drunk in ml (entries of the water slot)",
    ),
)
document(
    NutritionTargets,
    activity=Text(
        de="Aktivitätsniveau, sein Faktor auf den Grundumsatz: sedentary 1,2, light 1,375, "
        "moderate 1,55, active 1,725, very_active 1,9",
        en="Activity level, its factor on the BMR: sedentary 1.2, light 1.375, "
        "moderate 1.55, active 1.725, very_active 1.9",
    ),
    protein_g_per_kg=Text(
        de="Eiweiß in g je kg Körpergewicht, aus dem das Eiweißziel berechnet wird",
        en="Protein in g per kg of body weight the protein target is worked out from",
    ),
    kcal=Text(
        de="Tagesziel Energie in kcal, von Hand gesetzt (leer: berechnet)",
        en="Daily energy target in kcal, set by hand (empty: worked out)",
    ),
    protein_g=Text(
        de="Tagesziel Eiweiß in g, von Hand gesetzt (leer: berechnet)",
        en="Daily protein target in g, set by hand (empty: worked out)",
    ),
    carbs_g=Text(
        de="Tagesziel Kohlenhydrate in g, von Hand gesetzt (leer: berechnet)",
        en="Daily carbohydrate target in g, set by hand (empty: worked out)",
    ),
    fat_g=Text(
        de="Tagesziel Fett in g, von Hand gesetzt (leer: berechnet)",
        en="Daily fat target in g, set by hand (empty: worked out)",
    ),
    fiber_g=Text(
        de="Tagesziel Ballaststoffe in g, von Hand gesetzt (leer: berechnet)",
        en="Daily fibre target in g, set by hand (empty: worked out)",
    ),
    water_l=Text(
        de="Tagesziel Wasser in l, von Hand gesetzt (leer: berechnet)",
        en="Daily water target in l, set by hand (empty: worked out)",
    ),
)
document(
    MealSlot,
    key=Text(
        de="Feste Kennung der Mahlzeit, mit der Einträge sie nennen (bleibt beim Umbenennen)",
        en="The slot's fixed key entries name it by (kept when it is renamed)",
    ),
    name=Text(de="Name der Mahlzeit", en="The slot's name"),
    position=Text(
        de="Reihenfolge nach den vier festen Mahlzeiten", en="Order after the four fixed slots"
    ),
)
document(FoodFavourite, food_id=Text(de="Das Lieblingslebensmittel", en="The favourite food"))
document(
    RecipeIngredient,
    recipe_id=Text(de="Das Rezept (ein Lebensmittel)", en="The recipe (a food)"),
    food_id=Text(
        de="Das Lebensmittel der Zutat (leer, wenn es inzwischen gelöscht ist)",
        en="The ingredient's food (empty once it has been deleted)",
    ),
    position=Text(de="Reihenfolge im Rezept", en="Order in the recipe"),
    name=Text(de="Name der Zutat beim Speichern", en="The ingredient's name when saved"),
    amount=Text(de="Die Menge wie eingegeben, in unit", en="The amount as typed, in unit"),
    unit=Text(
        de="Einheit der Menge: g, ml, serving (Portion), oz oder fl_oz",
        en="The amount's unit: g, ml, serving, oz or fl_oz",
    ),
    quantity=Text(de="Die Menge umgerechnet in g oder ml", en="The amount converted to g or ml"),
)


class DietaryPreferences(SQLModel, table=True):
    """What a profile eats: its kind of diet and, in its own words, what it
    avoids (allergies, intolerances, dislikes). Set in the first-run flow
    and on the Profile page; AI analyses may read it."""

    __tablename__ = "dietary_preferences"
    __table_args__ = (
        sa.UniqueConstraint("profile_id", name="uq_dietary_preferences_profile"),
        sa.CheckConstraint(f"diet_type IN {DIET_TYPES}", name="diet_type"),
    )

    id: uuid.UUID = uuid_pk()
    profile_id: uuid.UUID = profile_fk()
    diet_type: str = with_default(DEFAULT_DIET, nullable=False, max_length=20)
    avoid: str | None = text_field()
    updated_at: datetime | None = updated_at()


document(
    DietaryPreferences,
    diet_type=Text(
        de="Ernährungsform: " + ", ".join(DIET_TYPES),
        en="Kind of diet: " + ", ".join(DIET_TYPES),
    ),
    avoid=Text(
        de="Was gemieden wird (Allergien, Unverträglichkeiten, Abneigungen), in eigenen Worten",
        en="What is avoided (allergies, intolerances, dislikes), in one's own words",
    ),
)
