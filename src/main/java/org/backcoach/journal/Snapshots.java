package org.backcoach.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * One check-in as a small JSON text, in the same shape as the export, for the trash and the undo
 * log. Keeping whole days as text means a restore never depends on yesterday's column layout.
 */
final class Snapshots {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Snapshots() {
    }

    static String write(CheckIn checkIn) {
        return write(checkIn, CheckInField.ALL);
    }

    static String write(CheckIn checkIn, List<FieldFormat> fields) {
        try {
            return MAPPER.writeValueAsString(CheckInJson.of(checkIn, fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check-in could not be written as JSON", e);
        }
    }

    static CheckIn read(String json, List<FieldFormat> fields) {
        try {
            return MAPPER.readerFor(CheckInJson.class).withAttribute(CheckInJson.FIELDS, fields)
                    .<CheckInJson>readValue(json).toCheckIn();
        } catch (JsonProcessingException e) {
            throw new JournalException("A saved copy of a check-in in the journal cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
