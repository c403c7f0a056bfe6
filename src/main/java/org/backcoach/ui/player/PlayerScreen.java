package org.backcoach.ui.player;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.coach.TodayPlan;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.Modal;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/**
 * The exercise player, shown in place of the page. It opens only when today's plan allows it
 * ({@link TodayPlan#playerMayStart}); otherwise Today opens, where the person sees why. One
 * session at a time: leaving the player any way ends it, so nothing keeps ticking.
 */
public final class PlayerScreen implements Screen {

    private final ScreenServices services;
    private final Coach coach;
    private final Chime chime;
    /** Shared by every session, so "mute" sticks for the rest of the day. */
    private final BooleanProperty muted = new SimpleBooleanProperty(false);
    private PlayerViewModel player;

    public PlayerScreen(ScreenServices services, Chime chime) {
        this.services = services;
        this.coach = new Coach(services.bundle());
        this.chime = chime;
        Navigator navigator = services.navigator();
        navigator.answerExercises(this::start);
        navigator.answerMicroRoutine(() -> withPlan(plan -> start(plan.microRoutine())));
        navigator.answerExercisesKey(Flow.PLAYER, () -> {
            if (player != null) {
                player.togglePause();
            }
        });
        navigator.flowProperty().addListener((obs, old, now) -> {
            if (old == Flow.PLAYER && now != Flow.PLAYER) {
                close();
            }
        });
        navigator.modalProperty().addListener((obs, old, now) -> {
            if (now == Modal.SPASM && player != null) {
                player.pauseIfRunning();
            }
        });
    }

    @Override
    public Node view() {
        return new PlayerView(player, services.messages());
    }

    @Override
    public void close() {
        if (player != null) {
            PlayerViewModel leaving = player;
            player = null;
            leaving.close();
        }
    }

    private void start(List<PlannedExercise> exercises) {
        withPlan(plan -> {
            if (plan.playerMayStart(exercises)) {
                open(exercises);
            } else {
                services.navigator().open(Page.TODAY);
            }
        });
    }

    /** Today's plan, read afresh: the journal may have changed since Today showed it. */
    private void withPlan(Consumer<TodayPlan> then) {
        services.async().run(() -> coach.plan(services.journal(), LocalDate.now(services.clock())), then,
                error -> services.navigator().open(Page.TODAY));
    }

    private void open(List<PlannedExercise> exercises) {
        PlayerViewModel session = new PlayerViewModel(exercises, coach, services.journal(), services.async(),
                services.messages(), services.clock(), chime, muted);
        session.setOnClosed(() -> {
            if (player == session) {
                player = null;
                services.navigator().closeFlow();
            }
        });
        if (player != null) {
            player.close();
        }
        player = session;
        services.navigator().showFlow(Flow.PLAYER);
    }
}
