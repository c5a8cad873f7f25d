#!/usr/bin/env bash
# Starts virkning.jar on loopback with a durable embedded database (fsync and synchronous_commit on,
# as in production; a fresh data directory in a temporary folder, deleted afterwards) and sends
# POST /api/v1/projects/{id}/responses at a fixed rate (open loop), then checks that every request
# was answered 201 and stored exactly once (docs/benchmarks.md, "API under load"). Bounded: the
# generator stops by itself after the warm-up and the runs; the server is stopped on exit.
#   bash bench/api/run-api-load.sh                       # 30 s warm-up, then 3 runs of 200/s for 60 s
#   bash bench/api/run-api-load.sh --runs 1 --duration 5 --warmup 0    # a quick check of the harness
# Exit status: 0 goal met, 3 correct but p99 over the goal, 1 errors or lost/duplicated rows.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=evaluation-api/target/virkning.jar
if [[ ! -f $jar || ${VIRKNING_BENCH_REBUILD:-0} == 1 ]]; then
  ./mvnw -B -q -pl evaluation-api -am package -DskipTests
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export VIRKNING_BOOTSTRAP_ADMIN_TOKEN="load-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir "$work/tmp"
java ${VIRKNING_LOAD_SERVER_OPTS:--Xmx1g} -Djava.io.tmpdir="$work/tmp" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
  --virkning.database.embedded.data-directory="$work/pg" --virkning.jobs.schedule.enabled=false \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; exit 1; fi
  sleep 1
done
# CPU seconds of a process and its reaped children (/proc/PID/stat fields 14-17, in clock ticks).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12+$13+$14+$15)/hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# The embedded PostgreSQL's postmaster: the postgres process whose data directory is under $work
# (the temporary folder of this run).
postmaster() {
  local pid dir
  for pid in $(pgrep -x postgres); do
    dir=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | sed -n 's/.*-D \([^ ]*\).*/\1/p')
    if [[ $dir == "$work"/* ]]; then echo "$pid"; return; fi
  done
}
# Postmaster with the backends it reaped, plus the backends still running.
pgcpu() {
  local pm=$1 total
  [[ -z $pm ]] && { echo 0; return; }
  total=$(cpu "$pm")
  for child in $(pgrep -P "$pm"); do total=$(echo "$total + $(cpu "$child")" | bc); done
  echo "$total"
}
mkdir -p evaluation-api/target
out=evaluation-api/target/api-load-$(date -u +%Y%m%dT%H%M%SZ).txt
echo "server on 127.0.0.1:$port (pid $server); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
pm=$(postmaster)
jvm0=$(cpu "$server"); pg0=$(pgcpu "$pm")
set +e
java -Xmx512m bench/api/ApiLoad.java --base "http://127.0.0.1:$port" --out "$out" "$@"
status=$?
set -e
jvm1=$(cpu "$server"); pg1=$(pgcpu "$pm")
if [[ -n $pm ]]; then pgused=$(echo "$pg1 - $pg0" | bc); else pgused="unknown (postmaster not found)"; fi
echo "CPU seconds during set-up, warm-up and runs: server JVM $(echo "$jvm1 - $jvm0" | bc), PostgreSQL $pgused" | tee -a "$out"
echo "results in $out"
exit $status
