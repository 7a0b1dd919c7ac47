"""The AI module's seed: the default prompts an installation starts with.

Idempotent like every seed: a prompt whose slug exists is left alone (admins
own the rows once they are there), so only missing defaults are inserted.
The caller commits.
"""

from __future__ import annotations

from sqlmodel import Session

from mitai_app.ai.defaults import DEFAULT_PROMPTS
from mitai_app.ai.models import AiPrompt
from mitai_app.ai.prompts import stages_json
from mitai_app.core.seeding import insert_missing


def seed(session: Session) -> dict[str, int]:
    """Inserts the default prompts that are missing; the count by table."""
    inserted = insert_missing(
        session,
        AiPrompt,
        "slug",
        (
            AiPrompt(
                slug=p.slug,
                title=p.title,
                type=p.type,
                category=p.category,
                description=p.description,
                template=p.template or None,
                template_en=p.template_en or None,
                output_format=p.output_format,
                output_schema=p.output_schema,
                stages=stages_json(p.stages) if p.stages else None,
                model=p.model or None,
                sort_order=sort_order,
            )
            for sort_order, p in enumerate(DEFAULT_PROMPTS)
        ),
    )
    return {AiPrompt.__tablename__: inserted}
