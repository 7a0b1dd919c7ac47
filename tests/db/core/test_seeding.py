"""Reference data: seeded on start, and seeding again changes nothing."""

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select

from mitai_app.core import seeding
from mitai_app.core.db import create_db_engine
from mitai_app.core.models import Feature, Tier, TierLimit
from mitai_app.core.startup import migrate_and_seed
from mitai_app.goals.models import FocusAreaDefinition
from mitai_app.training.models import TrainingParameter, TrainingType
from tests.conftest import DIALECTS


def _snapshot(connection) -> dict[str, list[tuple]]:
    tables = (
        "tiers",
        "features",
        "tier_limits",
        "training_types",
        "focus_area_definitions",
        "goal_type_definitions",
        "training_parameters",
        "app_settings",
    )
    return {
        t: sorted(tuple(map(str, row)) for row in connection.execute(sa.text(f"SELECT * FROM {t}")))
        for t in tables
    }


@pytest.mark.parametrize("dialect", DIALECTS)
def test_seeding_twice_leaves_the_same_rows(throwaway_databases, dialect):
    engine = create_db_engine(throwaway_databases.new_url(dialect))
    with engine.begin() as connection:
        migrate_and_seed(connection)
    with engine.connect() as connection:
        first = _snapshot(connection)
    with engine.begin() as connection:
        migrate_and_seed(connection)
    with engine.connect() as connection:
        assert _snapshot(connection) == first
    engine.dispose()


def test_seeded_catalogue(session: Session):
    types = session.exec(select(TrainingType)).all()
    assert len(types) == 29
    assert len({t.category for t in types}) == 7
    assert all(t.name and t.name_en and len(t.abilities) == 7 for t in types)
    areas = session.exec(select(FocusAreaDefinition)).all()
    assert len(areas) == 26 and len({a.category for a in areas}) == 7
    assert {t.id for t in session.exec(select(Tier))} == {
        "free",
        "plus",
        "premium",
        "trial",
        "selfhosted",
    }
    features = session.exec(select(func.count()).select_from(Feature)).one()
    limits = session.exec(select(func.count()).select_from(TierLimit)).one()
    assert limits == 5 * features


def test_reseeding_keeps_what_an_admin_changed(session: Session):
    limit = session.exec(
        select(TierLimit).where(TierLimit.tier_id == "free", TierLimit.feature_id == "ai_calls")
    ).one()
    limit.limit_value = 42
    session.add(limit)
    session.delete(session.exec(select(TrainingType).where(TrainingType.key == "kendo")).one())
    session.commit()

    report = seeding.seed_reference_data(session=session)

    assert report.inserted["training_types"] == 1  # the deleted one comes back
    assert report.total == 1
    session.refresh(limit)
    assert limit.limit_value == 42


def test_every_module_seeds_its_rows_through_its_manifest(session: Session):
    by_id = {f.id: f for f in session.exec(select(Feature))}
    # Declared by the modules that charge them, not by membership.
    assert {"activity_entries", "goals", "circumference_entries"} <= set(by_id)
    assert by_id["goals"].name_en == "Goals" and by_id["goals"].default_limit == 3
    plus_goals = session.exec(
        select(TierLimit).where(TierLimit.tier_id == "plus", TierLimit.feature_id == "goals")
    ).one()
    assert plus_goals.limit_value == 10


def test_training_parameters_keep_both_descriptions(session: Session):
    parameter = session.exec(
        select(TrainingParameter).where(TrainingParameter.key == "min_duration_minutes")
    ).one()
    assert parameter.value == "10"
    assert parameter.description.startswith("Mindestdauer")
    assert parameter.description_en.startswith("Minimum duration")
