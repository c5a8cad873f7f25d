#!/usr/bin/env bash
# Builds evaluation-batch's test classes and runs the national-scale batch benchmark
# (docs/benchmarks.md, "Batch jobs at national scale"). Arguments go to BatchBenchmark, e.g.
#   bash bench/batch/run-batch-benchmark.sh --repetitions 5 --profile
# The first run writes the dataset into evaluation-batch/target/batch-benchmark (a few minutes);
# later runs reuse it. `./mvnw clean` deletes it. A quick check that the harness works, on a small
# dataset of its own:
#   bash bench/batch/run-batch-benchmark.sh --data evaluation-batch/target/batch-benchmark-smoke --projects 20 --repetitions 1
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl evaluation-batch -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="$PWD/evaluation-batch/target/test-classes:$PWD/evaluation-batch/target/classes:$(cat evaluation-batch/target/bench-classpath.txt)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx1g -Xlog:gc:file=evaluation-batch/target/batch-benchmark-gc.log \
  -XX:FlightRecorderOptions:stackdepth=256 -cp "$classpath" \
  dk.virkning.batch.scale.BatchBenchmark --data evaluation-batch/target/batch-benchmark "$@"
