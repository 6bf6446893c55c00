#!/usr/bin/env bash
# Runs the pinned Azurite (package.json) from this repository's node_modules for local runs and CI.
#   scripts/azurite.sh start   start Azurite on 127.0.0.1 with a fresh temporary location; wait until it answers
#   scripts/azurite.sh stop    stop it and delete its temporary location
#   scripts/azurite.sh env     print `export PI_STORAGE_CONNECTION_STRING=...` (use: eval "$(scripts/azurite.sh env)")
#   scripts/azurite.sh status  say whether it runs
# Ports come from AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT (defaults 10000/10001/10002);
# a default port already taken is replaced by a free one. State (pid, ports, location, connection
# string) lives in .azurite/ (git-ignored), or in AZURITE_STATE_DIR.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="${AZURITE_STATE_DIR:-$repo/.azurite}"
bin="$repo/node_modules/.bin/azurite"
host=127.0.0.1
# The well-known development account key every Azurite accepts (public, documented by Microsoft).
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

port_busy() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }

free_port() {
  python3 - <<'PY' 2>/dev/null || shuf -i 20000-60000 -n 1
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

pick_port() { # $1 requested-by-env (may be empty), $2 default
  if [[ -n "$1" ]]; then echo "$1"; return; fi
  if port_busy "$2"; then free_port; else echo "$2"; fi
}

running() { [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; }

connection_string() { # blob queue table
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://$host:$1/devstoreaccount1;QueueEndpoint=http://$host:$2/devstoreaccount1;TableEndpoint=http://$host:$3/devstoreaccount1;"
}

start() {
  if running; then echo "Azurite already runs (pid $(cat "$state/pid"))."; return 0; fi
  if [[ ! -x "$bin" ]]; then echo "Azurite not found at $bin: run 'npm ci' in $repo first." >&2; exit 1; fi
  mkdir -p "$state"
  local blob queue table location
  blob="$(pick_port "${AZURITE_BLOB_PORT:-}" 10000)"
  queue="$(pick_port "${AZURITE_QUEUE_PORT:-}" 10001)"
  table="$(pick_port "${AZURITE_TABLE_PORT:-}" 10002)"
  location="$(mktemp -d "${TMPDIR:-/tmp}/azurite.XXXXXX")"
  # setsid: Azurite gets its own process group, so `stop` ends it and every child it started.
  # In memory: the state is thrown away on stop anyway, and with a disk location Azurite rewrites its whole table
  # database as one JSON file every few seconds, which with a year of notices (over 100 MB) stalls every request for
  # seconds. Started from the temporary folder, so nothing it writes lands in the repository.
  (cd "$location" && exec setsid "$bin" --silent --skipApiVersionCheck --loose --inMemoryPersistence \
    --blobHost "$host" --blobPort "$blob" --queueHost "$host" --queuePort "$queue" \
    --tableHost "$host" --tablePort "$table" >"$state/azurite.log" 2>&1 </dev/null) &
  local pid=$!
  echo "$pid" >"$state/pid"
  echo "$location" >"$state/location"
  echo "$blob $queue $table" >"$state/ports"
  connection_string "$blob" "$queue" "$table" >"$state/connection-string"
  local deadline=$((SECONDS + 60))
  for port in "$blob" "$queue" "$table"; do
    until port_busy "$port"; do
      if ! kill -0 "$pid" 2>/dev/null; then echo "Azurite exited; see $state/azurite.log" >&2; cat "$state/azurite.log" >&2; stop; exit 1; fi
      if ((SECONDS > deadline)); then echo "Azurite did not answer on port $port within 60 s" >&2; stop; exit 1; fi
      sleep 0.2
    done
  done
  echo "Azurite runs (pid $pid): blob $blob, queue $queue, table $table."
}

stop() {
  if [[ -f "$state/pid" ]]; then
    local pid; pid="$(cat "$state/pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  fi
  if [[ -f "$state/location" ]]; then rm -rf -- "$(cat "$state/location")"; fi
  rm -f "$state/pid" "$state/location" "$state/ports" "$state/connection-string"
  echo "Azurite stopped."
}

print_env() {
  if ! running || [[ ! -f "$state/connection-string" ]]; then echo "Azurite is not running: scripts/azurite.sh start" >&2; exit 1; fi
  echo "export PI_STORAGE_CONNECTION_STRING='$(cat "$state/connection-string")'"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  status) if running; then echo "running (pid $(cat "$state/pid"), ports $(cat "$state/ports"))"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
