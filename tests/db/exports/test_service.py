"""Export and restore on SQLite and PostgreSQL: an archive restored into an
empty account gives every row and photo back equal, and every damaged,
foreign or newer archive is refused before anything is written."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from mitai_app.accounts.models import Profile
from mitai_app.body.models import CircumferenceEntry, WeightEntry
from mitai_app.core import access
from mitai_app.core.db import create_db_engine
from mitai_app.core.errors import UserError
from mitai_app.core.models import UserFeatureUsage
from mitai_app.core.startup import migrate_and_seed
from mitai_app.exports import archive
from mitai_app.exports import service as exports
from mitai_app.goals.models import Goal, GoalProgress
from mitai_app.nutrition.models import Food, MealEntry
from mitai_app.photos import service as photos
from mitai_app.recovery.models import BloodPressureReading
from mitai_app.training import workouts
from tests.factories import new_profile
from tests.fixtures.images import image_bytes

DAY = date(2026, 3, 1)


@pytest.fixture
def ana(session, export_settings):
    """A profile with entries in several modules, a goal with its progress
    (a reference between two owned tables) and a photo on disk."""
    owner = new_profile(
        session, tier="premium", display_name="Ana", sex="female", date_of_birth=date(1990, 6, 1)
    )
    session.add_all(
        [
            WeightEntry(profile_id=owner, date=DAY, weight=Decimal("71.40"), notes="morning"),
            WeightEntry(profile_id=owner, date=date(2026, 3, 2), weight=Decimal("71.10")),
            CircumferenceEntry(profile_id=owner, date=DAY, c_waist=Decimal("78.5")),
            BloodPressureReading(
                profile_id=owner,
                measured_at=datetime(2026, 3, 1, 7, 30, tzinfo=UTC),
                systolic=128,
                diastolic=82,
                pulse=61,
            ),
        ]
    )
    bundled = session.exec(select(Food).where(Food.profile_id.is_(None))).first()
    own = Food(
        profile_id=owner,
        name_de="Omas Kuchen",
        name_en="Gran's cake",
        kcal=380,
        search_text="omas kuchen",
    )
    session.add(own)
    session.flush()
    session.add_all(
        [
            MealEntry(
                profile_id=owner, date=DAY, slot="breakfast", food_id=food.id, name=food.name_en
            )
            for food in (bundled, own)
        ]
    )
    goal = Goal(profile_id=owner, title="Ten kilometres", goal_type="custom", target_value=10)
    session.add(goal)
    session.flush()
    session.add(GoalProgress(goal_id=goal.id, profile_id=owner, date=DAY, value=Decimal("6.5")))
    session.commit()
    photos.upload_photo(
        session=session,
        profile_id=owner,
        data=image_bytes("JPEG", (640, 480)),
        pose="front",
        day=DAY,
        today=DAY,
    )
    return owner


def _export(session, owner, **options) -> bytes:
    out = io.BytesIO()
    exports.export_archive(session=session, profile_id=owner, out=out, **options)
    return out.getvalue()


def _content(session, owner) -> dict[str, list]:
    """Every exported row of the profile without its ids, and each goal
    progress with the title of the goal it belongs to."""
    content = {}
    for table in exports.exported_tables():
        keys = {"id", "profile_id"} | {k.parent.name for k in table.foreign_keys}
        rows = session.execute(sa.select(table).where(table.c.profile_id == owner))
        content[table.name] = sorted(
            (
                tuple((k, v) for k, v in sorted(row._mapping.items()) if k not in keys)
                for row in rows
            ),
            key=repr,
        )
    progress = session.exec(
        select(Goal.title, GoalProgress.value).join(Goal).where(GoalProgress.profile_id == owner)
    ).all()
    content["progress by goal"] = sorted(progress)
    # An own food is the profile's copy; a bundled one stays the shared row.
    meals = session.exec(
        select(MealEntry.name, Food.name_en, Food.profile_id == owner, Food.profile_id.is_(None))
        .join(Food, MealEntry.food_id == Food.id)
        .where(MealEntry.profile_id == owner)
    ).all()
    content["meals by food"] = sorted(tuple(row) for row in meals)
    return content


def _photo_bytes(owner) -> dict[str, bytes]:
    folder = photos.profile_folder(owner)
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def test_an_export_restored_into_an_empty_account_gives_everything_back(session, ana):
    data = _export(session, ana)
    ben = new_profile(session)

    restored = exports.restore_archive(session=session, profile_id=ben, source=io.BytesIO(data))

    assert _content(session, ben) == _content(session, ana)
    assert restored.rows["weight_log"] == 2 and restored.photo_files == 2
    assert _photo_bytes(ben) == _photo_bytes(ana)
    profile = session.get(Profile, ben)
    assert (profile.display_name, profile.sex, profile.date_of_birth) == (
        "Ana",
        "female",
        date(1990, 6, 1),
    )
    # New rows, not the old ones moved: Ana keeps hers.
    assert len(session.exec(select(WeightEntry).where(WeightEntry.profile_id == ana)).all()) == 2


def test_the_archive_holds_csv_json_photos_and_a_manifest_of_checksums(session, ana):
    with zipfile.ZipFile(io.BytesIO(_export(session, ana))) as zip_file:
        manifest = json.loads(zip_file.read(archive.MANIFEST))
        weights = zip_file.read("csv/weight_log.csv").decode().splitlines()
        document = json.loads(zip_file.read(archive.DOCUMENT))
        names = set(zip_file.namelist())
    assert manifest["counts"]["weight_log"] == 2 and manifest["schema"]
    assert set(manifest["sha256"]) == names - {archive.MANIFEST}
    assert weights[0].split(",")[:1] and "weight" in weights[0].split(",")
    assert any(line.startswith(f"{DAY.isoformat()}") or DAY.isoformat() in line for line in weights)
    assert document["version"] == archive.FORMAT_VERSION
    assert {row["weight"] for row in document["tables"]["weight_log"]} == {71.4, 71.1}
    assert sum(name.startswith("photos/") for name in names) == 2


def test_columns_csv_documents_every_column_of_every_csv_file(session, ana):
    with zipfile.ZipFile(io.BytesIO(_export(session, ana))) as zip_file:
        documented = list(csv.DictReader(io.StringIO(zip_file.read(archive.COLUMNS).decode())))
        headers = {
            name.removeprefix("csv/").removesuffix(".csv"): next(
                csv.reader(io.StringIO(zip_file.read(name).decode()))
            )
            for name in zip_file.namelist()
            if name.startswith(archive.CSV_FOLDER)
        }
    by_column = {(row["table"], row["column"]): row for row in documented}
    assert [(r["table"], r["column"]) for r in documented] == [
        (table, column) for table, columns in headers.items() for column in columns
    ]
    weight = by_column["weight_log", "weight"]
    assert (weight["type"], weight["unit"], weight["required"]) == ("number", "kg", "yes")
    assert weight["meaning_en"] and weight["meaning_de"]
    assert by_column["goal_progress_log", "goal_id"]["refers_to"] == "goals.id"
    assert by_column["blood_pressure_log", "measured_at"]["type"] == "datetime (ISO 8601, UTC)"
    assert by_column["blood_pressure_log", "systolic"]["unit"] == "mmHg"


def test_tables_longer_than_one_read_are_exported_whole_in_key_order(session, ana, monkeypatch):
    monkeypatch.setattr(exports, "READ_BATCH", 1)
    with zipfile.ZipFile(io.BytesIO(_export(session, ana))) as zip_file:
        document = json.loads(zip_file.read(archive.DOCUMENT))
    ids = [row["id"] for row in document["tables"]["weight_log"]]
    assert len(ids) == 2 and len(document["tables"]["meal_entries"]) == 2
    stored = session.execute(
        sa.select(WeightEntry.id).where(WeightEntry.profile_id == ana).order_by(WeightEntry.id)
    ).scalars()
    assert ids == [str(value) for value in stored]


def test_an_export_is_charged_once_and_refused_when_the_plan_has_none(session, ana):
    _export(session, ana)
    usage = session.exec(
        select(UserFeatureUsage).where(
            UserFeatureUsage.profile_id == ana, UserFeatureUsage.feature_id == "data_export"
        )
    ).one()
    assert usage.usage_count == 1
    free = new_profile(session, tier="free")
    _export(session, free)  # the free plan has one a month
    with pytest.raises(access.FeatureRefused):
        _export(session, free)


def _rewritten(data: bytes, change) -> bytes:
    """The archive with `change(files)` applied and its checksums made to match."""
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        files = {name: zip_file.read(name) for name in zip_file.namelist()}
    change(files)
    manifest = json.loads(files[archive.MANIFEST])
    import hashlib

    manifest["sha256"] = {
        name: hashlib.sha256(content).hexdigest()
        for name, content in files.items()
        if name != archive.MANIFEST
    }
    files[archive.MANIFEST] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zip_file:
        for name, content in files.items():
            zip_file.writestr(name, content)
    return out.getvalue()


def _refused(session, data: bytes, code: str) -> None:
    empty = new_profile(session)
    with pytest.raises(UserError) as refused:
        exports.restore_archive(session=session, profile_id=empty, source=io.BytesIO(data))
    assert refused.value.code == code
    assert _content(session, empty) == {name: [] for name in _content(session, empty)}
    assert not photos.profile_folder(empty).exists()


def test_a_truncated_archive_is_refused_before_anything_is_written(session, ana):
    data = _export(session, ana)
    _refused(session, data[: len(data) // 2], "exports.error.not_an_export")
    _refused(session, data[:-200], "exports.error.not_an_export")


def test_a_file_that_does_not_match_its_checksum_is_refused(session, ana):
    data = _export(session, ana)
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        files = {name: zip_file.read(name) for name in zip_file.namelist()}
    files["csv/weight_log.csv"] += b"x"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zip_file:
        for name, content in files.items():
            zip_file.writestr(name, content)
    _refused(session, out.getvalue(), "exports.error.damaged")


def test_rows_of_another_profile_are_refused(session, ana):
    def foreign(files):
        files[archive.DOCUMENT] = files[archive.DOCUMENT].replace(
            str(ana).encode(), b"00000000-0000-0000-0000-000000000001", 1
        )
        # The first mention is in a row (the head carries no id).

    _refused(session, _rewritten(_export(session, ana), foreign), "exports.error.foreign_rows")


def test_an_archive_from_a_newer_version_is_refused(session, ana):
    def newer(files):
        manifest = json.loads(files[archive.MANIFEST])
        manifest["schema"] = "9999"
        files[archive.MANIFEST] = json.dumps(manifest).encode()

    _refused(session, _rewritten(_export(session, ana), newer), "exports.error.newer")


def test_a_restore_into_an_account_with_data_is_refused(session, ana):
    data = _export(session, ana)
    with pytest.raises(UserError) as refused:
        exports.restore_archive(session=session, profile_id=ana, source=io.BytesIO(data))
    assert refused.value.code == "exports.error.not_empty"


def _photo(files) -> str:
    return next(name for name in files if name.startswith(archive.PHOTO_FOLDER))


def test_a_photo_that_is_not_an_image_is_refused(session, ana):
    def not_an_image(files):
        files[_photo(files)] = b"#!/bin/sh\necho surprise\n"

    _refused(session, _rewritten(_export(session, ana), not_an_image), "exports.error.not_a_photo")


@pytest.mark.parametrize("path", ["photos/../../evil.jpg", "photos/sub/x.jpg", "../x.csv"])
def test_a_path_leading_out_of_its_folder_is_refused(session, ana, path):
    def escaping(files):
        files[path] = files[_photo(files)]

    _refused(session, _rewritten(_export(session, ana), escaping), "exports.error.damaged")


@pytest.fixture
def other_kind(session, throwaway_databases):
    """A migrated database of the other kind than the test's own."""
    other = "postgresql" if session.get_bind().dialect.name == "sqlite" else "sqlite"
    engine = create_db_engine(throwaway_databases.new_url(other))
    with engine.begin() as connection:
        migrate_and_seed(connection)
    yield engine
    engine.dispose()


def test_an_export_restores_equal_on_the_other_database_kind(session, ana, other_kind):
    data = _export(session, ana)
    with Session(other_kind, expire_on_commit=False) as elsewhere:
        ben = new_profile(elsewhere)

        exports.restore_archive(session=elsewhere, profile_id=ben, source=io.BytesIO(data))

        assert _content(elsewhere, ben) == _content(session, ana)
    assert _photo_bytes(ben) == _photo_bytes(ana)


def test_a_restore_shows_the_strength_records_the_export_had(session, ana):
    bench = next(
        c.id for c in workouts.exercise_choices(session=session, profile_id=ana) if not c.own
    )
    for day, weights in ((DAY, (60, 70)), (date(2026, 3, 8), (65,))):
        workout_id = workouts.start_workout(
            session=session, profile_id=ana, day=day, today=date(2026, 3, 8)
        )
        item = workouts.add_exercise(
            session=session, profile_id=ana, workout_id=workout_id, exercise_id=bench
        )
        for kg in weights:
            workouts.add_set(
                session=session,
                profile_id=ana,
                workout_exercise_id=item,
                entry=workouts.SetInput(reps=5, weight_kg=kg),
            )
    data = _export(session, ana)
    ben = new_profile(session)

    exports.restore_archive(session=session, profile_id=ben, source=io.BytesIO(data))

    def shown(owner):
        found = workouts.exercise_records(session=session, profile_id=owner, exercise_id=bench)
        return {kind: (record.value, record.day) for kind, record in found.items()}

    assert shown(ben) == shown(ana)
    assert shown(ben)["heaviest"] == (70, DAY)
