#!/usr/bin/env bash
# Alternates the Java and the R grouped analysis ROUNDS times on the same file and prints each wall
# time, the load average, and the medians: on a shared machine, alternating exposes both sides to
# the same background load. Usage: bash bench/interleaved-timing.sh FILE [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../evaluation-stats/target/virkning-stats.jar"
csv=$1
rounds=${2:-5}
seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
java_times=(); r_times=()
for i in $(seq "$rounds"); do
  j=$(seconds java -jar "$jar" paired --input "$csv" --by project)
  r=$(seconds Rscript "$here/grouped-analysis.R" "$csv")
  java_times+=("$j"); r_times+=("$r")
  echo "round $i: java ${j}s  R ${r}s  load $(cut -d' ' -f1 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
jm=$(median "${java_times[@]}"); rm=$(median "${r_times[@]}")
echo "median java ${jm}s  median R ${rm}s  ratio $(echo "scale=1; $rm / $jm" | bc)"
