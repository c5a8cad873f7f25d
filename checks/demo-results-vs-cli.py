#!/usr/bin/env python3
"""Checks that the evaluation job's stored results equal the statistics command line on the same
pairs, exported through the API (issue: "the job's result for a project equals the stats CLI run
on the same pairs").

For every project the tokens can see, it downloads the responses and the results, rebuilds the
complete pairs of each instrument x later wave (whole sample), runs
`virkning-stats.jar paired` (and `controlled` for controlled designs) on them, and compares every
field both give. Start the application first, e.g. `java -jar evaluation-api/target/virkning.jar
--demo`, then:

    python3 checks/demo-results-vs-cli.py [BASE_URL] [TOKEN ...]

Exits 1 when any field differs by more than 1e-9 relatively (or null against a number).
"""
import json
import math
import os
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "evaluation-stats", "target", "virkning-stats.jar")
DEMO_TOKENS = ["demo-ventilen-token", "demo-rodekors-token", "demo-laeseforeningen-token"]
# Caseness on the command line is "score >= cutoff"; only instruments whose cut-off reads that way.
CUTOFF_AT_LEAST = {"TILS": 7}
# What the command line computes only with --cutoff.
CASENESS = {"cases_pre", "cases_post", "cases_resolved", "cases_new", "mcnemar_p", "mcnemar_exact_p"}


def get(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def cli(command, csv, extra=()):
    run = subprocess.run(["java", "-jar", JAR, command, "--input", "-", *extra], input=csv, text=True,
                         capture_output=True, check=True)
    return json.loads(run.stdout)


def cell(score):
    return "" if score is None else repr(score)


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def compare(label, stored, computed, report, skip=()):
    fields = sorted((set(stored) & set(computed)) - set(skip))
    differences = [f for f in fields if not same(stored[f], computed[f])]
    report.append((label, len(fields), differences))
    for f in differences:
        print(f"  {label}: {f} stored {stored[f]!r}, command line {computed[f]!r}")


def check_project(base, token, project, report):
    pid = project["id"]
    responses = get(base, token, f"/api/v1/projects/{pid}/responses")
    participants = {p["code"]: p for p in get(base, token, f"/api/v1/projects/{pid}/participants")}
    results = get(base, token, f"/api/v1/projects/{pid}/results")
    scores = {}
    for r in responses:
        if r.get("score") is not None:
            scores[(r["instrument"], r["wave"], r["participantCode"])] = r["score"]
    for row in results:
        if row["subgroupType"] != "ALL" or row["analysis"] not in ("WITHIN", "BETWEEN"):
            continue
        instrument, pre_wave, post_wave = row["instrument"], row["baselineWave"], row["laterWave"]
        # every participant, with an empty cell for a missing score, so that n_missing is comparable too
        rows = [(c, cell(scores.get((instrument, pre_wave, c))), cell(scores.get((instrument, post_wave, c))))
                for c in sorted(participants)]
        label = f"project {pid} {instrument} {pre_wave}->{post_wave} {row['analysis']}"
        skip = ()
        if row["analysis"] == "WITHIN":
            csv = "participant,pre,post\n" + "".join(f"{c},{a},{b}\n" for c, a, b in rows)
            cutoff = CUTOFF_AT_LEAST.get(instrument)
            computed = cli("paired", csv, ("--cutoff", str(cutoff)) if cutoff else ())
            skip = () if cutoff else CASENESS
        else:
            csv = "participant,group,pre,post\n" + "".join(
                f"{c},{participants[c]['arm'].lower()},{a},{b}\n" for c, a, b in rows)
            computed = cli("controlled", csv)
        compare(label, row["statistics"], computed, report, skip)


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
    tokens = sys.argv[2:] or DEMO_TOKENS
    report = []
    for token in tokens:
        for project in get(base, token, "/api/v1/projects"):
            check_project(base, token, project, report)
    cells = len(report)
    fields = sum(n for _, n, _ in report)
    differing = sum(len(d) for _, _, d in report)
    print(f"{cells} result cells, {fields} fields compared, {differing} differences")
    sys.exit(1 if differing or cells == 0 else 0)


if __name__ == "__main__":
    main()
