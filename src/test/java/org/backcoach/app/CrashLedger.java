package org.backcoach.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.backcoach.journal.CheckIn;

/**
 * Every save the crash tests attempted, in order, and whether the person was told it was done. At
 * the end each day must hold the value of its last acknowledged save, or of a later save that a
 * kill interrupted (it may or may not have reached the disk); a day never acknowledged may also be
 * empty. Anything else is a lost or wrong check-in.
 */
final class CrashLedger {

    private record Attempt(CheckIn value, boolean acknowledged) {
    }

    /** What the final journal shows against the ledger. */
    record Verdict(int days, int lost, int wrong, int phantom, int interruptedButStored, List<String> details) {
        boolean clean() {
            return lost == 0 && wrong == 0 && phantom == 0;
        }
    }

    private final Map<LocalDate, List<Attempt>> attempts = new TreeMap<>();

    synchronized void attempted(CheckIn value, boolean acknowledged) {
        attempts.computeIfAbsent(value.date(), d -> new ArrayList<>()).add(new Attempt(value, acknowledged));
    }

    synchronized Verdict verify(Map<LocalDate, CheckIn> journal) {
        int lost = 0;
        int wrong = 0;
        int phantom = 0;
        int interruptedButStored = 0;
        List<String> details = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Attempt>> day : attempts.entrySet()) {
            List<Attempt> tries = day.getValue();
            int lastAcknowledged = -1;
            for (int i = 0; i < tries.size(); i++) {
                if (tries.get(i).acknowledged()) {
                    lastAcknowledged = i;
                }
            }
            CheckIn actual = journal.get(day.getKey());
            boolean allowed = lastAcknowledged < 0 && actual == null;
            for (int i = Math.max(lastAcknowledged, 0); i < tries.size() && !allowed; i++) {
                allowed = Objects.equals(tries.get(i).value(), actual);
                if (allowed && !tries.get(i).acknowledged()) {
                    interruptedButStored++;
                }
            }
            if (!allowed) {
                // Acknowledged and then missing, or an older value back in its place: lost.
                if (lastAcknowledged >= 0) {
                    lost++;
                } else {
                    wrong++;
                }
                if (details.size() < 10) {
                    details.add(day.getKey() + ": journal has " + actual + "; acknowledged "
                            + (lastAcknowledged < 0 ? "nothing" : tries.get(lastAcknowledged).value()));
                }
            }
        }
        for (LocalDate date : journal.keySet()) {
            if (!attempts.containsKey(date)) {
                phantom++;
                details.add(date + ": in the journal, but never saved by the test");
            }
        }
        return new Verdict(attempts.size(), lost, wrong, phantom, interruptedButStored, details);
    }
}
