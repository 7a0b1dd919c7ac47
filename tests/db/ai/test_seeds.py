"""The AI module's seed on SQLite and PostgreSQL: it inserts the default
prompts that are missing and leaves the admins' own rows alone."""

from __future__ import annotations

from sqlmodel import select

from mitai_app.ai.defaults import DEFAULT_PROMPTS
from mitai_app.ai.models import AiPrompt
from mitai_app.ai.seeds import seed


def test_the_seed_adds_only_missing_defaults_and_keeps_admin_edits(session):
    # The migrated test database is seeded already.
    assert seed(session) == {"ai_prompts": 0}
    rows = {row.slug: row for row in session.exec(select(AiPrompt))}
    assert {p.slug for p in DEFAULT_PROMPTS} <= rows.keys()

    session.delete(rows["nutrition"])
    rows["body_composition"].title = "Mein Körper"
    session.add(rows["body_composition"])
    session.flush()

    assert seed(session) == {"ai_prompts": 1}
    again = {row.slug: row for row in session.exec(select(AiPrompt))}
    assert again["body_composition"].title == "Mein Körper"
    restored = again["nutrition"]
    assert (restored.title, restored.sort_order) == ("Ernährung", 1)
    assert "{{protein_avg_7d}}" in restored.template
