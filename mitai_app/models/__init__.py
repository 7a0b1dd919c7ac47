"""SQLModel tables, one module per domain. Importing this package registers
every table on `SQLModel.metadata` (Alembic and the tests rely on that)."""

from mitai_app.models import accounts, ai, goals, membership, system, tracking

__all__ = ["accounts", "ai", "goals", "membership", "system", "tracking"]
