"""account links (verification, reset, e-mail change, invitation) and the session's client address

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 04:49:04.562618

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None



def upgrade() -> None:
    op.create_table('account_tokens',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('expires_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('used_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.CheckConstraint("purpose IN ('verify_email', 'reset_password', 'change_email', 'invite')", name=op.f('ck_account_tokens_purpose')),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_account_tokens_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_tokens')),
    sa.UniqueConstraint('token_hash', name='account_tokens_token_hash_key')
    )
    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.create_index('idx_account_tokens_profile_purpose', ['profile_id', 'purpose'], unique=False)

    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_ip', sqlmodel.sql.sqltypes.AutoString(length=45), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_column('client_ip')

    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.drop_index('idx_account_tokens_profile_purpose')

    op.drop_table('account_tokens')
