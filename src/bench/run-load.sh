#!/usr/bin/env bash
# Load test of the packaged service (README "Performance"): builds the jar, starts it on a fresh
# database on port 8098, runs the load harness (issue, verify, read phases), stops the service and
# writes src/bench-results/RESULTS.md (section "Load test, h2" or "..., postgresql") and load-<db>.json.
#   src/bench/run-load.sh                                  8 clients, 5 s warm-up + 20 s per phase, H2
#   src/bench/run-load.sh --clients 16 --duration 60       options of the harness (--warmup, --requests N
#                                                          instead of a duration, --record FILE)
#   CERTBADGE_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/<throwaway db> src/bench/run-load.sh
#                                                          the same on PostgreSQL (user CERTBADGE_PG_USER,
#                                                          default certbadge; the db-kind is fixed at build
#                                                          time, so this builds a PostgreSQL jar)
#   BENCH_KEY_ALG=RS256 ...                                sign with an RSA key instead of EC P-256
#   BENCH_PORT, BENCH_NOTE ("what else ran on the machine") are optional too.
# Needs curl and openssl.
set -euo pipefail
cd "$(dirname "$0")/../.."

export BENCH_LOADAVG_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
export BENCH_GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src/main src/jmh src/bench pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
PORT="${BENCH_PORT:-8098}"
BASE="http://localhost:$PORT"
# the dev profile's documented API key (all scopes); the service runs with the dev config profile
API_KEY=certbadge-dev-key-0000-do-not-use-in-production

WORK="$(mktemp -d -t certbadge-load.XXXXXX)"
SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop_service EXIT

if [ -n "${CERTBADGE_BENCH_PG_URL:-}" ]; then
  DB=postgresql
  BUILD_PROFILE=(-Dquarkus.profile=pg)
  DATASOURCE=(-Dquarkus.datasource.jdbc.url="$CERTBADGE_BENCH_PG_URL" -Dquarkus.datasource.username="${CERTBADGE_PG_USER:-certbadge}")
else
  DB=h2
  BUILD_PROFILE=()
  DATASOURCE=(-Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/certbadge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
fi

echo "Building the jar and the harness ..."
./mvnw -B -q -Pbench package -DskipTests "${BUILD_PROFILE[@]}"

# A packaged jar runs in production launch mode, which refuses the published example keys, so the
# service signs with a throwaway key made for this run and deleted with the work directory.
if [ "${BENCH_KEY_ALG:-ES256}" = RS256 ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/signing-key.pem" 2>/dev/null
else
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/signing-key.pem" 2>/dev/null
fi

echo "Starting the service on $BASE ($DB, data in $WORK) ..."
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dcertbadge.public-base-url="$BASE" \
     -Dcertbadge.signing.key-file="$WORK/signing-key.pem" "${DATASOURCE[@]}" \
     -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    echo "The service stopped during start:" >&2; tail -40 "$WORK/service.log" >&2; exit 1
  fi
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The service was not ready after 120 s" >&2; tail -40 "$WORK/service.log" >&2; exit 1; }

export BENCH_SERVICE="java -jar quarkus-run.jar with default JVM options, signing ${BENCH_KEY_ALG:-ES256}"
status=0
./mvnw -B -q -Pbench exec:exec@load -Dload.args="--base $BASE --key $API_KEY --db $DB $*" || status=$?
if [ "$status" -ne 0 ]; then
  echo "The harness failed (exit $status); last lines of the service log:" >&2
  tail -20 "$WORK/service.log" >&2
fi
exit "$status"
