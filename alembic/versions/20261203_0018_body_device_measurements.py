"""body measurements from scales and apps (body_device_log), import_jobs.height_cm

Body fat, lean mass and waist as a scale or app (Apple Health) measured
them: a series of their own, one row a day, with import provenance, never
mixed with the skinfold formulas or the tape. import_jobs.height_cm is the
height an import set on a profile that had none (its undo clears it).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 15:04:33.454055

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0018'
down_revision: Union[str, None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('body_device_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('body_fat_pct', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=True),
    sa.Column('lean_mass_kg', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=True),
    sa.Column('waist_cm', sa.Numeric(precision=5, scale=2, asdecimal=False), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=50), server_default='manual', nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.Column('source_device', sa.String(length=100), nullable=True),
    sa.Column('external_key', sa.String(length=200), nullable=True),
    sa.Column('import_id', sa.Uuid(), nullable=True),
    sa.CheckConstraint('body_fat_pct IS NULL OR body_fat_pct BETWEEN 2 AND 70', name=op.f('ck_body_device_log_body_fat_pct_range')),
    sa.CheckConstraint('lean_mass_kg IS NULL OR lean_mass_kg BETWEEN 10 AND 300', name=op.f('ck_body_device_log_lean_mass_kg_range')),
    sa.CheckConstraint('waist_cm IS NULL OR waist_cm BETWEEN 10 AND 300', name=op.f('ck_body_device_log_waist_cm_range')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_body_device_log_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_body_device_log')),
    sa.UniqueConstraint('profile_id', 'date', name='idx_body_device_log_profile_date_unique')
    )
    with op.batch_alter_table('body_device_log', schema=None) as batch_op:
        batch_op.create_index('idx_body_device_log_profile_date', ['profile_id', sa.literal_column('date DESC')], unique=False)
        batch_op.create_index('ix_body_device_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_body_device_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('import_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('height_cm', sa.Numeric(precision=4, scale=1, asdecimal=False), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('import_jobs', schema=None) as batch_op:
        batch_op.drop_column('height_cm')

    with op.batch_alter_table('body_device_log', schema=None) as batch_op:
        batch_op.drop_index('ux_body_device_log_external_key')
        batch_op.drop_index('ix_body_device_log_import_id')
        batch_op.drop_index('idx_body_device_log_profile_date')

    op.drop_table('body_device_log')
