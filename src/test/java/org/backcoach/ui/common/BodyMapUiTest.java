package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.backcoach.content.BundleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Picking areas on the body map by mouse and by keyboard, in multi and single mode. */
@ExtendWith(ApplicationExtension.class)
class BodyMapUiTest {

    private final ObservableSet<String> picked = FXCollections.observableSet();
    private final ObservableSet<String> single = FXCollections.observableSet();
    private BodyMap multiMap;

    @Start
    void start(Stage stage) {
        var areas = BundleFixtures.builtIn().areas();
        multiMap = new BodyMap(areas, picked, UiTestSupport.english(), "m-", 1.0, false);
        BodyMap singleMap = new BodyMap(areas, single, UiTestSupport.english(), "s-", 0.8, true);
        stage.setScene(new Scene(new HBox(20, multiMap, singleMap), 1100, 500));
        stage.show();
    }

    @Test
    void clickingRegionsOnEitherViewPicksTheArea(FxRobot robot) {
        robot.clickOn("#m-lower-back");
        robot.clickOn("#m-thighs-front");
        assertThat(picked).containsExactlyInAnyOrder("lower-back", "thighs");
        assertThat(robot.lookup("#m-thighs").queryAs(ToggleButton.class).isSelected()).as("the back twin follows").isTrue();
        robot.clickOn("#m-thighs");
        assertThat(picked).containsExactly("lower-back");
        assertThat(robot.lookup("#m-picked").queryLabeled().getText()).isEqualTo("Picked: Lower back");
    }

    @Test
    void everyRegionIsReachedByTabInBodyOrderAndToggledWithSpace(FxRobot robot) {
        assertThat(multiMap.keyboardRegions()).extracting(Node::getId).containsExactly("m-neck", "m-shoulders",
                "m-upper-back", "m-mid-back", "m-lower-back", "m-hips-glutes", "m-thighs", "m-below-knee");
        assertThat(multiMap.keyboardRegions()).allSatisfy(n -> assertThat(n.getAccessibleText()).isNotBlank());
        assertThat(robot.lookup("#m-neck").query().getAccessibleText()).isEqualTo("Neck");
        assertThat(robot.lookup("#m-neck-front").query().isFocusTraversable()).isFalse();
        robot.interact(() -> robot.lookup("#m-neck").query().requestFocus());
        robot.type(KeyCode.TAB, 4);
        assertThat(robot.lookup("#m-lower-back").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.TAB, 3);
        robot.type(KeyCode.SPACE);
        assertThat(picked).containsExactlyInAnyOrder("lower-back", "below-knee");
    }

    @Test
    void singleModeKeepsOnlyTheLastPick(FxRobot robot) {
        robot.clickOn("#s-neck");
        robot.clickOn("#s-mid-back");
        assertThat(single).containsExactly("mid-back");
        assertThat(robot.lookup("#s-neck").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void theMapFollowsChangesMadeElsewhere(FxRobot robot) {
        robot.interact(() -> picked.add("shoulders"));
        assertThat(robot.lookup("#m-shoulders").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#m-shoulders-front").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
