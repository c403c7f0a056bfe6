package org.backcoach.journal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of a check-in, each described once: its label, kind, column (or item kind), JSON key,
 * range and chart line, and how it reads and writes a {@link CheckIn}. Storage, export, import, the
 * journal's rules, the Progress charts and the check-in form read this table; no other code names a
 * column, a JSON key or an item kind. The order is the order of the export's JSON and CSV columns.
 */
public enum CheckInField implements FieldFormat {
    DATE(day("date", "day", "date"), CheckIn::date, CheckIn.Builder::date),
    PAIN_NOW(score("pain now", "pain_now", "painNow").asRequired().on(Chart.PAIN, "pain-now"),
            CheckIn::painNow, (CheckIn.Builder b, Integer v) -> b.painNow(v)),
    PAIN_WORST(score("worst pain", "pain_worst", "painWorst").on(Chart.PAIN, "pain-worst"),
            CheckIn::painWorst, CheckIn.Builder::painWorst),
    SPASMS(number("spasms", "spasms", "spasms", JournalRules.MAX_SPASMS).on(Chart.SPASMS, "spasms"),
            CheckIn::spasms, CheckIn.Builder::spasms),
    AREAS(items("pain areas", "area", "areas"),
            CheckIn::areas, (CheckIn.Builder b, Set<String> ids) -> b.areas(ids)),
    WALK_MINUTES(number("minutes walked", "walk_min", "walkMinutes", JournalRules.MAX_MINUTES)
            .on(Chart.MOVEMENT, "walk-minutes"), CheckIn::walkMinutes, CheckIn.Builder::walkMinutes),
    SITTING_MAX_MINUTES(number("longest sitting spell", "sitting_max_min", "sittingMaxMinutes", JournalRules.MAX_MINUTES)
            .on(Chart.MOVEMENT, "sitting-max-minutes"), CheckIn::sittingMaxMinutes, CheckIn.Builder::sittingMaxMinutes),
    MOVEMENT_BREAKS(number("movement breaks", "movement_breaks", "movementBreaks", CheckIn.MAX_MOVEMENT_BREAKS),
            CheckIn::movementBreaks, CheckIn.Builder::movementBreaks),
    FACTORS(items("factors", "factor", "factors"),
            CheckIn::factors, (CheckIn.Builder b, Set<String> ids) -> b.factors(ids)),
    STRESS(score("stress", "stress", "stress"), CheckIn::stress, CheckIn.Builder::stress),
    SLEEP(score("sleep quality", "sleep", "sleep"), CheckIn::sleep, CheckIn.Builder::sleep),
    RED_FLAGS(items("red flags", "red-flag", "redFlags"),
            CheckIn::redFlags, (CheckIn.Builder b, Set<String> ids) -> b.redFlags(ids)),
    MILESTONES(items("milestones", "milestone", "milestones"),
            CheckIn::milestones, (CheckIn.Builder b, Set<String> ids) -> b.milestones(ids)),
    NOTE(text("note", "note", "note", CheckIn.MAX_NOTE_CHARS), CheckIn::note, CheckIn.Builder::note);

    /** The fields in the order the journal writes and exports them. */
    static final List<FieldFormat> ALL = List.of(values());

    /** The Progress chart a field is drawn on. */
    public enum Chart { PAIN, MOVEMENT, SPASMS }

    /**
     * A field's line on a Progress chart. The key names the line's words in the messages
     * ({@code progress.line.<key>}) and its colour in the stylesheet ({@code .line-<key>}).
     */
    public record Line(Chart chart, String key) {
    }

    private final Shape shape;
    private final Function<CheckIn, ?> getter;
    private final BiConsumer<CheckIn.Builder, Object> setter;

    /**
     * Ties a row to the record. Item sets pass a lambda typed {@code Set<String>}: from a method
     * reference Java would infer the getter's SortedSet, and then refuse the plain sets readers pass.
     */
    @SuppressWarnings("unchecked")
    <V> CheckInField(Shape shape, Function<CheckIn, ? extends V> getter, BiConsumer<CheckIn.Builder, V> setter) {
        this.shape = shape;
        this.getter = getter;
        this.setter = (BiConsumer<CheckIn.Builder, Object>) (BiConsumer<CheckIn.Builder, ?>) setter;
    }

    @Override
    public String label() {
        return shape.label();
    }

    @Override
    public Kind kind() {
        return shape.kind();
    }

    @Override
    public String column() {
        return shape.column();
    }

    @Override
    public String jsonName() {
        return shape.jsonName();
    }

    @Override
    public boolean required() {
        return shape.required();
    }

    /** The lowest value a number may have. */
    public int min() {
        return shape.min();
    }

    /** The highest value a number may have; for text, the most characters. */
    public int max() {
        return shape.max();
    }

    /** The line this field draws on a Progress chart, if it is charted. */
    public Optional<Line> chartLine() {
        return Optional.ofNullable(shape.line());
    }

    @Override
    public Object get(CheckIn checkIn) {
        return getter.apply(checkIn);
    }

    @Override
    public void set(CheckIn.Builder builder, Object value) {
        setter.accept(builder, value);
    }

    /** A row of the table above, before it is tied to the check-in's accessors. */
    private record Shape(String label, Kind kind, String column, String jsonName, int min, int max, boolean required,
                         Line line) {

        Shape asRequired() {
            return new Shape(label, kind, column, jsonName, min, max, true, line);
        }

        Shape on(Chart chart, String key) {
            return new Shape(label, kind, column, jsonName, min, max, required, new Line(chart, key));
        }
    }

    private static Shape day(String label, String column, String jsonName) {
        return new Shape(label, Kind.DAY, column, jsonName, 0, 0, false, null);
    }

    private static Shape score(String label, String column, String jsonName) {
        return new Shape(label, Kind.SCORE, column, jsonName, 0, 10, false, null);
    }

    private static Shape number(String label, String column, String jsonName, int max) {
        return new Shape(label, Kind.NUMBER, column, jsonName, 0, max, false, null);
    }

    private static Shape text(String label, String column, String jsonName, int maxCharacters) {
        return new Shape(label, Kind.TEXT, column, jsonName, 0, maxCharacters, false, null);
    }

    private static Shape items(String label, String itemKind, String jsonName) {
        return new Shape(label, Kind.ITEMS, itemKind, jsonName, 0, 0, false, null);
    }
}
