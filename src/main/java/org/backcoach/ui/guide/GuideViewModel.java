package org.backcoach.ui.guide;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.backcoach.content.Area;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.content.Habit;
import org.backcoach.content.RedFlag;
import org.backcoach.content.SafetyNote;
import org.backcoach.content.SourcedText;
import org.backcoach.content.Step;

/** The guided steps and the safety material, straight from the bundle, and the related-pains body map. */
public final class GuideViewModel {

    /** The step whose body map shows related pains; the Guide puts the map inside it. */
    public static final String RELATED_PAINS_STEP = "related-pains";

    private final Bundle bundle;
    private final ObservableSet<String> pickedArea = FXCollections.observableSet();

    public GuideViewModel(Bundle bundle) {
        this.bundle = bundle;
    }

    public List<Step> steps() {
        return bundle.steps();
    }

    public List<Habit> habits() {
        return bundle.habits();
    }

    public List<SafetyNote> safety() {
        return bundle.safety();
    }

    public List<RedFlag> redFlags() {
        return bundle.redFlags();
    }

    public List<Area> areas() {
        return bundle.areas();
    }

    /** The area picked on the body map (at most one). */
    public ObservableSet<String> pickedArea() {
        return pickedArea;
    }

    public Optional<Area> picked() {
        return pickedArea.stream().findFirst().flatMap(bundle::area);
    }

    /** Exercises that work the area, in bundle order. */
    public List<Exercise> exercisesFor(String areaId) {
        return bundle.exercises().stream().filter(e -> e.bodyAreas().contains(areaId)).toList();
    }

    /** Red-flag questions that pain in this area brings forward. */
    public List<RedFlag> redFlagsFor(String areaId) {
        return bundle.redFlagsForArea(areaId);
    }

    public SourcedText disclaimer() {
        return bundle.disclaimer();
    }
}
