#!/usr/bin/env bash
# Runs the benchmark suite and prints one line per performance bar:
#   BAR <name> <measured> <limit> PASS|FAIL   then   BARS <passed>/<total>
# Every figure is a ratio to a baseline measured in the same run (bytes-per-line excepted).
#
# usage: benchmarks/run.sh [--quick] [--record]
#   --quick    short JMH settings (1 fork, 2 warm-up and 3 measured 1 s iterations), 10 start-up runs
#   --record   rewrite benchmarks/RESULTS.md from this run (a full run always does)
# Environment: JMH_INCLUDE (a JMH regexp, default all benchmarks), JMH_EXTRA (more JMH options,
# e.g. "-prof gc"), SKIP_BUILD=1 (use the jars already built), CLI_JAR (time this command-line
# tool jar, run by java directly, instead of building examples/target/yusuan-cli.jar and timing
# the yusuan launcher).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
quick=0
record=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --record) record=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$quick" = 1 ]; then
  jmh_opts=(-f 1 -wi 2 -i 3 -w 1s -r 1s)
  startup_runs=10
  mode=quick
else
  jmh_opts=(-f 3 -wi 5 -i 10 -w 2s -r 2s)
  startup_runs=30
  mode=full
  record=1
fi

out="$here/target/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
bench_jar="$here/target/benchmarks.jar"
cli_jar="${CLI_JAR:-$root/examples/target/yusuan-cli.jar}"

log() { echo "run.sh: $*" >&2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the benchmarks (tests skipped)..."
  # the testing module is only a test dependency of io-json, but Maven resolves it even with the
  # tests skipped: it is built too (left out, the build would need it installed in the local repository)
  if ! (cd "$root" && mvn -q -B -Dmaven.test.skip=true -pl benchmarks -am package) >"$out/build.log" 2>&1; then
    grep -E 'ERROR|BUILD' "$out/build.log" | head -n 30 >&2
    log "the build failed (output above)"
    exit 2
  fi
  # the command-line tool is only needed by the start-up bar: if it does not build, that bar says so
  if [ -z "${CLI_JAR:-}" ]; then
    log "building the command-line tool (tests skipped)..."
    if ! (cd "$root" && mvn -q -B -Dmaven.test.skip=true -pl examples -am package) >"$out/build-cli.log" 2>&1; then
      log "the command-line tool did not build (see $out/build-cli.log); the start-up bar will say n/a"
      rm -f "$cli_jar"
    fi
  fi
fi

# JMH: every class in the jar pairs an `ours` method with a `baseline` on the same data.
jmh() { # jmh NAME REGEXP OPTIONS...
  local name="$1" regexp="$2"; shift 2
  log "JMH $name ($mode settings), log in $out/jmh-$name.log ..."
  java -jar "$bench_jar" "$@" -jvmArgsAppend "-Xms2g -Xmx2g" \
    -rf json -rff "$out/jmh-$name.json" ${JMH_EXTRA:-} "$regexp" >"$out/jmh-$name.log" 2>&1 \
    || log "JMH exited with an error; the bars it did not measure print n/a (see $out/jmh-$name.log)"
  grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' "$out/jmh-$name.log" | sed 's/^/  /' >&2 || true
}
if [ -n "${JMH_INCLUDE:-}" ]; then
  jmh selected "$JMH_INCLUDE" "${jmh_opts[@]}"
else
  jmh all '.*' "${jmh_opts[@]}"
fi

# Probes in separate JVMs; each prints a METRIC line.
metrics="$out/metrics.txt"
: >"$metrics"
probe() {
  local name="$1"; shift
  log "probe $name ..."
  if ! java "$@" >>"$metrics" 2>"$out/$name.err"; then
    echo "METRIC $name n/a the probe failed: $(tail -n 1 "$out/$name.err")" >>"$metrics"
  fi
}
probe_class() { [ -f "$here/src/main/java/dev/yusuan/benchmarks/probe/$1.java" ]; }

if probe_class Footprint; then
  probe bytes-per-line -Xmx2g -XX:+UseSerialGC -cp "$bench_jar" dev.yusuan.benchmarks.probe.Footprint 1000000
fi
if probe_class StreamingScale; then
  # the generated JSON files (about 140 MB and 1.4 GB) are kept between runs
  probe stream-10m-vs-1m -Xmx256m -cp "$bench_jar" dev.yusuan.benchmarks.probe.StreamingScale "$here/target/data" "$mode"
fi
# the start-up bar times the launcher as the user runs it, or the given CLI_JAR by java directly
probe startup-vs-hello -cp "$bench_jar" dev.yusuan.benchmarks.probe.StartupProbe "${CLI_JAR:-$root/yusuan}" "$bench_jar" "$startup_runs"
sed 's/^/  /' "$metrics" >&2

summary_args=(--metrics "$metrics" --mode "$mode")
for f in "$out"/jmh-*.json; do
  [ -f "$f" ] && summary_args+=(--jmh "$f")
done
if [ "$record" = 1 ]; then
  summary_args+=(--results "$here/RESULTS.md" --record "$here/results.tsv")
fi
java -cp "$bench_jar" dev.yusuan.benchmarks.report.Summary "${summary_args[@]}" | tee "$out/bars.txt"
