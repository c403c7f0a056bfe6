package org.backcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** Screens registered against their places: made at once, told when their page shows, none left out. */
class ScreensTest {

    private final MainViewModel main = new MainViewModel();
    private final Screens screens = new Screens(new ScreenServices(null, null, null, null, new Navigator(main)));
    private final List<String> heard = new ArrayList<>();

    @Test
    void aPageScreenIsToldEachTimeItsPageShows() {
        screens.register(Page.TODAY, services -> screen("today"));
        screens.register(Page.PROGRESS, services -> screen("progress"));
        main.open(Page.PROGRESS);
        main.open(Page.TODAY);
        main.showFlow(Flow.PLAYER);
        main.closeFlow();
        assertThat(heard).containsExactly("today shown", "progress shown", "today shown", "today shown");
    }

    @Test
    void aPlaceHasOneScreen() {
        screens.register(Modal.SPASM, services -> screen("spasm"));
        assertThatThrownBy(() -> screens.register(Modal.SPASM, services -> screen("again")))
                .hasMessageContaining("SPASM");
    }

    @Test
    void aPlaceLeftWithoutAScreenIsFoundBeforeTheWindowShows() {
        for (Page page : Page.values()) {
            screens.register(page, services -> screen(page.name()));
        }
        screens.register(Flow.PLAYER, services -> screen("player"));
        screens.register(Flow.SCREENING, services -> screen("screening"));
        screens.register(Modal.SPASM, services -> screen("spasm"));
        screens.register(Modal.SHORTCUTS, services -> screen("shortcuts"));
        assertThatThrownBy(screens::requireEveryPlace).hasMessageContaining("RED_FLAG_ALERT");
        screens.register(Modal.RED_FLAG_ALERT, services -> screen("alert"));
        screens.requireEveryPlace();
    }

    private Screen screen(String name) {
        return new Screen() {
            @Override
            public Node view() {
                throw new UnsupportedOperationException("no view in a plain test");
            }

            @Override
            public void shown() {
                heard.add(name + " shown");
            }
        };
    }
}
