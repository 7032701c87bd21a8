#!/bin/bash
# Cold start of the runnable jar: milliseconds until GET / answers 200, and the process's CPU
# time (user + system, all threads) at that moment.
#   bench/cold-start.sh app/target/create-your-resume.jar 18195
set -eu
JAR=$1
PORT=$2
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
start=$(date +%s%N)
java -jar "$JAR" serve --port "$PORT" --cyr.data-dir="$DATA" > "$DATA/log" 2>&1 &
PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" = 200 ]; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "the server stopped before it answered; its log:" >&2
    cat "$DATA/log" >&2
    exit 1
  fi
  sleep 0.05
done
end=$(date +%s%N)
ticks=$(getconf CLK_TCK)
read -r user system < <(awk '{print $14, $15}' "/proc/$PID/stat")
echo "wall $(( (end - start) / 1000000 )) ms, cpu $(( (user + system) * 1000 / ticks )) ms"
kill "$PID"
wait "$PID" 2>/dev/null || true
