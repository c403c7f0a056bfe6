package org.backcoach.files;

import org.backcoach.journal.Journal;

/**
 * A deliberate upward dependency (files → journal) for {@code LayeringRuleTest}, which adds it to
 * the real classes to show that the layering rule fails. It lives with the tests and is never
 * part of the app.
 */
final class ReachesUpIntoTheJournal {

    private ReachesUpIntoTheJournal() {
    }

    static boolean isOpen(Journal journal) {
        return journal != null;
    }
}
