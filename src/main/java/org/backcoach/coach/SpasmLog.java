package org.backcoach.coach;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.backcoach.journal.CheckIn;

/** Adds a spasm noted in the "Spasm now" flow to the day's check-in, keeping everything else in it. */
public final class SpasmLog {

    private SpasmLog() {
    }

    /**
     * @param existing today's check-in, if there is one
     * @param count    spasms to add (at least 1)
     * @param areas    where it hurt; added to the areas already recorded
     * @param painNow  pain now, 0–10
     */
    public static CheckIn addTo(Optional<CheckIn> existing, LocalDate day, int count, Set<String> areas, int painNow) {
        CheckIn.Builder builder = existing.map(CheckIn::toBuilder).orElseGet(() -> CheckIn.on(day, painNow));
        int before = existing.map(CheckIn::spasms).map(n -> n == null ? 0 : n).orElse(0);
        Set<String> allAreas = new TreeSet<>(existing.map(CheckIn::areas).orElse(new TreeSet<>()));
        allAreas.addAll(areas);
        builder.painNow(painNow).spasms(before + count).areas(allAreas);
        existing.map(CheckIn::painWorst).filter(w -> w != null && w < painNow).ifPresent(w -> builder.painWorst(painNow));
        return builder.build();
    }
}
