#!/usr/bin/env bash
# Measures the web app: start-up to first served request, then POST /api/render under wrk with
# the server's RSS sampled during the load. Run from the repository root after
#   ./mvnw -B -q -pl app -am package -DskipTests
# Usage: web/src/test/wrk/run.sh [connections] [seconds] [warm-up seconds]
# The warm-up (60 s unless given) is load before the measured run, so that the figure is a running
# server's: on 2 cores the JIT keeps compiling the render path for about a minute of renders.
# wrk runs with one thread: it shares the machine's cores with the server, and one thread drives
# a few connections easily.
set -euo pipefail
connections=${1:-4}
seconds=${2:-30}
warmup=${3:-60}
port=${PORT_UNDER_TEST:-8190}
jar=app/target/create-your-resume.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B -q -pl app -am package -DskipTests" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)," \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1);" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$jar" serve --port "$port" --cyr.rate-limit.enabled=false \
  > /tmp/cyr-bench-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.02; done
ready=$(date +%s%N)
echo "start to first served request (health): $(( (ready - start) / 1000000 )) ms"
curl -s -o /dev/null -w "first render request: %{time_total} s\n" -X POST \
  -H 'Content-Type: application/json' --data-binary @web/src/test/resources/resumes/one-page.json \
  "http://127.0.0.1:$port/api/render"

# warm up: JIT, every worker's fonts
if [ "$warmup" -gt 0 ]; then
  wrk -t1 -c"$connections" -d"${warmup}s" -s web/src/test/wrk/render.lua "http://127.0.0.1:$port" > /dev/null
fi

rss_log=$(mktemp)
( while kill -0 "$server" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$server/status" >> "$rss_log"; sleep 1; done ) &
sampler=$!
wrk -t1 -c"$connections" -d"${seconds}s" --latency -s web/src/test/wrk/render.lua "http://127.0.0.1:$port"
kill "$sampler" 2>/dev/null || true
sort -n "$rss_log" | awk '{a[NR]=$1} END {printf "server RSS under load: median %d MiB, max %d MiB\n", a[int((NR+1)/2)]/1024, a[NR]/1024}'
rm -f "$rss_log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
