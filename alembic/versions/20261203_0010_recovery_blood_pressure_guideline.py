"""recovery: the guideline a profile's blood pressure is classified by
(ESH 2023, the default, or ACC/AHA 2017)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 08:57:52

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: Union[str, None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('bp_guideline', sqlmodel.sql.sqltypes.AutoString(length=10), server_default='esh', nullable=False)
        )
        batch_op.create_check_constraint(
            op.f('ck_profiles_bp_guideline'), "bp_guideline IN ('esh', 'acc_aha')"
        )


def downgrade() -> None:
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_profiles_bp_guideline'), type_='check')
        batch_op.drop_column('bp_guideline')
