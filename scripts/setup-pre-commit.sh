#!/usr/bin/env bash
# Installs pre-commit (from PyPI, pinned) into a virtualenv of its own in the e2e cache, for the
# hook test (test/pre-commit.test.ts), the way setup-editors.sh installs the editors.
# Idempotent: with it in place, a run only checks and prints one line. Writes
# $CACHE/pre-commit.env (PRE_COMMIT_BIN='...'). If PyPI cannot be reached it says so and exits 0,
# so the other tests still run; the hook test then fails, saying why.
set -euo pipefail

VERSION=4.6.2
CACHE="${INVITELINT_E2E_CACHE:-$HOME/.cache/invitelint-e2e}"
VENV="$CACHE/pre-commit-$VERSION"
STAMP="$VENV/.ready"
ENV_FILE="$CACHE/pre-commit.env"

case "$CACHE" in *"'"*) echo "setup-pre-commit: cache path must not contain a quote" >&2; exit 1 ;; esac
mkdir -p "$CACHE"
exec 9>"$CACHE/.pre-commit.lock"
flock -w 600 9 || { echo "setup-pre-commit: $CACHE/.pre-commit.lock is held by another run" >&2; exit 1; }

write_env() {
  echo "PRE_COMMIT_BIN='$VENV/bin/pre-commit'" >"$ENV_FILE.tmp"
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
}

if [[ -f "$STAMP" && -x "$VENV/bin/pre-commit" ]]; then
  write_env
  echo "setup-pre-commit: ready (pre-commit $VERSION in $VENV)"
  exit 0
fi

rm -rf "$VENV" "$ENV_FILE"
if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
  echo "setup-pre-commit: python3 with venv is needed for the pre-commit hook test; that test will fail" >&2
  rm -rf "$VENV"
  exit 0
fi
echo "setup-pre-commit: pip install pre-commit==$VERSION (into $VENV)"
if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check --timeout 30 "pre-commit==$VERSION" >"$CACHE/pre-commit-install.log" 2>&1; then
  echo "setup-pre-commit: could not install pre-commit $VERSION from PyPI (is it reachable? see $CACHE/pre-commit-install.log); the pre-commit hook test will fail until this succeeds" >&2
  rm -rf "$VENV"
  exit 0
fi
touch "$STAMP"
write_env
echo "setup-pre-commit: done; $("$VENV/bin/pre-commit" --version)"
