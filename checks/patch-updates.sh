#!/bin/sh
# Fails when a version the build pins (the Spring Boot parent, the versions in the parent pom's
# properties and dependency management, the plugins) has a newer patch release of its line on
# Maven Central. Minor and major updates are reported by the versions plugin but not failed:
# moving to a new line is a decision, a patch release is not. Needs Maven Central, nothing else.
# Versions managed by the Spring Boot BOM follow the parent and are not checked one by one.
#
#   checks/patch-updates.sh
set -eu
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
./mvnw -B -N versions:display-parent-updates versions:display-dependency-updates versions:display-plugin-updates \
    -DallowMajorUpdates=false -DallowMinorUpdates=false \
    -DprocessDependencies=false -DprocessDependencyManagementTransitive=false \
    -DprocessPluginDependenciesInPluginManagement=true >"$log" 2>&1 || { cat "$log"; exit 2; }
python3 - "$log" <<'PY'
import re, sys

def line(version):
    parts = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    return None if parts is None else (int(parts[1]), int(parts[2]), int(parts[3] or 0))

stale = []
for text in open(sys.argv[1], encoding="utf-8"):
    found = re.search(r"(\S+)\s+->\s+(\S+)\s*$", text)
    if not found:
        continue
    old, new = line(found[1]), line(found[2])
    if old and new and old[:2] == new[:2] and new[2] > old[2]:
        stale.append(text.strip())
if stale:
    print("Newer patch releases exist; update the pins in pom.xml:")
    print("\n".join(stale))
    sys.exit(1)
print("Every pinned version is the newest patch release of its line.")
PY
