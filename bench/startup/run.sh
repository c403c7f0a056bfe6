#!/usr/bin/env bash
# Start-up benchmark (docs/performance.md): BackCoach started two ways, against two baselines, all
# measured in the same run under one X server, alternating.
#
#   plain        the plain bare window a person would run instead (bench/startup/PlainWindow.java):
#                one label, 900x650, one fat jar with BackCoach's JavaFX version, `java -jar` on the
#                machine's JDK (the `java` on the PATH), no options
#   hello-world  the same bare window at BackCoach's size (HelloWindow.java), packaged as BackCoach
#                is: jpackage on BackCoach's jlinked runtime, the same JavaFX jars, natives and java
#                options, and the runtime's default class-data archive
#   app image    target/dist/BackCoach/bin/BackCoach
#   fat jar      java -jar target/backcoach.jar, the README's way
#
# Each start runs with --smoke-exit and prints startup_ms: from the JVM's start to the first layout
# pulse after the window shows (BackCoach: its main screen), the pulse that renders it. Then each
# is started again and left idle: resident memory 3 s after the window shows (idle RSS), the most
# it held until then (peak RSS, VmHWM), and the CPU time it uses over 10 idle seconds.
# Goals (issue 18): app image <= 1.2x both baselines, fat jar <= 1.4x the plain window, idle
# memory <= 1.3x the plain window, idle CPU about zero.
#
#   bench/startup/run.sh [RUNS [IDLE_RUNS]]   RUNS starts per program (default 7; fewer than 5 is
#                                             a trial of the script, not a measurement), IDLE_RUNS
#                                             idle measurements per program (default 3)
#
# Needs a display; without one it re-runs itself under xvfb-run. Builds the app image and the fat
# jar (mvn -Pdist package) when either is missing. Output goes to bench/out/startup/.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-7}"
IDLE_RUNS="${2:-3}"
if (( RUNS < 1 || IDLE_RUNS < 1 )); then
  echo "usage: bench/startup/run.sh [RUNS [IDLE_RUNS]], both at least 1" >&2
  exit 2
fi
if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi

OUT=bench/out/startup
APP=target/dist/BackCoach/bin/BackCoach
FAT_JAR=target/backcoach.jar
if [[ ! -x "$APP" || ! -f "$FAT_JAR" ]]; then
  mvn -B -q -Pdist package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT/hello-input" "$OUT/classes" "$OUT/plain-jar"

# Both baselines are compiled against the JavaFX jars BackCoach ships (the same version).
APPDIR=target/dist/BackCoach/lib/app
JDK_BIN="$(dirname "$(readlink -f "$(command -v javac)")")"
javac -d "$OUT/classes" -cp "$(ls $APPDIR/javafx-*.jar | tr '\n' ':')" \
  bench/startup/PlainWindow.java bench/startup/HelloWindow.java

# The plain window: one fat jar, JavaFX unpacked into it as a shaded jar would have it.
for fx in $APPDIR/javafx-*-*.jar; do
  unzip -q -o "$fx" -d "$OUT/plain-jar"
done
rm -rf "$OUT/plain-jar/META-INF" && find "$OUT/plain-jar" -name module-info.class -delete
cp "$OUT"/classes/PlainWindow*.class "$OUT/plain-jar/"
"$JDK_BIN/jar" --create --file "$OUT/plain-window.jar" --main-class PlainWindow -C "$OUT/plain-jar" .

# The hello-world: same runtime image and java options as BackCoach's launcher, except its app
# class-data archive; the runtime's default archive is made for it, as a JDK's own would have one.
jar_classes=()
for class in "$OUT"/classes/*.class; do jar_classes+=(-C "$OUT/classes" "$(basename "$class")"); done
"$JDK_BIN/jar" --create --file "$OUT/hello-input/hello.jar" "${jar_classes[@]}"
cp $APPDIR/javafx-*.jar $APPDIR/*.so "$OUT/hello-input/"
mapfile -t JAVA_OPTIONS < <(sed -n 's/^java-options=//p' "$APPDIR/BackCoach.cfg" | grep -v -e '^-Djpackage.app-version' -e 'SharedArchiveFile')
JPACKAGE_OPTIONS=()
for option in "${JAVA_OPTIONS[@]}"; do
  JPACKAGE_OPTIONS+=(--java-options "$option")
done
"$JDK_BIN/jpackage" --type app-image --name HelloWindow --dest "$OUT" \
  --runtime-image target/dist/BackCoach/lib/runtime --input "$OUT/hello-input" \
  --main-jar hello.jar --main-class HelloWindow "${JPACKAGE_OPTIONS[@]}"
"$OUT/HelloWindow/lib/runtime/bin/java" -Xshare:dump >"$OUT/hello-cds.log" 2>&1

NAMES=(plain hello image jar)
declare -A LABEL=([plain]="plain bare window (fat jar, java -jar)" [hello]="hello-world (app image, BackCoach's runtime)"
  [image]="BackCoach app image" [jar]="BackCoach fat jar (java -jar)")
declare -A COMMAND=([plain]="java -jar $OUT/plain-window.jar" [hello]="$OUT/HelloWindow/bin/HelloWindow"
  [image]="$APP" [jar]="java -jar $FAT_JAR")

# One data folder for all BackCoach runs, as for a person who opens the app every day.
export BACKCOACH_DATA_DIR="$PWD/$OUT/data"

startup_ms() {
  local output
  output="$(${COMMAND[$1]} --smoke-exit 2>>"$OUT/stderr.txt")"
  sed -n 's/^startup_ms=//p' <<<"$output" | tail -1
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "java for the fat jars: $(java -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming up (file cache, JavaFX's natives unpacked for the fat jars, the first journal) ..."
for name in "${NAMES[@]}"; do
  startup_ms "$name" >/dev/null
  : >"$OUT/$name.txt"
done

# Alternating, and each round starts with the next program, so none is always first after a pause.
for ((i = 0; i < RUNS; i++)); do
  line="run $((i + 1)):"
  for ((k = 0; k < ${#NAMES[@]}; k++)); do
    name="${NAMES[(i + k) % ${#NAMES[@]}]}"
    ms="$(startup_ms "$name")"
    echo "$ms" >>"$OUT/$name.txt"
    line+=" $name ${ms} ms,"
  done
  echo "${line%,}"
done

# Idle figures: start without --smoke-exit, wait until the window is shown, let it settle, then
# read the resident and peak memory and the CPU time used over 10 seconds of doing nothing.
TICKS="$(getconf CLK_TCK)"
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
idle() {
  local name="$1" shown_file="$2"
  ${COMMAND[$name]} >"$OUT/$name-idle.out" 2>>"$OUT/stderr.txt" &
  local pid=$!
  for ((w = 0; w < 600; w++)); do
    if grep -qs -e 'startup_ms=' -e 'main window shown' "$shown_file"; then break; fi
    sleep 0.1
  done
  sleep 3
  local rss peak before after
  rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
  peak="$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")"
  before="$(cpu_ticks "$pid")"
  sleep 10
  after="$(cpu_ticks "$pid")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$rss $peak $(( (after - before) * 1000 / TICKS ))"
}
for name in "${NAMES[@]}"; do : >"$OUT/$name-idle.txt"; done
for ((i = 0; i < IDLE_RUNS; i++)); do
  for name in "${NAMES[@]}"; do
    if [[ "$name" == image || "$name" == jar ]]; then
      rm -f "$BACKCOACH_DATA_DIR"/logs/*.log
      idle "$name" "$BACKCOACH_DATA_DIR/logs/backcoach-0.log" >>"$OUT/$name-idle.txt"
    else
      idle "$name" "$OUT/$name-idle.out" >>"$OUT/$name-idle.txt"
    fi
  done
done

declare -A START RSS PEAK CPU
for name in "${NAMES[@]}"; do
  START[$name]="$(median <"$OUT/$name.txt")"
  RSS[$name]="$(cut -d' ' -f1 "$OUT/$name-idle.txt" | median)"
  PEAK[$name]="$(cut -d' ' -f2 "$OUT/$name-idle.txt" | median)"
  CPU[$name]="$(cut -d' ' -f3 "$OUT/$name-idle.txt" | median)"
done
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'
}

{
  echo
  echo "start-up, JVM start to the first layout pulse of the shown window; median of $RUNS runs each, alternating"
  (( RUNS >= 5 )) || echo "  (fewer than 5 runs: a trial of the script, not a measurement)"
  for name in "${NAMES[@]}"; do
    printf '  %-46s %6s ms\n' "${LABEL[$name]}" "${START[$name]}"
  done
  echo "  app image vs plain window:  $(ratio "${START[image]}" "${START[plain]}") (goal <= 1.2x)"
  echo "  app image vs hello-world:   $(ratio "${START[image]}" "${START[hello]}") (goal <= 1.2x)"
  echo "  fat jar vs plain window:    $(ratio "${START[jar]}" "${START[plain]}") (goal <= 1.4x)"
  echo "  fat jar vs hello-world:     $(ratio "${START[jar]}" "${START[hello]}") (no goal)"
  echo "memory (RSS) 3 s after the window shows, and the peak (VmHWM) until then; CPU over 10 idle s; median of $IDLE_RUNS"
  printf '  %-46s %10s %10s %12s\n' "" "idle RSS" "peak RSS" "idle CPU"
  for name in "${NAMES[@]}"; do
    printf '  %-46s %7s MB %7s MB %9s ms\n' "${LABEL[$name]}" "$((RSS[$name] / 1024))" "$((PEAK[$name] / 1024))" "${CPU[$name]}"
  done
  for name in image jar; do
    echo "  ${LABEL[$name]} vs plain window: idle $(ratio "${RSS[$name]}" "${RSS[plain]}") (goal <= 1.3x)," \
      "peak $(ratio "${PEAK[$name]}" "${PEAK[plain]}") (no goal); vs hello-world: idle $(ratio "${RSS[$name]}" "${RSS[hello]}")," \
      "peak $(ratio "${PEAK[$name]}" "${PEAK[hello]}")"
  done
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
