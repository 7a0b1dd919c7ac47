"""Locale formatting of numbers, dates, times and measured quantities (Babel).

The app speaks German (``"de"``) and English (``"en"``); any other language
code is formatted as English. Numbers are rounded half away from zero, like
``units.to_display``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.dates import format_time as babel_format_time
from babel.numbers import format_decimal

from mitai_app.core.text import LANGUAGES
from mitai_app.core.units import Quantity, System, round_half_up, to_display, unit_label

# English as en_GB rather than en_US: day-month order and a 24-hour clock are
# what most users outside the US expect, and what German speakers know too.
LOCALES = {"de": "de_DE", "en": "en_GB"}
DEFAULT_LANGUAGE = "en"
MISSING = "–"


def zone(name: str | None) -> ZoneInfo:
    """The IANA zone `name`; UTC when it is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def today_in(timezone: str | None) -> date:
    """The user's date now, in their time zone: a value entered late in the
    evening belongs to their day, not to UTC's."""
    return datetime.now(zone(timezone)).date()


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES[DEFAULT_LANGUAGE])


def format_number(value: float | None, lang: str, *, decimals: int = 1) -> str:
    """``82,5`` in German, ``82.5`` in English, with grouping; None -> ``–``."""
    if value is None:
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(round_half_up(value, decimals), format=pattern, locale=_locale(lang))


def format_signed(value: float | None, lang: str, *, decimals: int = 1) -> str:
    """A change with its direction: ``+0,30`` / ``-0.25``; a change that
    rounds to nothing has no sign (``0.00``); None -> ``–``."""
    if value is None:
        return MISSING
    rounded = round_half_up(value, decimals)
    text = format_number(abs(rounded), lang, decimals=decimals)
    if rounded > 0:
        return f"+{text}"
    return f"-{text}" if rounded < 0 else text


def format_range(
    low: float | None,
    high: float | None,
    lang: str,
    *,
    decimals: int | tuple[int, int] = 1,
    unit: str = "",
) -> str:
    """A reference range in the language's numbers: ``18,5–24,9 kg/m²``,
    ``< 18.5 kg/m²`` (no lower bound), ``≥ 40.0 kg/m²`` (no upper bound);
    `decimals` is one for both bounds or (low's, high's): ``8–19,9 %``."""
    low_decimals, high_decimals = decimals if isinstance(decimals, tuple) else (decimals,) * 2
    if low is None and high is None:
        raise ValueError("a range needs a bound")
    if low is None:
        text = f"< {format_number(high, lang, decimals=high_decimals)}"
    elif high is None:
        text = f"≥ {format_number(low, lang, decimals=low_decimals)}"
    else:
        text = (
            f"{format_number(low, lang, decimals=low_decimals)}–"
            f"{format_number(high, lang, decimals=high_decimals)}"
        )
    return f"{text} {unit}".strip()


def format_date(d: date, lang: str, *, style: Literal["short", "medium", "long"] = "medium") -> str:
    """E.g. medium: ``29.03.2026`` / ``29 Mar 2026``; long: ``29. März 2026``."""
    return babel_format_date(d, format=style, locale=_locale(lang))


def format_date_skeleton(d: date, lang: str, skeleton: str) -> str:
    """A date by a CLDR skeleton in the language's order and month names:
    ``"MMMd"`` -> ``3. Sept.`` / ``3 Sept``, ``"yMMM"`` -> ``Sept. 2026``."""
    return format_skeleton(skeleton, d, locale=_locale(lang))


def format_datetime(dt: datetime, lang: str, tz: str) -> str:
    """A UTC instant as date and time (to the minute) in the IANA zone ``tz``.

    A naive ``dt`` is taken as UTC: SQLite hands back stored UTC times naive.
    """
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    local = dt.astimezone(ZoneInfo(tz))
    locale = _locale(lang)
    # Babel's named datetime formats include seconds; the locale's own pattern
    # joins a medium date and a short time instead.
    joined = Locale.parse(locale).datetime_formats["medium"].replace("'", "")
    return joined.replace("{1}", babel_format_date(local, "medium", locale=locale)).replace(
        "{0}", babel_format_time(local, "short", locale=locale)
    )


def format_quantity(value_si: float | None, quantity: Quantity, system: System, lang: str) -> str:
    """A stored SI value with its unit in the user's system: ``82,5 kg``, ``181.9 lb``."""
    if value_si is None:
        return MISSING
    shown = format_number(to_display(value_si, quantity, system), lang)
    return f"{shown} {unit_label(quantity, system)}"


def browser_language(accept: str | None) -> str:
    """``"de"`` or ``"en"`` from navigator.language or an Accept-Language header."""
    ranked: list[tuple[float, str]] = []
    for part in (accept or "").split(","):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                weight = float(params[2:])
            except ValueError:
                continue
        primary = tag.strip().replace("_", "-").split("-")[0].lower()
        if primary in LOCALES and weight > 0:
            ranked.append((weight, primary))
    if not ranked:
        return DEFAULT_LANGUAGE
    # max() keeps the first of equal weights: the order the browser sent.
    return max(ranked, key=lambda item: item[0])[1]


def parse_decimal(text: str) -> float | None:
    """A number as typed, with a decimal comma or point ("82,5", "82.5");
    None for an empty field. Anything else raises ValueError."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return value


def as_typed(value: float, lang: str) -> str:
    """A value as the user would type it (one decimal, the language's
    decimal mark, no grouping), to pre-fill a field the parser reads back."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "de" else text


def in_both(compose: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """A view row in both languages: each key of `compose(lang)` once per
    language (`summary` -> `summary_de`, `summary_en`), so the page shows
    the reader's language and follows a switch without asking the server."""
    return {f"{key}_{lang}": text for lang in LANGUAGES for key, text in compose(lang).items()}
