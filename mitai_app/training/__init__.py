"""Training: the activity log, training types and their parameters. Its
pages come with the Training issue; the tables and catalogues exist."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="training",
    depends=("accounts",),
    models="mitai_app.training.models",
    seed="mitai_app.training.seeds:seed",
    features="mitai_app.training.consts:FEATURES",
    placeholders="mitai_app.training.placeholders",
)
