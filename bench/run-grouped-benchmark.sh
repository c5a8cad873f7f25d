#!/usr/bin/env bash
# Speed comparison of the grouped analysis (docs/benchmarks.md): virkning-stats.jar against R on the
# same generated file of PROJECTS x PARTICIPANTS rows. Needs Rscript with effectsize and jsonlite,
# a built evaluation-stats/target/virkning-stats.jar, and hyperfine (apt-get install hyperfine).
#
# Usage: bash bench/run-grouped-benchmark.sh [WORKDIR] [PROJECTS] [PARTICIPANTS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=${1:-$(mktemp -d)}
projects=${2:-2000}
participants=${3:-100}
jar="$root/evaluation-stats/target/virkning-stats.jar"
csv="$work/grouped.csv"

mkdir -p "$work"
Rscript "$here/generate-grouped-csv.R" "$csv" "$projects" "$participants"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -pl evaluation-stats -am package -DskipTests)

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
R --version | head -1

# Same groups, same order, same numbers (to 1e-6) before timing anything.
java -jar "$jar" paired --input "$csv" --by project > "$work/java.jsonl"
Rscript "$here/grouped-analysis.R" "$csv" > "$work/r.jsonl"
python3 "$here/compare-grouped-output.py" "$work/java.jsonl" "$work/r.jsonl"

hyperfine --warmup 2 --runs 10 --export-json "$work/java.json" \
  "java -jar $jar paired --input $csv --by project > /dev/null"
hyperfine --warmup 1 --runs 3 --export-json "$work/r.json" \
  "Rscript $here/grouped-analysis.R $csv > /dev/null"
