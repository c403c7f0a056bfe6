#!/usr/bin/env bash
# Start-up benchmark: BackCoach's app image against a hello-world JavaFX window packaged the same
# way (same jlinked runtime with its CDS archive, same launcher, JavaFX jars on the classpath, same
# java options). Prints both medians and their ratio (goal <= 1.3), idle memory (RSS) after start
# and its ratio (goal <= 1.3), and the CPU time each uses over 10 idle seconds (goal about 0).
#
#   bench/startup/run.sh [RUNS]        RUNS per app, alternating (default 7, at least 5)
#
# Needs a display; without one it re-runs itself under xvfb-run. Builds the app image
# (mvn -Pdist package) when target/dist/BackCoach is missing. Output goes to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-7}"
if (( RUNS < 5 )); then
  echo "at least 5 runs each, please" >&2
  exit 2
fi
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi

OUT=bench/out/startup
APP=target/dist/BackCoach/bin/BackCoach
if [[ ! -x "$APP" ]]; then
  mvn -B -q -Pdist package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT/hello-input" "$OUT/classes"

# The baseline: compiled against, and run with, the very jars and natives BackCoach ships.
APPDIR=target/dist/BackCoach/lib/app
JAVA_HOME_FOR_BUILD="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
javac -d "$OUT/classes" -cp "$(ls $APPDIR/javafx-*.jar | tr '\n' ':')" bench/startup/HelloWindow.java
jar --create --file "$OUT/hello-input/hello.jar" -C "$OUT/classes" .
cp $APPDIR/javafx-*.jar $APPDIR/*.so "$OUT/hello-input/"
# Same runtime image and the same java options as BackCoach's launcher.
mapfile -t JAVA_OPTIONS < <(sed -n 's/^java-options=//p' "$APPDIR/BackCoach.cfg" | grep -v -e '^-Djpackage.app-version' -e 'SharedArchiveFile')
JPACKAGE_OPTIONS=()
for option in "${JAVA_OPTIONS[@]}"; do
  JPACKAGE_OPTIONS+=(--java-options "$option")
done
"$JAVA_HOME_FOR_BUILD/bin/jpackage" --type app-image --name HelloWindow --dest "$OUT" \
  --runtime-image target/dist/BackCoach/lib/runtime --input "$OUT/hello-input" \
  --main-jar hello.jar --main-class HelloWindow "${JPACKAGE_OPTIONS[@]}"
HELLO="$OUT/HelloWindow/bin/HelloWindow"

# One data folder for all BackCoach runs, as for a person who opens the app every day.
export BACKCOACH_DATA_DIR="$PWD/$OUT/data"

startup_ms() {
  local output
  output="$("$@" --smoke-exit 2>>"$OUT/stderr.txt")"
  sed -n 's/^startup_ms=//p' <<<"$output" | tail -1
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "warming up (file cache, first journal) ..."
startup_ms "$HELLO" >/dev/null
startup_ms "$APP" >/dev/null

: >"$OUT/hello.txt"
: >"$OUT/backcoach.txt"
for ((i = 1; i <= RUNS; i++)); do
  h="$(startup_ms "$HELLO")"
  b="$(startup_ms "$APP")"
  echo "run $i: hello-world ${h} ms, BackCoach ${b} ms"
  echo "$h" >>"$OUT/hello.txt"
  echo "$b" >>"$OUT/backcoach.txt"
done
HELLO_MEDIAN="$(median <"$OUT/hello.txt")"
APP_MEDIAN="$(median <"$OUT/backcoach.txt")"

# Idle figures: start without --smoke-exit, wait until the window is shown, let it settle, then
# read the resident memory and the CPU time used over 10 seconds of doing nothing.
TICKS="$(getconf CLK_TCK)"
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
idle() {
  local name="$1" shown_file="$2"
  shift 2
  "$@" >"$OUT/$name-idle.out" 2>>"$OUT/stderr.txt" &
  local pid=$!
  for ((w = 0; w < 600; w++)); do
    if grep -qs -e 'startup_ms=' -e 'main window shown' "$shown_file"; then break; fi
    sleep 0.1
  done
  sleep 3
  local rss before after
  rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
  before="$(cpu_ticks "$pid")"
  sleep 10
  after="$(cpu_ticks "$pid")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$rss $(( (after - before) * 1000 / TICKS ))"
}
: >"$OUT/hello-idle.txt"
: >"$OUT/backcoach-idle.txt"
for ((i = 1; i <= 3; i++)); do
  idle hello "$OUT/hello-idle.out" "$HELLO" >>"$OUT/hello-idle.txt"
  rm -f "$BACKCOACH_DATA_DIR"/logs/*.log
  idle backcoach "$BACKCOACH_DATA_DIR/logs/backcoach-0.log" "$APP" >>"$OUT/backcoach-idle.txt"
done
HELLO_RSS="$(cut -d' ' -f1 "$OUT/hello-idle.txt" | median)"
APP_RSS="$(cut -d' ' -f1 "$OUT/backcoach-idle.txt" | median)"
HELLO_CPU="$(cut -d' ' -f2 "$OUT/hello-idle.txt" | median)"
APP_CPU="$(cut -d' ' -f2 "$OUT/backcoach-idle.txt" | median)"

echo
echo "start-up, JVM start to first layout pulse of the main window; $RUNS runs each, alternating"
echo "  hello-world median: ${HELLO_MEDIAN} ms"
echo "  BackCoach median:   ${APP_MEDIAN} ms"
awk -v a="$APP_MEDIAN" -v h="$HELLO_MEDIAN" 'BEGIN { printf "  ratio:              %.2fx (goal <= 1.3x)\n", a / h }'
echo "idle memory (RSS) 3 s after the window shows; median of 3"
echo "  hello-world: $((HELLO_RSS / 1024)) MB"
echo "  BackCoach:   $((APP_RSS / 1024)) MB"
awk -v a="$APP_RSS" -v h="$HELLO_RSS" 'BEGIN { printf "  ratio:       %.2fx (goal <= 1.3x)\n", a / h }'
echo "CPU time used over 10 idle seconds; median of 3"
echo "  hello-world: ${HELLO_CPU} ms"
echo "  BackCoach:   ${APP_CPU} ms"
