"""import jobs and import provenance on tracking tables

The import job table, and on every tracking table (core.columns.provenance)
the device the file names, the external key (unique per profile: a second
import adds nothing) and the import that added the row (undo).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 06:21:25.797736

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: Union[str, None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('import_jobs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('format', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), server_default='queued', nullable=False),
    sa.Column('phase', sqlmodel.sql.sqltypes.AutoString(length=20), server_default='', nullable=False),
    sa.Column('bytes_read', sa.BigInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('bytes_total', sa.BigInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('records_read', sa.BigInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('rows_total', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('rows_done', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('counts', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('report', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('cancel_requested', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('heartbeat_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed', 'cancelled', 'undone')", name=op.f('ck_import_jobs_status')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_import_jobs_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_jobs'))
    )
    with op.batch_alter_table('import_jobs', schema=None) as batch_op:
        batch_op.create_index('idx_import_jobs_profile_created', ['profile_id', sa.literal_column('created_at DESC')], unique=False)
        batch_op.create_index('idx_import_jobs_status', ['status'], unique=False)

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_activity_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_activity_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('blood_pressure_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_blood_pressure_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_blood_pressure_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('caliper_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_caliper_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_caliper_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('circumference_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_circumference_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_circumference_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('nutrition_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_nutrition_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_nutrition_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('sleep_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_sleep_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_sleep_log_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('vitals_baseline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_vitals_baseline_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_vitals_baseline_external_key', ['profile_id', 'external_key'], unique=True)

    with op.batch_alter_table('weight_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_device', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('external_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('import_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_weight_log_import_id', ['import_id'], unique=False)
        batch_op.create_index('ux_weight_log_external_key', ['profile_id', 'external_key'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('weight_log', schema=None) as batch_op:
        batch_op.drop_index('ux_weight_log_external_key')
        batch_op.drop_index('ix_weight_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('vitals_baseline', schema=None) as batch_op:
        batch_op.drop_index('ux_vitals_baseline_external_key')
        batch_op.drop_index('ix_vitals_baseline_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('sleep_log', schema=None) as batch_op:
        batch_op.drop_index('ux_sleep_log_external_key')
        batch_op.drop_index('ix_sleep_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('nutrition_log', schema=None) as batch_op:
        batch_op.drop_index('ux_nutrition_log_external_key')
        batch_op.drop_index('ix_nutrition_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('circumference_log', schema=None) as batch_op:
        batch_op.drop_index('ux_circumference_log_external_key')
        batch_op.drop_index('ix_circumference_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('caliper_log', schema=None) as batch_op:
        batch_op.drop_index('ux_caliper_log_external_key')
        batch_op.drop_index('ix_caliper_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('blood_pressure_log', schema=None) as batch_op:
        batch_op.drop_index('ux_blood_pressure_log_external_key')
        batch_op.drop_index('ix_blood_pressure_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.drop_index('ux_activity_log_external_key')
        batch_op.drop_index('ix_activity_log_import_id')
        batch_op.drop_column('import_id')
        batch_op.drop_column('external_key')
        batch_op.drop_column('source_device')

    with op.batch_alter_table('import_jobs', schema=None) as batch_op:
        batch_op.drop_index('idx_import_jobs_status')
        batch_op.drop_index('idx_import_jobs_profile_created')

    op.drop_table('import_jobs')
