#!/usr/bin/env bash
# Progress and saving benchmark (docs/performance.md). Usage: bench/progress.sh [WORK_FOLDER]
# Builds the app, compiles the benchmark against it, and runs it. The work folder (default
# bench/out/work) holds the generated journals while it runs; put it on the disk you care about.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out/classes
mvn -B -q compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=bench/out/classpath.txt
CP="target/classes:$(cat bench/out/classpath.txt)"
javac -d bench/out/classes -cp "$CP" bench/src/org/backcoach/bench/*.java
exec java -cp "bench/out/classes:$CP" -Djava.util.logging.config.file=/dev/null \
    org.backcoach.bench.ProgressBenchmark "$@"
