package org.backcoach.content;

/**
 * How much of an exercise to do. {@code min}/{@code max} are repetitions for {@link Type#REPS},
 * seconds per hold for {@link Type#HOLD} and seconds per spot or area for {@link Type#TIME}.
 */
public record Dose(Type type, int min, int max, int sets, boolean eachSide, int restSeconds) {

    public enum Type { REPS, HOLD, TIME }

    /** The range a clinician's bundle may use for each type; anything outside is a typo or unsafe. */
    public static int lowestAllowed(Type type) {
        return switch (type) {
            case REPS -> 1;
            case HOLD -> 5;
            case TIME -> 10;
        };
    }

    public static int highestAllowed(Type type) {
        return switch (type) {
            case REPS -> 50;
            case HOLD -> 120;
            case TIME -> 300;
        };
    }

    public static final int MAX_SETS = 10;
    public static final int MAX_REST_SECONDS = 300;

    /**
     * The dose in {@code words}' language, from the keys {@code dose.reps}, {@code dose.hold},
     * {@code dose.time} (each given the range), {@code dose.sets} (sets, amount) and
     * {@code dose.eachSide} (the rest).
     */
    public String describe(Wording words) {
        String range = min == max ? Integer.toString(min) : min + "–" + max;
        String amount = words.get(switch (type) {
            case REPS -> "dose.reps";
            case HOLD -> "dose.hold";
            case TIME -> "dose.time";
        }, range);
        String perSet = sets == 1 ? amount : words.get("dose.sets", sets, amount);
        return eachSide ? words.get("dose.eachSide", perSet) : perSet;
    }

    /** Plain English text such as "2 × 10–15 reps, each side", for the command line and its JSON. */
    public String describe() {
        String range = min == max ? Integer.toString(min) : min + "–" + max;
        String amount = switch (type) {
            case REPS -> range + " reps";
            case HOLD -> "hold " + range + " s";
            case TIME -> range + " s per spot";
        };
        String perSet = sets == 1 ? amount : sets + " × " + amount;
        return eachSide ? perSet + ", each side" : perSet;
    }
}
