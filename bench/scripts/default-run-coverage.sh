#!/usr/bin/env bash
# Issue 11 item 7: in the README's default run, how soon are all 41 Track B registrations in use, and when does the
# Overflow Ledger get its first rows? Starts the run command, polls /api/slots and /api/overflow every 5 s for up to
# LIMIT seconds (default 300), prints one line per poll and a summary, then stops the server.
#   bench/scripts/default-run-coverage.sh            # from the repository root
# Needs curl and python3 (standard library only). Uses ports 9080/9443 like the run command.
set -euo pipefail
cd "$(dirname "$0")/../.."
LIMIT=${LIMIT:-300}
export OBSERVER_OPERATOR_PASSWORD=${OBSERVER_OPERATOR_PASSWORD:-coverage-bench-pw-1}
export OBSERVER_DATA_DIR=${OBSERVER_DATA_DIR:-$(mktemp -d /tmp/observer-coverage.XXXXXX)}
LOG=$(mktemp /tmp/observer-coverage-run.XXXXXX.log)
echo "data dir $OBSERVER_DATA_DIR, run log $LOG"
mvn -B -q -Prun -DskipTests package >"$LOG" 2>&1 &
RUN=$!
stop() {
  server/target/liberty/wlp/bin/server stop observer >/dev/null 2>&1 || true
  kill "$RUN" 2>/dev/null || true
  wait "$RUN" 2>/dev/null || true
}
trap stop EXIT
api() { curl -fsS -m 5 -u "operator:$OBSERVER_OPERATOR_PASSWORD" "http://localhost:9080/api/$1" 2>/dev/null || true; }
until curl -fsS -m 2 -o /dev/null http://localhost:9080/health/live 2>/dev/null; do
  kill -0 "$RUN" 2>/dev/null || { echo "the run command ended; see $LOG"; exit 1; }
  sleep 1
done
T0=$(date +%s)
echo "server live at $(date -u +%FT%TZ)"
FULL= LEDGER=
while :; do
  NOW=$(( $(date +%s) - T0 ))
  SLOTS=$(api slots)
  OVER=$(api overflow)
  LINE=$(python3 - "$SLOTS" "$OVER" <<'PY'
import json, sys
s = json.loads(sys.argv[1]) if sys.argv[1] else {}
o = json.loads(sys.argv[2]) if sys.argv[2] else {}
rows = o.get("entries") or o.get("rows") or o.get("overflow") or []
fill = sum(1 for x in s.get("slots", []) if x.get("trigger") == "activity_rank")
print(s.get("registrations_used", 0), len(s.get("slots", [])), fill, o.get("count", len(rows)))
PY
)
  read -r USED HELD FILL ROWS <<<"$LINE"
  echo "t=${NOW}s registrations_used=$USED slots=$HELD activity_rank=$FILL ledger_rows=$ROWS"
  [[ -z $FULL && $USED -ge 41 ]] && FULL=$NOW
  [[ -z $LEDGER && $ROWS -gt 0 ]] && LEDGER=$NOW
  [[ -n $FULL && -n $LEDGER ]] && break
  (( NOW >= LIMIT )) && break
  sleep 5
done
echo "SUMMARY registrations_41_after_s=${FULL:-never} ledger_rows_after_s=${LEDGER:-never} limit_s=$LIMIT"
