"""Command line for operators.

python -m mitai_app.cli create-admin --email admin@example.org
    (asks for the password; or pipe it in with --password-stdin)
python -m mitai_app.cli purge-sessions
python -m mitai_app.cli export --email ana@example.org OUT.zip
python -m mitai_app.cli restore --email ana@example.org IN.zip   (into an account without data)
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from mitai_app.accounts import service as auth
from mitai_app.core import db
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.startup import prepare_database
from mitai_app.exports import service as exports


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password = getpass.getpass("Password: ")
    if password != getpass.getpass("Repeat password: "):
        raise SystemExit(translate("error.passwords_differ", "en"))
    return password


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mitai_app.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    admin = commands.add_parser("create-admin", help="create an admin, or make an account admin")
    admin.add_argument("--email", required=True)
    admin.add_argument("--password-stdin", action="store_true")
    commands.add_parser("purge-sessions", help="delete expired sessions and links")
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
