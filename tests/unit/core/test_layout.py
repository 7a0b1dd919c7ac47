"""The package layout holds: Reflex only in pages and ui, no page imports
another page, a package imports only core, ui and the domains its manifest
names, those dependencies point one way, and a domain's words stay in its
package."""

from __future__ import annotations

import ast
import graphlib
import re
from pathlib import Path

import pytest

from mitai_app.core.modules import PACKAGES, modules

APP = Path(__file__).resolve().parents[3] / "mitai_app"
SHARED = {"core", "ui"}
# Every row belongs to a profile and every page asks who is signed in, so
# the shared layers may read the accounts domain's public names.
FOUNDATION = {"accounts"}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def _is_page(path: Path) -> bool:
    return "pages" in path.relative_to(APP).parts


def _page_modules() -> set[str]:
    """The page modules the manifests name (a `pages/` folder may also hold
    a page's helpers, such as a state mixin two pages share)."""
    return {page for module in modules() for page in module.pages}


def _module_name(path: Path) -> str:
    return "mitai_app." + ".".join(path.relative_to(APP).with_suffix("").parts)


def test_reflex_only_in_pages_and_ui():
    offenders = [
        str(path.relative_to(APP))
        for path in _python_files(APP)
        if any(name == "reflex" or name.startswith("reflex.") for name in _imports(path))
        and not _is_page(path)
        and path.relative_to(APP).parts[0] != "ui"
        and path.name != "mitai_app.py"
    ]
    assert not offenders, f"Reflex outside pages and ui: {offenders}"


def test_no_page_imports_another_page():
    pages = _page_modules()
    offenders = []
    for path in _python_files(APP):
        if _module_name(path) not in pages:
            continue
        for name in _imports(path):
            if name in pages or name.rsplit(".", 1)[0] in pages:
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, offenders


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_core_ui_and_its_dependencies(package):
    manifest = next(m for m in modules() if m.name == package)
    allowed = SHARED | {package, *manifest.depends}
    offenders = []
    for path in _python_files(APP / package):
        for name in _imports(path):
            parts = name.split(".")
            is_domain = parts[0] == "mitai_app" and len(parts) > 1 and parts[1] in PACKAGES
            if is_domain and parts[1] not in allowed:
                offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, offenders


def test_the_modules_depend_on_each_other_one_way():
    """A module needing something of one that depends on it reads it through
    a seam in core (core.weight_goal, core.resting_heart_rate, ...)."""
    graph = {module.name: set(module.depends) for module in modules()}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as cycle:
        pytest.fail("modules depending on each other in a circle: " + " -> ".join(cycle.args[1]))


def test_core_and_ui_import_no_domain_but_accounts():
    offenders = []
    for shared in SHARED:
        for path in _python_files(APP / shared):
            for name in _imports(path):
                parts = name.split(".")
                if (
                    parts[0] == "mitai_app"
                    and len(parts) > 1
                    and parts[1] in PACKAGES
                    and parts[1] not in FOUNDATION
                ):
                    offenders.append(f"{path.relative_to(APP)} imports {name}")
    assert not offenders, offenders


# A domain's own words, which no other package's code may use.
DOMAIN_WORDS = {"body": re.compile(r"circumference|skinfold|caliper", re.IGNORECASE)}
# user_stats is the data model's per-profile aggregate with one counter
# column per domain (total_circumference_entries, ...); nothing writes it yet.
WORDS_ALLOWED_IN = {"accounts/models.py"}


@pytest.mark.parametrize("owner", sorted(DOMAIN_WORDS))
def test_domain_words_stay_in_their_package(owner):
    pattern = DOMAIN_WORDS[owner]
    offenders = [
        str(path.relative_to(APP))
        for path in _python_files(APP)
        if path.relative_to(APP).parts[0] != owner
        and str(path.relative_to(APP)) not in WORDS_ALLOWED_IN
        and pattern.search(path.read_text())
    ]
    assert not offenders, f"{owner}'s words outside {owner}/: {offenders}"
