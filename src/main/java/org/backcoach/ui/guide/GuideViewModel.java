package org.backcoach.ui.guide;

import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.Habit;
import org.backcoach.content.RedFlag;
import org.backcoach.content.SafetyNote;
import org.backcoach.content.SourcedText;
import org.backcoach.content.Step;

/** The guided steps and the safety material, straight from the bundle. */
public final class GuideViewModel {

    private final Bundle bundle;

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

    public SourcedText disclaimer() {
        return bundle.disclaimer();
    }
}
