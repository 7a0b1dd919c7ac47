"""Command line for operators.

python -m mitai_app.cli create-admin --email admin@example.org
    (asks for the password; or pipe it in with --password-stdin)
python -m mitai_app.cli purge-sessions
python -m mitai_app.cli export --email ana@example.org OUT.zip
python -m mitai_app.cli restore --email ana@example.org IN.zip   (into an account without data)
python -m mitai_app.cli import --email someone@example.org export.zip
    (runs the import here, for files too big to upload; the file stays where it is)
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from mitai_app.accounts import service as auth
from mitai_app.core import db
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.startup import prepare_database
from mitai_app.exports import service as exports
from mitai_app.imports import runner
from mitai_app.imports import service as imports


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass("Password: ")
    if password != getpass.getpass("Repeat password: "):
        raise SystemExit(translate("error.passwords_differ", "en"))
    return password


def _import(session, email: str, path: Path) -> int:
    """Runs the import in this process, printing its progress and counts."""
    try:
        owner = auth.profile_id_by_email(session=session, email=email)
    except UserError as error:
        print(user_message(error, "en"), file=sys.stderr)
        return 1
    if not path.is_file():
        print(f"{path}: no such file.", file=sys.stderr)
        return 1
    try:
        job = imports.start_import(session=session, profile_id=owner, path=path, filename=path.name)
    except FeatureRefused as refused:
        print(refusal_message(refused.decision, "en"), file=sys.stderr)
        return 1

    def show(row) -> None:
        print(
            f"\r{row.phase or row.status}: {row.bytes_read // 1048576}/"
            f"{row.bytes_total // 1048576} MB, {row.records_read} records",
            end="",
            flush=True,
        )

    status = runner.run_job(session=session, job_id=job.id, on_progress=show)
    print()
    done = imports.job(session=session, profile_id=owner, job_id=job.id)
    for line in done.tables:
        print(f"{line.table}: {line.added} added, {line.updated} updated, {line.skipped} skipped")
    if done.error:
        print(translate(done.error, "en"), file=sys.stderr)
    if done.stopped_line is not None:
        print(translate("imports.stopped", "en", line=done.stopped_line))
    print(f"import {job.id}: {status}")
    return 0 if status == "done" else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mitai_app.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    admin = commands.add_parser("create-admin", help="create an admin, or make an account admin")
    admin.add_argument("--email", required=True)
    admin.add_argument("--password-stdin", action="store_true")
    commands.add_parser("purge-sessions", help="delete expired sessions and links")
    importing = commands.add_parser(
        "import", help="import a file (Apple Health export) for an account"
    )
    importing.add_argument("--email", required=True)
    importing.add_argument("file", type=Path)
    for name, help_text in (
        ("export", "write an account's data to a ZIP archive"),
        ("restore", "put an archive's data into an account that has none"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--email", required=True)
        command.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command in ("export", "restore"):
        return _transfer(args)

    prepare_database()
    with db.session() as session:
        if args.command == "create-admin":
            password = _read_password(args.password_stdin)
            try:
                user = auth.create_admin(session=session, email=args.email, password=password)
            except UserError as error:
                print(user_message(error, "en"), file=sys.stderr)
                return 1
            print(f"{user.email} is an admin now.")
        elif args.command == "import":
            return _import(session, args.email, args.file)
        else:
            print(f"{auth.purge_expired(session=session)} expired sessions and links deleted.")
    return 0


def _transfer(args: argparse.Namespace) -> int:
    prepare_database()
    with db.session() as session:
        try:
            owner = auth.profile_id_by_email(session=session, email=args.email)
            if args.command == "export":
                # Written beside the target and renamed: no half archive under its name.
                partial = args.file.with_name(args.file.name + ".part")
                with partial.open("wb") as out:
                    done = exports.export_archive(
                        session=session, profile_id=owner, out=out, charge=False
                    )
                os.replace(partial, args.file)
                print(
                    f"{done.total_rows} rows and {done.photo_files} photo files written to {args.file}."
                )
            else:
                with args.file.open("rb") as source:
                    done = exports.restore_archive(session=session, profile_id=owner, source=source)
                print(f"{done.total_rows} rows and {done.photo_files} photo files restored.")
        except UserError as error:
            print(user_message(error, "en"), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
