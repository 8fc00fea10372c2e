#!/usr/bin/env bash
# JMH microbenchmarks of the hot paths (README "Performance").
#   src/bench/run-jmh.sh                      short settings (-f 1 -wi 2 -i 3 -w 1s -r 2s), a few minutes
#   src/bench/run-jmh.sh -f 3 -wi 5 -i 10     longer, tighter figures; any JMH option works, e.g. a
#                                             benchmark pattern (Signing) or -prof gc; options not
#                                             given keep the short defaults
# Writes src/bench-results/RESULTS.md (section "JMH microbenchmarks") and src/bench-results/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

# taken before Maven starts, which loads the machine itself
export BENCH_LOADAVG_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
export BENCH_GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src/main src/jmh src/bench pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"

./mvnw -B -q -Pbench test-compile exec:exec@jmh "-Djmh.args=$*"
