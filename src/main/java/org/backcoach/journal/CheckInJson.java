package org.backcoach.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One check-in in the export's JSON (and in the trash and undo snapshots), written and read field by
 * field from a list of field formats, in the list's order. Values are kept as the file held them
 * (a day as text, ids as a list), so a bad date can be reported with the text that was there.
 */
@JsonSerialize(using = CheckInJson.Writer.class)
@JsonDeserialize(using = CheckInJson.Reader.class)
final class CheckInJson {

    /** The reader's attribute that holds the field list; without it, the journal's own fields are read. */
    static final String FIELDS = "backcoach.checkInFields";

    private final List<FieldFormat> fields;
    private final Map<FieldFormat, Object> values;

    private CheckInJson(List<FieldFormat> fields, Map<FieldFormat, Object> values) {
        this.fields = fields;
        this.values = values;
    }

    static CheckInJson of(CheckIn checkIn, List<FieldFormat> fields) {
        Map<FieldFormat, Object> values = new LinkedHashMap<>();
        for (FieldFormat field : fields) {
            Object value = field.get(checkIn);
            values.put(field, switch (field.kind()) {
                case DAY -> value == null ? null : value.toString();
                case ITEMS -> new ArrayList<>((Set<?>) value);
                default -> value;
            });
        }
        return new CheckInJson(fields, values);
    }

    /** The day as the file wrote it, for a message when it is not a date. */
    String dayText() {
        return fields.stream().filter(f -> f.kind() == FieldFormat.Kind.DAY).findFirst()
                .map(f -> (String) values.get(f)).orElse(null);
    }

    /** Back to a check-in; a day that does not parse throws DateTimeParseException. */
    CheckIn toCheckIn() {
        CheckIn.Builder builder = CheckIn.on(null, 0);
        for (FieldFormat field : fields) {
            Object value = values.get(field);
            field.set(builder, switch (field.kind()) {
                case DAY -> value == null ? null : LocalDate.parse((String) value);
                case ITEMS -> value == null ? Set.of() : new TreeSet<>((List<?>) value);
                default -> value;
            });
        }
        return builder.build();
    }

    /** Writes the fields in order; an unrecorded number is left out, as the export always has. */
    static final class Writer extends JsonSerializer<CheckInJson> {
        @Override
        public void serialize(CheckInJson json, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            for (FieldFormat field : json.fields) {
                Object value = json.values.get(field);
                if (field.kind() == FieldFormat.Kind.ITEMS) {
                    out.writeArrayFieldStart(field.jsonName());
                    for (Object id : (List<?>) value) {
                        out.writeString((String) id);
                    }
                    out.writeEndArray();
                } else if (value instanceof Integer number) {
                    out.writeNumberField(field.jsonName(), number);
                } else if (value != null) {
                    out.writeStringField(field.jsonName(), (String) value);
                }
            }
            out.writeEndObject();
        }
    }

    /**
     * Reads the fields of the list in use, and refuses any other key. Errors carry the field's
     * name in their path (checkIns[3].painNow), as they would from a plain Jackson record.
     */
    static final class Reader extends JsonDeserializer<CheckInJson> {
        @Override
        @SuppressWarnings("unchecked")
        public CheckInJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object given = ctxt.getAttribute(FIELDS);
            List<FieldFormat> fields = given == null ? CheckInField.ALL : (List<FieldFormat>) given;
            String name;
            if (p.isExpectedStartObjectToken()) {
                name = p.nextFieldName();
            } else if (p.hasToken(JsonToken.FIELD_NAME)) {
                name = p.currentName();
            } else {
                return (CheckInJson) ctxt.handleUnexpectedToken(CheckInJson.class, p);
            }
            Map<String, FieldFormat> byName = new HashMap<>();
            fields.forEach(f -> byName.put(f.jsonName(), f));
            Map<FieldFormat, Object> values = new HashMap<>();
            for (; name != null; name = p.nextFieldName()) {
                FieldFormat field = byName.get(name);
                p.nextToken();
                if (field == null) {
                    throw UnrecognizedPropertyException.from(p, CheckInJson.class, name, new ArrayList<>(byName.keySet()));
                }
                try {
                    values.put(field, value(p, ctxt, field));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, CheckInJson.class, name);
                }
            }
            for (FieldFormat field : fields) {
                if (field.required() && values.get(field) == null) {
                    throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, CheckInJson.class,
                            "every check-in needs \"" + field.jsonName() + "\""), CheckInJson.class, field.jsonName());
                }
            }
            return new CheckInJson(fields, values);
        }

        private static Object value(JsonParser p, DeserializationContext ctxt, FieldFormat field) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            return switch (field.kind()) {
                case DAY, TEXT -> ctxt.readValue(p, String.class);
                case SCORE, NUMBER -> ctxt.readValue(p, Integer.class);
                case ITEMS -> ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, String.class));
            };
        }
    }
}
