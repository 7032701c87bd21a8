#!/usr/bin/env bash
# Fuzzes the core's readers with Jazzer, one target after another, each for its @FuzzTest
# maxDuration (10 s). Without arguments: every target. A crash stops the run; Jazzer writes the
# input that caused it beside the target's seeds (core/src/test/resources/.../<Class>Inputs/
# <target>/crash-*), where it runs as a regression test from then on: commit it with the fix.
#
#   ops/fuzz.sh                         every target
#   ops/fuzz.sh importer.ResumeImporterFuzzTests#pdf json.JsonResumeReaderFuzzTests#read
#   ops/fuzz.sh --pick N                N targets, a different N each day (CI: a short run)
#   ops/fuzz.sh --list                  the targets
#
# Each run keeps what it learnt in core/.cifuzz-corpus/ (git-ignored), so repeated runs go
# deeper: a longer campaign is this script in a loop. MAVEN_ARGS adds Maven options (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(
  json.JsonResumeReaderFuzzTests#read
  importer.ResumeImporterFuzzTests#pdf
  importer.ResumeImporterFuzzTests#docx
  importer.ResumeImporterFuzzTests#text
  importer.ResumeImporterFuzzTests#markdown
  importer.ResumeImporterFuzzTests#fresh
  importer.ResumeImporterFuzzTests#linkedInExport
  ats.AtsCheckerFuzzTests#checkText
  ats.AtsCheckerFuzzTests#jobPosting
)

chosen=()
case "${1:-}" in
  --list) printf '%s\n' "${TARGETS[@]}"; exit 0 ;;
  --pick)
    n=${2:?--pick needs a number}
    day=$((10#$(date -u +%j)))
    for i in $(seq 0 $((n - 1))); do
      chosen+=("${TARGETS[$(((day * n + i) % ${#TARGETS[@]}))]}")
    done
    ;;
  "") chosen=("${TARGETS[@]}") ;;
  *) chosen=("$@") ;;
esac

# the core and its dependencies once, then each target on its own (Jazzer fuzzes one per JVM)
# shellcheck disable=SC2086
./mvnw -B -q ${MAVEN_ARGS:-} install -pl core -am -DskipTests -Djacoco.skip=true
for target in "${chosen[@]}"; do
  echo "fuzzing $target"
  # shellcheck disable=SC2086
  JAZZER_FUZZ=1 ./mvnw -B -q ${MAVEN_ARGS:-} test -pl core \
    -Dtest="org.createyourresume.$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true
done
echo "fuzzed: ${chosen[*]}"
