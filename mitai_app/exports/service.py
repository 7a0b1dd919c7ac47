"""A profile's data out as one ZIP archive, and back into an empty account.

Which tables: every table with a `profile_id` column, in the order their
foreign keys need, except those a module declares account internals
(`Module.internal_tables`: sessions, links, usage counters, grants). A new
module's tables are exported and restored without a change here; a table
whose rows belong to a profile carries `profile_id` (the ownership walk and
this export both rely on it).

Restoring checks the whole archive before it writes anything: the manifest
(this app's format, a schema revision this app knows), every file's SHA-256,
and that every row belongs to the one profile the archive was made for.
Rows get new ids, and their references to each other follow; references to
reference data (training types, features) keep their keys. What a module
keeps from its rows (`Module.rebuild`, e.g. training's personal records) is
made again from the restored rows, not carried in the archive.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from PIL import Image
from sqlmodel import Session

from mitai_app.accounts.models import Profile
from mitai_app.core import access, migrations
from mitai_app.core.errors import UserError
from mitai_app.core.formatting import zone
from mitai_app.core.modules import contributions, exported_tables
from mitai_app.core.records import as_uuid
from mitai_app.core.settings import settings
from mitai_app.exports import archive, column_docs
from mitai_app.exports.consts import DATA_EXPORT
from mitai_app.photos import service as photos
from mitai_app.photos.models import Photo

# The profile's own settings that travel with its data (not its address,
# password, role or plan: those belong to the account it is restored into).
PROFILE_FIELDS = (
    "display_name",
    "sex",
    "date_of_birth",
    "height_cm",
    "resting_hr",
    "language",
    "unit_system",
    "timezone",
    "quality_filter_level",
    "bp_guideline",
)
BATCH = 500  # rows per INSERT on restore
READ_BATCH = 2000  # rows per query on export
KEY_SUFFIX = "@key"
# The column that dates a table's rows, first found wins.
DATE_COLUMNS = (
    "date",
    "measured_at",
    "created_at",
    "created",
    "started_at",
)  # beside a reference in mitai.json: the target's natural key


@dataclass(frozen=True)
class TransferSummary:
    """What an export wrote or a restore added: rows per table, photo files."""

    rows: dict[str, int]
    photo_files: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def natural_key(table: sa.Table) -> tuple[str, ...] | None:
    """The columns that name a reference row on every instance (its id does
    not): declared in the table's info, or its one-column unique constraint."""
    if "natural_key" in table.info:
        return tuple(table.info["natural_key"])
    unique = [
        c for c in table.constraints if isinstance(c, sa.UniqueConstraint) and len(c.columns) == 1
    ]
    return (next(iter(unique[0].columns)).name,) if unique else None


def _references(table: sa.Table) -> list[tuple[str, sa.Table, tuple[str, ...]]]:
    """(column, target, natural key) of the references to reference data."""
    found = []
    for key in table.foreign_keys:
        target = key.column.table
        names = natural_key(target)
        if key.parent.name != "profile_id" and names:
            found.append((key.parent.name, target, names))
    return found


def _rows(
    session: Session,
    table: sa.Table,
    owner: uuid.UUID,
    *,
    keyed: bool = False,
    where: tuple[sa.ColumnElement[bool], ...] = (),
    first_by: tuple[sa.Column, ...] = (),
) -> Iterator[dict[str, Any]]:
    """The profile's rows in key order (after `first_by`, columns that are
    never empty); `keyed`: a reference to reference data also carries the
    row's natural key as `<column>@key`.

    Read a batch at a time, each batch one query after the last key seen:
    memory stays flat, and there is one round trip per batch (a server-side
    cursor fetched in small steps cost a round trip every few dozen rows,
    most of PostgreSQL's export time on a busy machine)."""
    key = [*first_by, *table.primary_key.columns]
    query = (
        sa.select(table).where(table.c.profile_id == owner, *where).order_by(*key).limit(READ_BATCH)
    )
    references = _references(table) if keyed else []
    known: dict[tuple[str, Any], list | None] = {}
    after: sa.ColumnElement[bool] | None = None
    while True:
        batch = session.execute(query if after is None else query.where(after)).all()
        for row in batch:
            values = dict(row._mapping)
            for column, target, names in references:
                ref = values[column]
                if ref is None:
                    continue
                if (target.name, ref) not in known:
                    found = session.execute(
                        sa.select(*(target.c[n] for n in names)).where(
                            target.c[next(iter(target.primary_key.columns)).name] == ref
                        )
                    ).first()
                    known[target.name, ref] = [archive.cell(v) for v in found] if found else None
                if known[target.name, ref] is not None and all(known[target.name, ref]):
                    values[f"{column}{KEY_SUFFIX}"] = known[target.name, ref]
            yield values
        if len(batch) < READ_BATCH:
            return
        last = batch[-1]._mapping
        after = sa.tuple_(*key) > sa.tuple_(
            *(sa.literal(last[column.name], type_=column.type) for column in key)
        )


def _photo_files(session: Session, owner: uuid.UUID) -> Iterator[Path]:
    folder = photos.profile_folder(owner)
    for photo in session.execute(sa.select(Photo).where(Photo.profile_id == owner)).scalars():
        for name in (photo.filename, photo.thumbnail_filename):
            if name and (folder / name).is_file():
                yield folder / name


# --- export -----------------------------------------------------------------------


def spool_folder() -> Path:
    """Where an export's temporary files go: beside the archives, on disk
    (the system's temporary folder may be memory)."""
    folder = settings().export_dir
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def export_archive(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    out: BinaryIO,
    charge: bool = True,
    progress: Callable[[str], None] | None = None,
) -> TransferSummary:
    """Writes the profile's archive to `out` row by row, so memory stays
    flat whatever its size. Charges `data_export` once it is written (the
    check before starting refuses a plan without exports up front)."""
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    if profile is None:
        raise LookupError("profile not found")
    if charge:
        decision = access.check(session=session, profile_id=owner, feature_id=DATA_EXPORT)
        if not decision.allowed:
            raise access.FeatureRefused(decision)
    schema = migrations.head_revision()
    tables = exported_tables()
    counts: dict[str, int] = {}
    files: dict[str, str] = {}
    photo_count = 0
    time_of_export = datetime.now().timetuple()[:6]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zip_file:

        def entry(
            name: str,
            write: Callable[[archive.HashingWriter], None],
            compression: int = zipfile.ZIP_DEFLATED,
        ) -> None:
            member = zipfile.ZipInfo(name, date_time=time_of_export)
            member.compress_type = compression
            with zip_file.open(member, "w", force_zip64=True) as raw:
                writer = archive.HashingWriter(raw)
                write(writer)
            files[name] = writer.hexdigest()

        # One read of each table gives its CSV, written to the archive at
        # once, and its part of mitai.json, which is one file across all
        # tables: it waits in a temporary file until the last table is read.
        with tempfile.TemporaryFile(dir=spool_folder()) as spool:
            own = {name: getattr(profile, name) for name in PROFILE_FIELDS}
            spool.write(archive.document_head(schema=schema, profile=own).encode())
            for position, table in enumerate(tables):
                if progress:
                    progress(table.name)
                spool.write(archive.document_table(table.name, first=position == 0).encode())

                def table_csv(writer: archive.HashingWriter, table: sa.Table = table) -> None:
                    columns = table.c.keys()
                    writer.write(archive.csv_line(columns).encode())
                    count = 0
                    for row in _rows(session, table, owner, keyed=True):
                        values = archive.cells(row)
                        spool.write(archive.document_row(values, first=count == 0).encode())
                        writer.write(archive.csv_line(values[c] for c in columns).encode())
                        count += 1
                    counts[table.name] = count

                entry(f"{archive.CSV_FOLDER}{table.name}.csv", table_csv)
            spool.write(archive.document_end(any_table=bool(tables)).encode())
            spool.seek(0)
            entry(archive.DOCUMENT, lambda writer: shutil.copyfileobj(spool, writer))
        entry(archive.COLUMNS, lambda writer: writer.write(column_docs.columns_csv(tables)))
        for path in _photo_files(session, owner):

            def photo(writer: archive.HashingWriter, path: Path = path) -> None:
                with path.open("rb") as source:
                    shutil.copyfileobj(source, writer)

            # JPEG and WebP are compressed already: stored as they are.
            entry(archive.PHOTO_FOLDER + path.name, photo, zipfile.ZIP_STORED)
            photo_count += 1
        zip_file.writestr(
            archive.MANIFEST,
            archive.manifest(schema=schema, profile_id=owner, counts=counts, files=files),
        )
    if charge:
        access.consume(session=session, profile_id=owner, feature_id=DATA_EXPORT)
        session.commit()
    return TransferSummary(rows=counts, photo_files=photo_count)


# --- one table as CSV, for a period ----------------------------------------------


def dating_column(table: sa.Table) -> sa.Column | None:
    return next((table.c[name] for name in DATE_COLUMNS if name in table.c), None)


def table_csv(
    *,
    session: Session,
    profile_id: uuid.UUID | str,
    table_name: str,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[bytes]:
    """One table of the profile as in the export's `csv/<table>.csv`, only
    the rows dated from `since` to `until` (days in the profile's time zone),
    oldest first, line by line. A table that is not the profile's data:
    LookupError."""
    owner = as_uuid(profile_id)
    table = next((t for t in exported_tables() if t.name == table_name), None)
    profile = session.get(Profile, owner)
    if table is None or profile is None:
        raise LookupError(table_name)
    dated, where = dating_column(table), []
    if dated is not None:
        stored = dated.type.impl if isinstance(dated.type, sa.TypeDecorator) else dated.type
        if isinstance(stored, sa.DateTime):  # a moment: the profile's days, in UTC
            local = zone(profile.timezone)

            def start(day: date) -> datetime:
                return datetime.combine(day, time.min, local).astimezone(UTC)

            where += [dated >= start(since)] if since else []
            where += [dated < start(until + timedelta(days=1))] if until else []
        else:
            where += [dated >= since] if since else []
            where += [dated <= until] if until else []
    columns = table.c.keys()
    in_time = (dated,) if dated is not None and not dated.nullable else ()
    yield archive.csv_line(columns).encode()
    for row in _rows(session, table, owner, where=tuple(where), first_by=in_time):
        yield archive.csv_line(archive.cell(row[c]) for c in columns).encode()


# --- restore ----------------------------------------------------------------------


def _photo_name(name: str) -> str:
    """A photo's file name inside the profile's folder; a path that would
    lead elsewhere (`../`, a folder, a hidden file) is refused."""
    file_name = name.removeprefix(archive.PHOTO_FOLDER)
    if not file_name or "/" in file_name or "\\" in file_name or file_name.startswith("."):
        raise UserError("exports.error.damaged", line=0)
    return file_name


def _check_image(zip_file: zipfile.ZipFile, name: str) -> None:
    """Refuses a photo that is not an image (decoding its header only)."""
    try:
        with zip_file.open(name) as data, Image.open(data) as image:
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise UserError("exports.error.not_a_photo", name=_photo_name(name)) from error


def _verified(zip_file: zipfile.ZipFile) -> dict[str, Any]:
    """The manifest, once every file it lists is there with its checksum
    and nothing else is, and every photo is an image under a plain name; a
    damaged or truncated archive is refused here, before anything is written."""
    try:
        manifest = archive.checked_manifest(
            zip_file.read(archive.MANIFEST), revisions=migrations.revisions()
        )
        listed = manifest["sha256"]
        present = set(zip_file.namelist()) - {archive.MANIFEST}
        if present != set(listed) or archive.DOCUMENT not in present:
            raise UserError("exports.error.damaged", line=0)
        for name, expected in listed.items():
            digest = hashlib.sha256()
            with zip_file.open(name) as source:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
            if digest.hexdigest() != expected:
                raise UserError("exports.error.damaged", line=0)
        for name in listed:
            if name.startswith(archive.PHOTO_FOLDER):
                _photo_name(name)
                _check_image(zip_file, name)
            elif name not in (archive.DOCUMENT, archive.COLUMNS) and not name.startswith(
                archive.CSV_FOLDER
            ):
                raise UserError("exports.error.damaged", line=0)
    except KeyError as error:
        raise UserError("exports.error.not_an_export") from error
    except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as error:
        raise UserError("exports.error.damaged", line=0) from error
    return manifest


def _typed(column: sa.Column, value: Any) -> Any:
    """A JSON value back into the column's Python type."""
    if value is None:
        return None
    # A TypeDecorator (e.g. UTC datetimes) says it through the type it wraps.
    stored = column.type.impl if isinstance(column.type, sa.TypeDecorator) else column.type
    try:
        kind = stored.python_type
    except NotImplementedError:
        return value
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    return value


class _ByKey:
    """This instance's reference rows found by their natural key (cached)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.found: dict[tuple[str, tuple], Any] = {}

    def id_of(self, target: sa.Table, key: list) -> Any:
        names = natural_key(target) or ()
        if len(key) != len(names):
            raise UserError("exports.error.damaged", line=0)
        wanted = (target.name, tuple(key))
        if wanted not in self.found:
            self.found[wanted] = self.session.execute(
                sa.select(next(iter(target.primary_key.columns)))
                .where(*(target.c[n] == v for n, v in zip(names, key, strict=True)))
                .limit(1)
            ).scalar()
        return self.found[wanted]


def _restored_row(
    table: sa.Table,
    row: dict[str, Any],
    owner: uuid.UUID,
    new_ids: dict[str, dict],
    by_key: _ByKey,
) -> dict[str, Any]:
    values = {
        column.name: _typed(column, row[column.name])
        for column in table.columns
        if column.name in row  # an older export lacks newer columns: their defaults apply
    }
    values["profile_id"] = owner
    for key in table.foreign_keys:
        name, target = key.parent.name, key.column.table
        if name == "profile_id" or values.get(name) is None:
            continue
        if values[name] in new_ids.get(target.name, {}):
            values[name] = new_ids[target.name][values[name]]  # a row the archive holds
        elif f"{name}{KEY_SUFFIX}" in row:
            # Reference data (a training type, a shared food): this
            # instance's row of that key; without one a link that may be
            # empty is left empty, one that may not refuses the archive.
            found = by_key.id_of(target, row[f"{name}{KEY_SUFFIX}"])
            if found is None and not key.parent.nullable:
                raise UserError("exports.error.reference_missing", table=target.name)
            values[name] = found
        elif target.name == Profile.__tablename__:
            values[name] = None  # another account of the old instance
    return values


def _has_data(session: Session, owner: uuid.UUID, tables: list[sa.Table]) -> bool:
    return any(
        session.execute(
            sa.select(sa.literal(1)).where(table.c.profile_id == owner).limit(1)
        ).first()
        for table in tables
    )


def restore_archive(
    *, session: Session, profile_id: uuid.UUID | str, source: BinaryIO | Path
) -> TransferSummary:
    """Puts an archive's rows and photos into the profile, which must hold
    no data yet. All or nothing: any refusal leaves the account as it was."""
    owner = as_uuid(profile_id)
    profile = session.get(Profile, owner)
    if profile is None:
        raise LookupError("profile not found")
    try:
        zip_file = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise UserError("exports.error.not_an_export") from error
    written: list[Path] = []
    with zip_file:
        manifest = _verified(zip_file)
        tables = {table.name: table for table in exported_tables()}
        if _has_data(session, owner, list(tables.values())):
            raise UserError("exports.error.not_empty")
        try:
            counts = _insert_rows(session, zip_file, manifest, tables, owner, profile)
            for _, rebuild in contributions("rebuild"):  # what modules keep from the rows
                rebuild(session=session, profile_id=owner)
            folder = photos.profile_folder(owner)
            for name in manifest["sha256"]:
                if not name.startswith(archive.PHOTO_FOLDER):
                    continue
                folder.mkdir(parents=True, exist_ok=True)
                target = folder / _photo_name(name)
                with zip_file.open(name) as data, target.open("xb") as out:
                    written.append(target)
                    shutil.copyfileobj(data, out)
            session.commit()
        except BaseException:
            session.rollback()
            for path in written:
                path.unlink(missing_ok=True)
            raise
    return TransferSummary(rows=counts, photo_files=len(written))


def _insert_rows(
    session: Session,
    zip_file: zipfile.ZipFile,
    manifest: dict[str, Any],
    tables: dict[str, sa.Table],
    owner: uuid.UUID,
    profile: Profile,
) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    # Old id → new id, for the tables whose rows get new ids.
    new_ids: dict[str, dict] = {}
    by_key = _ByKey(session)
    batch: list[dict[str, Any]] = []
    batch_table: sa.Table | None = None

    def flush() -> None:
        if batch and batch_table is not None:
            session.execute(batch_table.insert(), batch)
        batch.clear()

    document = archive.Document()
    with zip_file.open(archive.DOCUMENT) as raw:
        lines = io.TextIOWrapper(raw, encoding="utf-8")
        for table_name, row in archive.read_document(lines, document):
            table = tables.get(table_name)
            if table is None:
                raise UserError("exports.error.newer")
            if row.get("profile_id") != manifest["profile_id"]:
                raise UserError("exports.error.foreign_rows")
            if table is not batch_table:
                flush()
                batch_table = table
            try:
                values = _restored_row(table, row, owner, new_ids, by_key)
            except (KeyError, ValueError, TypeError) as error:
                raise UserError("exports.error.damaged", line=0) from error
            key = _renumbered_key(table)
            if key is not None:
                old = values.pop(key.name)
                ids = new_ids.setdefault(table.name, {})
                if isinstance(old, uuid.UUID):
                    values[key.name] = ids[old] = uuid.uuid4()
                else:  # an integer key: the database numbers the row
                    flush()
                    ids[old] = session.execute(
                        table.insert().values(values).returning(key)
                    ).scalar_one()
                    counts[table.name] += 1
                    continue
            batch.append(values)
            counts[table.name] += 1
            if len(batch) >= BATCH:
                flush()
        flush()
    for name, value in document.head.get("profile", {}).items():
        if name in PROFILE_FIELDS:
            setattr(profile, name, _typed(Profile.__table__.c[name], value))
    session.add(profile)
    if counts.keys() - manifest["counts"].keys() or any(
        counts.get(name, 0) != count for name, count in manifest["counts"].items()
    ):
        raise UserError("exports.error.damaged", line=0)
    return dict(counts)


def _renumbered_key(table: sa.Table) -> sa.Column | None:
    """The one-column primary key a restored row gets anew (none where the
    key is the profile, or made of several columns)."""
    columns = list(table.primary_key.columns)
    if len(columns) != 1 or columns[0].name == "profile_id":
        return None
    return columns[0]
