#!/usr/bin/env bash
# Load test of the packaged service against its ceilings, measured in the same run and alternately
# (README "Performance"). Per phase: the service, then its ceiling, `--rounds` times, each for
# `--duration` seconds, after an uncounted warm-up; the report divides the service's rate by the
# ceiling's. Ceilings:
#   - issuing: raw signing of both proofs every credential gets (the VC-JWT and the Data Integrity
#     proof, eddsa-rdfc-2022) with the service's own two keys, 2 threads, in a JVM like the service's
#     (io.certbadge.bench.load.Ceiling: the production CredentialSigner with both proof signers, on a
#     credential the service issued);
#   - GET /verify/{id} (JSON report, HTML page): nginx serving the very bytes the service returned for
#     the same ids, driven by the same wrk script;
#   - POST /verify (a presented VC-JWT): raw signature verification with the same key, 2 threads;
#   - the batch: the single issue calls of the issue phase of the same run (records/s of a batch
#     divided by issue calls/s), so the ratio says what batching gains or costs per record.
# Phases: verify-json, verify-html, post-verify (32 connections, rotating over the 200 credentials
# issued first), issue (16 connections, a fresh recordId per request, 201 expected), batch (one
# request of --batch-size records, 1,000 by default, all new, timed by curl (src/bench/post-batch.sh):
# a warm-up batch of 100, then one batch per round; skipped when the endpoint answers 404/405).
#
#   src/bench/run-load.sh                      H2, RS256 key, 1,000 stored credentials, 15 s warm-up and
#                                              2 rounds of 10 s per phase
#   src/bench/run-load.sh --data 100000        the same with 100,000 stored credentials (copies made
#                                              by SQL while the service is stopped: io.certbadge.bench.load.Preload)
#   src/bench/run-load.sh --rounds 3 --duration 20 --warmup 10 --phases verify-json,issue
#   src/bench/run-load.sh --phases issue,batch --batch-size 500
#   CERTBADGE_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/<throwaway db> src/bench/run-load.sh
#                                              on PostgreSQL (user CERTBADGE_PG_USER, default certbadge;
#                                              the db-kind is fixed at build time, so this builds a
#                                              PostgreSQL jar). Give it an empty database.
#   BENCH_KEY_ALG=ES256 ...                    an EC P-256 key instead of RSA-2048
#   BENCH_PORT (9800; nginx uses the next two), BENCH_NOTE (what else ran on the machine),
#   BENCH_JAVA_OPTS (more options for the service's JVM, e.g. -XX:StartFlightRecording=...),
#   BENCH_SKIP_BUILD=1 (reuse target/ from the previous run of the same database kind)
# Writes src/bench-results/RESULTS.md, section "load-<db>-<credentials>", and load-<db>-<credentials>.json.
# Needs curl, jq, openssl, wrk and nginx (Debian: apt-get install -y curl jq openssl wrk nginx);
# nginx runs from its own config in a temporary directory, not as a system service.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=2 DURATION=10 WARMUP=15 DATA=1000 CONNECTIONS=32 ISSUE_CONNECTIONS=16 BATCH_SIZE=1000
PHASES=verify-json,verify-html,post-verify,issue,batch
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2 ;;
    --duration) DURATION=${2%s} ;;
    --warmup) WARMUP=${2%s} ;;
    --data) DATA=$2 ;;
    --phases) PHASES=$2 ;;
    --connections) CONNECTIONS=$2 ;;
    --batch-size) BATCH_SIZE=$2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
  shift 2
done
IDS=200
BATCH_WARMUP=$((BATCH_SIZE < 100 ? BATCH_SIZE : 100))
[ "$DATA" -ge "$IDS" ] || { echo "--data must be at least $IDS (the credentials the phases rotate over)" >&2; exit 2; }
for tool in curl jq openssl wrk nginx; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install -y $tool)" >&2; exit 2; }
done

export BENCH_LOADAVG_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
export BENCH_GIT_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src/main src/jmh src/bench pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
PORT="${BENCH_PORT:-9800}"
NGINX_JSON_PORT=$((PORT + 1)) NGINX_HTML_PORT=$((PORT + 2))
BASE="http://127.0.0.1:$PORT"
# the service runs with the dev config profile, but a packaged jar refuses the dev key the README
# publishes: this run's own key takes the dev key's place (all scopes)
API_KEY="load-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
API_KEY_SHA256="$(printf '%s' "$API_KEY" | sha256sum | cut -d' ' -f1)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
KEY_ALG="${BENCH_KEY_ALG:-RS256}"

WORK="$(mktemp -d -t certbadge-load.XXXXXX)"
SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}
stop_nginx() {
  if [ -f "$WORK/nginx/nginx.pid" ]; then
    kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
    rm -f "$WORK/nginx/nginx.pid"
  fi
}
cleanup() {
  stop_service
  stop_nginx
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${CERTBADGE_BENCH_PG_URL:-}" ]; then
  DB=postgresql
  BUILD_PROFILE=(-Dquarkus.profile=pg)
  JDBC_URL="$CERTBADGE_BENCH_PG_URL" JDBC_USER="${CERTBADGE_PG_USER:-certbadge}"
else
  DB=h2
  BUILD_PROFILE=()
  JDBC_URL="jdbc:h2:retry:$WORK/certbadge;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" JDBC_USER=certbadge
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the jar and the benchmark classes ..."
  ./mvnw -B -q -Pbench package -DskipTests "${BUILD_PROFILE[@]}"
fi
./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
BENCH_CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"

# A packaged jar runs in production launch mode, which refuses the published example keys, so the
# service signs with throwaway keys made for this run and deleted with the work directory: the
# VC-JWT's and the Data Integrity proof's Ed25519 key (both also given to the signing ceiling), and
# the public issuance log's Ed25519 key.
if [ "$KEY_ALG" = RS256 ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/signing-key.pem" 2>/dev/null
else
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/signing-key.pem" 2>/dev/null
fi
openssl genpkey -algorithm ed25519 -out "$WORK/ed25519-key.pem" 2>/dev/null
openssl genpkey -algorithm ed25519 -out "$WORK/log-key.pem" 2>/dev/null

SERVICE_JVM=(-Xmx256m)
start_service() {
  echo "Starting the service on $BASE ($DB) ..."
  if curl -s -o /dev/null "$BASE/"; then
    echo "Something already answers on $BASE: stop it or choose another BENCH_PORT" >&2; exit 1
  fi
  # Rate limits off (a load test comes from one address); as an environment variable, because a
  # -D property the build does not know yet (before the hardening branch) fails config validation.
  # The outbox is written in every issue's transaction (measured) but not sent from (DELIVER=false):
  # in the dev profile the mailer's mock would print each mail to the log, which no deployment does,
  # and sending is background work paced by the SMTP server, not by the issue call.
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  CERTBADGE_RATE_LIMIT_ENABLED=false CERTBADGE_OUTBOX_DELIVER=false "$JAVA" "${SERVICE_JVM[@]}" ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=dev -Dquarkus.http.host=127.0.0.1 \
       -Dquarkus.http.port="$PORT" -Dcertbadge.public-base-url="$BASE" \
       -Dcertbadge.signing.key-file="$WORK/signing-key.pem" -Dcertbadge.signing.ed25519-key-file="$WORK/ed25519-key.pem" \
       -Dcertbadge.log.key-file="$WORK/log-key.pem" \
       -Dcertbadge.api-keys.\"dev\".sha256="$API_KEY_SHA256" \
       -Dquarkus.datasource.jdbc.url="$JDBC_URL" -Dquarkus.datasource.username="$JDBC_USER" \
       -jar target/quarkus-app/quarkus-run.jar >>"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 180); do
    if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "The service stopped during start:" >&2; tail -40 "$WORK/service.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "The service was not ready after 180 s" >&2; tail -40 "$WORK/service.log" >&2; exit 1
}

issue_one() { # recordId -> the 201 body
  jq --arg id "$1" '.recordId = $id' examples/certification-record.json \
    | curl -fsS -X POST "$BASE/api/v1/credentials" -H "Authorization: Bearer $API_KEY" \
        -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary @-
}

RUN_ID="$(date +%s)"
start_service
echo "Issuing the $IDS credentials the read phases rotate over ..."
mkdir -p "$WORK/issued"
# the first alone: it creates the recipient row that the others then only read
issue_one "SEED-$RUN_ID-1" >"$WORK/issued/1.json"
pids=()
for i in $(seq 2 "$IDS"); do
  issue_one "SEED-$RUN_ID-$i" >"$WORK/issued/$i.json" &
  pids+=($!)
  if [ ${#pids[@]} = 8 ]; then wait "${pids[@]}" || true; pids=(); fi
done
wait "${pids[@]}" || true
jq -r .id "$WORK"/issued/*.json >"$WORK/ids.txt"
[ "$(wc -l <"$WORK/ids.txt")" = "$IDS" ] || { echo "not every seed credential was issued" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
jq -r .credentialJwt "$WORK"/issued/*.json >"$WORK/jwts.txt"
jq .credential "$WORK/issued/1.json" >"$WORK/credential.json"

if [ "$DATA" -gt "$IDS" ]; then
  stop_service
  echo "Pre-loading $((DATA - IDS)) more credentials by SQL ..."
  "$JAVA" -cp "$BENCH_CP" io.certbadge.bench.load.Preload "$JDBC_URL" "$JDBC_USER" "$((DATA - IDS))"
  start_service
fi

echo "Fetching what the service answers for each id, for nginx to serve ..."
mkdir -p "$WORK/static/json/verify" "$WORK/static/html/verify" "$WORK/nginx/tmp"
export BASE WORK
xargs -P 4 -I{} sh -c 'curl -fsS -H "Accept: application/json" "$BASE/verify/{}" >"$WORK/static/json/verify/{}" \
  && curl -fsS -H "Accept: text/html" "$BASE/verify/{}" >"$WORK/static/html/verify/{}"' <"$WORK/ids.txt"
[ "$(cat "$WORK"/static/json/verify/* | jq -s 'map(select(.verified == true)) | length')" = "$IDS" ] \
  || { echo "not every seed credential verifies" >&2; exit 1; }

cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes $(nproc);
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  open_file_cache max=1000;
  client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
  server { listen 127.0.0.1:$NGINX_JSON_PORT; root $WORK/static/json; default_type application/json; }
  server { listen 127.0.0.1:$NGINX_HTML_PORT; root $WORK/static/html; default_type "text/html;charset=UTF-8"; }
}
EOF
# nginx's workers run as another user: they may pass through the work directory and read static/ only
chmod 600 "$WORK/signing-key.pem" "$WORK/ed25519-key.pem" "$WORK/log-key.pem"
chmod 711 "$WORK"
chmod -R a+rX "$WORK/static"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
first_id="$(head -1 "$WORK/ids.txt")"
cmp -s <(curl -fsS "http://127.0.0.1:$NGINX_JSON_PORT/verify/$first_id") "$WORK/static/json/verify/$first_id" \
  || { echo "nginx does not serve the fetched bytes" >&2; exit 1; }

SCRIPT="$PWD/src/bench/wrk/certbadge.lua"
export BENCH_IDS="$WORK/ids.txt" BENCH_BODIES="$WORK/jwts.txt" BENCH_RECORD="$PWD/examples/certification-record.json"
export BENCH_API_KEY="$API_KEY" BENCH_RUN_ID="$RUN_ID"
run_wrk() { # connections url seconds out, with BENCH_MODE etc. set
  local threads=$(( $1 < 2 ? 1 : 2 ))
  BENCH_OUT="$4" wrk -t"$threads" -c"$1" -d"$3"s --timeout 30s -s "$SCRIPT" "$2" >"$4.log" 2>&1 \
    || { echo "wrk failed: $(cat "$4.log")" >&2; exit 1; }
}
run_ceiling() { # sign|verify seconds out
  "$JAVA" "${SERVICE_JVM[@]}" -cp "$BENCH_CP" io.certbadge.bench.load.Ceiling "$1" "$WORK/signing-key.pem" \
    "$WORK/ed25519-key.pem" "$WORK/credential.json" 2 "$WARMUP" "$2" "$3"
}

RUNS="$WORK/runs"
mkdir -p "$RUNS"
: >"$RUNS/phases.tsv"
# phase key, request, ceiling, target ratio, target p99 ms, skip reason, operations per request
declare -A REQUEST=(
  [verify-json]="GET /verify/{id} (Accept: application/json)" [verify-html]="GET /verify/{id} (Accept: text/html)"
  [post-verify]="POST /verify (application/vc+jwt)" [issue]="POST /api/v1/credentials"
  [batch]="POST /api/v1/credentials/batch ($BATCH_SIZE records)")
declare -A CEILING=(
  [verify-json]="nginx, same bytes" [verify-html]="nginx, same bytes" [post-verify]="$KEY_ALG verify, 2 threads"
  [issue]="$KEY_ALG VC-JWT + Ed25519 Data Integrity signing, 2 threads" [batch]="POST /api/v1/credentials, issue phase")
declare -A TARGET=([verify-json]="0.15	15" [verify-html]="0.12	15" [post-verify]="-	-" [issue]="0.4	-" [batch]="-	-")
# one batch, timed: records/s, and the same run's single issue calls as its ceiling
measure_batch() {
  local dir="$RUNS/batch" round
  mkdir -p "$dir"
  echo "batch: a warm-up batch of $BATCH_WARMUP records, then $ROUNDS batches of $BATCH_SIZE ..."
  src/bench/post-batch.sh "$BASE" "$API_KEY" "$BATCH_WARMUP" "BATCH-$RUN_ID-warmup" \
    "$WORK/batch-warmup.txt" >/dev/null
  for round in $(seq 1 "$ROUNDS"); do
    printf '  round %s: ' "$round"
    src/bench/post-batch.sh "$BASE" "$API_KEY" "$BATCH_SIZE" "BATCH-$RUN_ID-$round" "$dir/service-$round.txt"
  done
  if compgen -G "$RUNS/issue/service-*.txt" >/dev/null; then
    for round in "$RUNS"/issue/service-*.txt; do
      cp "$round" "$dir/ceiling-${round##*/service-}"
    done
  else
    echo "  (no issue phase before it in this run: no ratio)"
  fi
}

IFS=, read -ra PHASE_LIST <<<"$PHASES"
for phase in "${PHASE_LIST[@]}"; do
  [ -n "${REQUEST[$phase]:-}" ] || { echo "unknown phase $phase" >&2; exit 2; }
  per_request=1 skip=- connections=$CONNECTIONS
  case "$phase" in
    verify-json) export BENCH_MODE=get BENCH_PREFIX=/verify/ BENCH_ACCEPT=application/json ;;
    verify-html) export BENCH_MODE=get BENCH_PREFIX=/verify/ BENCH_ACCEPT=text/html ;;
    post-verify) export BENCH_MODE=post BENCH_PATH=/verify BENCH_TYPE=application/vc+jwt ;;
    issue) export BENCH_MODE=issue; connections=$ISSUE_CONNECTIONS ;;
    batch)
      per_request=$BATCH_SIZE
      probe=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/credentials/batch" \
        -H "Authorization: Bearer $API_KEY" -H 'Content-Type: application/json' -d '{"records":[]}')
      if [ "$probe" = 404 ] || [ "$probe" = 405 ]; then
        skip="the service has no batch endpoint (HTTP $probe)"
      fi ;;
  esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "${REQUEST[$phase]}" "${CEILING[$phase]}" "${TARGET[$phase]}" \
    "$skip" "$per_request" >>"$RUNS/phases.tsv"
  if [ "$skip" != - ]; then
    echo "$phase: skipped, $skip"
    continue
  fi
  if [ "$phase" = batch ]; then
    measure_batch
    continue
  fi
  mkdir -p "$RUNS/$phase"
  echo "$phase: warm-up $WARMUP s, then $ROUNDS rounds of $DURATION s (service, ceiling) ..."
  run_wrk "$connections" "$BASE" "$WARMUP" "$RUNS/$phase/warmup.txt"
  for round in $(seq 1 "$ROUNDS"); do
    run_wrk "$connections" "$BASE" "$DURATION" "$RUNS/$phase/service-$round.txt"
    case "$phase" in
      verify-json) run_wrk "$connections" "http://127.0.0.1:$NGINX_JSON_PORT" "$DURATION" "$RUNS/$phase/ceiling-$round.txt" ;;
      verify-html) run_wrk "$connections" "http://127.0.0.1:$NGINX_HTML_PORT" "$DURATION" "$RUNS/$phase/ceiling-$round.txt" ;;
      post-verify) run_ceiling verify "$DURATION" "$RUNS/$phase/ceiling-$round.txt" ;;
      issue) run_ceiling sign "$DURATION" "$RUNS/$phase/ceiling-$round.txt" ;;
    esac
    printf '  round %s: service %s req/s, ceiling %s/s\n' "$round" \
      "$(awk '/^requests/{r=$2} /^seconds/{s=$2} END{printf "%.0f", r/s}' "$RUNS/$phase/service-$round.txt")" \
      "$(awk '/^requests/{r=$2} /^seconds/{s=$2} END{printf "%.0f", r/s}' "$RUNS/$phase/ceiling-$round.txt")"
  done
done

stop_service
stop_nginx
SETTINGS="wrk 4 (2 threads; $CONNECTIONS connections, issuing $ISSUE_CONNECTIONS), $ROUNDS rounds of $DURATION s per phase after a $WARMUP s warm-up (batch: $ROUNDS requests of $BATCH_SIZE records one at a time after one of $BATCH_WARMUP, curl); database $DB with $DATA credentials stored before the phases; service: java ${SERVICE_JVM[*]} ${BENCH_JAVA_OPTS:-}-jar quarkus-run.jar (outbox written, not sent), signing $KEY_ALG ($([ "$KEY_ALG" = RS256 ] && echo RSA-2048 || echo EC P-256)) and Ed25519 (Data Integrity, eddsa-rdfc-2022); nginx $(nginx -v 2>&1 | sed 's|.*/||'), $(nproc) workers; service, ceilings and wrk on the same machine"
"$JAVA" -cp "$BENCH_CP" io.certbadge.bench.load.LoadReport "$RUNS" "load-$DB-$DATA" "$SETTINGS"
