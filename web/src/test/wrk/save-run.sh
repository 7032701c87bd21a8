#!/usr/bin/env bash
# Measures saving (PUT /api/resumes/{id}) at a fixed rate with wrk and save.lua: starts the app
# jar with rate limits off, creates one resume per connection, warms up, then measures.
# Run from the repository root after
#   ./mvnw -B -q -pl app -am package -DskipTests
# Usage: web/src/test/wrk/save-run.sh [rate] [seconds] [connections]
# The embedded H2 database (a fresh one in a temporary folder) is used unless
# SPRING_DATASOURCE_URL names another, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres
set -euo pipefail
rate=${1:-200}
seconds=${2:-30}
connections=${3:-4}
port=${PORT_UNDER_TEST:-8191}
jar=app/target/create-your-resume.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -q -pl app -am package -DskipTests" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1);" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
data=$(mktemp -d)
java ${JAVA_OPTS:-} -jar "$jar" serve --port "$port" --cyr.data-dir="$data" \
  --cyr.rate-limit.enabled=false > /tmp/cyr-save-bench-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.05; done
grep -o 'Saved resumes: .*' /tmp/cyr-save-bench-server.log | head -1 || true

pairs=()
for _ in $(seq 1 "$connections"); do
  created=$(curl -sf -X POST -H 'Content-Type: application/json' \
    --data-binary "@${RESUME:-web/src/main/resources/examples/experienced-professional.json}" \
    "http://127.0.0.1:$port/api/resumes")
  id=$(printf '%s' "$created" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  token=$(printf '%s' "$created" | sed -E 's/.*"editToken":"([^"]+)".*/\1/')
  pairs+=("$id:$token")
done

echo "warm-up: 15 s at $rate saves/s"
wrk -t"$connections" -c"$connections" -d15s -s web/src/test/wrk/save.lua \
  "http://127.0.0.1:$port" -- "$rate" "${pairs[@]}" > /dev/null
echo "measured: ${seconds} s at $rate saves/s, $connections connections"
wrk -t"$connections" -c"$connections" -d"${seconds}s" --latency -s web/src/test/wrk/save.lua \
  "http://127.0.0.1:$port" -- "$rate" "${pairs[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
