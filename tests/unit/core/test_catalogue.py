"""The UI catalogue: every key the code uses exists in both languages with
the same {placeholders}, and no key sits there unused."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from mitai_app.core.i18n import CATALOG
from mitai_app.core.text import Text

APP = Path(__file__).resolve().parents[3] / "mitai_app"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _code_files() -> list[Path]:
    return [p for p in APP.rglob("*.py") if p.name != "strings.py"]


def _literals_and_prefixes() -> tuple[set[str], set[str]]:
    """Every string constant in the code, and the constant beginnings of
    f-strings (`f"body.site.{site}"` uses every `body.site.*` key)."""
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.JoinedStr):
                first = node.values[0] if node.values else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    prefixes.add(first.value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    return literals, prefixes


def test_every_text_has_both_languages_with_the_same_placeholders():
    for key, text in CATALOG.items():
        assert isinstance(text, Text), key
        assert text.de.strip() and text.en.strip(), f"{key} is empty in a language"
        assert _fields(text.de) == _fields(text.en), f"{key}: {{placeholders}} differ"


# Calls whose first argument is a catalogue key.
KEY_TAKERS = {"t", "translate", "message", "UserError", "empty_state"}


def _named_keys() -> set[str]:
    keys: set[str] = set()
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in KEY_TAKERS and isinstance(first, ast.Constant):
                keys.add(first.value)
    return keys


def test_every_key_the_code_names_exists():
    missing = sorted(key for key in _named_keys() if key not in CATALOG)
    assert not missing, f"keys used in code but not in any catalogue: {missing}"


def test_no_key_is_unused():
    literals, prefixes = _literals_and_prefixes()
    prefixes = {p for p in prefixes if "." in p}
    unused = sorted(
        key
        for key in CATALOG
        if key not in literals and not any(key.startswith(prefix) for prefix in prefixes)
    )
    assert not unused, f"catalogue keys no code uses: {unused}"
