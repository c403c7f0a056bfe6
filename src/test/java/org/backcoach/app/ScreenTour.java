package org.backcoach.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.backcoach.coach.Coach;
import org.backcoach.session.Session;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.Modal;
import org.backcoach.ui.shell.Page;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the app wires it (AppContext, its root with theme and text size), on a
 * demo journal in a temporary data folder, and a list of stops: every main screen, the flows
 * (screening, the player's stages) and the modals ("Spasm now", the shortcut list, the red-flag
 * card). The whole-window access tests walk the stops; docs/screenshots are made from them too.
 * Every stop's action runs on the FX thread and only uses what a person could reach.
 */
public final class ScreenTour implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    /** One place in the app: its name (also the screenshot's file name) and how to get there. */
    public record Stop(String name, Consumer<ScreenTour> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Session session;
    private final AppContext context;
    private final Scene scene;

    private ScreenTour(Session session, AppContext context, Scene scene) {
        this.session = session;
        this.context = context;
        this.scene = scene;
    }

    /** Opens the data folder with the look it has in its settings (as a restart would); on the FX thread. */
    public static ScreenTour open(Path dataDir, Stage stage) throws java.io.IOException {
        return open(dataDir, stage, null);
    }

    /** Opens the data folder (filled with the demo journal on first use) in {@code stage}; on the FX thread. */
    public static ScreenTour open(Path dataDir, Stage stage, Appearance appearance) throws java.io.IOException {
        Clock clock = Clock.fixed(TODAY.atTime(10, 30).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        if (!java.nio.file.Files.exists(dataDir.resolve("journal.db"))) {
            DemoJournal.copyInto(dataDir, clock);
        }
        Session session = Session.open(new DataFolder(dataDir), Optional.empty(), clock, "en");
        AppContext context = new AppContext(session, Async.direct(), Messages.strict(Locale.ENGLISH), clock,
                DesktopServices.none());
        if (appearance != null) {
            context.appearance().setTheme(appearance.theme());
            context.appearance().setTextSizePercent(appearance.textSizePercent());
        }
        Scene scene = new Scene(context.root(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        return new ScreenTour(session, context, scene);
    }

    public AppContext context() {
        return context;
    }

    public Scene scene() {
        return scene;
    }

    public Session session() {
        return session;
    }

    @Override
    public void close() {
        context.close();
        session.close();
    }

    /**
     * Every stop, in an order that works from a freshly opened window. While working on one
     * screen, -Dbackcoach.tour=print,settings keeps only those stops (later stops need earlier ones).
     */
    public static List<Stop> stops() {
        String only = System.getProperty("backcoach.tour", "");
        return only.isBlank() ? allStops()
                : allStops().stream().filter(s -> List.of(only.split(",")).contains(s.name())).toList();
    }

    /** What a test finds wrong at one stop, on the test thread; nothing when all is well. */
    @FunctionalInterface
    public interface StopCheck {
        List<String> problemsAt(Stop stop) throws Exception;
    }

    /**
     * Opens every stop in turn (on the FX thread), lets the events it started settle and lays the
     * window out, then runs {@code check} on it. Returns the problems found, each prefixed with
     * its stop's name.
     */
    public List<String> visitEach(StopCheck check) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Stop stop : stops()) {
            OnFx.run(() -> stop.open().accept(this));
            // The place opened gets its starting focus once laid out: the check starts after that.
            StartFocus.given(context.mainViewModel());
            OnFx.run(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            check.problemsAt(stop).forEach(p -> problems.add(stop + ": " + p));
        }
        return problems;
    }

    private static List<Stop> allStops() {
        return List.of(
                page("today", Page.TODAY),
                page("check-in", Page.CHECK_IN),
                page("progress", Page.PROGRESS),
                new Stop("progress-insights", t -> t.tab("tab-insights")),
                new Stop("progress-history", t -> t.tab("tab-history")),
                page("exercises", Page.EXERCISES),
                page("guide", Page.GUIDE),
                new Stop("guide-related-pains", t -> {
                    ((TitledPane) t.find("#step-related-pains")).setExpanded(true);
                    t.fire("#guide-area-lower-back");
                }),
                page("print", Page.PRINT),
                new Stop("print-report", t -> t.fire("#print-kind-report")),
                new Stop("print-flare-plan", t -> t.fire("#print-kind-flare")),
                page("settings", Page.SETTINGS),
                new Stop("screening", t -> t.main().showFlow(Flow.SCREENING)),
                new Stop("player", t -> {
                    t.main().open(Page.TODAY);
                    Coach coach = new Coach(t.session.bundle());
                    t.context.navigator().startExercises(coach.plan(t.session.journal(), TODAY).exercises().subList(0, 2));
                }),
                new Stop("player-rating", t -> t.fireUntilShown("#player-next", "#player-log")),
                new Stop("player-finished", t -> {
                    t.fire("#player-skip-rating");
                    t.fireUntilShown("#player-stop", "#player-close");
                }),
                new Stop("spasm", t -> {
                    t.fire("#player-close");
                    t.main().showModal(Modal.SPASM);
                }),
                new Stop("spasm-note", t -> t.fireUntilShown("#spasm-next", "#spasm-log")),
                new Stop("shortcuts", t -> {
                    t.main().closeModal();
                    t.main().showModal(Modal.SHORTCUTS);
                }),
                new Stop("red-flag-alert", t -> {
                    t.main().closeModal();
                    t.main().open(Page.CHECK_IN);
                    t.fire("#pain-now-4");
                    t.fire("#redflag-night-pain");
                    t.fire("#checkin-save");
                }),
                new Stop("today-on-hold", t -> {
                    t.fire("#redflag-acknowledge");
                    t.main().open(Page.TODAY);
                }));
    }

    private static Stop page(String name, Page page) {
        return new Stop(name, t -> {
            t.main().closeModal();
            t.main().open(page);
        });
    }

    private org.backcoach.ui.shell.MainViewModel main() {
        return context.mainViewModel();
    }

    /** The node a query finds in the window, or an error naming the query. */
    public Node find(String query) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Node node = scene.getRoot().lookup(query);
        if (node == null) {
            throw new IllegalStateException("nothing in the window matches " + query + " (flow "
                    + context.mainViewModel().flowProperty().get() + ", modal " + context.mainViewModel().modalProperty().get()
                    + ", page " + context.mainViewModel().pageProperty().get() + ", player "
                    + scene.getRoot().lookup("#player") + ")");
        }
        return node;
    }

    private void fire(String query) {
        ((ButtonBase) find(query)).fire();
    }

    private void tab(String id) {
        TabPane tabs = (TabPane) find("#progress-tabs");
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(tab);
    }

    /** Presses {@code button} (as often as it takes, at most 50 times) until {@code shown} is on screen. */
    private void fireUntilShown(String button, String shown) {
        for (int i = 0; i < 50 && !showing(find(shown)); i++) {
            fire(button);
        }
        if (!showing(find(shown))) {
            throw new IllegalStateException(shown + " did not appear after pressing " + button);
        }
    }

    /** Whether the node and every parent are visible, so a person could see it. */
    public static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
