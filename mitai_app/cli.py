"""Command line for operators.

python -m mitai_app.cli create-admin --email admin@example.org
    (asks for the password; or pipe it in with --password-stdin)
python -m mitai_app.cli purge-sessions
"""

from __future__ import annotations

import argparse
import getpass
import sys

from mitai_app.accounts import service as auth
from mitai_app.core import db
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.i18n import translate
from mitai_app.core.startup import prepare_database


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
        else:
            print(f"{auth.purge_expired(session=session)} expired sessions and links deleted.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
