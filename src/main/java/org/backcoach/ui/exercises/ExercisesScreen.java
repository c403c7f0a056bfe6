package org.backcoach.ui.exercises;

import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** The exercise library, from the bundle in use. */
public final class ExercisesScreen {

    private ExercisesScreen() {
    }

    public static Screen of(ScreenServices services) {
        return () -> new ExercisesView(new ExercisesViewModel(services.bundle()), services.messages());
    }
}
