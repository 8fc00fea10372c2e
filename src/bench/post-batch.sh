#!/usr/bin/env bash
# One timed batch for the load test's batch phase (src/bench/run-load.sh), usable alone against any
# running instance, e.g. a dev one (./mvnw quarkus:dev; the dev key is in the README):
#   src/bench/post-batch.sh BASE API_KEY RECORDS RECORD_ID_PREFIX FIGURES_FILE
#   src/bench/post-batch.sh http://localhost:8080 certbadge-dev-key-0000-do-not-use-in-production 1000 TRY-$(date +%s) /tmp/batch.txt
# Posts one request of RECORDS copies of examples/certification-record.json (recordIds
# RECORD_ID_PREFIX-0 ... -N, so every one is new) to POST /api/v1/credentials/batch, times it with
# curl, and writes the figures in the format of the wrk script's done() (requests, seconds, errors,
# bytes, latency histogram in µs), one request per file: the report multiplies by the records per
# request. "errors" counts the records that were not issued (201). Prints one line of figures.
# Needs curl and jq.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# = 5 ] || { echo "usage: $0 BASE API_KEY RECORDS RECORD_ID_PREFIX FIGURES_FILE" >&2; exit 2; }
base=$1 key=$2 records=$3 prefix=$4 figures=$5

answer="$(mktemp -t certbadge-batch.XXXXXX)"
trap 'rm -f "$answer"' EXIT
# a full batch is signed record after record: tens of seconds, minutes on a busy machine
read -r code seconds < <(jq -c --argjson n "$records" --arg prefix "$prefix" \
    '. as $record | {records: [range($n) | . as $i | $record | .recordId = "\($prefix)-\($i)"]}' \
    examples/certification-record.json \
  | curl -sS -o "$answer" -w '%{http_code} %{time_total}\n' --max-time 1800 -X POST "$base/api/v1/credentials/batch" \
      -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data-binary @-)
if [ "$code" != 200 ]; then
  echo "POST /api/v1/credentials/batch answered $code: $(head -c 500 "$answer")" >&2
  exit 1
fi
read -r issued repeated rejected < <(jq -r '.summary | "\(.issued) \(.repeated) \(.rejected)"' "$answer")
[ "$(jq '.results | length' "$answer")" = "$records" ] || { echo "not one result per record" >&2; exit 1; }
micros=$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1e6 }')
printf 'requests 1\nseconds %s\nerrors %d\nbytes %d\nlatency_us %d:1\n' "$seconds" "$((records - issued))" \
  "$(wc -c <"$answer")" "$micros" >"$figures"
awk -v n="$records" -v s="$seconds" -v i="$issued" -v r="$repeated" -v x="$rejected" \
  'BEGIN { printf "%d records in %.1f s: %.1f records/s (issued %d, repeated %d, rejected %d)\n", n, s, n / s, i, r, x }'
