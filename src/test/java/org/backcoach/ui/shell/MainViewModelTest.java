package org.backcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the keyboard focus is asked to go as places open; plain Java, no FX thread. */
class MainViewModelTest {

    private final MainViewModel main = new MainViewModel();
    private final List<Place> requests = new ArrayList<>();

    MainViewModelTest() {
        main.focusRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
    }

    @Test
    void theFirstPageAsksForTheFocusAndTheViewSaysWhenItIsGiven() {
        assertThat(main.focusRequestProperty().get()).isEqualTo(Page.TODAY);
        main.focusRequestDone(Page.TODAY);
        assertThat(main.focusRequestProperty().get()).isNull();
    }

    @Test
    void aPageOpenedByAShortcutOrAnotherScreenAsksForTheFocus() {
        main.open(Page.CHECK_IN);
        assertThat(main.focusRequestProperty().get()).isEqualTo(Page.CHECK_IN);
        main.pageProperty().set(Page.SETTINGS);
        assertThat(main.focusRequestProperty().get()).isEqualTo(Page.SETTINGS);
    }

    @Test
    void aPageChosenInTheNavigationLeavesTheFocusThere() {
        main.focusRequestDone(Page.TODAY);
        main.openFromNavigation(Page.PROGRESS);
        assertThat(main.pageProperty().get()).isEqualTo(Page.PROGRESS);
        assertThat(main.focusRequestProperty().get()).isNull();
        main.showFlow(Flow.PLAYER);
        main.focusRequestDone(Flow.PLAYER);
        main.openFromNavigation(Page.PROGRESS);
        assertThat(main.flowProperty().get()).isNull();
        assertThat(main.focusRequestProperty().get()).isNull();
    }

    @Test
    void theLatestRequestWinsAPageThenSpasmNowOverIt() {
        main.open(Page.GUIDE);
        main.showModal(Modal.SPASM);
        assertThat(main.focusRequestProperty().get()).isEqualTo(Modal.SPASM);
        main.focusRequestDone(Page.GUIDE);
        assertThat(main.focusRequestProperty().get()).as("an older request is done by then").isEqualTo(Modal.SPASM);
    }

    @Test
    void aFlowAsksForTheFocusAndThePageAsksAgainWhenTheFlowCloses() {
        main.focusRequestDone(Page.TODAY);
        main.showFlow(Flow.SCREENING);
        assertThat(requests).containsExactly(Flow.SCREENING);
        main.focusRequestDone(Flow.SCREENING);
        main.closeFlow();
        assertThat(main.focusRequestProperty().get()).isEqualTo(Page.TODAY);
        main.focusRequestDone(Page.TODAY);
        main.showFlow(Flow.PLAYER);
        main.open(Page.TODAY);
        assertThat(main.focusRequestProperty().get()).as("leaving a flow for the same page").isEqualTo(Page.TODAY);
    }

    @Test
    void reopeningThePageShowingAsksForNothing() {
        main.focusRequestDone(Page.TODAY);
        main.open(Page.TODAY);
        assertThat(main.focusRequestProperty().get()).isNull();
    }
}
