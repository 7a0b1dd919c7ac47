"""Serve the production build, page and API on one port (MITAI_PORT, 3000).

Used by `scripts/run.sh`. `reflex run --env prod` compiles and builds the
front end on every start; here the build is kept beside a fingerprint of
what it is made from (the app's code, assets, rxconfig.py, requirements.txt,
the port and the REFLEX_* settings, which the bundle bakes in), and a start
whose fingerprint matches serves the existing build without rebuilding.
Extra arguments go to `reflex run`; `--build-only` builds (when needed) and
stops instead of serving (the Docker image builds this way).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("mitai_app", "assets", "rxconfig.py", "requirements.txt")
# Written by the build itself (Reflex links shared assets there), not source.
GENERATED = (ROOT / "assets" / "external",)
STAMP = "mitai-build.sha256"


def fingerprint(port: int) -> str:
    from importlib.metadata import version

    digest = hashlib.sha256()
    for name in SOURCES:
        top = ROOT / name
        for path in sorted(top.rglob("*")) if top.is_dir() else [top]:
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            if any(path.is_relative_to(folder) for folder in GENERATED):
                continue
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    # The bundle names the address of its API (port and Reflex's settings).
    digest.update(f"port={port};reflex={version('reflex')}".encode())
    for key in sorted(k for k in os.environ if k.startswith("REFLEX_")):
        digest.update(f";{key}={os.environ[key]}".encode())
    return digest.hexdigest()


def main(args: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    import reflex.reflex as reflex_cli
    from reflex.utils import build, prerequisites
    from reflex.utils import exec as reflex_exec
    from reflex_base import constants

    from mitai_app.core.settings import settings

    port = settings().port
    wanted = fingerprint(port)
    web = prerequisites.get_web_dir()
    stamp = web / STAMP
    built = stamp.is_file() and stamp.read_text() == wanted
    if built and (web / constants.Dirs.STATIC / "index.html").is_file():
        print("front end unchanged since its last build: serving that build", flush=True)
        reflex_cli._compile_app = lambda **_: None
        build.build = lambda: None
    else:
        print("building the front end (its code changed, or it was never built)", flush=True)
        stamp.unlink(missing_ok=True)
        build_once = build.build

        def build_and_stamp() -> None:
            build_once()
            stamp.write_text(wanted)

        build.build = build_and_stamp
    if "--build-only" in args:
        args.remove("--build-only")
        reflex_exec.run_backend_prod = lambda *_, **__: None
    sys.argv = ["reflex", "run", "--env", "prod", "--single-port"]
    sys.argv += ["--frontend-port", str(port), "--backend-port", str(port), *args]
    reflex_cli.cli()


if __name__ == "__main__":
    main(sys.argv[1:])
