"""Command line for operators.

python -m mitai_app.cli create-admin --email admin@example.org
    (asks for the password; or pipe it in with --password-stdin)
python -m mitai_app.cli purge-sessions
python -m mitai_app.cli import --email someone@example.org export.zip
    (runs the import here, for files too big to upload; the file stays where it is)
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from sqlmodel import select

from mitai_app.accounts import service as auth
from mitai_app.accounts.models import Profile
from mitai_app.core import db
from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.startup import prepare_database
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
    profile = session.exec(
        select(Profile).where(Profile.email == auth.normalize_email(email))
    ).first()
    if profile is None:
        print(f"No account with the address {email}.", file=sys.stderr)
        return 1
    if not path.is_file():
        print(f"{path}: no such file.", file=sys.stderr)
        return 1
    try:
        job = imports.start_import(
            session=session, profile_id=profile.id, path=path, filename=path.name
        )
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
    done = imports.job(session=session, profile_id=profile.id, job_id=job.id)
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
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    raise SystemExit(main())
