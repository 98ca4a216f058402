#!/usr/bin/env bash
# Runs every performance check of pgtagger (see docs/performance.md) and writes the figures to $OUT:
#   1. builds examples/target/pgtagger.jar and bench/target/benchmarks.jar;
#   2. generates 200,000 (and 1,000,000) reflections into a temporary directory;
#   3. whole process: `pgtagger tag` against the floor program (hyperfine if installed, else a timing loop);
#   4. the default tagger's build time after JVM start (fresh JVMs);
#   5. the heap a built tagger retains, and `pgtagger tag` on 1,000,000 reflections with -Xmx128m;
#   6. CPU time per text of the tagger and the baselines (a cross-check for a busy machine), and thread scaling
#      with the processors the threads actually got (ThreadScaling);
#   7. JMH: TaggingBenchmark and ThreadScalingBenchmark;
#   8. with PROFILE=1, a JFR profile of `pgtagger tag` summarised by top frames.
#
# Usage (from anywhere):  bench/run.sh
# Environment: OUT (default bench/target/results), RUNS (whole-process repetitions, default 5),
#   FORKS / WARMUPS / ITERATIONS (JMH, default 2 / 3 / 5), QUICK=1 (short JMH and fewer runs, for a smoke test),
#   SKIP_BUILD=1, SKIP_JMH=1, PROFILE=1, MVN_FLAGS (e.g. -o), LEXICONS (default "bundled large": which lexicon
#   sets the in-process steps measure), SCALING_ROUNDS (rounds of ThreadScaling, default 10).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="${OUT:-$ROOT/bench/target/results}"
RUNS="${RUNS:-5}"
FORKS="${FORKS:-2}"
WARMUPS="${WARMUPS:-3}"
ITERATIONS="${ITERATIONS:-5}"
if [[ "${QUICK:-0}" == 1 ]]; then
  RUNS=2; FORKS=1; WARMUPS=1; ITERATIONS=2; SCALING_ROUNDS="${SCALING_ROUNDS:-2}"
fi
mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
CLI="$ROOT/examples/target/pgtagger.jar"
BENCH="$ROOT/bench/target/benchmarks.jar"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

say "== pgtagger performance run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $(java -version 2>&1 | head -n 2 | tail -n 1)"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # -am: always build core from this tree (a pgtagger-core in ~/.m2 may be another version)
  mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl examples,bench -am
fi

# 2. data
java -cp "$BENCH" io.github.pgtagger.bench.ReflectionGenerator "$TMP/r200k.jsonl" 200000
say "data: 200,000 reflections, $(wc -c < "$TMP/r200k.jsonl") bytes"

# 3. whole process
FLOOR_CMD="java -cp $BENCH io.github.pgtagger.bench.FloorProgram $TMP/r200k.jsonl $TMP/floor.jsonl"
TAG_CMD="java -jar $CLI tag -i $TMP/r200k.jsonl -o $TMP/tagged.jsonl"
say "== whole process, 200,000 reflections ($RUNS runs each, alternating)"
if command -v hyperfine > /dev/null 2>&1; then
  hyperfine -w 1 -r "$RUNS" -N --export-json "$OUT/whole-process.json" -n floor "$FLOOR_CMD" -n tagger "$TAG_CMD" \
    | tee -a "$SUMMARY"
else
  TIMEFORMAT='%R %U %S'
  : > "$TMP/floor.times"; : > "$TMP/tag.times"
  for ((r = 0; r < RUNS; r++)); do
    { time $FLOOR_CMD 2> /dev/null; } 2>> "$TMP/floor.times"
    { time $TAG_CMD 2> /dev/null; } 2>> "$TMP/tag.times"
  done
  for f in floor tag; do
    wall=$(awk '{print $1}' "$TMP/$f.times" | median)
    cpu=$(awk '{print $2 + $3}' "$TMP/$f.times" | median)
    say "$f: wall median ${wall}s, cpu (user+sys) median ${cpu}s; all wall: $(awk '{printf "%s ", $1}' "$TMP/$f.times")"
    eval "${f}_wall=$wall; ${f}_cpu=$cpu"
  done
  say "ratio tagger/floor: wall $(awk -v a="$tag_wall" -v b="$floor_wall" 'BEGIN {printf "%.2f", a / b}')," \
    "cpu $(awk -v a="$tag_cpu" -v b="$floor_cpu" 'BEGIN {printf "%.2f", a / b}') (target: wall <= 2.0)"
fi
[[ $(wc -l < "$TMP/tagged.jsonl") == 200000 ]] || { say "ERROR: tagger output has the wrong number of lines"; exit 1; }

# 4. build time after JVM start
say "== default tagger build time (10 fresh JVMs)"
: > "$TMP/build.times"
for ((r = 0; r < 10; r++)); do
  java -cp "$BENCH" io.github.pgtagger.bench.BuildTime bundled | tee -a "$SUMMARY" \
    | sed 's/.*sinceJvmStartMs=\([0-9]*\).*/\1/' >> "$TMP/build.times"
done
say "built after JVM start: median $(median < "$TMP/build.times") ms, max $(sort -g "$TMP/build.times" | tail -n 1) ms (target <= 300)"
say "main-thread CPU until built and two texts tagged: median $(sed 's/.*mainThreadCpuMs=//' "$SUMMARY" | grep -E '^[0-9]+$' | median) ms"

# 5. memory
say "== retained heap of a built tagger (SerialGC, used heap after full GCs)"
for lex in bundled large; do
  java -XX:+UseSerialGC -cp "$BENCH" io.github.pgtagger.bench.RetainedHeap "$lex" | tee -a "$SUMMARY"
done
say "== pgtagger tag on 1,000,000 reflections with -Xmx128m"
java -cp "$BENCH" io.github.pgtagger.bench.ReflectionGenerator "$TMP/r1m.jsonl" 1000000
TIMEFORMAT='%R s wall, %U s user'
set +e
if [[ -x /usr/bin/time ]]; then
  { time /usr/bin/time -f 'max RSS %M KB' java -Xmx128m -jar "$CLI" tag -i "$TMP/r1m.jsonl" -o "$TMP/r1m.out.jsonl"; } \
    2>&1 | tee -a "$SUMMARY"
else
  { time java -Xmx128m -jar "$CLI" tag -i "$TMP/r1m.jsonl" -o "$TMP/r1m.out.jsonl"; } 2>&1 | tee -a "$SUMMARY"
fi
status=${PIPESTATUS[0]}
set -e
say "exit status $status, output lines $(wc -l < "$TMP/r1m.out.jsonl" 2> /dev/null || echo 0) (expected 1000000)"
rm -f "$TMP/r1m.jsonl" "$TMP/r1m.out.jsonl"

# 6. CPU time per text
say "== CPU time per text (in process, single thread)"
for lex in ${LEXICONS:-bundled large}; do
  java -Xms1g -Xmx1g -cp "$BENCH" io.github.pgtagger.bench.CpuTimePerText "$lex" | tee -a "$SUMMARY"
done

# 6b. thread scaling with processors used
say "== thread scaling (one shared tagger, 1 and 2 threads; processors used per phase)"
java -Xms1g -Xmx1g -cp "$BENCH" io.github.pgtagger.bench.ThreadScaling bundled "${SCALING_ROUNDS:-10}" \
  | tee -a "$SUMMARY"

# 7. JMH
if [[ "${SKIP_JMH:-0}" != 1 ]]; then
  say "== JMH (-f $FORKS -wi $WARMUPS -i $ITERATIONS, 2 s each)"
  java -jar "$BENCH" 'TaggingBenchmark|ThreadScalingBenchmark' -f "$FORKS" -wi "$WARMUPS" -i "$ITERATIONS" \
    -p lexicon="$(echo ${LEXICONS:-bundled large} | tr ' ' ',')" \
    -rf json -rff "$OUT/jmh.json" 2>&1 | tee "$OUT/jmh.log" | grep -E '^(Benchmark|TaggingBenchmark|ThreadScaling)' \
    | tee -a "$SUMMARY"
fi

# 8. profile
if [[ "${PROFILE:-0}" == 1 ]]; then
  say "== JFR profile of pgtagger tag (top frames)"
  java -XX:StartFlightRecording=filename="$OUT/tag.jfr",settings=profile -jar "$CLI" tag -i "$TMP/r200k.jsonl" \
    -o "$TMP/tagged.jsonl" 2> /dev/null
  java -cp "$BENCH" io.github.pgtagger.bench.JfrTopFrames "$OUT/tag.jfr" 40 | tee -a "$SUMMARY"
fi
say "results in $OUT (summary.txt, jmh.json)"
