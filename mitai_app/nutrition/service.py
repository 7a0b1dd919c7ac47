"""Nutrition use cases: foods (search, create, delete), meal entries (log a
food, water, copy a meal), the day's totals by the one-source rule, and the
targets. Every function takes the session and the owning profile explicitly,
scopes every query to it and returns frozen dataclasses; refused input
raises UserError naming the field.

Bundled and Open Food Facts foods are shared (no profile); a profile sees
those and its own. A meal entry copies the food's values for its amount, so
deleting or changing the food later keeps what was eaten.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from mitai_app.accounts.models import Profile
from mitai_app.accounts.service import log_activity
from mitai_app.body.service import weight_trend
from mitai_app.body.trend import smoothed_trend
from mitai_app.core import logs
from mitai_app.core.access import consume
from mitai_app.core.errors import UserError, checked_text
from mitai_app.core.i18n import translate
from mitai_app.core.logs import LogInput, LogRow, check_profile_day
from mitai_app.core.records import as_uuid, owned
from mitai_app.core.series import range_start
from mitai_app.core.settings import settings
from mitai_app.core.system import app_setting, put_app_setting
from mitai_app.nutrition import charts, energy, openfoodfacts
from mitai_app.nutrition.consts import (
    AMOUNT_UNITS,
    BARCODE_DIGITS,
    BRAND_MAX,
    ENTRY_MAX_G,
    NAME_MAX,
    NUTRIENTS,
    NUTRITION_FEATURE,
    RECIPE_MAX_INGREDIENTS,
    RECIPE_SERVINGS_MAX,
    RECIPE_YIELD_MAX_G,
    SERVING_MAX_G,
    SERVING_NAME_MAX,
    TARGET_KEYS,
    WATER_QUICK_ML,
    WATER_SLOT,
)
from mitai_app.nutrition.daily import Week, day_total, week_of
from mitai_app.nutrition.logs import TOTALS
from mitai_app.nutrition.models import (
    Food,
    FoodFavourite,
    MealEntry,
    NutritionEntry,
    RecipeIngredient,
)
from mitai_app.nutrition.portions import (
    G_PER_OZ,
    ML_PER_FL_OZ,
    atwater_mismatch,
    implausible,
    recipe_per_100,
    scaled,
)
from mitai_app.nutrition.search import matches as search_matches
from mitai_app.nutrition.search import postgresql_query, search_text, sqlite_query
from mitai_app.nutrition.search import words as search_words
from mitai_app.nutrition.slots import check_slot
from mitai_app.nutrition.targets import TargetSettings, TargetsView, target_settings, targets_on
from mitai_app.training.daily_activity import day_summaries
from mitai_app.training.service import active_kcal

SEARCH_LIMIT = 20
RECENT_LIMIT = 10
RECENT_ENTRIES = 500  # a food among these last entries counts as recent (~3 months)
SEARCH_CANDIDATES = 1000  # full-text matches ranked per search
ADAPTIVE_WEEKS = 4  # the adaptive TDEE's week-by-week line
PREFERRED_MAX = 100  # favourites and recent foods put first in a search
TOTAL_KEYS = ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g")
OWN = "own"
RECIPE = "recipe"

# --- foods ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FoodRow:
    id: str
    name_de: str
    name_en: str
    brand: str
    barcode: str
    basis: str  # "g" or "ml"
    values: dict[str, float | None]  # per 100 g/ml, consts.NUTRIENTS
    serving_de: str
    serving_en: str
    serving_amount: float | None
    source: str
    own: bool  # the profile's own food (it may edit and delete it)
    warning: bool  # macros give far more energy than the kcal (4/4/9 rule)
    favourite: bool = False

    @property
    def recipe(self) -> bool:
        """A food made of foods: edited through its ingredients."""
        return self.source == RECIPE


@dataclass(frozen=True)
class FoodInput:
    """A food as typed: numbers already read (None: left empty)."""

    name: str
    values: dict[str, float | None]
    basis: str = "g"
    brand: str = ""
    barcode: str = ""
    serving_name: str = ""
    serving_amount: float | None = None


def _food_row(food: Food, owner: uuid.UUID, favourite: bool = False) -> FoodRow:
    values = {name: _num(getattr(food, name)) for name in NUTRIENTS}
    return FoodRow(
        id=str(food.id),
        name_de=food.name_de,
        name_en=food.name_en,
        brand=food.brand or "",
        barcode=food.barcode or "",
        basis=food.basis,
        values=values,
        serving_de=food.serving_name_de or "",
        serving_en=food.serving_name_en or "",
        serving_amount=_num(food.serving_amount),
        source=food.source,
        own=food.profile_id == owner,
        warning=atwater_mismatch(values),
        favourite=favourite,
    )


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _visible(owner: uuid.UUID, food: Any = Food):
    """Shared foods and the profile's own. Written as one expression no index
    serves, so a lookup by id never walks the index of 100,000 shared foods."""
    return sa.func.coalesce(food.profile_id, owner) == owner


def _ranked(session: Session, query: str, owner: uuid.UUID, limit: int):
    """The ids of the `limit` best of up to SEARCH_CANDIDATES visible foods
    matching every word of `query` as a prefix (full text), own foods first,
    then shorter names, as a subquery with its ranking columns. The cap keeps
    a one-letter query as quick as a long one; typing on narrows it.

    Only the ranking columns go through the cap and the sort; the chosen few
    rows are then read by id. (Ranking whole rows as an ORM alias cost more
    in Python than the database spent: 4 ms of CPU a search.)

    PostgreSQL: the matching rows themselves (a derived table), not their
    ids fed to `id IN (...)`: for that the planner, misjudging the share of
    visible foods, hash-joined the ids against a scan of every food
    (EXPLAIN ANALYZE over 100,000 foods: 30-90 ms for "nu", now 3-8 ms).
    Its index holds every word's beginnings (search.PREFIX_MAX), so "mi"
    is one lookup, not the union of every word starting with it (15 ms)."""
    columns = (Food.id, Food.profile_id, Food.search_text, Food.name_en)
    if session.get_bind().dialect.name == "postgresql":
        matching = (
            sa.select(*columns)
            .where(
                sa.text(
                    "nutrition_search_vector(food_items.search_text) "
                    "@@ to_tsquery('simple'::regconfig, :terms)"
                ).bindparams(terms=postgresql_query(query))
            )
            .limit(SEARCH_CANDIDATES)
        )
    else:
        ids = (
            sa.select(sa.column("food_id"))
            .select_from(sa.table("food_items_fts"))
            .where(sa.text("food_items_fts MATCH :terms").bindparams(terms=sqlite_query(query)))
            .limit(SEARCH_CANDIDATES)
        )
        matching = sa.select(*columns).where(col(Food.id).in_(ids))
    found = matching.subquery("candidates")
    own = sa.case((found.c.profile_id == owner, 0), else_=1).label("own")
    length = sa.func.length(found.c.search_text).label("length")
    return (
        sa.select(found.c.id, own, length, found.c.name_en)
        .where(sa.func.coalesce(found.c.profile_id, owner) == owner)
        .order_by(own, length, found.c.name_en)
        .limit(limit)
        .subquery("ranked")
    )


def _preferred(session: Session, owner: uuid.UUID) -> dict[uuid.UUID, tuple[bool, int]]:
    """The profile's favourite and recently used foods, each with (favourite,
    rank): favourites first (newest mark first), then by when last logged.
    Recent means among its last RECENT_ENTRIES entries: one walk back along
    the index on profile and date, as short for ten years of history or for
    a day of thirty entries as for a month."""
    used: dict[uuid.UUID, Any] = {}
    # The latest use of each food is taken here, not by GROUP BY food_id:
    # for that SQLite walks the index on food_id through every entry.
    for food_id, created in session.exec(
        select(MealEntry.food_id, MealEntry.created_at)
        .where(MealEntry.profile_id == owner, col(MealEntry.food_id).is_not(None))
        .order_by(col(MealEntry.date).desc())
        .limit(RECENT_ENTRIES)
    ).all():
        if food_id not in used or created > used[food_id]:
            used[food_id] = created
    marked = dict(
        session.exec(
            select(FoodFavourite.food_id, FoodFavourite.created_at).where(
                FoodFavourite.profile_id == owner
            )
        ).all()
    )
    ranked = sorted(
        set(used) | set(marked),
        key=lambda food: (food not in marked, -(marked.get(food) or used[food]).timestamp()),
    )[:PREFERRED_MAX]
    return {food: (food in marked, n) for n, food in enumerate(ranked)}


def _rows(foods: list[Food], owner: uuid.UUID, preferred: dict) -> list[FoodRow]:
    """Favourites and recent foods in their order, the others as given."""
    rows = [_food_row(food, owner, preferred.get(food.id, (False, 0))[0]) for food in foods]
    rows.sort(key=lambda food: preferred.get(as_uuid(food.id), (False, -1))[1])
    return rows


def _preferred_foods(
    session: Session, owner: uuid.UUID, preferred: dict, limit: int = 0
) -> list[Food]:
    ids = sorted(preferred, key=lambda food: preferred[food][1])
    ids = ids[:limit] if limit else ids
    return list(session.exec(select(Food).where(col(Food.id).in_(ids), _visible(owner))).all())


def _preferred_matching(
    session: Session, owner: uuid.UUID, preferred: dict, query: str
) -> list[Food]:
    """The favourite and recent foods matching `query`: their search texts
    are matched here, and only the matching foods are read whole (most
    searches match none of a hundred)."""
    if not preferred:
        return []
    texts = session.exec(
        select(Food.id, Food.search_text).where(col(Food.id).in_(list(preferred)), _visible(owner))
    ).all()
    ids = [food for food, text in texts if search_matches(text, query)]
    if not ids:
        return []
    return list(session.exec(select(Food).where(col(Food.id).in_(ids))).all())


def search_foods(
    *, session: Session, profile_id: uuid.UUID | str, query: str, limit: int = SEARCH_LIMIT
) -> list[FoodRow]:
    """Foods whose names, brand or barcode start with every word of `query`,
    case and accents ignored: the profile's favourites and recently used
    foods first, then its own, then shorter names. An empty query gives the
    favourites and recent foods."""
    owner = as_uuid(profile_id)
    if not search_words(query):
        return recent_foods(session=session, profile_id=owner, limit=limit)
    limit = max(1, min(limit, 100))
    preferred = _preferred(session, owner)
    first = _preferred_matching(session, owner, preferred, query)
    ranked = _ranked(session, query, owner, limit + len(first))
    others = session.exec(
        select(Food)
        .join(ranked, col(Food.id) == ranked.c.id)
        .order_by(ranked.c.own, ranked.c.length, ranked.c.name_en)
    ).all()
    seen = {food.id for food in first}
    rows = _rows(first, owner, preferred)
    rows += [_food_row(food, owner) for food in others if food.id not in seen]
    return rows[:limit]


def recent_foods(
    *, session: Session, profile_id: uuid.UUID | str, limit: int = RECENT_LIMIT
) -> list[FoodRow]:
    """The profile's favourite foods, then those it logged most recently."""
    owner = as_uuid(profile_id)
    preferred = _preferred(session, owner)
    limit = max(1, min(limit, 100))
    return _rows(_preferred_foods(session, owner, preferred, limit), owner, preferred)


def toggle_favourite(*, session: Session, profile_id: uuid.UUID | str, food_id: str) -> bool:
    """Marks a food the profile may see as a favourite, or unmarks it;
    returns whether it is one now."""
    owner = as_uuid(profile_id)
    food = _visible_food(session, owner, food_id)
    mark = session.exec(
        select(FoodFavourite).where(
            FoodFavourite.profile_id == owner, FoodFavourite.food_id == food.id
        )
    ).first()
    if mark is None:
        session.add(FoodFavourite(profile_id=owner, food_id=food.id))
    else:
        session.delete(mark)
    session.commit()
    return mark is None


def _visible_food(session: Session, owner: uuid.UUID, food_id: str) -> Food:
    try:
        food = session.get(Food, as_uuid(food_id))
    except (ValueError, TypeError, AttributeError) as error:
        raise UserError("record.error.not_found", field="food") from error
    if food is None or food.profile_id not in (None, owner):
        raise UserError("record.error.not_found", field="food")
    return food


def get_food(*, session: Session, profile_id: uuid.UUID | str, food_id: str) -> FoodRow:
    owner = as_uuid(profile_id)
    return _food_row(_visible_food(session, owner, food_id), owner)


def _checked_food(food: FoodInput) -> dict[str, Any]:
    name = checked_text(food.name, field="name", limit=NAME_MAX)
    if not name:
        raise UserError("nutrition.error.name_required", field="name")
    brand = checked_text(food.brand, field="brand", limit=BRAND_MAX)
    barcode = food.barcode.strip().replace(" ", "")
    low, high = BARCODE_DIGITS
    if barcode and not (barcode.isdigit() and low <= len(barcode) <= high):
        raise UserError("nutrition.error.barcode", field="barcode")
    if food.basis not in ("g", "ml"):
        raise UserError("nutrition.error.basis", field="basis")
    values = {name: food.values.get(name) for name in NUTRIENTS}
    if values["kcal"] is None:
        raise UserError("nutrition.error.kcal_required", field="kcal")
    wrong = implausible(values)
    if wrong == "macros":
        raise UserError("nutrition.error.macros_sum", field="fat_g")
    if wrong in ("sugar_g", "sat_fat_g"):
        raise UserError(f"nutrition.error.{wrong}_part", field=wrong)
    if wrong:
        key = "nutrition.error.kcal_range" if wrong == "kcal" else "nutrition.error.per_100"
        raise UserError(key, field=wrong)
    serving_name = checked_text(food.serving_name, field="serving_name", limit=SERVING_NAME_MAX)
    amount = food.serving_amount
    if amount is not None and not 0 < amount <= SERVING_MAX_G:
        raise UserError("nutrition.error.serving_amount", field="serving_amount")
    return {
        "name_de": name,
        "name_en": name,
        "brand": brand or None,
        "barcode": barcode or None,
        "basis": food.basis,
        **values,
        "serving_name_de": serving_name or None,
        "serving_name_en": serving_name or None,
        "serving_amount": amount,
        "search_text": search_text((name, brand, barcode)),
    }


def create_food(
    *, session: Session, profile_id: uuid.UUID | str, food: FoodInput, source: str = OWN
) -> FoodRow:
    """The profile's own food. Implausible values are refused at their field;
    macros that give far more energy than the kcal are saved, and the row
    says so (`warning`)."""
    owner = as_uuid(profile_id)
    row = Food(profile_id=owner, source=source, **_checked_food(food))
    session.add(row)
    session.commit()
    return _food_row(row, owner)


def _own_food(session: Session, profile_id: uuid.UUID | str, food_id: str) -> Food:
    try:
        return owned(session, Food, profile_id, food_id)
    except UserError as error:
        raise UserError("record.error.not_found", field="food") from error


def update_food(
    *, session: Session, profile_id: uuid.UUID | str, food_id: str, food: FoodInput
) -> FoodRow:
    """Changes one of the profile's own foods (a recipe changes through its
    ingredients, update_recipe). Entries already logged keep the values they
    were logged with; what is logged from now on uses the new ones."""
    owner = as_uuid(profile_id)
    row = _own_food(session, owner, food_id)
    if row.source == RECIPE:
        raise UserError("nutrition.error.recipe_values", field="name")
    for key, value in _checked_food(food).items():
        setattr(row, key, value)
    session.add(row)
    session.commit()
    return _food_row(row, owner)


def own_foods(*, session: Session, profile_id: uuid.UUID | str) -> list[FoodRow]:
    """The profile's own foods and recipes by name (the Foods page)."""
    owner = as_uuid(profile_id)
    marked = set(
        session.exec(select(FoodFavourite.food_id).where(FoodFavourite.profile_id == owner)).all()
    )
    foods = session.exec(
        select(Food).where(Food.profile_id == owner).order_by(sa.func.lower(Food.name_en))
    ).all()
    return [_food_row(food, owner, food.id in marked) for food in foods]


@dataclass(frozen=True)
class DeletedFood:
    """What undo needs to put a deleted food back as it was: its columns, its
    favourite mark, its ingredients (a recipe's), and the entries and
    recipe ingredients whose link to it the delete cleared."""

    columns: dict[str, Any]
    favourite_at: datetime | None
    ingredients: tuple[dict[str, Any], ...]
    entry_ids: tuple[uuid.UUID, ...]
    ingredient_ids: tuple[uuid.UUID, ...]  # of recipes using it


def _ids(session: Session, model: Any, owner: uuid.UUID, food_id: uuid.UUID) -> tuple:
    return tuple(
        session.exec(select(model.id).where(model.profile_id == owner, model.food_id == food_id))
    )


def delete_food(*, session: Session, profile_id: uuid.UUID | str, food_id: str) -> DeletedFood:
    """Deletes one of the profile's own foods; entries that used it keep
    their name and values (their link to it is cleared). Returns what
    `restore_food` needs to undo it."""
    owner = as_uuid(profile_id)
    food = _own_food(session, owner, food_id)
    ingredients = session.exec(
        select(RecipeIngredient).where(
            RecipeIngredient.profile_id == owner, RecipeIngredient.recipe_id == food.id
        )
    ).all()
    deleted = DeletedFood(
        columns={c.name: getattr(food, c.name) for c in Food.__table__.columns},
        favourite_at=session.exec(
            select(FoodFavourite.created_at).where(
                FoodFavourite.profile_id == owner, FoodFavourite.food_id == food.id
            )
        ).first(),
        ingredients=tuple(
            {c.name: getattr(row, c.name) for c in RecipeIngredient.__table__.columns}
            for row in ingredients
        ),
        entry_ids=_ids(session, MealEntry, owner, food.id),
        ingredient_ids=_ids(session, RecipeIngredient, owner, food.id),
    )
    session.delete(food)
    session.commit()
    return deleted


def restore_food(*, session: Session, profile_id: uuid.UUID | str, deleted: DeletedFood) -> FoodRow:
    """Undo of `delete_food`: the food back with its id, favourite mark and
    ingredients, linked again to the entries and recipes that used it."""
    owner = as_uuid(profile_id)
    if deleted.columns.get("profile_id") != owner:
        raise UserError("record.error.not_found", field="food")
    food = Food(**deleted.columns)
    session.add(food)
    session.flush()
    if deleted.favourite_at is not None:
        session.add(
            FoodFavourite(profile_id=owner, food_id=food.id, created_at=deleted.favourite_at)
        )
    session.add_all(RecipeIngredient(**row) for row in deleted.ingredients)
    for model, ids in ((MealEntry, deleted.entry_ids), (RecipeIngredient, deleted.ingredient_ids)):
        if ids:
            session.execute(
                sa.update(model)
                .where(
                    col(model.id).in_(ids),
                    model.profile_id == owner,
                    col(model.food_id).is_(None),
                )
                .values(food_id=food.id)
            )
    session.commit()
    return _food_row(food, owner, deleted.favourite_at is not None)


# --- meal entries --------------------------------------------------------------------


@dataclass(frozen=True)
class EntryRow:
    id: str
    date: date
    slot: str
    name: str
    amount: float | None
    unit: str
    quantity: float | None  # in `basis`
    basis: str  # "g" or "ml", as its food was given
    values: dict[str, float | None]
    water_ml: float | None


def _entry_row(entry: MealEntry) -> EntryRow:
    return EntryRow(
        id=str(entry.id),
        date=entry.date,
        slot=entry.slot,
        name=entry.name,
        amount=_num(entry.amount),
        unit=entry.unit or "",
        quantity=_num(entry.quantity),
        basis=entry.basis,
        values={name: _num(getattr(entry, name)) for name in NUTRIENTS},
        water_ml=_num(entry.water_ml),
    )


def _quantity(food: Food, amount: float | None, unit: str) -> float:
    """The amount in g (or ml, as the food is given), refused at `amount`."""
    if unit not in AMOUNT_UNITS:
        raise UserError("nutrition.error.unit", field="unit")
    if amount is None:
        raise UserError("nutrition.error.amount_required", field="amount")
    if amount <= 0:
        raise UserError("nutrition.error.amount_positive", field="amount")
    if unit == "serving":
        if not food.serving_amount:
            raise UserError("nutrition.error.no_serving", field="unit")
        quantity = amount * float(food.serving_amount)
    elif unit == "oz":
        quantity = amount * G_PER_OZ
    elif unit == "fl_oz":
        quantity = amount * ML_PER_FL_OZ
    else:
        quantity = amount
    if quantity > ENTRY_MAX_G:
        raise UserError("nutrition.error.amount_too_much", field="amount")
    return quantity


def _portion(food: Food, amount: float | None, unit: str) -> tuple[float, dict]:
    """The amount in g (or ml) and the food's values for it."""
    quantity = _quantity(food, amount, unit)
    per_100 = {name: _num(getattr(food, name)) for name in NUTRIENTS}
    values = {k: None if v is None else round(v, 2) for k, v in scaled(per_100, quantity).items()}
    return quantity, values


def log_food(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    slot: str,
    food_id: str,
    amount: float | None,
    unit: str,
    today: date,
    lang: str = "en",
) -> EntryRow:
    """Logs `amount` `unit` of a food the profile may see in a meal slot of
    `day`, with the food's values for that amount and its name in `lang`;
    charges the feature."""
    owner = as_uuid(profile_id)
    check_profile_day(session, owner, day, today=today)
    check_slot(session, owner, slot)
    food = _visible_food(session, owner, food_id)
    quantity, values = _portion(food, amount, unit)
    entry = MealEntry(
        profile_id=owner,
        date=day,
        slot=slot,
        food_id=food.id,
        name=food.name_de if lang == "de" else food.name_en,
        amount=amount,
        unit=unit,
        quantity=round(quantity, 1),
        basis=food.basis,
        **values,
    )
    consume(session=session, profile_id=owner, feature_id=NUTRITION_FEATURE)
    session.add(entry)
    session.commit()
    return _entry_row(entry)


def add_water(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    day: date,
    today: date,
    ml: float = WATER_QUICK_ML,
    entry_id: uuid.UUID | None = None,
) -> EntryRow:
    """A glass of water (250 ml) on `day`; charges the feature. `entry_id`
    is the new entry's id (the browser's, for a tap kept offline: a glass
    sent twice is added once)."""
    owner = as_uuid(profile_id)
    check_profile_day(session, owner, day, today=today)
    if not 0 < ml <= ENTRY_MAX_G:
        raise UserError("nutrition.error.amount_too_much", field="amount")
    entry = MealEntry(
        profile_id=owner,
        date=day,
        slot=WATER_SLOT,
        name="water",
        water_ml=ml,
        unit="ml",
        basis="ml",
    )
    if entry_id is not None:
        entry.id = entry_id
    consume(session=session, profile_id=owner, feature_id=NUTRITION_FEATURE)
    session.add(entry)
    session.commit()
    return _entry_row(entry)


def delete_entry(*, session: Session, profile_id: uuid.UUID | str, entry_id: str) -> EntryRow:
    """Deletes one of the profile's entries and returns it (for undo)."""
    entry = owned(session, MealEntry, profile_id, entry_id)
    row = _entry_row(entry)
    session.delete(entry)
    session.commit()
    return row


def copy_meal(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    from_day: date,
    to_day: date,
    slot: str | None,
    today: date,
) -> int:
    """Copies the profile's entries of `slot` on `from_day` to `to_day` (as
    they were logged, values included), or with `slot` None the whole day's
    meals (its water stays: a glass drunk is not repeated); charges one use
    per entry. Returns how many were copied (0: that meal was empty)."""
    owner = as_uuid(profile_id)
    check_profile_day(session, owner, to_day, today=today, field="to_day")
    check_profile_day(session, owner, from_day, today=today, field="from_day")
    if from_day == to_day:
        raise UserError("nutrition.error.copy_same_day", field="from_day")
    if slot is not None:
        check_slot(session, owner, slot)
    entries = session.exec(
        select(MealEntry)
        .where(
            MealEntry.profile_id == owner,
            MealEntry.date == from_day,
            MealEntry.slot != WATER_SLOT if slot is None else MealEntry.slot == slot,
        )
        .order_by(MealEntry.created_at)
    ).all()
    if not entries:
        return 0
    consume(session=session, profile_id=owner, feature_id=NUTRITION_FEATURE, amount=len(entries))
    copied = [
        MealEntry(
            **{
                key: value
                for key, value in entry.model_dump().items()
                if key not in ("id", "date", "created_at")
            },
            date=to_day,
        )
        for entry in entries
    ]
    session.add_all(copied)
    session.commit()
    return len(copied)


# --- recipes -------------------------------------------------------------------------


@dataclass(frozen=True)
class IngredientInput:
    food_id: str
    amount: float | None
    unit: str


@dataclass(frozen=True)
class IngredientRow:
    food_id: str
    name: str
    amount: float
    unit: str
    quantity: float  # in `basis`
    basis: str  # "g" or "ml", as the food is given
    kcal: float | None


@dataclass(frozen=True)
class RecipeInput:
    """A recipe as typed: its ingredients, what the cooked dish weighs
    (None: the ingredients' weight) and how many servings it makes."""

    name: str
    ingredients: list[IngredientInput]
    yield_amount: float | None = None
    servings: float | None = None


def _ingredient(
    session: Session, owner: uuid.UUID, ingredient: IngredientInput, lang: str
) -> tuple[Food, IngredientRow, dict]:
    food = _visible_food(session, owner, ingredient.food_id)
    quantity, values = _portion(food, ingredient.amount, ingredient.unit)
    row = IngredientRow(
        food_id=str(food.id),
        name=food.name_de if lang == "de" else food.name_en,
        amount=float(ingredient.amount or 0),
        unit=ingredient.unit,
        quantity=round(quantity, 1),
        basis=food.basis,
        kcal=values["kcal"],
    )
    return food, row, values


def check_ingredient(
    *, session: Session, profile_id: uuid.UUID | str, ingredient: IngredientInput, lang: str = "en"
) -> IngredientRow:
    """An ingredient for a recipe being put together: a food the profile may
    see and a plausible amount (refused at `amount`/`unit` like an entry)."""
    return _ingredient(session, as_uuid(profile_id), ingredient, lang)[1]


def _recipe_fields(
    session: Session, owner: uuid.UUID, recipe: RecipeInput, lang: str
) -> tuple[dict[str, Any], list[tuple[Food, IngredientRow, dict]]]:
    """A recipe's checked food columns and its ingredients."""
    name = checked_text(recipe.name, field="recipe_name", limit=NAME_MAX)
    if not name:
        raise UserError("nutrition.error.name_required", field="recipe_name")
    if not recipe.ingredients:
        raise UserError("nutrition.error.recipe_empty", field="recipe_name")
    if len(recipe.ingredients) > RECIPE_MAX_INGREDIENTS:
        raise UserError("nutrition.error.recipe_too_many", field="recipe_name")
    parts = [_ingredient(session, owner, item, lang) for item in recipe.ingredients]
    weight = sum(row.quantity for _, row, _ in parts)
    yield_amount = recipe.yield_amount if recipe.yield_amount is not None else weight
    if not 0 < yield_amount <= RECIPE_YIELD_MAX_G:
        raise UserError("nutrition.error.recipe_yield", field="yield_amount")
    servings = recipe.servings
    if servings is not None and not 1 <= servings <= RECIPE_SERVINGS_MAX:
        raise UserError("nutrition.error.recipe_servings", field="servings")
    values = recipe_per_100([values for _, _, values in parts], yield_amount)
    if implausible(values):  # only a dish far lighter than its ingredients gets here
        raise UserError("nutrition.error.recipe_yield", field="yield_amount")
    fields = {
        "name_de": name,
        "name_en": name,
        "basis": "g",
        **{key: None if v is None else round(v, 2) for key, v in values.items()},
        "serving_name_de": None
        if servings is None
        else translate("nutrition.recipe_serving", "de"),
        "serving_name_en": None
        if servings is None
        else translate("nutrition.recipe_serving", "en"),
        "serving_amount": None if servings is None else round(yield_amount / servings, 1),
        "recipe_yield": round(yield_amount, 1),
        "search_text": search_text((name,)),
    }
    return fields, parts


def _store_ingredients(
    session: Session, owner: uuid.UUID, recipe: Food, parts: list[tuple[Food, IngredientRow, dict]]
) -> None:
    session.add_all(
        RecipeIngredient(
            profile_id=owner,
            recipe_id=recipe.id,
            food_id=source.id,
            position=n,
            name=row.name,
            amount=row.amount,
            unit=row.unit,
            quantity=row.quantity,
        )
        for n, (source, row, _) in enumerate(parts)
    )


def create_recipe(
    *, session: Session, profile_id: uuid.UUID | str, recipe: RecipeInput, lang: str = "en"
) -> FoodRow:
    """A food of the profile's made of foods: its values per 100 g are the
    ingredients' summed over what the dish weighs (`yield_amount`, by
    default the ingredients' weight; ml count as g), and with `servings`
    one serving is that weight divided by them. The ingredients are kept
    with their names, so the recipe stays as saved when a food goes."""
    owner = as_uuid(profile_id)
    fields, parts = _recipe_fields(session, owner, recipe, lang)
    food = Food(profile_id=owner, source=RECIPE, **fields)
    session.add(food)
    session.flush()
    _store_ingredients(session, owner, food, parts)
    session.commit()
    return _food_row(food, owner)


@dataclass(frozen=True)
class RecipeView:
    food: FoodRow
    ingredients: list[IngredientRow]  # food_id "" where that food was deleted since
    yield_amount: float | None  # what the dish weighs (None: saved before it was kept)
    servings: float | None


def get_recipe(
    *, session: Session, profile_id: uuid.UUID | str, recipe_id: str, lang: str = "en"
) -> RecipeView:
    """One of the profile's recipes with its ingredients as saved."""
    owner = as_uuid(profile_id)
    food = _own_food(session, owner, recipe_id)
    if food.source != RECIPE:
        raise UserError("record.error.not_found", field="food")
    rows = session.exec(
        select(RecipeIngredient, Food)
        .join(Food, col(Food.id) == RecipeIngredient.food_id, isouter=True)
        .where(RecipeIngredient.profile_id == owner, RecipeIngredient.recipe_id == food.id)
        .order_by(RecipeIngredient.position)
    ).all()
    ingredients = []
    for part, source in rows:
        kcal = None
        if source is not None and source.kcal is not None:
            kcal = round(float(source.kcal) * float(part.quantity) / 100, 2)
        ingredients.append(
            IngredientRow(
                food_id="" if source is None else str(source.id),
                name=part.name,
                amount=float(part.amount),
                unit=part.unit,
                quantity=float(part.quantity),
                basis="g" if source is None else source.basis,
                kcal=kcal,
            )
        )
    yield_amount = _num(food.recipe_yield)
    servings = None
    if yield_amount and food.serving_amount:
        servings = round(yield_amount / float(food.serving_amount), 1)
    return RecipeView(_food_row(food, owner), ingredients, yield_amount, servings)


def update_recipe(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    recipe_id: str,
    recipe: RecipeInput,
    lang: str = "en",
) -> FoodRow:
    """Replaces a recipe's name, ingredients, yield and servings, and works
    its values per 100 g out again. Entries logged from it keep theirs. An
    ingredient whose food was deleted cannot be kept (its values are gone)."""
    owner = as_uuid(profile_id)
    food = _own_food(session, owner, recipe_id)
    if food.source != RECIPE:
        raise UserError("record.error.not_found", field="food")
    fields, parts = _recipe_fields(session, owner, recipe, lang)
    for key, value in fields.items():
        setattr(food, key, value)
    for old in session.exec(
        select(RecipeIngredient).where(
            RecipeIngredient.profile_id == owner, RecipeIngredient.recipe_id == food.id
        )
    ).all():
        session.delete(old)
    session.flush()
    _store_ingredients(session, owner, food, parts)
    session.add(food)
    session.commit()
    return _food_row(food, owner)


# --- the day -------------------------------------------------------------------------


def add_totals(
    *, session: Session, profile_id: uuid.UUID | str, entry: LogInput, today: date | None = None
) -> LogRow:
    """A day's totals entered directly (the generic log); charges the feature."""
    return logs.add(TOTALS, session=session, profile_id=profile_id, entry=entry, today=today)


@dataclass(frozen=True)
class DayOverview:
    day: date
    entries: list[EntryRow]  # food entries, in the order logged
    totals: dict[str, float]  # TOTAL_KEYS, from the one chosen source
    source: str  # "entries", "manual", "imported" or "" (nothing logged)
    water_ml: float
    targets: TargetsView | None  # None: none set by hand and the profile lacks data to derive
    settings: TargetSettings
    adaptive: energy.AdaptiveTdee
    adaptive_weeks: list[tuple[date, float | None]]  # at the end of each of the last weeks
    week: Week  # the 7 days up to this one
    active_kcal: float | None  # the day's active energy (None: none known)
    # "summary" (the daily activity summary counted it), "training" (sessions) or ""
    active_source: str
    energy_out: float | None  # with a BMR and active energy (energy.energy_out*)


def _sum(rows: list[Any], keys: tuple[str, ...]) -> dict[str, float]:
    return {key: sum(float(getattr(r, key) or 0) for r in rows) for key in keys}


def _log_totals(rows: list[NutritionEntry]) -> dict[str, dict[str, float]]:
    """Directly entered totals by source: "manual" and everything imported."""
    by_source: dict[str, list[NutritionEntry]] = defaultdict(list)
    for row in rows:
        by_source["manual" if row.source == "manual" else "imported"].append(row)
    return {source: _sum(found, TOTAL_KEYS) for source, found in by_source.items()}


def daily_totals(
    *, session: Session, profile_id: uuid.UUID | str, since: date, until: date
) -> dict[date, dict[str, float]]:
    """Each day's totals (TOTAL_KEYS and water_l) by the one-source rule:
    a day's food entries, else its manual totals, else its imported ones.
    Days without any log are left out."""
    owner = as_uuid(profile_id)
    e = MealEntry
    eaten = session.exec(
        select(
            e.date,
            sa.func.count(e.food_id),
            sa.func.sum(e.water_ml),
            *(sa.func.sum(getattr(e, key)) for key in TOTAL_KEYS),
        )
        .where(e.profile_id == owner, e.date >= since, e.date <= until)
        .group_by(e.date)
    ).all()
    # Entered totals are summed per day and source by the database: read as
    # objects, their rows were most of the time of a protein goal's progress.
    n = NutritionEntry
    logged = session.exec(
        select(
            n.date,
            n.source,
            sa.func.sum(n.water_l),
            *(sa.func.sum(getattr(n, key)) for key in TOTAL_KEYS),
        )
        .where(n.profile_id == owner, n.date >= since, n.date <= until)
        .group_by(n.date, n.source)
    ).all()
    per_day: dict[date, dict[str, dict[str, float]]] = defaultdict(dict)
    logged_water: dict[date, float] = defaultdict(float)
    for d, source, water_l, *sums in logged:
        kind = "manual" if source == "manual" else "imported"
        totals = per_day[d].setdefault(kind, dict.fromkeys(TOTAL_KEYS, 0.0))
        for key, value in zip(TOTAL_KEYS, sums, strict=True):
            totals[key] += float(value or 0)
        logged_water[d] += float(water_l or 0)
    entries, water = {}, {}
    for d, foods, water_ml, *sums in eaten:
        if foods:
            entries[d] = {key: float(v or 0) for key, v in zip(TOTAL_KEYS, sums, strict=True)}
        if water_ml:
            water[d] = float(water_ml) / 1000
    out: dict[date, dict[str, float]] = {}
    for d in set(entries) | set(per_day) | set(water):
        chosen = day_total({"entries": entries.get(d), **per_day.get(d, {})})
        totals = dict(chosen.totals) if chosen is not None else {}
        totals["water_l"] = water.get(d) or logged_water.get(d, 0.0)
        out[d] = totals
    return out


def _energy_inputs(
    session: Session, owner: uuid.UUID, since: date, until: date
) -> tuple[dict[date, dict[str, float]], list]:
    """Each day's totals from `since` (one source a day, unlogged days left
    out) and the weights from a warm-up before it, for the adaptive TDEE."""
    days = daily_totals(session=session, profile_id=owner, since=since, until=until)
    # The smoothing starts a warm-up before the window: 0.9^90 leaves nothing
    # of its starting point, and 10 years of weights need not be read.
    weights = weight_trend(
        session=session, profile_id=owner, since=since - timedelta(days=energy.TREND_WARM_UP_DAYS)
    ).points
    return days, weights


def _intake(days: dict[date, dict[str, float]]) -> dict[date, float]:
    return {d: totals["kcal"] for d, totals in days.items() if totals.get("kcal")}


def adaptive_tdee(
    *, session: Session, profile_id: uuid.UUID | str, day: date
) -> energy.AdaptiveTdee:
    """The adaptive TDEE up to `day` (energy.adaptive_tdee)."""
    since = day - timedelta(days=energy.ADAPTIVE_WINDOW_DAYS - 1)
    days, weights = _energy_inputs(session, as_uuid(profile_id), since, day)
    return energy.adaptive_tdee(_intake(days), weights, end=day)


def adaptive_weeks(
    *, session: Session, profile_id: uuid.UUID | str, day: date, weeks: int = ADAPTIVE_WEEKS
) -> list[tuple[date, float | None]]:
    """The adaptive TDEE as it stood at the end of each of the last `weeks`
    weeks (how it moved week by week), oldest first."""
    since = day - timedelta(days=energy.ADAPTIVE_WINDOW_DAYS - 1 + 7 * (weeks - 1))
    days, weights = _energy_inputs(session, as_uuid(profile_id), since, day)
    return energy.adaptive_by_week(_intake(days), weights, end=day, weeks=weeks)


def day_overview(*, session: Session, profile_id: uuid.UUID | str, day: date) -> DayOverview:
    """The day's entries, its totals from one source (entries > manual >
    imported), water, the targets and the adaptive TDEE."""
    owner = as_uuid(profile_id)
    rows = session.exec(
        select(MealEntry)
        .where(MealEntry.profile_id == owner, MealEntry.date == day)
        .order_by(MealEntry.created_at)
    ).all()
    foods = [r for r in rows if r.slot != WATER_SLOT]
    logged = session.exec(
        select(NutritionEntry).where(NutritionEntry.profile_id == owner, NutritionEntry.date == day)
    ).all()
    chosen = day_total(
        {"entries": _sum(foods, TOTAL_KEYS) if foods else None, **_log_totals(list(logged))}
    )
    water = sum(float(r.water_ml or 0) for r in rows)
    if not water:
        water = sum(float(r.water_l or 0) for r in logged) * 1000
    settings = target_settings(session=session, profile_id=owner)
    targets = targets_on(session=session, profile_id=owner, day=day, settings=settings)
    # One read of the weeks the adaptive TDEE's week-by-week line spans
    # serves it, the TDEE itself and the week's summary.
    since = day - timedelta(days=energy.ADAPTIVE_WINDOW_DAYS - 1 + 7 * (ADAPTIVE_WEEKS - 1))
    days, weights = _energy_inputs(session, owner, since, day)
    intake = _intake(days)
    active, active_source, out = _energy_out(session, owner, day, targets)
    return DayOverview(
        day=day,
        entries=[_entry_row(r) for r in foods],
        totals=dict.fromkeys(TOTAL_KEYS, 0.0) if chosen is None else chosen.totals,
        source="" if chosen is None else chosen.source,
        water_ml=water,
        targets=targets,
        settings=settings,
        adaptive=energy.adaptive_tdee(intake, weights, end=day),
        adaptive_weeks=energy.adaptive_by_week(intake, weights, end=day, weeks=ADAPTIVE_WEEKS),
        week=week_of(days, day, _target_values(targets)),
        active_kcal=active,
        active_source=active_source,
        energy_out=out,
    )


def _target_values(targets: TargetsView | None) -> dict[str, float | None]:
    return {} if targets is None else {key: targets.get(key) for key in TARGET_KEYS}


def _energy_out(
    session: Session, owner: uuid.UUID, day: date, targets: TargetsView | None
) -> tuple[float | None, str, float | None]:
    """The day's active energy, where it comes from, and its energy out.
    The daily activity summary (a watch's count of every movement) wins
    over the sessions logged in training, which it already includes."""
    counted = day_summaries(session=session, profile_id=owner, since=day, until=day)
    values = counted[0].values if counted else {}
    bmr = None if targets is None else targets.bmr
    if "active_kcal" in values:
        active, rest = values["active_kcal"], values.get("resting_kcal") or bmr
        return active, "summary", None if not rest else energy.energy_out_counted(rest, active)
    sessions = active_kcal(session=session, profile_id=owner, day=day)
    if sessions is None:
        return None, "", None
    return sessions, "training", None if bmr is None else energy.energy_out(bmr, sessions)


@dataclass(frozen=True)
class ChartsView:
    series: charts.ChartSeries
    static_tdee: float | None  # today's BMR × activity; None without the data to derive it
    kcal_target: float | None  # today's kcal target (the goal's deficit or surplus, or by hand)
    protein_g_per_kg: float  # the protein target per kg
    first: date | None  # None: nothing logged in the range


def nutrition_charts(
    *, session: Session, profile_id: uuid.UUID | str, range_key: str, today: date
) -> ChartsView:
    """The charts' series over a range (core.series.RANGE_DAYS; "all" from
    the first logged day), with the adaptive TDEE week by week."""
    owner = as_uuid(profile_id)
    settings = target_settings(session=session, profile_id=owner)
    per_kg = settings.protein_g_per_kg
    targets = targets_on(session=session, profile_id=owner, day=today, settings=settings)
    first = range_start(range_key, today)
    if first is None:
        first = session.exec(
            select(sa.func.min(MealEntry.date)).where(MealEntry.profile_id == owner)
        ).one()
        logged = session.exec(
            select(sa.func.min(NutritionEntry.date)).where(NutritionEntry.profile_id == owner)
        ).one()
        first = min((d for d in (first, logged) if d is not None), default=None)
    static = None if targets is None else targets.tdee
    target = None if targets is None else targets.kcal
    if first is None:
        return ChartsView(charts.ChartSeries(), static, target, per_kg, None)
    # The adaptive TDEE at the range's first week end looks four weeks back.
    days, weights = _energy_inputs(
        session, owner, first - timedelta(days=energy.ADAPTIVE_WINDOW_DAYS), today
    )
    weeks = (today - first).days // 7 + 1
    series = charts.chart_series(
        days,
        dict(smoothed_trend(weights)),
        energy.adaptive_by_week(_intake(days), weights, end=today, weeks=weeks),
        static_tdee=static,
        first=first,
        last=today,
    )
    return ChartsView(series, static, target, per_kg, first)


# --- barcodes ------------------------------------------------------------------------

OFF_SETTING = "nutrition_off_lookup"  # app setting: "false" switches the lookup off


@dataclass(frozen=True)
class BarcodeResult:
    """`status`: "local" (a food here has it), "off" (found at Open Food
    Facts and cached), "not_found", "unavailable" (they did not answer in
    time) or "off_disabled" (an admin switched the lookup off)."""

    status: str
    barcode: str
    food: FoodRow | None = None


def checked_barcode(barcode: str) -> str:
    code = (barcode or "").strip().replace(" ", "")
    low, high = BARCODE_DIGITS
    if not (code.isdigit() and low <= len(code) <= high):
        raise UserError("nutrition.error.barcode", field="barcode")
    return code


def off_lookup_enabled(*, session: Session) -> bool:
    return app_setting(session, OFF_SETTING, "true") != "false"


def set_off_lookup(*, session: Session, admin_id: uuid.UUID | str, enabled: bool) -> bool:
    """Switches the Open Food Facts lookup on or off (an admin's action)."""
    admin = session.get(Profile, as_uuid(admin_id))
    if admin is None or admin.role != "admin":
        raise UserError("error.not_admin")
    put_app_setting(session, OFF_SETTING, "true" if enabled else "false")
    log_activity(session, admin.id, "off_lookup_toggled", enabled=bool(enabled))
    session.commit()
    return enabled


def lookup_barcode(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    barcode: str,
    base_url: str | None = None,
) -> BarcodeResult:
    """The food with `barcode`: the profile's own or a shared one here first,
    then Open Food Facts (unless switched off), whose product is cached here
    as a shared food. No transaction stays open while Open Food Facts is
    asked."""
    owner = as_uuid(profile_id)
    code = checked_barcode(barcode)
    local = session.exec(
        select(Food)
        .where(Food.barcode == code, _visible(owner))
        .order_by(sa.case((Food.profile_id == owner, 0), else_=1))
        .limit(1)
    ).first()
    if local is not None:
        return BarcodeResult("local", code, _food_row(local, owner))
    enabled = off_lookup_enabled(session=session)
    session.rollback()  # nothing written yet: end the read before the network
    if not enabled:
        return BarcodeResult("off_disabled", code)
    try:
        product = openfoodfacts.fetch(code, base_url=base_url or settings().off_base_url)
    except openfoodfacts.Unavailable:
        return BarcodeResult("unavailable", code)
    if product is None:
        return BarcodeResult("not_found", code)
    food = Food(
        profile_id=None,
        source="off",
        source_ref=code,
        name_de=product.name_de,
        name_en=product.name_en,
        brand=product.brand or None,
        barcode=code,
        basis="g",
        **product.values,
        serving_amount=product.serving_amount,
        search_text=search_text((product.name_de, product.name_en, product.brand, code)),
    )
    session.add(food)
    session.commit()
    return BarcodeResult("off", code, _food_row(food, owner))
