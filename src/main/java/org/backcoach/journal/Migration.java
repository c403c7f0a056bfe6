package org.backcoach.journal;

import java.util.List;

/**
 * One schema step. Statements are listed one by one (never split from a script on ';') and run
 * in a single transaction together with the new {@code user_version}.
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        statements = List.copyOf(statements);
    }
}
