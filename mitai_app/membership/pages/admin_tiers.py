"""Administration: tiers (names, prices, trial days, active, order), features
(names, category, default limit and period) and the tier-limit matrix,
whose cells are edited in place (Enter or leaving the cell saves; empty is
unlimited).

Every handler asks the server first whether the caller is an admin.
"""

from __future__ import annotations

from dataclasses import dataclass

import reflex as rx

from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.models import LIMIT_TYPES
from mitai_app.core.text import Text
from mitai_app.membership import admin as admin_service
from mitai_app.membership import consts
from mitai_app.ui.admin import signed_in_admin
from mitai_app.ui.admin_nav import admin_page_body
from mitai_app.ui.forms import error_callout
from mitai_app.ui.layout import page
from mitai_app.ui.session import call_service, shown, t


def _text(value: float | int | None) -> str:
    return "" if value is None else str(value)


def _price(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


@dataclass
class TierView:
    id: str
    name: str
    name_en: str
    price_monthly: str
    price_yearly: str
    trial_days: str
    sort_order: str
    is_active: bool


@dataclass
class FeatureView:
    id: str
    name: str
    name_en: str
    category: str
    default_limit: str
    limit_type: str


@dataclass
class CellView:
    tier_id: str
    feature_id: str
    value: str  # "" is unlimited
    label: Text  # "feature – tier", for the input's accessible name


@dataclass
class MatrixRow:
    feature_id: str
    name: Text
    cells: list[CellView]


class AdminTiersState(rx.State):
    tiers: list[TierView] = []
    features: list[FeatureView] = []
    tier_ids: list[str] = []
    matrix: list[MatrixRow] = []
    forms_key: int = 0
    error: str = ""

    async def _reload(self, admin_id) -> None:
        tiers = await call_service(admin_service.list_tiers, admin_id=admin_id)
        matrix = await call_service(admin_service.limit_matrix, admin_id=admin_id)
        self.tiers = [
            TierView(
                id=tier.id,
                name=tier.name,
                name_en=tier.name_en,
                price_monthly=_price(tier.price_monthly),
                price_yearly=_price(tier.price_yearly),
                trial_days=_text(tier.trial_days),
                sort_order=str(tier.sort_order),
                is_active=tier.is_active,
            )
            for tier in tiers
        ]
        self.features = [
            FeatureView(
                id=feature.id,
                name=feature.name,
                name_en=feature.name_en,
                category=feature.category,
                default_limit=_text(feature.default_limit),
                limit_type=feature.limit_type,
            )
            for feature in matrix.features
        ]
        tier_names = {tier.id: tier.title for tier in tiers}
        self.tier_ids = matrix.tiers
        rows = []
        for feature in matrix.features:
            feature_name = feature.title
            cells = []
            for tier_id in matrix.tiers:
                tier_name = tier_names.get(tier_id, Text(de=tier_id, en=tier_id))
                cells.append(
                    CellView(
                        tier_id=tier_id,
                        feature_id=feature.id,
                        value=_text(matrix.cells.get((tier_id, feature.id))),
                        label=Text.composed(
                            lambda lang, f=feature_name, t=tier_name: f"{f.pick(lang)} – "
                            f"{t.pick(lang)}"
                        ),
                    )
                )
            rows.append(MatrixRow(feature_id=feature.id, name=feature_name, cells=cells))
        self.matrix = rows

    @rx.event
    async def load(self):
        self.error = ""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        await self._reload(me.user.id)
        self.forms_key += 1

    async def _save(self, service, *, reload_forms: bool = False, **kwargs):
        """Runs one admin change; a toast when it worked, the message when not.
        Only a tier or feature form is re-mounted afterwards: a matrix cell
        keeps what the user is typing in the next one."""
        me, refusal = await signed_in_admin(self)
        if me is None:
            return refusal
        lang = me.lang
        try:
            await call_service(service, admin_id=me.user.id, **kwargs)
        except UserError as error:
            self.error = user_message(error, lang)
            return rx.toast.error(self.error)
        self.error = ""
        await self._reload(me.user.id)
        if reload_forms:
            self.forms_key += 1
        return rx.toast.success(translate("common.saved", lang))

    @rx.event
    async def save_tier(self, form: dict):
        return await self._save(
            admin_service.update_tier,
            tier_id=str(form.get("tier_id", "")),
            form={key: str(value) for key, value in form.items()},
            reload_forms=True,
        )

    @rx.event
    async def save_feature(self, form: dict):
        return await self._save(
            admin_service.update_feature,
            feature_id=str(form.get("feature_id", "")),
            form={key: str(value) for key, value in form.items()},
            reload_forms=True,
        )

    async def _save_cell(self, tier_id: str, feature_id: str, value: str):
        shown = next(
            (
                cell.value
                for row in self.matrix
                for cell in row.cells
                if (cell.tier_id, cell.feature_id) == (tier_id, feature_id)
            ),
            None,
        )
        if shown is not None and shown == value.strip():
            return None  # nothing changed (e.g. saved with Enter, then left)
        return await self._save(
            admin_service.set_tier_limit, tier_id=tier_id, feature_id=feature_id, value=value
        )

    @rx.event
    async def submit_cell(self, form: dict):
        return await self._save_cell(
            str(form.get("tier_id", "")),
            str(form.get("feature_id", "")),
            str(form.get("limit", "")),
        )

    @rx.event
    async def leave_cell(self, tier_id: str, feature_id: str, value: str):
        return await self._save_cell(tier_id, feature_id, str(value))


def _input(label_key: str, name: str, row_id: rx.Var, value: rx.Var, **props) -> rx.Component:
    input_id = f"field-{name}-" + row_id
    return rx.vstack(
        rx.el.label(t(label_key), html_for=input_id, style={"font_weight": "500"}),
        rx.input(id=input_id, name=name, default_value=value, size="2", width="100%", **props),
        spacing="1",
        min_width="8rem",
        flex="1",
    )


def _hidden(name: str, value: rx.Var) -> rx.Component:
    # Which row a form is about travels with the form: Reflex cannot bind a
    # list item's value into a form's submit handler inside rx.foreach.
    return rx.el.input(type="hidden", name=name, value=value)


def _save_button() -> rx.Component:
    return rx.button(t("common.save"), type="submit", size="2", variant="soft")


def _tier_form(tier: TierView) -> rx.Component:
    checkbox_id = "field-is_active-" + tier.id
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(tier.id, size="3", as_="h3"),
                _hidden("tier_id", tier.id),
                rx.flex(
                    _input("membership.admin.name_de", "name", tier.id, tier.name, required=True),
                    _input("membership.admin.name_en", "name_en", tier.id, tier.name_en),
                    _input(
                        "membership.admin.price_monthly",
                        "price_monthly",
                        tier.id,
                        tier.price_monthly,
                        input_mode="decimal",
                    ),
                    _input(
                        "membership.admin.price_yearly",
                        "price_yearly",
                        tier.id,
                        tier.price_yearly,
                        input_mode="decimal",
                    ),
                    _input(
                        "membership.admin.trial_days",
                        "trial_days",
                        tier.id,
                        tier.trial_days,
                        input_mode="numeric",
                    ),
                    _input(
                        "membership.admin.sort_order",
                        "sort_order",
                        tier.id,
                        tier.sort_order,
                        input_mode="numeric",
                    ),
                    gap="3",
                    wrap="wrap",
                    width="100%",
                ),
                rx.flex(
                    rx.hstack(
                        rx.el.input(
                            type="checkbox",
                            id=checkbox_id,
                            name="is_active",
                            default_checked=tier.is_active,
                        ),
                        rx.el.label(t("membership.admin.active"), html_for=checkbox_id),
                        spacing="2",
                        align="center",
                    ),
                    _save_button(),
                    justify="between",
                    align="center",
                    width="100%",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=AdminTiersState.save_tier,
            width="100%",
        ),
        width="100%",
        key=tier.id,
    )


def _feature_form(feature: FeatureView) -> rx.Component:
    select_id = "field-limit_type-" + feature.id
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(feature.id, size="3", as_="h3"),
                _hidden("feature_id", feature.id),
                rx.flex(
                    _input(
                        "membership.admin.name_de", "name", feature.id, feature.name, required=True
                    ),
                    _input("membership.admin.name_en", "name_en", feature.id, feature.name_en),
                    _input("membership.admin.category", "category", feature.id, feature.category),
                    _input(
                        "membership.admin.default_limit",
                        "default_limit",
                        feature.id,
                        feature.default_limit,
                        input_mode="numeric",
                        placeholder=t("membership.admin.unlimited"),
                    ),
                    rx.vstack(
                        rx.el.label(
                            t("membership.admin.period"),
                            html_for=select_id,
                            style={"font_weight": "500"},
                        ),
                        rx.el.select(
                            *[
                                rx.el.option(t(f"membership.period_name.{kind}"), value=kind)
                                for kind in LIMIT_TYPES
                            ],
                            id=select_id,
                            name="limit_type",
                            default_value=feature.limit_type,
                            class_name="rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface",
                        ),
                        spacing="1",
                        min_width="8rem",
                    ),
                    gap="3",
                    wrap="wrap",
                    align="end",
                    width="100%",
                ),
                rx.flex(_save_button(), justify="end", width="100%"),
                spacing="3",
                width="100%",
            ),
            on_submit=AdminTiersState.save_feature,
            width="100%",
        ),
        width="100%",
        key=feature.id,
    )


def _cell(cell: CellView) -> rx.Component:
    return rx.table.cell(
        rx.form(
            _hidden("tier_id", cell.tier_id),
            _hidden("feature_id", cell.feature_id),
            rx.input(
                name="limit",
                default_value=cell.value,
                placeholder="∞",
                input_mode="numeric",
                aria_label=shown(cell.label),
                on_blur=lambda value: AdminTiersState.leave_cell(
                    cell.tier_id, cell.feature_id, value
                ),
                size="2",
                width="5.5rem",
            ),
            on_submit=AdminTiersState.submit_cell,
        ),
    )


def _matrix_row(row: MatrixRow) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(shown(row.name)),
        rx.foreach(row.cells, _cell),
        key=row.feature_id,
    )


def _matrix() -> rx.Component:
    return rx.vstack(
        rx.heading(t("membership.admin.matrix"), size="5", as_="h2"),
        rx.text(t("membership.admin.matrix_hint"), size="2", color_scheme="gray"),
        # The table scrolls sideways inside its box; the page itself never does.
        rx.box(
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.table.column_header_cell(t("membership.admin.feature")),
                        rx.foreach(
                            AdminTiersState.tier_ids,
                            lambda tier_id: rx.table.column_header_cell(tier_id),
                        ),
                    )
                ),
                rx.table.body(rx.foreach(AdminTiersState.matrix, _matrix_row)),
                size="1",
            ),
            overflow_x="auto",
            width="100%",
            max_width="100%",
        ),
        spacing="3",
        width="100%",
    )


@page(
    route=consts.ADMIN_TIERS,
    title_key=("nav.admin", "nav.admin_tiers"),
    access="admin",
    on_load=AdminTiersState.load,
)
def admin_tiers_page() -> rx.Component:
    return admin_page_body(
        consts.ADMIN_TIERS,
        "nav.admin_tiers",
        error_callout(AdminTiersState.error),
        rx.vstack(
            _matrix(),
            rx.heading(t("membership.admin.tiers"), size="5", as_="h2"),
            rx.vstack(rx.foreach(AdminTiersState.tiers, _tier_form), spacing="3", width="100%"),
            rx.heading(t("membership.admin.features"), size="5", as_="h2"),
            rx.vstack(
                rx.foreach(AdminTiersState.features, _feature_form), spacing="3", width="100%"
            ),
            key=AdminTiersState.forms_key,
            spacing="5",
            width="100%",
        ),
    )
