package org.backcoach.ui.today;

import java.time.LocalDate;
import javafx.scene.Node;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** Today: the plan, reloaded on each visit; its buttons lead to the check-in, the screening and the player. */
public final class TodayScreen implements Screen {

    private final TodayViewModel today;
    private final ScreenServices services;

    public TodayScreen(ScreenServices services) {
        this.services = services;
        Navigator navigator = services.navigator();
        today = new TodayViewModel(services.journal(), services.bundle(), services.async(), services.messages(),
                services.clock());
        // The form may still show a past day opened from the history: today's check-in is today's.
        today.setOnCheckInRequested(() -> navigator.openCheckIn(LocalDate.now(services.clock())));
        today.setOnScreeningRequested(navigator::startScreening);
        today.setOnPlayerRequested(navigator::startExercises);
        navigator.answerExercisesKey(today::startExercises);
        navigator.onJournalChanged(() -> {
            if (navigator.pageProperty().get() == Page.TODAY) {
                today.refresh();
            }
        });
    }

    @Override
    public Node view() {
        return new TodayView(today, services.messages());
    }

    @Override
    public void shown() {
        today.refresh();
    }
}
