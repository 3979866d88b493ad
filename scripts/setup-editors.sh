#!/usr/bin/env bash
# Installs the tools for the real-editor tests: Chromium, Neovim, ripgrep (apt) and
# code-server 4.100.3 (npm, into a cache folder outside the project).
# Idempotent: a second run with everything in place only checks and prints one line.
# Writes $CACHE/paths.env (KEY='value' lines) for test scripts to `source`.
#
# code-server >= 4.101 needs Node 22, so 4.100.3 (VS Code 1.100.3) is pinned. A plain
# `npm install code-server` fails here (its postinstall refuses root and downloads rg),
# so the steps below do its postinstall by hand.
set -euo pipefail

CS_VERSION=4.100.3
CACHE="${INVITELINT_E2E_CACHE:-$HOME/.cache/invitelint-e2e}"
CS_DIR="$CACHE/code-server"
STEPS="$CS_DIR/.steps"                   # one marker per finished step, for resumed runs
STAMP="$CACHE/ready-code-server-$CS_VERSION"
PATHS="$CACHE/paths.env"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
APT_PKGS=(chromium ripgrep libkrb5-dev neovim)  # libkrb5-dev: headers for a native vscode module

case "$CACHE" in *"'"*) echo "setup-editors: cache path must not contain a quote" >&2; exit 1 ;; esac

missing_apt() {
  local p
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

write_paths() {
  local tmp="$PATHS.tmp"
  {
    echo "INVITELINT_E2E_CACHE='$CACHE'"
    echo "CODE_SERVER_VERSION='$CS_VERSION'"
    echo "CODE_SERVER_BIN='$CS_BIN'"
    echo "CHROMIUM_BIN='$(command -v chromium)'"
    echo "NVIM_BIN='$(command -v nvim)'"
    echo "RG_BIN='$(command -v rg)'"
  } >"$tmp"
  mv -f "$tmp" "$PATHS"   # atomic: readers never see half a file
}

# One run at a time. npm inherits the lock, so an npm left running by an interrupted run
# (it cleans up for a while after SIGTERM) also keeps a new run waiting.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -w 900 9 || { echo "setup-editors: $CACHE/.lock is held by another run" >&2; exit 1; }

# Fast path: everything was finished before and is still there.
missing=$(missing_apt)
if [[ -z "$missing" && -f "$STAMP" && -f "$CS_BIN" ]]; then
  write_paths
  echo "setup-editors: ready (code-server $CS_VERSION, chromium, nvim); paths in $PATHS"
  exit 0
fi

rm -f "$STAMP"
SECONDS=0

# --- Debian packages (update the lists only when something must be installed) ---
if [[ -n "$missing" ]]; then
  echo "setup-editors: apt-get install $(echo $missing)"
  export DEBIAN_FRONTEND=noninteractive
  dpkg --configure -a                    # finish a dpkg run that was interrupted
  apt-get -qq update
  # No recommends: they would pull in systemd, avahi, cups helpers and the like.
  # shellcheck disable=SC2086
  apt-get -qq install -y --no-install-recommends $missing >/dev/null
fi
RG=$(command -v rg)

# --- code-server, step by step; a step whose marker is missing is cleaned and redone ---
# Quiet npm. The folder gets its own package.json, so npm never walks up into a project
# (nothing lands in the project's node_modules or lockfile).
NPM=(npm --no-audit --no-fund --loglevel=error)
done_step() { touch "$STEPS/$1"; }
need_step() { [[ ! -f "$STEPS/$1" ]]; }

if need_step 1-install; then
  echo "setup-editors: npm install code-server@$CS_VERSION (into $CS_DIR)"
  rm -rf "$CS_DIR"                       # a half-done first step is not worth repairing
  mkdir -p "$STEPS"
  echo '{ "name": "invitelint-e2e-code-server", "private": true }' >"$CS_DIR/package.json"
  (cd "$CS_DIR" && "${NPM[@]}" install --ignore-scripts "code-server@$CS_VERSION")
  # argon2's prebuilt download fails here; rebuild builds it from source.
  (cd "$CS_DIR" && "${NPM[@]}" rebuild argon2)
  done_step 1-install
fi

VS="$CS_PKG/lib/vscode"
if need_step 2-vscode-deps; then
  echo "setup-editors: VS Code server dependencies"
  rm -rf "$VS/node_modules"
  (cd "$VS" && "${NPM[@]}" install --omit=dev --ignore-scripts)
  # @vscode/ripgrep would download rg; point it at Debian's before any script runs.
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  ln -sfn "$RG" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  # Now run the install scripts; node-pty's calls `npx node-gyp`, which must not prompt.
  (cd "$VS" && npm_config_yes=true "${NPM[@]}" rebuild)
  done_step 2-vscode-deps
fi

if need_step 3-links; then
  # What code-server's own postinstall would have linked.
  ln -sfn node_modules "$VS/node_modules.asar"
  ln -sfn code-linux.sh "$VS/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$VS/bin/helpers/browser.sh"
  done_step 3-links
fi

if need_step 4-extensions; then
  echo "setup-editors: built-in extensions' dependencies"
  rm -rf "$VS/extensions/node_modules"
  # Its postinstall lists every file it prunes: keep only errors.
  (cd "$VS/extensions" && "${NPM[@]}" install --omit=dev >/dev/null)
  done_step 4-extensions
fi

# Check the result before declaring it ready (in a temp home: it writes a config file).
tmp=$(mktemp -d)
XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" XDG_CACHE_HOME="$tmp" "$CS_BIN" --version >/dev/null 2>&1 || { echo "setup-editors: code-server does not start" >&2; exit 1; }
rm -rf "$tmp"
write_paths
touch "$STAMP"
echo "setup-editors: done in ${SECONDS}s; paths in $PATHS:"
cat "$PATHS"
