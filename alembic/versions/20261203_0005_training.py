"""training: session RPE, mood and the kcal estimate on the activity log; MET per training type; strength workouts (exercises, workouts, their exercises and sets)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 06:15:43.721831

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, None] = '0004'
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
    op.create_table('exercises',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('profile_id', sa.Uuid(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('tracks', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_exercises_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exercises')),
    sa.UniqueConstraint('key', name='exercises_key_key')
    )
    with op.batch_alter_table('exercises', schema=None) as batch_op:
        batch_op.create_index('idx_exercises_profile', ['profile_id'], unique=False)

    op.create_table('workouts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_workouts_profile_id_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workouts'))
    )
    with op.batch_alter_table('workouts', schema=None) as batch_op:
        batch_op.create_index('idx_workouts_profile_date', ['profile_id', sa.literal_column('date DESC')], unique=False)

    op.create_table('workout_exercises',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('workout_id', sa.Uuid(), nullable=False),
    sa.Column('exercise_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercises.id'], name=op.f('fk_workout_exercises_exercise_id_exercises'), ondelete='NO ACTION'),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_workout_exercises_profile_id_profiles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workout_id'], ['workouts.id'], name=op.f('fk_workout_exercises_workout_id_workouts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workout_exercises'))
    )
    with op.batch_alter_table('workout_exercises', schema=None) as batch_op:
        batch_op.create_index('idx_workout_exercises_exercise', ['profile_id', 'exercise_id'], unique=False)
        batch_op.create_index('idx_workout_exercises_workout', ['workout_id', 'position'], unique=False)

    op.create_table('workout_sets',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('profile_id', sa.Uuid(), nullable=False),
    sa.Column('workout_exercise_id', sa.Uuid(), nullable=False),
    sa.Column('exercise_id', sa.Uuid(), nullable=False),
    sa.Column('workout_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('reps', sa.Integer(), nullable=True),
    sa.Column('weight_kg', sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=True),
    sa.Column('rpe', sa.Numeric(precision=3, scale=1, asdecimal=False), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), server_default='working', nullable=False),
    sa.Column('rest_seconds', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), server_default=sa.func.now(), nullable=True),
    sa.CheckConstraint('reps IS NULL OR reps BETWEEN 1 AND 1000', name=op.f('ck_workout_sets_reps_range')),
    sa.CheckConstraint('rest_seconds IS NULL OR rest_seconds BETWEEN 0 AND 3600', name=op.f('ck_workout_sets_rest_seconds_range')),
    sa.CheckConstraint('rpe IS NULL OR rpe BETWEEN 1 AND 10', name=op.f('ck_workout_sets_rpe_range')),
    sa.CheckConstraint('weight_kg IS NULL OR weight_kg BETWEEN 0 AND 1000', name=op.f('ck_workout_sets_weight_kg_range')),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercises.id'], name=op.f('fk_workout_sets_exercise_id_exercises'), ondelete='NO ACTION'),
    sa.ForeignKeyConstraint(['profile_id'], ['profiles.id'], name=op.f('fk_workout_sets_profile_id_profiles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workout_id'], ['workouts.id'], name=op.f('fk_workout_sets_workout_id_workouts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workout_exercise_id'], ['workout_exercises.id'], name=op.f('fk_workout_sets_workout_exercise_id_workout_exercises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workout_sets'))
    )
    with op.batch_alter_table('workout_sets', schema=None) as batch_op:
        batch_op.create_index('idx_workout_sets_exercise', ['workout_exercise_id', 'position'], unique=False)
        batch_op.create_index('idx_workout_sets_records', ['profile_id', 'exercise_id', 'weight_kg', 'reps', 'kind', 'date', 'workout_id'], unique=False)
        batch_op.create_index('idx_workout_sets_history', ['profile_id', 'exercise_id', 'date'], unique=False)
        batch_op.create_index('idx_workout_sets_workout', ['workout_id'], unique=False)

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
    with op.batch_alter_table('workout_sets', schema=None) as batch_op:
        batch_op.drop_index('idx_workout_sets_workout')
        batch_op.drop_index('idx_workout_sets_history')
        batch_op.drop_index('idx_workout_sets_records')
        batch_op.drop_index('idx_workout_sets_exercise')

    op.drop_table('workout_sets')
    with op.batch_alter_table('workout_exercises', schema=None) as batch_op:
        batch_op.drop_index('idx_workout_exercises_workout')
        batch_op.drop_index('idx_workout_exercises_exercise')

    op.drop_table('workout_exercises')
    with op.batch_alter_table('workouts', schema=None) as batch_op:
        batch_op.drop_index('idx_workouts_profile_date')

    op.drop_table('workouts')
    with op.batch_alter_table('exercises', schema=None) as batch_op:
        batch_op.drop_index('idx_exercises_profile')

    op.drop_table('exercises')

    with op.batch_alter_table('training_types', schema=None) as batch_op:
        batch_op.drop_column('met')

    with op.batch_alter_table('activity_log', schema=None) as batch_op:
        batch_op.drop_constraint('rpe_range', type_='check')
        batch_op.drop_column('kcal_estimated')
        batch_op.drop_column('mood')
        batch_op.drop_column('rpe')
