package org.backcoach.ui.exercises;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;

/** The exercise library and the one being looked at. */
public final class ExercisesViewModel {

    private final Bundle bundle;
    private final ObjectProperty<Exercise> selected = new SimpleObjectProperty<>();

    public ExercisesViewModel(Bundle bundle) {
        this.bundle = bundle;
        if (!bundle.exercises().isEmpty()) {
            selected.set(bundle.exercises().get(0));
        }
    }

    public List<Exercise> exercises() {
        return bundle.exercises();
    }

    public ObjectProperty<Exercise> selectedProperty() {
        return selected;
    }

    public String areaLabels(Exercise exercise) {
        return String.join(", ", exercise.bodyAreas().stream().map(bundle::areaLabel).toList());
    }

    public String phaseTitles(Exercise exercise) {
        return String.join(", ", exercise.phases().stream()
                .map(id -> bundle.phase(id).map(Phase::title).orElse(id)).toList());
    }
}
