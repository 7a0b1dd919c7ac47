"""goals: training phases may be a recomposition, keep the detection's
evidence, and may be rejected by the user; achievements; accounts: the
profile's history of changes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:15:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql


# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OLD_TYPES = "('calorie_deficit', 'calorie_surplus', 'deload', 'maintenance', 'periodization')"
NEW_TYPES = "('calorie_deficit', 'calorie_surplus', 'deload', 'maintenance', 'periodization', 'recomposition')"
OLD_STATUSES = "('suggested', 'accepted', 'active', 'completed')"
NEW_STATUSES = "('suggested', 'accepted', 'active', 'completed', 'rejected')"


def _checks(types: str, statuses: str) -> None:
    with op.batch_alter_table('training_phases', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_training_phases_phase_type'), type_='check')
        batch_op.drop_constraint(op.f('ck_training_phases_status'), type_='check')
        batch_op.create_check_constraint(op.f('ck_training_phases_phase_type'), f'phase_type IN {types}')
        batch_op.create_check_constraint(
            op.f('ck_training_phases_status'), f'status IS NULL OR status IN {statuses}'
        )


def upgrade() -> None:
    _checks(NEW_TYPES, NEW_STATUSES)
    with op.batch_alter_table('training_phases', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'evidence',
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
                nullable=True,
            )
        )
    op.create_table('achievements',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('earned_on', sa.Date(), nullable=False),
    sa.Column('seen', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_achievements_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_achievements')),
    sa.UniqueConstraint('profile_id', 'key', name='unique_achievement_per_profile')
    )
    op.create_table('profile_history',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('before', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('after', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_profile_history_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile_history'))
    )
    with op.batch_alter_table('profile_history', schema=None) as batch_op:
        batch_op.create_index('idx_profile_history_profile_day', ['profile_id', 'changed_on'], unique=False)


def downgrade() -> None:
    op.drop_table('profile_history')
    op.drop_table('achievements')
    op.execute("DELETE FROM training_phases WHERE phase_type = 'recomposition' OR status = 'rejected'")
    with op.batch_alter_table('training_phases', schema=None) as batch_op:
        batch_op.drop_column('evidence')
    _checks(OLD_TYPES, OLD_STATUSES)
