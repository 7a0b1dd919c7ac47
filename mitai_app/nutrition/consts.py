"""The one list of what the nutrition module names: its routes, meal slots,
amount units, nutrients, BMR formulas and activity levels, the plausible
ranges, and the feature it charges."""

from __future__ import annotations

from mitai_app.core.reference import FeatureSeed
from mitai_app.core.text import Text

TODAY_PAGE = "/nutrition"  # Today: meals, totals against targets
TRENDS_PAGE = "/nutrition/trends"  # the charts
FOODS_PAGE = "/nutrition/foods"  # one's own foods and recipes: edit, delete
ADMIN_NUTRITION = "/admin/nutrition"  # the Open Food Facts switch

# Dietary preferences (nutrition.diet): the kinds of diet one can name, and
# the length of what one avoids (allergies, intolerances, dislikes).
DIET_TYPES = (
    "omnivore",
    "vegetarian",
    "vegan",
    "pescatarian",
    "keto",
    "paleo",
    "mediterranean",
    "other",
)
DEFAULT_DIET = "omnivore"
AVOID_MAX = 500

# Meal slots in the order of the day; water is kept as entries of its own slot.
SLOTS = ("breakfast", "lunch", "dinner", "snacks")
OWN_SLOTS_MAX = 8  # slots of a profile's own beside the four (nutrition.slots)
SLOT_NAME_MAX = 40
WATER_SLOT = "water"
WATER_QUICK_ML = 250

# How an entry's amount is typed: grams, millilitres, servings of the food, or ounces.
AMOUNT_UNITS = ("g", "ml", "serving", "oz", "fl_oz")
BASES = ("g", "ml")  # a food's values are per 100 g or per 100 ml
# Typed by a user, Open Food Facts, the starter set, a user's recipe (a food made of foods).
FOOD_SOURCES = ("own", "off", "bundled", "recipe")

# A food's values per 100 g/ml, as its columns name them.
NUTRIENTS = ("kcal", "protein_g", "carbs_g", "sugar_g", "fat_g", "sat_fat_g", "fiber_g", "salt_g")
MACROS = ("protein_g", "carbs_g", "fat_g")

# Plausible ranges (per 100 g/ml, and per entry).
KCAL_PER_100_MAX = 900.0  # pure fat: 9 kcal/g
GRAMS_PER_100_MAX = 100.0
ENTRY_MAX_G = 10_000.0  # more than 10 kg of one food in one entry is refused
SERVING_MAX_G = 5_000.0
NAME_MAX = 200
BRAND_MAX = 120
SERVING_NAME_MAX = 60  # foods.serving_name_de/_en
BARCODE_DIGITS = (8, 14)  # EAN-8 … GTIN-14
RECIPE_MAX_INGREDIENTS = 40
RECIPE_YIELD_MAX_G = 30_000.0  # a big pot
RECIPE_SERVINGS_MAX = 100

# The 4/4/9 rule (Atwater's general factors): kcal from protein, carbohydrates, fat.
ATWATER = {"protein_g": 4.0, "carbs_g": 4.0, "fat_g": 9.0}
# A label may round and leave out fibre and alcohol: macros giving more than
# this share above the stated kcal (and at least the margin) earn a warning.
ATWATER_TOLERANCE = 0.2
ATWATER_MARGIN_KCAL = 20.0

# BMR equations (energy.bmr); the last two need lean mass.
BMR_FORMULAS = ("mifflin_st_jeor", "harris_benedict", "katch_mcardle", "cunningham")
LEAN_MASS_FORMULAS = ("katch_mcardle", "cunningham")

# Activity levels and their factors on BMR (the common 1.2–1.9 scale,
# McArdle, Katch & Katch; FAO/WHO/UNU 2004 physical activity levels).
ACTIVITY_FACTORS = {
    "sedentary": 1.2,
    "light": 1.375,
    "moderate": 1.55,
    "active": 1.725,
    "very_active": 1.9,
}
DEFAULT_ACTIVITY = "light"
DEFAULT_PROTEIN_G_PER_KG = 1.6
PROTEIN_G_PER_KG_RANGE = (0.5, 3.0)

# Where a day's totals come from, most preferred first (the one-source rule).
TOTAL_SOURCES = ("entries", "manual", "imported")

NUTRITION_FEATURE = "nutrition_entries"

FEATURES: tuple[FeatureSeed, ...] = (
    FeatureSeed(
        id=NUTRITION_FEATURE,
        name=Text(de="Ernährungseinträge", en="Nutrition entries"),
        description=Text(
            de="Kalorien, Makronährstoffe und Wasser pro Tag erfassen.",
            en="Record daily calories, macronutrients and water.",
        ),
        category="tracking",
        default_limit=None,
        limit_type="total",
    ),
)

# Daily targets, each set by hand or derived (nutrition_targets), with the
# range a hand-set one must fall in.
TARGET_KEYS = ("kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "water_l")
TARGET_RANGES = {
    "kcal": (500, 10_000),
    "protein_g": (0, 1000),
    "carbs_g": (0, 1000),
    "fat_g": (0, 1000),
    "fiber_g": (0, 200),
    "water_l": (0, 20),
}
