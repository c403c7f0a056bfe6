#!/usr/bin/env bash
# Exercise-sheet benchmark: median time of a 10-exercise sheet and its ratio to a text-only PDFBox
# document with the same number of pages, measured in the same run. Prints to stdout; also keeps
# a copy in bench/out/print.txt. Usage: bench/print.sh   (builds the classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=bench/out/classpath.txt >/dev/null
java -Djava.awt.headless=true -cp "target/classes:$(cat bench/out/classpath.txt)" bench/PrintBenchmark.java \
    | tee bench/out/print.txt
