#!/usr/bin/env bash
# The long crash runs for docs/reliability.md: thousands of BackCoach processes killed with SIGKILL
# mid-write (check-ins from the command line and through the form's store, backup, import,
# restore), then every acknowledged save is looked for, SQLite's integrity_check run and the app
# opened. Usage: bench/crash.sh [WORK_FOLDER] [name=value ...]
#   names (0 leaves a scenario out): checkin (1000 runs), workers (2 at once), store (200 processes), saves (150 per process),
#          backup (300), import (150), restore (200), days (1500 days in the journals copied)
# It takes about an hour on two cores. Exit code 0 only when nothing was lost and every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=bench/out/test-classpath.txt
# The child processes load classes all run long: a snapshot keeps a rebuild meanwhile from changing them.
rm -rf bench/out/crash-classes && mkdir -p bench/out/crash-classes
cp -r target/classes bench/out/crash-classes/main && cp -r target/test-classes bench/out/crash-classes/test
exec java -cp "bench/out/crash-classes/test:bench/out/crash-classes/main:$(cat bench/out/test-classpath.txt)" \
    -Djava.util.logging.config.file=/dev/null org.backcoach.app.CrashBench "${@:-bench/out/crash}"
