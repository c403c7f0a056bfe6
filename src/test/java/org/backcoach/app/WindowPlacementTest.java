package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcoach.app.WindowPlacement.Area;
import org.backcoach.settings.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Area LAPTOP = new Area(0, 0, 1440, 860);
    private static final Area MONITOR_RIGHT = new Area(1440, 0, 2560, 1400);

    @Test
    void aWindowThatStillFitsComesBackExactlyWhereItWas() {
        WindowBounds saved = new WindowBounds(100, 80, 1100, 700, false);
        assertThat(WindowPlacement.restore(saved, List.of(LAPTOP))).contains(saved);
    }

    @Test
    void aWindowOnAMonitorThatIsGoneIsNotRestoredThere() {
        WindowBounds onMonitor = new WindowBounds(2000, 200, 1100, 760, false);
        assertThat(WindowPlacement.restore(onMonitor, List.of(LAPTOP, MONITOR_RIGHT))).contains(onMonitor);
        assertThat(WindowPlacement.restore(onMonitor, List.of(LAPTOP))).isEmpty();
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackOntoTheScreen() {
        WindowBounds halfOff = new WindowBounds(900, 400, 1100, 760, true);
        assertThat(WindowPlacement.restore(halfOff, List.of(LAPTOP)))
                .contains(new WindowBounds(340, 100, 1100, 760, true));
    }

    @Test
    void aWindowLargerThanTheScreenNowIsShrunkToFit() {
        WindowBounds big = new WindowBounds(10, 10, 2400, 1300, false);
        assertThat(WindowPlacement.restore(big, List.of(LAPTOP))).contains(new WindowBounds(0, 0, 1440, 860, false));
    }

    @Test
    void aTitleBarAboveTheScreenCannotBeGrabbedSoItIsNotRestored() {
        WindowBounds above = new WindowBounds(100, -300, 1100, 760, false);
        assertThat(WindowPlacement.restore(above, List.of(LAPTOP))).isEmpty();
        WindowBounds sliver = new WindowBounds(1380, 100, 1100, 760, false);
        assertThat(WindowPlacement.restore(sliver, List.of(LAPTOP))).as("only 60 px of title bar showing").isEmpty();
    }

    @Test
    void theScreenShowingMostOfTheTitleBarWins() {
        WindowBounds straddling = new WindowBounds(1200, 100, 1000, 700, false);
        assertThat(WindowPlacement.restore(straddling, List.of(LAPTOP, MONITOR_RIGHT)))
                .contains(new WindowBounds(1440, 100, 1000, 700, false));
    }
}
