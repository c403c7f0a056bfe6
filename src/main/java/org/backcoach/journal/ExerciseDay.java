package org.backcoach.journal;

import java.time.LocalDate;

/** The exercise sessions of one day: how many, and the mean pain during them (0–10). */
public record ExerciseDay(LocalDate date, int sessions, double meanPainDuring) {
}
