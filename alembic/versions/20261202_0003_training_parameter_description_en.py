"""training parameters keep their English description

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 19:35:36.980975

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The English descriptions the seed dropped until now, as shipped on this
# date: filled in for rows seeded before (the column is new, so no admin has
# set one yet).
_ENGLISH = {
    'min_duration_minutes': 'Minimum duration in minutes for an activity to count as training.',
    'max_duration_minutes': 'Maximum duration in minutes; longer entries are considered implausible.',
    'min_hr_plausible': 'Lowest plausible heart rate (bpm) during an activity.',
    'max_hr_plausible': 'Highest plausible heart rate (bpm); higher readings are treated as sensor errors.',
    'min_kcal_per_hour': 'Minimum energy expenditure in kcal per hour for a training session.',
    'max_kcal_per_hour': 'Highest plausible energy expenditure in kcal per hour.',
    'max_speed_kmh': 'Highest plausible average speed (km/h) derived from distance and duration.',
    'max_hr_formula': "Formula for the estimated maximum heart rate when none was measured: 'tanaka' (208 − 0.7 × age) or 'fox' (220 − age).",
    'min_avg_hr_pct_of_max': 'Minimum average heart rate as % of maximum heart rate for an effective session.',
    'hr_zones_pct_of_max': 'Heart rate zones 1–5 as ranges in % of maximum heart rate (JSON).',
    'score_weights': 'Weights of the partial scores in the overall score (JSON, sum 1).',
    'target_duration_minutes': 'Duration in minutes at which the duration score reaches full marks.',
    'quality_label_high_min_score': "Minimum score for the quality label 'high'.",
    'quality_label_medium_min_score': "Minimum score for the quality label 'medium'; below it the label is 'low'.",
    'quality_filter_min_score': 'Minimum score per filter level for an activity to be included in analyses (JSON).',
    'quality_filter_require_plausible': 'Per filter level: exclude implausible activities (JSON).',
    'quality_filter_require_minimum_requirements': "Per filter level: only activities that meet their training type's minimum requirements (JSON).",
    'quality_filter_require_heart_rate': 'Per filter level: only activities with heart rate data (JSON).',
}


def upgrade() -> None:
    with op.batch_alter_table('training_parameters', schema=None) as batch_op:
        batch_op.add_column(sa.Column('description_en', sa.Text(), nullable=True))
    fill = sa.text("UPDATE training_parameters SET description_en = :en WHERE key = :key")
    for key, en in _ENGLISH.items():
        op.execute(fill.bindparams(key=key, en=en))


def downgrade() -> None:
    with op.batch_alter_table('training_parameters', schema=None) as batch_op:
        batch_op.drop_column('description_en')
