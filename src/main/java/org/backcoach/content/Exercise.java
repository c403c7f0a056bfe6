package org.backcoach.content;

import java.util.List;
import java.util.Optional;

/** A self-care exercise with its numbered instructions, dose and cautions. */
public record Exercise(
        String id,
        String title,
        Category category,
        String summary,
        List<String> instructions,
        Dose dose,
        List<String> cautions,
        List<String> bodyAreas,
        List<String> muscles,
        List<String> phases,
        Optional<Figure> figure,
        String source) {

    public enum Category { RELEASE, MOBILITY, STRENGTH }

    public Exercise {
        instructions = List.copyOf(instructions);
        cautions = List.copyOf(cautions);
        bodyAreas = List.copyOf(bodyAreas);
        muscles = List.copyOf(muscles);
        phases = List.copyOf(phases);
    }

    public boolean suits(String phaseId) {
        return phases.contains(phaseId);
    }
}
