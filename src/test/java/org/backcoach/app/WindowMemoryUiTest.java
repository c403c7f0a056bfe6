package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backcoach.settings.WindowBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window comes back where it was, or centred when that place is off every screen. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryUiTest {

    private Stage stage;
    private WindowMemory memory;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        memory = new WindowMemory(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void aSavedPlaceOnScreenIsRestoredAndMovesAreRemembered(FxRobot robot) {
        robot.interact(() -> {
            memory.restore(Optional.of(new WindowBounds(120, 90, 900, 640, false)), 1100, 760);
            stage.show();
        });
        assertThat(memory.current()).contains(new WindowBounds(120, 90, 900, 640, false));
        robot.interact(() -> {
            stage.setX(200);
            stage.setWidth(1000);
        });
        assertThat(memory.current()).contains(new WindowBounds(200, 90, 1000, 640, false));
    }

    @Test
    void aPlaceOffEveryScreenIsReplacedByTheCentreOfTheMainScreen(FxRobot robot) {
        robot.interact(() -> {
            memory.restore(Optional.of(new WindowBounds(9000, 9000, 800, 600, false)), 1100, 760);
            stage.show();
        });
        var screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isEqualTo(800);
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - 800);
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - 600);
    }

    @Test
    void aMaximisedWindowComesBackMaximisedAndRemembersItsNormalSize(FxRobot robot) {
        robot.interact(() -> {
            memory.restore(Optional.of(new WindowBounds(100, 100, 700, 500, true)), 1100, 760);
            stage.show();
        });
        assertThat(stage.isMaximized()).isTrue();
        assertThat(memory.current()).hasValueSatisfying(bounds -> {
            assertThat(bounds.maximized()).isTrue();
            assertThat(bounds.width()).isEqualTo(700);
        });
    }
}
