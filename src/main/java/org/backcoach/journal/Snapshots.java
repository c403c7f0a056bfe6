package org.backcoach.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One check-in as a small JSON text, in the same shape as the export, for the trash and the undo
 * log. Keeping whole days as text means a restore never depends on yesterday's column layout.
 */
final class Snapshots {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Snapshots() {
    }

    static String write(CheckIn checkIn) {
        try {
            return MAPPER.writeValueAsString(JournalExport.CheckInJson.from(checkIn));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check-in could not be written as JSON", e);
        }
    }

    static CheckIn read(String json) {
        try {
            return MAPPER.readValue(json, JournalExport.CheckInJson.class).toCheckIn();
        } catch (JsonProcessingException e) {
            throw new JournalException("A saved copy of a check-in in the journal cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
