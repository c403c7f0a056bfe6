package org.backcoach.ui.common;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backcoach.content.RedFlag;

/**
 * The unmissable "seek care" card: names each red flag answered yes and says what to do.
 * Hidden when the list is empty.
 */
public final class SeekCareCard extends VBox {

    private final Messages messages;

    public SeekCareCard(Messages messages) {
        this.messages = messages;
        getStyleClass().add("seek-care-card");
        setSpacing(8);
        setAccessibleRole(AccessibleRole.TEXT);
        show(List.of());
    }

    public void show(List<RedFlag> raised) {
        getChildren().clear();
        setVisible(!raised.isEmpty());
        setManaged(!raised.isEmpty());
        if (raised.isEmpty()) {
            return;
        }
        boolean urgent = raised.stream().anyMatch(f -> f.urgency() == RedFlag.Urgency.URGENT);
        Label title = new Label(messages.get(urgent ? "seekCare.title.urgent" : "seekCare.title.soon"));
        title.getStyleClass().add("seek-care-title");
        title.setWrapText(true);
        getChildren().add(title);
        StringBuilder spoken = new StringBuilder(title.getText());
        for (RedFlag flag : raised) {
            Label question = new Label(messages.get("seekCare.because", flag.question()));
            question.setWrapText(true);
            question.getStyleClass().add("seek-care-question");
            Label advice = new Label(messages.get(flag.urgency() == RedFlag.Urgency.URGENT
                    ? "seekCare.urgent" : "seekCare.soon") + " " + flag.advice());
            advice.setWrapText(true);
            getChildren().addAll(question, advice);
            spoken.append(' ').append(question.getText()).append(' ').append(advice.getText());
        }
        setAccessibleText(spoken.toString());
    }
}
