package org.backcoach.app;

import java.util.List;

/**
 * What one crash run did and found, for the assertions and for docs/reliability.md.
 *
 * @param runs                 child processes started
 * @param acknowledged         of those, exited 0 (the person was told it was done)
 * @param killed               of those, killed with SIGKILL before they exited
 * @param otherExits           of those, any other exit code (none are expected)
 * @param saves                acknowledged saves (or files) checked at the end
 * @param interruptedButStored killed runs whose work reached the disk anyway (the kill came after the commit)
 * @param unfinishedLeftovers  kills that left an unfinished temporary file behind: they landed mid-write,
 *                             and the half-written file never took a real name
 * @param lost                 acknowledged data missing or changed at the end (must be 0)
 * @param integrityFailures    checks where SQLite's integrity_check was not "ok" (must be 0)
 * @param openFailures         times the app did not open normally afterwards (must be 0)
 * @param medianRunMillis      median duration of a run that was not killed
 * @param details              the first few problems, in words
 */
public record CrashFigures(String scenario, int runs, int acknowledged, int killed, int otherExits, int saves,
                           int interruptedButStored, int unfinishedLeftovers, int lost, int integrityFailures, int openFailures,
                           long medianRunMillis, long wallMillis, List<String> details) {

    public boolean clean() {
        return lost == 0 && integrityFailures == 0 && openFailures == 0 && otherExits == 0;
    }

    /** One line for the bench output and the docs. */
    public String line() {
        return ("%-22s runs %5d | exited 0: %5d | killed: %5d | other exits: %d | acknowledged saves checked: %6d"
                + " | killed but done: %4d | killed mid-write: %4d | lost: %d | integrity failures: %d"
                + " | open failures: %d | median run %d ms | wall %.1f s")
                .formatted(scenario, runs, acknowledged, killed, otherExits, saves, interruptedButStored,
                        unfinishedLeftovers, lost, integrityFailures, openFailures, medianRunMillis, wallMillis / 1000.0);
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
