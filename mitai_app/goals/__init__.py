"""Goals: goal types, focus areas, phases, fitness tests and weekly goals.
Its pages come with the Goals issue."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="goals",
    depends=("accounts", "training"),
    models="mitai_app.goals.models",
    seed="mitai_app.goals.seeds:seed",
    features="mitai_app.goals.consts:FEATURES",
    placeholders="mitai_app.goals.placeholders",
)
