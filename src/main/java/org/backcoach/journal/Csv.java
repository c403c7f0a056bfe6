package org.backcoach.journal;

import java.io.IOException;
import java.io.Writer;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; rows end with CRLF. */
final class Csv {

    private Csv() {
    }

    static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String escape(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
