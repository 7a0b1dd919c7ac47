"""training: session RPE, mood and the kcal estimate on the activity log; MET per training type

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 06:15:43.721831

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The MET values the seed ships with on this date (Ainsworth et al., 2011
# Compendium of Physical Activities): filled in for types seeded before.
_MET = {
    'running': 9.8, 'cycling': 7.5, 'swimming': 5.8, 'rowing': 7.0, 'hiit': 8.0,
    'strength_training': 5.0, 'bodyweight': 3.8, 'functional_training': 4.3,
    'karate': 10.3, 'judo': 10.3, 'kendo': 10.3, 'aikido': 5.3, 'boxing': 7.8,
    'kickboxing': 10.3, 'yoga': 2.5, 'pilates': 3.0, 'stretching': 2.3,
    'mobility_training': 2.3, 'football': 7.0, 'basketball': 6.5, 'tennis': 7.3,
    'volleyball': 4.0, 'meditation': 1.0, 'breathwork': 1.3, 'tai_chi': 3.0,
    'walking': 3.5, 'hiking': 6.0, 'climbing': 8.0, 'skiing': 7.0,
}


def upgrade() -> None:
    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rpe', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('mood', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True))
        batch_op.add_column(sa.Column('kcal_estimated', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_check_constraint('rpe_range', 'rpe IS NULL OR rpe BETWEEN 1 AND 10')

    with op.batch_alter_table('training_types', schema=None) as batch_op:
        batch_op.add_column(sa.Column('met', sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True))
    fill = sa.text("UPDATE training_types SET met = :met WHERE key = :key AND met IS NULL")
    for key, met in _MET.items():
        op.execute(fill.bindparams(key=key, met=met))


def downgrade() -> None:
    with op.batch_alter_table('training_types', schema=None) as batch_op:
        batch_op.drop_column('met')

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.drop_constraint('rpe_range', type_='check')
        batch_op.drop_column('kcal_estimated')
        batch_op.drop_column('mood')
        batch_op.drop_column('rpe')
