"""recovery: blood-pressure ranges as the issue asks (40–300 / 20–200 mmHg),
and which HRV measure a morning value is (RMSSD or SDNN)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 06:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _ranges(systolic: tuple[int, int], diastolic: tuple[int, int]) -> None:
    with op.batch_alter_table('blood_pressure_log', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_blood_pressure_log_systolic_range'), type_='check')
        batch_op.drop_constraint(op.f('ck_blood_pressure_log_diastolic_range'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_blood_pressure_log_systolic_range'), f'systolic BETWEEN {systolic[0]} AND {systolic[1]}'
        )
        batch_op.create_check_constraint(
            op.f('ck_blood_pressure_log_diastolic_range'), f'diastolic BETWEEN {diastolic[0]} AND {diastolic[1]}'
        )


def upgrade() -> None:
    _ranges((40, 300), (20, 200))
    with op.batch_alter_table('vitals_baseline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hrv_measure', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True))
        batch_op.create_check_constraint(
            op.f('ck_vitals_baseline_hrv_measure'), "hrv_measure IS NULL OR hrv_measure IN ('rmssd', 'sdnn')"
        )


def downgrade() -> None:
    with op.batch_alter_table('vitals_baseline', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_vitals_baseline_hrv_measure'), type_='check')
        batch_op.drop_column('hrv_measure')
    _ranges((50, 300), (30, 200))
