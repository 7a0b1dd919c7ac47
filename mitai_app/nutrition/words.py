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
from mitai_app.core.units import System, kg_to_lb
from mitai_app.nutrition.consts import TARGET_KEYS
from mitai_app.nutrition.daily import Week
from mitai_app.nutrition.portions import g_to_oz, ml_to_fl_oz
from mitai_app.nutrition.service import DayOverview, EntryRow, FoodRow, IngredientRow
from mitai_app.nutrition.slots import SlotRow
from mitai_app.nutrition.targets import TargetsView


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


def own_food_row(food: FoodRow, system: System) -> dict[str, str]:
    """A row of the Foods page: a food row with whether it is a recipe and
    its buttons' labels naming it."""

    def words(lang: str) -> dict[str, str]:
        name = food.name_de if lang == "de" else food.name_en
        return {
            "edit": translate("nutrition.edit_of", lang, name=name),
            "delete": translate("nutrition.delete_of", lang, name=name),
        }

    return {**food_row(food, system), "recipe": "1" if food.recipe else "", **in_both(words)}


def entry_row(entry: EntryRow, system: System) -> dict[str, str]:
    def words(lang: str) -> dict[str, str]:
        amount = quantity(entry.quantity, entry.basis, system, lang)
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


def litres(value: float | None, system: System, lang: str) -> str:
    return "" if value is None else quantity(value * 1000, "ml", system, lang)


def _value_words(key: str, value: float | None, system: System, lang: str) -> str:
    """A total or target of `key` (consts.TARGET_KEYS) as shown."""
    if key == "kcal":
        return kcal(value, lang)
    if key == "water_l":
        return litres(value, system, lang)
    return grams(value, lang)


def slot_rows(slots: list[SlotRow]) -> list[dict[str, str]]:
    """The day's meal slots: key, whether it is the profile's own, its name
    and its buttons' labels in both languages."""

    def row(slot: SlotRow) -> dict[str, str]:
        def words(lang: str) -> dict[str, str]:
            name = slot.name or translate(f"nutrition.slot.{slot.key}", lang)
            meal = name if slot.name or lang == "de" else name.lower()
            return {
                "name": name,
                "copy": translate("nutrition.copy_yesterday_of", lang, meal=meal),
                "rename": translate("nutrition.rename_slot_of", lang, meal=name),
                "delete": translate("nutrition.delete_slot_of", lang, meal=name),
            }

        return {"key": slot.key, "own": "1" if slot.name else "", **in_both(words)}

    return [row(slot) for slot in slots]


def week_rows(week: Week, targets: TargetsView | None, system: System) -> list[dict[str, str]]:
    """The week view's rows: each day oldest first, then the averages and
    the days on target; per key its value and "1" where on target."""
    rows = []
    for day in week.days:

        def words(lang: str, day=day) -> dict[str, str]:
            values = {
                key: _value_words(key, day.totals.get(key), system, lang) for key in TARGET_KEYS
            }
            return {"label": format_date_skeleton(day.date, lang, "EEEMMMd"), **values}

        hits = {f"{key}_hit": "1" if day.on_target.get(key) else "" for key in TARGET_KEYS}
        rows.append({"kind": "day", **hits, **in_both(words)})

    def averages(lang: str) -> dict[str, str]:
        values = {key: _value_words(key, week.averages[key], system, lang) for key in TARGET_KEYS}
        return {"label": translate("nutrition.week_average", lang), **values}

    def on_target(lang: str) -> dict[str, str]:
        values = {
            key: translate("nutrition.days_of", lang, count=week.on_target[key], days=7)
            if key in week.on_target
            else "–"
            for key in TARGET_KEYS
        }
        return {"label": translate("nutrition.week_on_target_row", lang), **values}

    blank = {f"{key}_hit": "" for key in TARGET_KEYS}
    rows.append({"kind": "average", **blank, **in_both(averages)})
    if targets is not None:
        rows.append({"kind": "on_target", **blank, **in_both(on_target)})
    return rows


def day_words(day: DayOverview, system: System) -> dict[str, str]:
    """The totals against the targets, the source of the totals, water and
    the adaptive TDEE, in both languages."""
    totals, targets = day.totals, day.targets
    water_l = day.water_ml / 1000

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
                kcal=kcal(week.averages["kcal"], lang),
                protein=grams(week.averages["protein_g"], lang),
            )
            if "kcal" in week.on_target:
                week_line += " " + translate(
                    "nutrition.week_on_target", lang, days=week.on_target["kcal"]
                )
        shown = {
            key: of(
                day_values[key],
                targets and targets.get(key),
                lambda v, lg, key=key: _value_words(key, v, system, lg),
                lang,
            )
            + (
                f" ({translate('nutrition.by_hand', lang)})"
                if targets is not None and key in targets.hand
                else ""
            )
            for key in TARGET_KEYS
        }
        return {
            "energy_out": _energy_out_words(day, lang),
            "week": week_line,
            "adaptive_weeks": weekly,
            **{_SHORT[key]: text for key, text in shown.items()},
            "source": translate(f"nutrition.source.{day.source or 'none'}", lang),
            "bmr": ""
            if targets is None or targets.bmr is None
            else translate(
                "nutrition.bmr_line",
                lang,
                bmr=kcal(targets.bmr, lang),
                formula=translate(f"nutrition.formula.{targets.formula}", lang),
                activity=translate(f"nutrition.activity.{targets.activity}", lang),
            ),
            "goal": _goal_words(targets, system, lang),
            "adaptive": tdee,
            "limitation": translate("nutrition.adaptive_limitation", lang),
        }

    day_values = {**{key: totals.get(key) or 0.0 for key in TARGET_KEYS}, "water_l": water_l}
    return {
        **{
            f"{_SHORT[key]}_pct": str(_progress(day_values[key], targets and targets.get(key)))
            for key in TARGET_KEYS
        },
        **in_both(words),
    }


# The day's words name each total by a short key ("protein", not "protein_g").
_SHORT = {key: key.removesuffix("_g").removesuffix("_l") for key in TARGET_KEYS}


def _energy_out_words(day: DayOverview, lang: str) -> str:
    if day.active_kcal is None:
        return ""
    active = kcal(day.active_kcal, lang)
    if day.energy_out is None:
        return translate("nutrition.active_only", lang, active=active)
    if day.active_source == "summary":
        return translate(
            "nutrition.energy_out_counted",
            lang,
            kcal=kcal(day.energy_out, lang),
            rest=kcal(day.energy_out - day.active_kcal, lang),
            active=active,
        )
    return translate(
        "nutrition.energy_out_line", lang, kcal=kcal(day.energy_out, lang), active=active
    )


def _goal_words(targets: TargetsView | None, system: System, lang: str) -> str:
    if targets is None or targets.goal_kg is None or targets.goal_kcal is None:
        return ""
    weight = (
        f"{format_number(kg_to_lb(targets.goal_kg), lang)} lb"
        if system == "imperial"
        else f"{format_number(targets.goal_kg, lang)} kg"
    )
    change = f"{'+' if targets.goal_kcal >= 0 else '−'}{kcal(abs(targets.goal_kcal), lang)}"
    line = translate(
        "nutrition.goal_line", lang, target=weight, kcal=change, tdee=kcal(targets.tdee, lang)
    )
    if targets.goal_limited:
        line += " " + translate("nutrition.goal_limited", lang)
    return line
