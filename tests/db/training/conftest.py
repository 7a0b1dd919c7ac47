"""The training db tests share core's fixtures (the feature ids charged)."""

from tests.db.core.conftest import charged  # noqa: F401
