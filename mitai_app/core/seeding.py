"""Idempotent seeding of reference data: every module's seed (its manifest's
`seed`) inserts what is missing and never overwrites what exists (admins own
the rows once they are there); then the app settings' defaults."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, SQLModel, select

from mitai_app.core.app_settings import APP_SETTINGS
from mitai_app.core.models import AppSetting
from mitai_app.core.modules import contributions


@dataclass
class SeedReport:
    inserted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.inserted.values())

    def add(self, counts: dict[str, int]) -> None:
        for table, count in counts.items():
            self.inserted[table] = self.inserted.get(table, 0) + count


def insert_missing(
    session: Session,
    model: type[SQLModel],
    key: str | tuple[str, ...],
    rows: Iterable[SQLModel],
) -> int:
    """Adds the rows whose `key` (a column, or several) is not in the table
    yet, and returns how many; rows already there are left as they are."""
    keys = (key,) if isinstance(key, str) else key
    existing = {
        tuple(found) for found in session.execute(select(*(getattr(model, k) for k in keys)))
    }
    new = [row for row in rows if tuple(getattr(row, k) for k in keys) not in existing]
    session.add_all(new)
    session.flush()
    return len(new)


def seed_reference_data(*, session: Session) -> SeedReport:
    report = SeedReport()
    for _module, seed in contributions("seed"):
        report.add(seed(session))
    report.add(
        {
            "app_settings": insert_missing(
                session,
                AppSetting,
                "key",
                (AppSetting(key=k, value=v) for k, v in APP_SETTINGS.items()),
            ),
        }
    )
    session.commit()
    return report
