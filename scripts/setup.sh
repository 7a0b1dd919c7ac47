#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: a virtualenv with the
# pinned packages, and bun (Reflex's front-end toolchain) from npm, because
# Reflex's own bun installer downloads from outside the package registries.
# Sourced, not run: it exports PATH and VENV for the caller.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
export ROOT VENV

say() { printf '\033[1;36m==> %s\033[0m\n' "$*"; }
die() { printf '\033[1;31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
apt_install() {
  command -v apt-get >/dev/null || return 1
  as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v python3 >/dev/null || die "python3 (3.11 or newer) is required"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "Python 3.11 or newer is required (found $(python3 --version))"

if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtualenv in .venv"
  python3 -m venv "$VENV" || { apt_install python3-venv && python3 -m venv "$VENV"; } || die "could not create a virtualenv (install python3-venv)"
fi
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$ROOT/requirements.txt" | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing Python packages (requirements.txt)"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$ROOT/requirements.txt"
  echo "$want" > "$stamp"
fi
export PATH="$VENV/bin:$PATH"

if ! command -v bun >/dev/null; then
  if ! command -v npm >/dev/null; then
    say "installing Node.js and npm (Debian packages)"
    apt_install nodejs npm || die "bun is needed to build the front end: install Node.js with npm, then run: npm install -g bun@1.4.4"
  fi
  say "installing bun 1.4.4 from npm"
  as_root npm install -g --silent bun@1.4.4 >/dev/null 2>&1 || npm install -g --silent --prefix "$HOME/.local" bun@1.4.4 >/dev/null
  export PATH="$HOME/.local/bin:$PATH"
  command -v bun >/dev/null || die "bun could not be installed from npm"
fi
# Reflex looks for bun at this path unless told otherwise.
export REFLEX_BUN_PATH="$(command -v bun)"
export REFLEX_TELEMETRY_ENABLED=false
