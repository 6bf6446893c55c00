#!/usr/bin/env bash
# Runs the pinned MailDev (package.json), a local SMTP server that keeps every message for reading
# back through its REST API (GET /api/email), for offline runs of the survey.
#   scripts/maildev.sh start   start it on 127.0.0.1 on free ports; wait until it answers
#   scripts/maildev.sh stop    stop it
#   scripts/maildev.sh env     print `export Smtp__Host=... Smtp__Port=... PI_MAILDEV_API=...`
#   scripts/maildev.sh count   print how many messages it holds
# State (pid, ports) lives in $MAILDEV_STATE_DIR, default .maildev/ (git-ignored).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="${MAILDEV_STATE_DIR:-$repo/.maildev}"
bin="$repo/node_modules/.bin/maildev"
host=127.0.0.1

port_busy() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
running() { [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; }

start() {
  if running; then echo "MailDev already runs (pid $(cat "$state/pid"))."; return 0; fi
  if [[ ! -x "$bin" ]]; then echo "MailDev not found at $bin: run 'npm ci' in $repo first." >&2; exit 1; fi
  mkdir -p "$state"
  local smtp web
  smtp="$(free_port)"; web="$(free_port)"
  setsid "$bin" --smtp "$smtp" --web "$web" --ip "$host" --web-ip "$host" >"$state/maildev.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$state/pid"
  echo "$smtp $web" >"$state/ports"
  local deadline=$((SECONDS + 60))
  for port in "$smtp" "$web"; do
    until port_busy "$port"; do
      if ! kill -0 "$pid" 2>/dev/null; then echo "MailDev exited; see $state/maildev.log" >&2; cat "$state/maildev.log" >&2; stop; exit 1; fi
      if ((SECONDS > deadline)); then echo "MailDev did not answer on port $port within 60 s" >&2; stop; exit 1; fi
      sleep 0.2
    done
  done
  echo "MailDev runs (pid $pid): SMTP $smtp, web $web."
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
  rm -f "$state/pid" "$state/ports"
  echo "MailDev stopped."
}

ports() { if ! running; then echo "MailDev is not running: scripts/maildev.sh start" >&2; exit 1; fi; cat "$state/ports"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) read -r smtp web < <(ports); echo "export Smtp__Host=$host Smtp__Port=$smtp PI_MAILDEV_API=http://$host:$web/api" ;;
  count) read -r _ web < <(ports); curl -fsS "http://$host:$web/api/email" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' ;;
  *) echo "usage: $0 start|stop|env|count" >&2; exit 2 ;;
esac
