package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt+letter presses a button only when the letter is its own on the screen (two buttons with
 * the same letter make JavaFX move the focus between them instead), so on every screen, flow
 * and modal no two enabled controls share an underlined letter, and the main actions have one.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsUiTest {

    /** The actions a person reaches for most, which must have their own Alt+letter where they show. */
    private static final List<String> MAIN_ACTIONS = List.of("today-checkin", "today-start", "checkin-save",
            "screening-save", "print-save", "print-print", "spasm-now", "spasm-log", "redflag-acknowledge",
            "player-stop", "player-log", "player-close", "history-edit", "history-undo", "data-backup");

    @TempDir
    static Path root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyUnderlinedLetterIsUniqueOnItsScreenAndTheMainActionsHaveOne(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(root.resolve("mnemonics"));
        ScreenTour tour = OnFx.call(() -> ScreenTour.open(data, stage, Appearance.defaults()));
        List<String> problems = new ArrayList<>();
        try {
            for (ScreenTour.Stop stop : ScreenTour.stops()) {
                robot.interact(() -> stop.open().accept(tour));
                WaitForAsyncUtils.waitForFxEvents();
                OnFx.run(() -> {
                    Map<Character, Labeled> byLetter = new HashMap<>();
                    for (Node node : SceneWalk.shown(tour.scene().getRoot())) {
                        if (!(node instanceof Labeled labeled) || labeled.isDisabled()) {
                            continue;
                        }
                        Character letter = mnemonic(labeled);
                        if (letter == null) {
                            if (labeled.getId() != null && MAIN_ACTIONS.contains(labeled.getId())) {
                                problems.add(stop + ": " + SceneWalk.describe(labeled) + " has no Alt+letter");
                            }
                            continue;
                        }
                        Labeled other = byLetter.put(letter, labeled);
                        if (other != null) {
                            problems.add(stop + ": Alt+" + Character.toUpperCase(letter) + " is both "
                                    + SceneWalk.describe(other) + " and " + SceneWalk.describe(labeled));
                        }
                    }
                });
            }
        } finally {
            robot.interact(tour::close);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLetterIsReadAsJavaFxReadsIt() {
        assertThat(letterOf("Save as P_DF…")).isEqualTo('d');
        assertThat(letterOf("a__b")).isNull();
        assertThat(letterOf("Plain")).isNull();
    }

    private static Character mnemonic(Labeled labeled) {
        return labeled.isMnemonicParsing() && labeled.getText() != null ? letterOf(labeled.getText()) : null;
    }

    static Character letterOf(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return Character.toLowerCase(text.charAt(i + 1));
            }
        }
        return null;
    }

}
