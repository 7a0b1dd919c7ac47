"""Placeholders for AI prompt templates: ``{{weight_avg_7d}}`` in a prompt
becomes the profile's value, e.g. ``82,4 kg``.

This is the engine; the placeholders themselves live in their domains
(``<package>/placeholders.py``, named by the package's manifest). A domain
registers each placeholder with ``add``: its name, what it means (German and
English description, unit, the window of days it looks at) and a pure
function that computes it from a ``ProfileData`` snapshot and the user's
``today``. It registers with ``add_loader`` its part of the snapshot: a
function that reads its own rows of one profile, and the tables whose
all-time counts its placeholders need.

Values stay in the SI/metric units they are stored in (the AI reads them);
``format_value`` turns a value into the text put into the prompt, in the
user's language. Data a profile lacks gives None, shown as "keine Daten" /
"no data": never a crash and never a made-up number.

Windows count calendar days up to and including ``today``: "7 days" is
today and the six days before it. Entries dated after ``today`` are ignored.
Counts are 0 when the profile keeps that log but has nothing in the window,
and None (no data) when it has never logged anything there.
"""

from __future__ import annotations

import re
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core.formatting import format_date, format_number
from mitai_app.core.formatting import zone as local_zone
from mitai_app.core.modules import contributions
from mitai_app.core.records import as_uuid
from mitai_app.core.text import Text

PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_.]+)\s*\}\}")
NO_DATA = Text(de="keine Daten", en="no data")


# --- templates ----------------------------------------------------------------------------


def referenced(template: str) -> list[str]:
    """The placeholder names in ``template``, each once, in order of first use."""
    return list(dict.fromkeys(PLACEHOLDER.findall(template)))


def unknown(template: str, known: Iterable[str]) -> list[str]:
    """The names ``template`` uses that are not in ``known``, in order of first use."""
    names = set(known)
    return [name for name in referenced(template) if name not in names]


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with every ``{{name}}`` replaced by ``values[name]``; a name
    missing from ``values`` is left as written (callers validate first)."""
    return PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


# --- values and their display -------------------------------------------------------------

# A Text reads differently in German and English (a category, a list of
# goals); numbers inside it are already formatted for each language.
Value = float | int | str | date | Text | None

# Decimals shown per unit; other numbers: whole numbers as they are, other
# values with two decimals below 10 and one from 10 on.
_DECIMALS = {
    "kg": 1,
    "cm": 1,
    "%": 1,
    "kg/m²": 1,
    "kg/week": 2,
    "kcal": 0,
    "g": 0,
    "g/kg": 1,
    "l": 1,
    "h": 1,
    "min": 0,
    "bpm": 0,
    "ms": 0,
    "mmHg": 0,
    "ml/kg/min": 1,
    "years": 0,
    "km": 1,
    "/min": 0,
    "pts": 0,
}


def _decimals(value: float | int, unit: str) -> int:
    if unit in _DECIMALS:
        return _DECIMALS[unit]
    if isinstance(value, int):
        return 0
    return 2 if abs(value) < 10 else 1


def format_number_in(value: float | int, unit: str, lang: str) -> str:
    """A number rounded for ``unit`` with the language's decimal separator,
    followed by the unit (if any): ``82,4 kg``, ``0.52``."""
    number = format_number(value, lang, decimals=_decimals(value, unit))
    return f"{number} {unit}" if unit else number


def format_value(value: Value, unit: str, lang: str) -> str:
    """The text a prompt shows for ``value``: None -> "keine Daten"/"no data";
    numbers rounded (see ``_DECIMALS``) with the language's decimal separator
    and the unit; dates in the language's medium format; texts as they are,
    with the unit if one is named."""
    if value is None:
        return NO_DATA.pick(lang)
    if isinstance(value, Text):
        return value.pick(lang)
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, str):
        return f"{value} {unit}" if unit else value
    return format_number_in(value, unit, lang)


# --- the data a profile has ---------------------------------------------------------------


@dataclass(frozen=True)
class ProfileData:
    """What the placeholders are computed from: each module's part by module
    name (its loader's result; a module reads its own part and treats a
    missing one as empty), and the all-time entry counts of the logs the
    modules count (``totals`` by table name)."""

    parts: Mapping[str, Any] = field(default_factory=dict)
    totals: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Scope:
    """What a loader reads: one profile's rows up to its ``today``, whose
    local time zone is ``zone``."""

    session: Session
    profile_id: uuid.UUID
    today: date
    zone: ZoneInfo


Compute = Callable[[ProfileData, date], Value]


@dataclass(frozen=True)
class PlaceholderInfo:
    name: str
    description_de: str
    description_en: str
    unit: str  # "" if none
    window: str  # "latest", "7 days", "30 days", "90 days", "365 days", "all"


@dataclass(frozen=True)
class Placeholder:
    info: PlaceholderInfo
    compute: Compute


@dataclass(frozen=True)
class Loader:
    module: str  # the key of its part in ProfileData.parts
    load: Callable[[Scope], Any]
    counted: tuple[Any, ...] = ()  # tables (with profile_id) counted for ProfileData.totals


class Registry(Mapping[str, Placeholder]):
    """Every placeholder by name, filled on first use by importing each
    module's placeholders (the manifests' `placeholders`)."""

    def __init__(self) -> None:
        self._entries: dict[str, Placeholder] = {}
        self._loaders: dict[str, Loader] = {}
        self._owners: dict[str, str] = {}
        self._discovered = False

    def _discover(self) -> None:
        if self._discovered:
            return
        self._discovered = True
        contributions("placeholders")  # importing a module registers its placeholders

    def add(self, placeholder: Placeholder, *, owner: str = "") -> None:
        name = placeholder.info.name
        if not _NAME.fullmatch(name) or name in self._entries:
            raise ValueError(f"placeholder name {name!r} is invalid or taken")
        self._entries[name] = placeholder
        self._owners[name] = owner

    def owner(self, name: str) -> str | None:
        """The module that registered the placeholder; None for no placeholder."""
        self._discover()
        return self._owners.get(name)

    def add_loader(self, loader: Loader) -> None:
        if loader.module in self._loaders:
            raise ValueError(f"module {loader.module!r} has a loader already")
        self._loaders[loader.module] = loader

    def loaders(self) -> list[Loader]:
        self._discover()
        return list(self._loaders.values())

    def __getitem__(self, name: str) -> Placeholder:
        self._discover()
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        self._discover()
        return iter(self._entries)

    def __len__(self) -> int:
        self._discover()
        return len(self._entries)


REGISTRY = Registry()
_NAME = re.compile(r"[a-z0-9_]+")


def add(name: str, unit: str, window: str, de: str, en: str, compute: Compute) -> None:
    """Registers a placeholder (in its module's `placeholders.py`, which
    makes it that module's: `mitai_app.<module>.placeholders`)."""
    caller = sys._getframe(1).f_globals.get("__name__", "").split(".")
    owner = caller[1] if len(caller) > 2 and caller[0] == "mitai_app" else ""
    REGISTRY.add(Placeholder(PlaceholderInfo(name, de, en, unit, window), compute), owner=owner)


def owner(name: str) -> str | None:
    """The module a placeholder belongs to (None: `name` is no placeholder,
    e.g. a pipeline stage's output)."""
    return REGISTRY.owner(name)


def add_loader(module: str, load: Callable[[Scope], Any], *, counted: Sequence[Any] = ()) -> None:
    """Registers a module's part of the loader: ``load(scope)`` becomes
    ``ProfileData.parts[module]``; ``counted`` tables get all-time counts."""
    REGISTRY.add_loader(Loader(module, load, tuple(counted)))


def window(days: int | None) -> str:
    return "all" if days is None else f"{days} days"


def value_of(name: str, data: ProfileData, today: date) -> Value:
    """Another placeholder's value: how a module reads a value another
    module computes, without importing it."""
    return REGISTRY[name].compute(data, today)


# --- helpers over rows --------------------------------------------------------------------

RowsOf = Callable[[ProfileData], Sequence[Any]]


def within(rows: Iterable[Any], today: date, days: int) -> list[Any]:
    """The rows dated in the ``days`` calendar days up to and including today."""
    start = today - timedelta(days=days - 1)
    return [row for row in rows if start <= row.date <= today]


def _values(rows: Iterable[Any], attr: str) -> list[float]:
    return [float(v) for v in (getattr(row, attr) for row in rows) if v is not None]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def latest_row(rows: Iterable[Any], attr: str | None, today: date) -> Any:
    """The newest row up to today (where ``attr`` is set, if named); of rows
    on the same day the later one in ``rows`` counts as newer."""
    best = None
    for row in rows:
        recorded = attr is None or getattr(row, attr) is not None
        if recorded and row.date <= today and (best is None or row.date >= best.date):
            best = row
    return best


def keeps(data: ProfileData, table: str, rows: Sequence[Any]) -> bool:
    """Whether the profile has ever logged anything in ``table``."""
    return bool(rows) or data.totals.get(table, 0) > 0


def safe(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``function``'s result, or None when an input is missing or refused
    (formulas raise ValueError outside their plausible ranges)."""
    if any(value is None for value in (*args, *kwargs.values())):
        return None
    try:
        return function(*args, **kwargs)
    except ValueError:
        return None


@dataclass(frozen=True)
class Day:
    """A day and, where it has one, its total."""

    date: date
    value: float | None = None


# Builders of compute functions, shared by every log.


def latest_of(rows_of: RowsOf, attr: str) -> Compute:
    def compute(data: ProfileData, today: date) -> float | None:
        row = latest_row(rows_of(data), attr, today)
        return None if row is None else float(getattr(row, attr))

    return compute


def latest_date_of(rows_of: RowsOf, attr: str | None = None) -> Compute:
    def compute(data: ProfileData, today: date) -> date | None:
        row = latest_row(rows_of(data), attr, today)
        return None if row is None else row.date

    return compute


def avg(rows_of: RowsOf, attr: str, days: int, scale: float = 1.0) -> Compute:
    def compute(data: ProfileData, today: date) -> float | None:
        mean = _mean(_values(within(rows_of(data), today, days), attr))
        return None if mean is None else mean * scale

    return compute


def extreme(rows_of: RowsOf, attr: str, days: int, pick: Callable[..., float]) -> Compute:
    return lambda d, t: pick(_values(within(rows_of(d), t, days), attr), default=None)


def change(rows_of: RowsOf, attr: str, days: int) -> Compute:
    """Last minus first value of ``attr`` within the window (needs two entries)."""

    def compute(data: ProfileData, today: date) -> float | None:
        points = sorted(
            (row.date, float(v))
            for row in within(rows_of(data), today, days)
            if (v := getattr(row, attr)) is not None
        )
        return points[-1][1] - points[0][1] if len(points) >= 2 else None

    return compute


def count(
    table: str, rows_of: RowsOf, days: int, keep: Callable[[Any], bool] | None = None
) -> Compute:
    """Rows in the window (those ``keep`` accepts); 0 for a log kept but empty
    in the window, None for a log never kept."""

    def compute(data: ProfileData, today: date) -> int | None:
        rows = rows_of(data)
        if not keeps(data, table, rows):
            return None
        return sum(1 for row in within(rows, today, days) if keep is None or keep(row))

    return compute


def total(
    table: str, rows_of: RowsOf, attr: str, days: int, keep: Callable[[Any], bool] | None = None
) -> Compute:
    """The sum of ``attr`` in the window: 0 when the window has no rows, None
    when its rows do not record ``attr`` (or the log was never kept)."""

    def compute(data: ProfileData, today: date) -> float | None:
        rows = rows_of(data)
        if not keeps(data, table, rows):
            return None
        window_rows = [row for row in within(rows, today, days) if keep is None or keep(row)]
        values = _values(window_rows, attr)
        if window_rows and not values:
            return None
        return sum(values)

    return compute


def all_time(table: str) -> Compute:
    """The all-time number of entries in ``table`` (None for none)."""
    return lambda d, t: d.totals.get(table) or None


# --- loading ------------------------------------------------------------------------------


def num(value: object) -> float | None:
    """Numeric columns come back as Decimal on PostgreSQL."""
    return None if value is None else float(value)


def recent(scope: Scope, model: Any, columns: Sequence[Any], days: int) -> Sequence[Any]:
    """``columns`` of the profile's rows in ``model`` dated in the ``days``
    before today on, plus its newest row however old (for the "latest"
    placeholders), oldest first."""
    since = scope.today - timedelta(days=days)
    newest = (
        sa.select(sa.func.max(model.date))
        .where(model.profile_id == scope.profile_id)
        .scalar_subquery()
    )
    query = (
        sa.select(*columns)
        .where(
            model.profile_id == scope.profile_id,
            sa.or_(model.date >= since, model.date == newest),
        )
        .order_by(model.date)
    )
    return scope.session.execute(query).all()


def _totals(session: Session, profile_id: uuid.UUID, models: Sequence[Any]) -> dict[str, int]:
    """All-time entry counts of every counted log, in one query."""
    if not models:
        return {}
    query = sa.union_all(
        *(
            sa.select(sa.literal(model.__tablename__).label("log"), sa.func.count()).where(
                model.profile_id == profile_id
            )
            for model in models
        )
    )
    return {log: n for log, n in session.execute(query).all()}


def load_profile_data(
    *, session: Session, profile_id: uuid.UUID | str, today: date | None = None
) -> tuple[ProfileData, date]:
    """The profile's data as the registry reads it, every module loading its
    own part, and the ``today`` used (the profile's local date unless given)."""
    owner = as_uuid(profile_id)
    timezone = session.execute(sa.select(Profile.timezone).where(Profile.id == owner)).scalar()
    zone = local_zone(timezone)
    today = today or datetime.now(zone).date()
    scope = Scope(session=session, profile_id=owner, today=today, zone=zone)
    loaders = REGISTRY.loaders()
    parts = {loader.module: loader.load(scope) for loader in loaders}
    counted = [model for loader in loaders for model in loader.counted]
    return ProfileData(parts=parts, totals=_totals(session, owner, counted)), today


def compute_values(
    *, session: Session, profile_id: uuid.UUID | str, lang: str, today: date | None = None
) -> dict[str, str]:
    """Every registered placeholder of the profile as the text a prompt shows
    ("keine Daten"/"no data" where the profile lacks the data)."""
    data, today = load_profile_data(session=session, profile_id=profile_id, today=today)
    return {
        name: format_value(placeholder.compute(data, today), placeholder.info.unit, lang)
        for name, placeholder in REGISTRY.items()
    }


def catalog() -> list[PlaceholderInfo]:
    """Every registered placeholder's description, sorted by name."""
    return [REGISTRY[name].info for name in sorted(REGISTRY)]
