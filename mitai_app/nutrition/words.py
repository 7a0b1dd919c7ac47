"""The nutrition pages' words: the service's results as display rows in
both languages (core.formatting.in_both), so a page follows the language
switch without asking the server. Amounts follow the profile's units (oz and
fl oz for imperial)."""

from __future__ import annotations

from datetime import date, timedelta

from mitai_app.core.formatting import (
    format_date,
    format_date_skeleton,
    format_number,
    in_both,
)
from mitai_app.core.i18n import translate
from mitai_app.core.units import System
from mitai_app.nutrition.portions import g_to_oz, ml_to_fl_oz
from mitai_app.nutrition.service import DayOverview, EntryRow, FoodRow, IngredientRow


def quantity(amount: float | None, basis: str, system: System, lang: str) -> str:
    """ "150 g", "5.3 oz", "200 ml", "6.8 fl oz"."""
    if amount is None:
        return ""
    if system == "imperial":
        converted = g_to_oz(amount) if basis == "g" else ml_to_fl_oz(amount)
        return f"{format_number(converted, lang)} {'oz' if basis == 'g' else 'fl oz'}"
    return f"{format_number(amount, lang, decimals=0)} {basis}"


def kcal(value: float | None, lang: str) -> str:
    return "" if value is None else f"{format_number(value, lang, decimals=0)} kcal"


def grams(value: float | None, lang: str) -> str:
    return "" if value is None else f"{format_number(value, lang, decimals=0)} g"


def food_row(food: FoodRow, system: System) -> dict[str, str]:
    """A search result: id, name, what 100 g/ml hold, the serving, a warning."""

    def words(lang: str) -> dict[str, str]:
        name = food.name_de if lang == "de" else food.name_en
        values = food.values
        detail = translate(
            "nutrition.per_100",
            lang,
            basis=food.basis,
            kcal=kcal(values["kcal"], lang),
            protein=grams(values["protein_g"], lang),
        )
        serving = food.serving_de if lang == "de" else food.serving_en
        if food.serving_amount:
            amount = quantity(food.serving_amount, food.basis, system, lang)
            detail += f" · {serving or translate('nutrition.unit.serving', lang)} = {amount}"
        if food.brand:
            name = f"{name} ({food.brand})"
        return {"name": name, "detail": detail}

    return {
        "id": food.id,
        "basis": food.basis,
        "serving": "1" if food.serving_amount else "",
        "warning": "1" if food.warning else "",
        "favourite": "1" if food.favourite else "",
        "own": "1" if food.own else "",
        **in_both(words),
    }


def entry_row(entry: EntryRow, system: System) -> dict[str, str]:
    def words(lang: str) -> dict[str, str]:
        amount = quantity(
            entry.quantity, "ml" if entry.unit in ("ml", "fl_oz") else "g", system, lang
        )
        if entry.unit == "serving" and entry.amount is not None:
            amount = (
                f"{format_number(entry.amount, lang, decimals=_decimals(entry.amount))} × "
                f"{translate('nutrition.unit.serving', lang)} ({amount})"
            )
        return {"amount": amount, "kcal": kcal(entry.values["kcal"], lang)}

    return {"id": entry.id, "slot": entry.slot, "name": entry.name, **in_both(words)}


def ingredient_row(ingredient: IngredientRow, system: System) -> dict[str, str]:
    """An ingredient of a recipe being put together, with what to send back
    on saving (food, amount as typed, unit)."""

    def words(lang: str) -> dict[str, str]:
        return {
            "amount": quantity(ingredient.quantity, ingredient.basis, system, lang),
            "kcal": kcal(ingredient.kcal, lang),
        }

    return {
        "food_id": ingredient.food_id,
        "name": ingredient.name,
        "typed": repr(ingredient.amount),
        "unit": ingredient.unit,
        **in_both(words),
    }


def day_title(day: date, today: date) -> dict[str, str]:
    """ "Today", "Yesterday" or the date, in both languages."""

    def words(lang: str) -> dict[str, str]:
        if day == today:
            return {"title": translate("nutrition.today", lang)}
        if day == today - timedelta(days=1):
            return {"title": translate("nutrition.yesterday", lang)}
        return {"title": format_date(day, lang)}

    return in_both(words)


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else 1


def _progress(value: float, target: float | None) -> int:
    if not target:
        return 0
    return max(0, min(100, round(value / target * 100)))


def day_words(day: DayOverview, system: System) -> dict[str, str]:
    """The totals against the targets, the source of the totals, water and
    the adaptive TDEE, in both languages."""
    totals, targets = day.totals, day.targets

    def of(value: float, target: float | None, unit_words, lang: str) -> str:
        shown = unit_words(value, lang)
        if target is None:
            return shown
        return translate("nutrition.of_target", lang, value=shown, target=unit_words(target, lang))

    def words(lang: str) -> dict[str, str]:
        adaptive = day.adaptive
        if adaptive.kcal is None:
            tdee = translate("nutrition.adaptive_waiting", lang, days=adaptive.days, needed=14)
        else:
            tdee = translate(
                "nutrition.adaptive_value",
                lang,
                kcal=kcal(adaptive.kcal, lang),
                days=adaptive.days,
                first=format_date(adaptive.first, lang),
                last=format_date(adaptive.last, lang),
            )
        water = day.water_ml
        weekly = ""
        if any(kcal_then is not None for _, kcal_then in day.adaptive_weeks):
            weekly = translate(
                "nutrition.adaptive_weeks",
                lang,
                weeks=" · ".join(
                    f"{format_date_skeleton(end, lang, 'MMMd')}: "
                    f"{kcal(value, lang) if value is not None else '–'}"
                    for end, value in day.adaptive_weeks
                ),
            )
        week = day.week
        week_line = ""
        if week.days_logged:
            week_line = translate(
                "nutrition.week_line",
                lang,
                days=week.days_logged,
                kcal=kcal(week.kcal, lang),
                protein=grams(week.protein_g, lang),
            )
            if week.on_target is not None:
                week_line += " " + translate("nutrition.week_on_target", lang, days=week.on_target)
        energy_out = ""
        if day.energy_out is not None and day.active_kcal is not None:
            energy_out = translate(
                "nutrition.energy_out_line",
                lang,
                kcal=kcal(day.energy_out, lang),
                active=kcal(day.active_kcal, lang),
            )
        return {
            "energy_out": energy_out,
            "week": week_line,
            "adaptive_weeks": weekly,
            "kcal": of(totals["kcal"], targets and targets.kcal, kcal, lang),
            "protein": of(totals["protein_g"], targets and targets.protein_g, grams, lang),
            "carbs": grams(totals["carbs_g"], lang),
            "fat": grams(totals["fat_g"], lang),
            "fiber": grams(totals["fiber_g"], lang),
            "water": quantity(water, "ml", system, lang)
            if water
            else quantity(0, "ml", system, lang),
            "source": translate(f"nutrition.source.{day.source or 'none'}", lang),
            "bmr": ""
            if targets is None
            else translate(
                "nutrition.bmr_line",
                lang,
                bmr=kcal(targets.bmr, lang),
                formula=translate(f"nutrition.formula.{targets.formula}", lang),
                activity=translate(f"nutrition.activity.{targets.activity}", lang),
            ),
            "adaptive": tdee,
            "limitation": translate("nutrition.adaptive_limitation", lang),
        }

    return {
        "kcal_pct": str(_progress(totals["kcal"], targets and targets.kcal)),
        "protein_pct": str(_progress(totals["protein_g"], targets and targets.protein_g)),
        **in_both(words),
    }
