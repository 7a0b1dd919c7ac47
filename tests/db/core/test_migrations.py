"""Migrations build the spec's schema on empty SQLite and PostgreSQL databases,
agree with the models, and go back down to nothing."""

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from mitai_app.core import migrations
from mitai_app.core.db import create_db_engine
from tests.conftest import DIALECTS
from tests.db.spec import (
    SPEC_FOREIGN_KEYS,
    SPEC_PRIMARY_KEYS,
    SPEC_TABLES,
    SPEC_UNIQUE,
)


@pytest.fixture(scope="module", params=DIALECTS)
def upgraded(request, throwaway_databases):
    """An empty database of each dialect, upgraded to head (not seeded)."""
    engine = create_db_engine(throwaway_databases.new_url(request.param))
    with engine.begin() as connection:
        migrations.upgrade(connection)
    yield engine
    engine.dispose()


def test_every_spec_table_exists(upgraded):
    tables = {
        t for t in sa.inspect(upgraded).get_table_names() if not migrations.is_search_table(t)
    }
    assert SPEC_TABLES - tables == set()
    # Tables beyond the original dump are a module's own (its manifest names
    # its models); nothing else may appear.
    assert tables - SPEC_TABLES - set(SQLModel.metadata.tables) == {"alembic_version"}


@pytest.mark.parametrize("table", sorted(SPEC_UNIQUE))
def test_unique_constraints(upgraded, table):
    inspector = sa.inspect(upgraded)
    unique = {tuple(c["column_names"]) for c in inspector.get_unique_constraints(table)}
    unique |= {tuple(i["column_names"]) for i in inspector.get_indexes(table) if i["unique"]}
    for columns in SPEC_UNIQUE[table]:
        assert columns in unique, f"{table}: {columns} is not unique"


@pytest.mark.parametrize("table", sorted(SPEC_PRIMARY_KEYS))
def test_primary_keys(upgraded, table):
    pk = sa.inspect(upgraded).get_pk_constraint(table)["constrained_columns"]
    assert tuple(pk) == SPEC_PRIMARY_KEYS[table]


@pytest.mark.parametrize("table", sorted(SPEC_FOREIGN_KEYS))
def test_foreign_key_delete_rules(upgraded, table):
    found = {
        fk["constrained_columns"][0]: (
            fk["referred_table"],
            (fk["options"].get("ondelete") or "NO ACTION").upper(),
        )
        for fk in sa.inspect(upgraded).get_foreign_keys(table)
    }
    assert found == SPEC_FOREIGN_KEYS[table]


def test_models_and_migrations_agree(upgraded):
    with upgraded.connect() as connection:
        assert migrations.schema_differences(connection) == []


def test_postgresql_has_jsonb_gin_and_partial_indexes(upgraded):
    if upgraded.dialect.name != "postgresql":
        pytest.skip("PostgreSQL-only index kinds")
    with upgraded.connect() as connection:
        indexdefs = dict(
            connection.execute(
                sa.text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
            ).all()
        )
        jsonb_columns = (
            connection.execute(
                sa.text(
                    "SELECT table_name || '.' || column_name FROM information_schema.columns "
                    "WHERE data_type = 'jsonb' ORDER BY 1"
                )
            )
            .scalars()
            .all()
        )
    assert "USING gin (stages)" in indexdefs["idx_ai_prompts_stages"]
    assert "USING gin (abilities)" in indexdefs["idx_training_types_abilities"]
    assert "WHERE (evaluation IS NOT NULL)" in indexdefs["idx_activity_evaluation_passed"]
    assert "WHERE (is_default = true)" in indexdefs["idx_pipeline_configs_single_default"]
    assert "date DESC" in indexdefs["idx_weight_log_profile_date"]
    assert {"ai_insights.metadata", "sleep_log.sleep_segments", "training_types.abilities"} <= set(
        jsonb_columns
    )


def test_downgrade_to_base_and_back(throwaway_databases):
    for dialect in DIALECTS:
        engine = create_db_engine(throwaway_databases.new_url(dialect))
        with engine.begin() as connection:
            migrations.upgrade(connection)
        with engine.begin() as connection:
            migrations.downgrade(connection)
        assert set(sa.inspect(engine).get_table_names()) == {"alembic_version"}
        with engine.begin() as connection:
            migrations.upgrade(connection)
        assert set(sa.inspect(engine).get_table_names()) >= SPEC_TABLES
        engine.dispose()
