package org.backcoach.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.content.BundleFixtures;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Guide's five steps with sources, and "Related pains" on the body map, by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class GuideUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new GuideView(new GuideViewModel(BundleFixtures.builtIn()), UiTestSupport.english()),
                1100, 900));
        stage.show();
    }

    @Test
    void relatedPainsShowsWhatEasesAPickedRegionAndItsWarningSigns(FxRobot robot) {
        assertThat(robot.lookup(".titled-pane").queryAllAs(TitledPane.class)).hasSize(5);
        robot.interact(() -> robot.lookup("#step-related-pains").queryAs(TitledPane.class).setExpanded(true));
        assertThat(details(robot)).contains("No region picked yet.");
        UiTestSupport.clickOn(robot, "#guide-area-below-knee-front");
        assertThat(details(robot)).contains("Below the knee").contains("Warning sign to watch for: Do your legs or feet "
                + "feel numb, tingly or weak?").contains("past the knee?");
        robot.interact(() -> robot.lookup("#guide-area-neck").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(details(robot)).contains("Neck").contains("Exercises that work this area: Cat-cow.")
                .doesNotContain("Below the knee");
        robot.type(KeyCode.TAB, 4);
        robot.type(KeyCode.SPACE);
        assertThat(details(robot)).contains("Lower back").contains("Child's pose");
        assertThat(robot.lookup(".hint").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith("Source: 000_9524cce3f88f2669.txt"));
    }

    private static String details(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        robot.lookup("#guide-area-details").query().lookupAll(".label")
                .forEach(n -> text.append(((Label) n).getText()).append('\n'));
        return text.toString();
    }
}
