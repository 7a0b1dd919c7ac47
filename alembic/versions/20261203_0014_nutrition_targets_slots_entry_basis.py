"""nutrition: targets set by hand, meal slots of one's own, an entry's basis,
a recipe's yield; the PostgreSQL food search indexes word beginnings

nutrition_targets gains kcal, protein, carbohydrate, fat, fibre and water
targets set by hand (NULL: derived). meal_slots holds a profile's own meal
slots. meal_entries.basis says whether an entry's quantity is g or ml (taken
from its food where it still exists; water is ml). food_items.recipe_yield
keeps a recipe's cooked weight so its ingredients can be edited.

PostgreSQL: the search index is over nutrition_search_vector(search_text),
every word plus its first 1-4 letters as lexemes of their own. A short
query word ("mi") is then one posting list instead of the union of every
word it begins (over 100,000 foods: 15-20 ms, now 2-3 ms), and it keeps no
pending list (fastupdate off) that every search would scan.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:05:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: Union[str, None] = "0013"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SEARCH_VECTOR = """
CREATE FUNCTION nutrition_search_vector(text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array_to_tsvector(array(
    SELECT left(w, n)
    FROM regexp_split_to_table($1, '\\s+') AS w, generate_series(1, 4) AS n
    WHERE w <> ''
    UNION SELECT w FROM regexp_split_to_table($1, '\\s+') AS w WHERE w <> ''
  ))
$$
"""

TARGET_RANGES = {
    "kcal": (500, 10000),
    "protein_g": (0, 1000),
    "carbs_g": (0, 1000),
    "fat_g": (0, 1000),
    "fiber_g": (0, 200),
    "water_l": (0, 20),
}


def _on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    op.create_table('meal_slots',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_meal_slots_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meal_slots')),
    sa.UniqueConstraint('profile_id', 'key', name='uq_meal_slots_key')
    )
    with op.batch_alter_table('meal_slots', schema=None) as batch_op:
        batch_op.create_index('idx_meal_slots_profile', ['profile_id', 'position'], unique=False)

    with op.batch_alter_table('nutrition_targets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kcal', sa.Integer(), nullable=True))
        for column in ('protein_g', 'carbs_g', 'fat_g', 'fiber_g'):
            batch_op.add_column(sa.Column(column, sa.Numeric(precision=6, scale=1, asdecimal=False), nullable=True))
        batch_op.add_column(sa.Column('water_l', sa.Numeric(precision=4, scale=2, asdecimal=False), nullable=True))
        for column, (low, high) in TARGET_RANGES.items():
            batch_op.create_check_constraint(
                f'{column}_range', f'{column} IS NULL OR {column} BETWEEN {low} AND {high}'
            )

    with op.batch_alter_table('meal_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(length=2), server_default='g', nullable=False))
        batch_op.create_check_constraint('basis_known', "basis IN ('g', 'ml')")
    op.execute(
        "UPDATE meal_entries SET basis = (SELECT basis FROM food_items "
        "WHERE food_items.id = meal_entries.food_id) "
        "WHERE food_id IS NOT NULL AND EXISTS "
        "(SELECT 1 FROM food_items WHERE food_items.id = meal_entries.food_id)"
    )
    op.execute("UPDATE meal_entries SET basis = 'ml' WHERE water_ml IS NOT NULL")

    with op.batch_alter_table('food_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipe_yield', sa.Numeric(precision=8, scale=1, asdecimal=False), nullable=True))

    if _on_postgresql():
        op.execute(SEARCH_VECTOR)
        op.drop_index('idx_food_items_search', table_name='food_items', postgresql_using='gin')
        # fastupdate off: foods are added now and then, searched all the
        # time; a pending list of new entries would be scanned, and each of
        # its rows rechecked through the function, by every search until a
        # vacuum (after the bench's 100,000 inserts the index scan took
        # 17.5 ms, and 1.7 ms once the list was merged).
        op.create_index('idx_food_items_search', 'food_items', [sa.literal_column("nutrition_search_vector(search_text)")], unique=False, postgresql_using='gin', postgresql_with={'fastupdate': 'off'})


def downgrade() -> None:
    if _on_postgresql():
        op.drop_index('idx_food_items_search', table_name='food_items', postgresql_using='gin')
        op.execute('DROP FUNCTION nutrition_search_vector(text)')
        op.create_index('idx_food_items_search', 'food_items', [sa.literal_column("to_tsvector('simple'::regconfig, search_text)")], unique=False, postgresql_using='gin')
    with op.batch_alter_table('food_items', schema=None) as batch_op:
        batch_op.drop_column('recipe_yield')
    with op.batch_alter_table('meal_entries', schema=None) as batch_op:
        batch_op.drop_constraint('basis_known', type_='check')
        batch_op.drop_column('basis')
    with op.batch_alter_table('nutrition_targets', schema=None) as batch_op:
        for column in TARGET_RANGES:
            batch_op.drop_constraint(f'{column}_range', type_='check')
        for column in ('water_l', 'fiber_g', 'fat_g', 'carbs_g', 'protein_g', 'kcal'):
            batch_op.drop_column(column)
    with op.batch_alter_table('meal_slots', schema=None) as batch_op:
        batch_op.drop_index('idx_meal_slots_profile')
    op.drop_table('meal_slots')
