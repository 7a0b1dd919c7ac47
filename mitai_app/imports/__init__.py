"""Data in: files from other apps and devices imported in the background
on the task queue (Apple Health's export first), with progress, history,
a report of what was skipped, and undo."""

from mitai_app.core.modules import Module, NavEntry
from mitai_app.imports.consts import IMPORTS

MODULE = Module(
    name="imports",
    # The tables it writes into.
    depends=("accounts", "body", "nutrition", "recovery", "training"),
    models="mitai_app.imports.models",
    features="mitai_app.imports.consts:FEATURES",
    strings="mitai_app.imports.strings:CATALOG",
    pages=("mitai_app.imports.pages.imports",),
    summary="imports.summary",
    nav=(NavEntry(IMPORTS, "nav.imports", "more", 60, icon="upload"),),
    tasks="mitai_app.imports.tasks:register",
)
