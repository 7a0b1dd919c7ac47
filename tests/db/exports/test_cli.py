"""The operator's commands: `export` writes an account's archive, `restore`
puts it into another account, and a wrong address or file says why."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _cli(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MITAI_")},
        "MITAI_DATABASE_URL": f"sqlite:///{tmp_path / 'mitai.db'}",
        "MITAI_PHOTO_DIR": str(tmp_path / "photos"),
        "MITAI_EXPORT_DIR": str(tmp_path / "exports"),
        "MITAI_SECRET_KEY": "cli-test-" + "k" * 40,
        "MITAI_USAGE_LOG": str(tmp_path / "usage.log"),
    }
    return subprocess.run(
        [sys.executable, "-m", "mitai_app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_export_then_restore_into_another_account_from_the_command_line(tmp_path):
    for email in ("ana@example.org", "ben@example.org"):
        made = _cli(
            tmp_path,
            "create-admin",
            "--email",
            email,
            "--password-stdin",
            stdin="long-enough-pass-42\n",
        )
        assert made.returncode == 0, made.stderr
    archive = tmp_path / "ana.zip"

    exported = _cli(tmp_path, "export", "--email", "ana@example.org", str(archive))
    restored = _cli(tmp_path, "restore", "--email", "ben@example.org", str(archive))

    assert exported.returncode == 0 and "written" in exported.stdout
    assert zipfile.is_zipfile(archive) and not archive.with_name("ana.zip.part").exists()
    assert restored.returncode == 0 and "restored" in restored.stdout


def test_an_unknown_address_and_a_file_that_is_no_archive_are_named(tmp_path):
    _cli(
        tmp_path,
        "create-admin",
        "--email",
        "ana@example.org",
        "--password-stdin",
        stdin="long-enough-pass-42\n",
    )
    picture = tmp_path / "photo.zip"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)

    unknown = _cli(tmp_path, "export", "--email", "nobody@example.org", str(tmp_path / "x.zip"))
    not_archive = _cli(tmp_path, "restore", "--email", "ana@example.org", str(picture))

    assert (
        unknown.returncode == 1
        and "no account with the address nobody@example.org" in unknown.stderr
    )
    assert not_archive.returncode == 1 and "not a Mitai Jinkendo export" in not_archive.stderr
