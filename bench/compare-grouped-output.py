"""Checks that two JSON Lines outputs of the grouped analysis agree: same groups in the same order,
and every field the R script computes equal to the Java output within 1e-6 (1e-4 for the
noncentral-t intervals), relative to max(1, |R value|)."""
import json
import sys

LOOSE = {"d_z_ci", "g_z_ci"}


def close(a, b, tol):
    return abs(a - b) <= tol * max(1.0, abs(b))


java = [json.loads(line) for line in open(sys.argv[1])]
r = [json.loads(line) for line in open(sys.argv[2])]
assert len(java) == len(r), f"{len(java)} groups from Java, {len(r)} from R"
bad = 0
for j, e in zip(java, r):
    assert j["group"] == e["group"], (j["group"], e["group"])
    for key, want in e.items():
        if key == "group":
            continue
        got = j[key]
        tol = 1e-4 if key in LOOSE else 1e-6
        wants = want if isinstance(want, list) else [want]
        gots = got if isinstance(got, list) else [got]
        if any(g is None or not close(g, w, tol) for g, w in zip(gots, wants)):
            bad += 1
            print(f"{e['group']} {key}: R {want}, Java {got}")
print(f"{len(java)} groups compared, {bad} differences")
sys.exit(1 if bad else 0)
