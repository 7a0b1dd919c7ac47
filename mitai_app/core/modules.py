"""The module registry: every domain package and its manifest.

A package declares what it contributes in `MODULE` (its `__init__.py`):
pages, navigation entries, logs, Capture and dashboard cards, Profile
settings, seeds,
placeholders and strings, each as a `"module:attribute"` or module path
that is imported only when asked for. The app, the tab bar and "More",
Capture, History, the dashboard, the i18n merge, the placeholder registry,
seeding and Alembic's `env.py` iterate `modules()` instead of importing each
package (the Profile page its settings), so a new module is its folder plus
one line in `PACKAGES`.

Nothing here imports Reflex: a manifest names its pages by module path, and
only the web app (`mitai_app.mitai_app`) imports them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

# The one line a new module adds. Order is the order of the tab bar, "More",
# Capture, History and the dashboard where entries share a position.
PACKAGES: tuple[str, ...] = (
    "accounts",
    "membership",
    "body",
    "photos",
    "training",
    "nutrition",
    "recovery",
    "goals",
    "imports",
    "ai",
    "onboarding",
    "exports",
    "api",
    "shell",
)

NavPlace = Literal["tab", "more", "admin"]


@dataclass(frozen=True)
class NavEntry:
    """A link in the tab bar (phones) and sidebar, on "More", or in the
    admin pages' navigation; `order` sorts entries of one place."""

    route: str
    label_key: str
    place: NavPlace
    order: int
    icon: str = ""


@dataclass(frozen=True)
class Module:
    """What one domain package contributes. References are `"module:attr"`
    (or a module path for `pages`) resolved by `load()` when needed."""

    name: str
    depends: tuple[str, ...] = ()  # domain packages whose public names it imports
    models: str | None = None  # module holding its tables
    strings: str | None = None  # "module:CATALOG" with its UI texts
    placeholders: str | None = None  # module registering its AI placeholders
    seed: str | None = None  # "module:function(session) -> dict[str, int]"
    # "module:FEATURES", the core.reference.FeatureSeed it charges; membership seeds them.
    features: str | None = None
    pages: tuple[str, ...] = ()  # page modules (each registers with @page)
    nav: tuple[NavEntry, ...] = ()
    logs: str | None = None  # "module:LOGS", a tuple of core.logs.LogSpec
    capture: str | None = None  # "module:function() -> rx.Component", a Capture card
    # "module:SENDERS", {log id: core.offline.Sender}: its forms kept in the
    # browser while offline that are not a registered log's (e.g. a Sleep night).
    offline: str | None = None
    dashboard: str | None = None  # "module:function() -> rx.Component", a dashboard card
    # "module:function() -> rx.Component", a setting of its own on the Profile
    # page (it loads and saves itself), e.g. recovery's blood-pressure guideline.
    profile: str | None = None
    tasks: str | None = None  # "module:register", its task-queue tasks (mitai_app.worker)
    # Catalogue key of the front page's line about it, shown once it has pages.
    summary: str | None = None
    # "module:ROUTES", its HTTP routes (Starlette), e.g. owner-only downloads.
    routes: str | None = None
    # "module:function(*, session) -> int", run hourly to delete what expired.
    purge: str | None = None
    # "module:function(*, session, profile_id) -> core.weight_goal.WeightGoal | None":
    # the weight goal the profile follows, for modules that goals itself reads.
    weight_goal: str | None = None
    # "module:function(*, session, profile_id) -> str | None": a page to lead a
    # user to after signing in, in place of the dashboard (core.landing), e.g.
    # onboarding's first run while it is neither finished nor dismissed.
    after_sign_in: str | None = None
    # "module:function(*, session, profile_id, today) -> dict[str, int]": the
    # weekly targets in force (core.weekly_targets), for modules goals reads.
    weekly_targets: str | None = None
    # "module:function(*, session, profile_id, first, last) -> list[core.phases.PhaseBand]":
    # the confirmed training phases, which the modules goals reads shade on their charts.
    confirmed_phases: str | None = None
    # "module:function(*, session, profile_id, today, within_days) -> int | None":
    # the resting heart rate measured lately (core.resting_heart_rate), for
    # the modules the vitals' module itself reads.
    resting_heart_rate: str | None = None
    # Its tables with a profile_id that are account internals (sessions,
    # links, usage counters, grants) or kept from other rows (`rebuild`), not
    # the user's data: exports leave them out.
    internal_tables: tuple[str, ...] = ()
    # "module:function(*, session, profile_id) -> None": makes what it keeps
    # from a profile's rows again after a restore wrote them (uncommitted),
    # e.g. training's records, or onboarding counting the first run done.
    rebuild: str | None = None


def load(reference: str) -> Any:
    """`"package.module:attribute"` → the attribute; `"package.module"` → the module."""
    path, _, attribute = reference.partition(":")
    module = importlib.import_module(path)
    return getattr(module, attribute) if attribute else module


@cache
def modules() -> tuple[Module, ...]:
    found = []
    for package in PACKAGES:
        manifest = importlib.import_module(f"mitai_app.{package}").MODULE
        if manifest.name != package:
            raise RuntimeError(f"mitai_app.{package} declares itself as {manifest.name!r}")
        found.append(manifest)
    return tuple(found)


def contributions(field: str) -> list[tuple[Module, Any]]:
    """Every module's `field` that is set, loaded: `[(module, value), ...]`."""
    out = []
    for module in modules():
        reference = getattr(module, field)
        if reference:
            out.append((module, load(reference)))
    return out


def first_answer(field: str, **arguments: Any) -> Any:
    """What the first module publishing `field` that has an answer gives,
    called with `arguments` (a seam in core asking the module it may not
    import); None when none has one."""
    for _, read in contributions(field):
        found = read(**arguments)
        if found:
            return found
    return None


def nav_entries(place: NavPlace) -> list[NavEntry]:
    entries = [entry for module in modules() for entry in module.nav if entry.place == place]
    return sorted(entries, key=lambda entry: entry.order)


def with_pages() -> frozenset[str]:
    """The modules a user can open. Only these are promised anywhere (front
    page, manifest, Subscription, Analysis): a module without pages has its
    tables, but nobody can enter its data yet."""
    return frozenset(module.name for module in modules() if module.pages)


def offered_features() -> frozenset[str]:
    """The feature ids (`core.reference.FeatureSeed`) declared by modules
    with pages; the others wait for their module's pages."""
    return frozenset(
        feature.id
        for module, features in contributions("features")
        if module.name in with_pages()
        for feature in features
    )


def summaries() -> list[str]:
    """The front page's lines: each module with pages that describes itself."""
    return [m.summary for m in modules() if m.summary and m.name in with_pages()]


def import_models() -> None:
    """Registers every table on `SQLModel.metadata` (Alembic, start-up, tests):
    core's own (settings, access) and each module's."""
    importlib.import_module("mitai_app.core.models")
    for module in modules():
        if module.models:
            load(module.models)


def exported_tables() -> list[Any]:
    """The tables of a profile's data (a `profile_id` column) in the order
    their foreign keys need, but the account internals modules name
    (`internal_tables`): what an export, restore and CSV download cover."""
    from sqlmodel import SQLModel  # here: the registry itself loads no ORM until asked

    import_models()
    internal = {name for module in modules() for name in module.internal_tables}
    return [
        table
        for table in SQLModel.metadata.sorted_tables
        if "profile_id" in table.c and table.name not in internal
    ]


@cache
def table_modules() -> dict[str, str]:
    """Which module declares each table (by the table's name)."""
    import_models()
    found: dict[str, str] = {}
    for module in modules():
        if module.models:
            for value in vars(importlib.import_module(module.models)).values():
                table = getattr(value, "__table__", None)
                if table is not None and getattr(value, "__module__", "") == module.models:
                    found[table.name] = module.name
    return found


def import_pages() -> None:
    """Imports every page module, which registers its routes (web app only)."""
    for module in modules():
        for page in module.pages:
            load(page)
