package org.backcoach.journal;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Note texts a person (or a file someone sent them) may really contain: SQL and shell
 * metacharacters, quotes and backslashes, emoji with skin tones and joiners, right-to-left text
 * and direction marks, combining accents, CSV and JSON specials, line breaks and tabs.
 */
public final class HostileText {

    static final List<String> PIECES = List.of("'", "\"", "''", "\\", "\\n", ";", "--", "/*", "*/", "%", "%s", "${x}",
            "$(rm -rf ~)", "`id`", "<script>", "&amp;", ",", "\n", "\r\n", "\t", " ", "  ", "DROP TABLE checkin;",
            "Robert'); DROP TABLE checkin;--", "😖", "👍🏽", "👨‍👩‍👧", "🇬🇧", "🏳️‍🌈", "שלום", "כאב בגב",
            "ألم الظهر", "\u200F", "\u200E", "\u202B", "\u202C", "\u2066", "\u2069", "e\u0301", "Å", "ß", "İ", "ﬁ",
            "日本語", "한국어", "Ω", "\uFEFF", "\u00A0", "\u2028", "=SUM(A1)", "@home", "-3", "+1", "0", "null", "NaN",
            "{}", "[]", "\\u0000", "ok");

    private HostileText() {
    }

    /** Up to about 60 pieces: short and long notes, always within the 4,000-character limit. */
    public static Arbitrary<String> notes() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    /** Notes that also carry one control character, which a note may not hold. */
    public static Arbitrary<String> withControlCharacter() {
        Arbitrary<Character> control = Arbitraries.of('\u0000', '\u0007', '\u0008', '\u001B', '\u007F', '\u0085',
                '\u009B', '\u000B', '\u000C');
        return notes().flatMap(note -> control.flatMap(c -> Arbitraries.integers().between(0, note.length())
                .map(at -> insertAt(note, at, c))));
    }

    private static String insertAt(String note, int at, char c) {
        int safe = at;
        if (safe > 0 && safe < note.length() && Character.isLowSurrogate(note.charAt(safe))) {
            safe--;
        }
        return note.substring(0, safe) + c + note.substring(safe);
    }

    /** RFC 4180 CSV, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
    public static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
