#!/usr/bin/env bash
# Re-runs every benchmark with a goal in docs/benchmarks.md ("Goals"), one after the other, and
# prints their result lines with the load average before each:
#   bash bench/run-all.sh           # national scale: 100,000-response import, full evaluation of the
#                                   # national dataset, one report in a 2,000-project run, API p99
#   bash bench/run-all.sh --smoke   # the same harness at small sizes, in a few minutes
# Each benchmark's own script or test can be run alone; see its section in docs/benchmarks.md.
# Exit status: 0 when every benchmark ran (goals met or not, read the lines), non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=0
[[ ${1:-} == --smoke ]] && smoke=1
log=target/bench-run-all-$(date -u +%Y%m%dT%H%M%SZ).log
mkdir -p target
say() { echo "$*" | tee -a "$log"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
say "bench/run-all.sh $(date -u +%FT%TZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); smoke=$smoke"

say "== import 100,000 responses (goal <= 15 s); load average $(load)"
if ((smoke)); then export VIRKNING_BENCH_IMPORT_ROWS=2000 VIRKNING_BENCH_REPETITIONS=1; fi
./mvnw -B -q -pl evaluation-core -am verify -Pbenchmarks -Dtest=ImportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep '^BENCH' | tee -a "$log"

say "== full evaluation of the national dataset (goal <= 30 s); load average $(load)"
if ((smoke)); then
  bash bench/batch/run-batch-benchmark.sh --data evaluation-batch/target/batch-benchmark-smoke --projects 20 \
    --repetitions 1 --single-repetitions 3 2>&1 | tee -a "$log"
else
  bash bench/batch/run-batch-benchmark.sh --repetitions 3 2>&1 | tee -a "$log"
fi

say "== one project report (goal <= 1 s); load average $(load)"
VIRKNING_BENCH_PROJECTS=$(((smoke)) && echo 20 || echo 2000) ./mvnw -B -q -pl evaluation-batch -am verify \
  -Pbenchmarks -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep '^BENCH' | tee -a "$log"

say "== POST /responses at 200/s for 60 s (goal p99 <= 50 ms); load average $(load)"
set +e
if ((smoke)); then
  bash bench/api/run-api-load.sh --runs 1 --duration 5 --warmup 2 2>&1 | tee -a "$log"
else
  bash bench/api/run-api-load.sh 2>&1 | tee -a "$log"
fi
api=${PIPESTATUS[0]}
set -e
say "== done $(date -u +%FT%TZ); load average $(load); API load exit status $api (0 goal met, 3 p99 over goal, 1 errors); log in $log"
((api == 0 || api == 3))
