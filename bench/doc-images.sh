#!/usr/bin/env bash
# Regenerates docs/images/sheet-page.png and docs/images/report-page.png from the real command
# line's output (see bench/DocImages.java). Run again after the content bundle changes, e.g. when
# exercise figures are added.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=bench/out/classpath.txt >/dev/null
java -Djava.awt.headless=true -cp "target/classes:$(cat bench/out/classpath.txt)" bench/DocImages.java
