#!/usr/bin/env bash
# Writes the journal file of every shipped schema version that has none yet, under
# src/test/resources/org/backcoach/journal/shipped/ (docs/reliability.md, "Migrations").
# Existing files are never regenerated: they are what earlier versions of BackCoach really wrote.
# Before running it for a new version, add that version's filler to ShippedJournals.FILLERS.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=bench/out/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat bench/out/test-classpath.txt)" \
    -Djava.util.logging.config.file=/dev/null org.backcoach.journal.ShippedJournals
