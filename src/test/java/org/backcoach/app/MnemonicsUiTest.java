package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

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

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @Test
    void everyUnderlinedLetterIsUniqueOnItsScreenAndTheMainActionsHaveOne() throws Exception {
        ScreenTour tour = window.open(Appearance.defaults());
        List<String> problems = tour.visitEach(stop -> OnFx.call(() -> {
            List<String> found = new ArrayList<>();
            Map<Character, Labeled> byLetter = new HashMap<>();
            for (Node node : SceneWalk.shown(tour.scene().getRoot())) {
                if (!(node instanceof Labeled labeled) || labeled.isDisabled()) {
                    continue;
                }
                Character letter = mnemonic(labeled);
                if (letter == null) {
                    if (labeled.getId() != null && MAIN_ACTIONS.contains(labeled.getId())) {
                        found.add(SceneWalk.describe(labeled) + " has no Alt+letter");
                    }
                    continue;
                }
                Labeled other = byLetter.put(letter, labeled);
                if (other != null) {
                    found.add("Alt+" + Character.toUpperCase(letter) + " is both " + SceneWalk.describe(other) + " and "
                            + SceneWalk.describe(labeled));
                }
            }
            return found;
        }));
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
