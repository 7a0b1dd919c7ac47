"""Nutrition: daily totals. Its pages come with the Nutrition issue."""

from mitai_app.core.modules import Module

MODULE = Module(
    name="nutrition",
    depends=("accounts", "body"),  # body: the weight trend and lean mass
    models="mitai_app.nutrition.models",
    features="mitai_app.nutrition.consts:FEATURES",
    placeholders="mitai_app.nutrition.placeholders",
)
