package org.backcoach.journal;

import java.util.List;

/** Every schema version the journal has had, oldest first. Append; never edit a shipped step. */
final class JournalSchema {

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "daily check-ins", List.of(
                    """
                    CREATE TABLE checkin (
                        day             TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        pain_now        INTEGER NOT NULL CHECK (pain_now BETWEEN 0 AND 10),
                        pain_worst      INTEGER CHECK (pain_worst BETWEEN 0 AND 10),
                        spasms          INTEGER CHECK (spasms >= 0),
                        walk_min        INTEGER CHECK (walk_min BETWEEN 0 AND 1440),
                        sitting_max_min INTEGER CHECK (sitting_max_min BETWEEN 0 AND 1440),
                        stress          INTEGER CHECK (stress BETWEEN 0 AND 10),
                        sleep           INTEGER CHECK (sleep BETWEEN 0 AND 10),
                        note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
                        saved_at        TEXT NOT NULL
                    )""",
                    // Areas, factors and red-flag answers of a day, one row per id, so SQL can ask
                    // "which days had long sitting" without parsing lists.
                    """
                    CREATE TABLE checkin_item (
                        day     TEXT NOT NULL REFERENCES checkin(day) ON DELETE CASCADE,
                        kind    TEXT NOT NULL CHECK (kind IN ('area', 'factor', 'red-flag')),
                        item_id TEXT NOT NULL,
                        PRIMARY KEY (day, kind, item_id)
                    ) WITHOUT ROWID""")),
            new Migration(2, "function milestones and the exercise log", List.of(
                    // SQLite cannot change a CHECK constraint in place, so the item table is rebuilt.
                    """
                    CREATE TABLE checkin_item_v2 (
                        day     TEXT NOT NULL REFERENCES checkin(day) ON DELETE CASCADE,
                        kind    TEXT NOT NULL CHECK (kind IN ('area', 'factor', 'red-flag', 'milestone')),
                        item_id TEXT NOT NULL,
                        PRIMARY KEY (day, kind, item_id)
                    ) WITHOUT ROWID""",
                    "INSERT INTO checkin_item_v2 (day, kind, item_id) SELECT day, kind, item_id FROM checkin_item",
                    "DROP TABLE checkin_item",
                    "ALTER TABLE checkin_item_v2 RENAME TO checkin_item",
                    """
                    CREATE TABLE exercise_log (
                        id           INTEGER PRIMARY KEY,
                        exercise_id  TEXT NOT NULL,
                        day          TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        done_at      TEXT NOT NULL,
                        sets_done    INTEGER NOT NULL CHECK (sets_done BETWEEN 1 AND 20),
                        reps         INTEGER CHECK (reps BETWEEN 1 AND 500),
                        hold_seconds INTEGER CHECK (hold_seconds BETWEEN 1 AND 600),
                        pain_during  INTEGER NOT NULL CHECK (pain_during BETWEEN 0 AND 10),
                        UNIQUE (exercise_id, done_at)
                    )""",
                    "CREATE INDEX exercise_log_by_day ON exercise_log (day)")),
            new Migration(3, "red-flag screening and sought-care confirmations", List.of(
                    // red_flags is a short comma-separated list written once and read whole; it is
                    // never searched by item, so it needs no item table.
                    """
                    CREATE TABLE safety_review (
                        id          INTEGER PRIMARY KEY,
                        kind        TEXT NOT NULL CHECK (kind IN ('screening', 'sought-care')),
                        day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        recorded_at TEXT NOT NULL,
                        red_flags   TEXT NOT NULL DEFAULT ''
                    )""")),
            new Migration(4, "trash, undo and journal settings", List.of(
                    // A deleted or replaced day is kept whole, as the export's JSON for one check-in,
                    // so restoring it needs no knowledge of how the columns looked when it was deleted.
                    """
                    CREATE TABLE trash (
                        id         INTEGER PRIMARY KEY,
                        day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                        deleted_at TEXT NOT NULL,
                        reason     TEXT NOT NULL CHECK (reason IN ('deleted', 'replaced-by-import', 'replaced-by-restore', 'undone')),
                        snapshot   TEXT NOT NULL
                    )""",
                    // The last changes to days, newest last: what the day was before and after, so
                    // an undo can check that nothing changed the day since.
                    """
                    CREATE TABLE undo_log (
                        id          INTEGER PRIMARY KEY,
                        kind        TEXT NOT NULL CHECK (kind IN ('saved', 'deleted', 'restored')),
                        day         TEXT NOT NULL,
                        before_json TEXT,
                        after_json  TEXT,
                        trash_id    INTEGER,
                        at          TEXT NOT NULL
                    )""",
                    "CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")),
            new Migration(5, "movement breaks: a count in the check-in and a log of breaks taken", List.of(
                    "ALTER TABLE checkin ADD COLUMN movement_breaks INTEGER CHECK (movement_breaks BETWEEN 0 AND 100)",
                    // One row per "I'm up" answered to a reminder, so a day's check-in can count them
                    // even when the check-in is written after the breaks.
                    """
                    CREATE TABLE movement_break (
                        taken_at TEXT PRIMARY KEY,
                        day      TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
                    ) WITHOUT ROWID""",
                    "CREATE INDEX movement_break_by_day ON movement_break (day)")));

    static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private JournalSchema() {
    }
}
