"""recipe ingredients; prefix indexes for the SQLite food search

A recipe is a food of its owner (source "recipe"); its ingredients are
kept with their names and amounts, linked to their foods while those exist.

SQLite: food_items_fts is rebuilt with FTS5 prefix indexes of 1 to 4
characters. Every query word is a prefix ("nu"*), which FTS5 otherwise
answers by walking every term that begins with it: over 100,000 foods a
short word took 10-40 ms, with the index 2-10 ms. Its triggers, on
food_items, stay.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 08:50:39.445331

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: Union[str, None] = "0010"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _rebuild_sqlite_search(prefix: str) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.execute('DROP TABLE food_items_fts')
    op.execute(
        "CREATE VIRTUAL TABLE food_items_fts USING fts5("
        "food_id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2'"
        f"{prefix})"
    )
    op.execute(
        'INSERT INTO food_items_fts (food_id, search_text) SELECT id, search_text FROM food_items'
    )


def upgrade() -> None:
    op.create_table('recipe_ingredients',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('recipe_id', sa.Uuid(), nullable=False),
    sa.Column('food_id', sa.Uuid(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('amount', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=8, scale=1, asdecimal=False), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_recipe_ingredients_quantity_positive')),
    sa.ForeignKeyConstraint(['food_id'], ['food_items.id'], name=op.f('fk_recipe_ingredients_food_id_food_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_recipe_ingredients_profile_id_profiles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipe_id'], ['food_items.id'], name=op.f('fk_recipe_ingredients_recipe_id_food_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipe_ingredients'))
    )
    with op.batch_alter_table('recipe_ingredients', schema=None) as batch_op:
        batch_op.create_index('idx_recipe_ingredients_food', ['food_id'], unique=False)
        batch_op.create_index('idx_recipe_ingredients_profile', ['profile_id'], unique=False)
        batch_op.create_index('idx_recipe_ingredients_recipe', ['recipe_id', 'position'], unique=False)
    _rebuild_sqlite_search(", prefix = '1 2 3 4'")



def downgrade() -> None:
    _rebuild_sqlite_search("")
    with op.batch_alter_table('recipe_ingredients', schema=None) as batch_op:
        batch_op.drop_index('idx_recipe_ingredients_recipe')
        batch_op.drop_index('idx_recipe_ingredients_profile')
        batch_op.drop_index('idx_recipe_ingredients_food')

    op.drop_table('recipe_ingredients')
