#!/usr/bin/env bash
# Smoke check of scripts/setup-editors.sh: code-server starts contained on loopback and
# answers /healthz, stops cleanly with its whole process group, and nvim runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/setup-editors.sh"
# shellcheck disable=SC1091
source "${INVITELINT_E2E_CACHE:-$HOME/.cache/invitelint-e2e}/paths.env"

dir=$(mktemp -d)
pgid=
cleanup() {
  [[ -n "$pgid" ]] && kill -- -"$pgid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# setsid: its own process group, so one kill also ends its file watcher.
XDG_CONFIG_HOME="$dir/xdg/config" XDG_DATA_HOME="$dir/xdg/data" XDG_CACHE_HOME="$dir/xdg/cache" \
  setsid "$CODE_SERVER_BIN" --config "$dir/config.yaml" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --user-data-dir "$dir/user" --extensions-dir "$dir/ext" "$dir" >"$dir/cs.log" 2>&1 &
pid=$!
# A background job of a script (no job control) is no group leader, so setsid does not
# fork: it makes this very pid the leader of a new group.
pgid=$pid

start=$(date +%s%3N)
for _ in $(seq 1 300); do   # up to 30 s
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
  [[ "$code" == 200 ]] && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/cs.log"; echo "smoke: code-server exited" >&2; exit 1; }
  sleep 0.1
done
[[ "$code" == 200 ]] || { cat "$dir/cs.log"; echo "smoke: /healthz never answered 200" >&2; exit 1; }
echo "smoke: code-server /healthz 200 after $(( $(date +%s%3N) - start )) ms on port $port"

kill -- -"$pgid"
for _ in $(seq 1 50); do pgrep -g "$pgid" >/dev/null || break; sleep 0.1; done
if pgrep -g "$pgid" >/dev/null; then echo "smoke: code-server processes left behind" >&2; exit 1; fi
pgid=
echo "smoke: code-server stopped, no process left"

"$NVIM_BIN" --version | head -1
"$CHROMIUM_BIN" --version 2>/dev/null   # Debian's wrapper warns about /dev/shm sizes
echo "smoke: editors ok"
