package org.backcoach.ui.exercises;

import javafx.scene.Node;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** The exercise library, from the bundle in use. */
public final class ExercisesScreen implements Screen {

    private final ScreenServices services;

    public ExercisesScreen(ScreenServices services) {
        this.services = services;
    }

    @Override
    public Node view() {
        return new ExercisesView(new ExercisesViewModel(services.bundle()), services.messages());
    }
}
