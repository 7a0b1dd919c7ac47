"""SQLModel tables, one module per domain. Importing this package registers
every table on `SQLModel.metadata` (Alembic and the tests rely on that)."""

from mitai_app.accounts import models as accounts
from mitai_app.ai import models as ai
from mitai_app.body import models as tracking
from mitai_app.core import models as system
from mitai_app.goals import models as goals
from mitai_app.membership import models as membership

__all__ = ["accounts", "ai", "goals", "membership", "system", "tracking"]
