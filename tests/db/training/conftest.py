"""The training db tests share core's fixtures (the feature ids charged)."""

import pytest

from mitai_app.training import type_catalogue
from tests.db.core.conftest import charged  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_type_catalogue():
    """Each test rolls its changes back: the kept types must not outlive it."""
    type_catalogue.forget()
    yield
    type_catalogue.forget()
