package org.backcoach.content;

/** Something that tends to help or to aggravate a spasm, logged per day in the check-in. */
public record Factor(String id, Kind kind, String label, String description, String source) {

    public enum Kind {
        HELPER, AGGRAVATOR;

        /** The spelling used in bundle files and in exported JSON. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
