package org.backcoach.ui.common;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backcoach.content.RedFlag;
import org.kordamp.ikonli.feather.Feather;

/**
 * The unmissable "seek care" card (an AtlantaFX card in the danger colours): names each red flag
 * answered yes and says what to do. Hidden when the list is empty.
 */
public final class SeekCareCard extends TextCard {

    private final Messages messages;
    private final VBox lines = new VBox(8);

    public SeekCareCard(Messages messages) {
        super(null, null);
        this.messages = messages;
        setBody(lines);
        getStyleClass().add("seek-care-card");
        setAccessibleRole(AccessibleRole.TEXT);
        show(List.of());
    }

    public void show(List<RedFlag> raised) {
        lines.getChildren().clear();
        setVisible(!raised.isEmpty());
        setManaged(!raised.isEmpty());
        if (raised.isEmpty()) {
            setHeader(null);
            return;
        }
        boolean urgent = raised.stream().anyMatch(f -> f.urgency() == RedFlag.Urgency.URGENT);
        Label title = Icons.before(new Label(messages.get(urgent ? "seekCare.title.urgent" : "seekCare.title.soon")),
                Feather.ALERT_OCTAGON);
        title.getStyleClass().add("seek-care-title");
        title.setWrapText(true);
        setHeader(title);
        StringBuilder spoken = new StringBuilder(title.getText());
        for (RedFlag flag : raised) {
            Label question = new Label(messages.get("seekCare.because", flag.question()));
            question.setWrapText(true);
            question.getStyleClass().add("seek-care-question");
            Label advice = new Label(messages.get(flag.urgency() == RedFlag.Urgency.URGENT
                    ? "seekCare.urgent" : "seekCare.soon") + " " + flag.advice());
            advice.setWrapText(true);
            lines.getChildren().addAll(question, advice);
            spoken.append(' ').append(question.getText()).append(' ').append(advice.getText());
        }
        setAccessibleText(spoken.toString());
    }
}
