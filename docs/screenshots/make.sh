#!/usr/bin/env bash
# Regenerates docs/screenshots/<screen>-<theme>.png: the real window (the app's own wiring, a demo
# journal in a temporary data folder) opened under Xvfb, every main screen in the light and the
# dark theme (see src/test/java/org/backcoach/app/Screenshots.java). Run it after a visible change.
# Needs xvfb-run (package xvfb) and GTK 3 (libgtk-3-0), as .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/screenshots-classpath.txt >/dev/null
# A real window on an X server (GTK glass), not the headless Monocle the tests use.
xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw \
  -cp "target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)" \
  org.backcoach.app.Screenshots docs/screenshots
