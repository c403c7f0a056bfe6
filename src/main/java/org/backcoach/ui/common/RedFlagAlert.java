package org.backcoach.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcoach.content.RedFlag;

/**
 * The unmissable red-flag card, over everything: names each "yes", says what to do (urgent: go
 * now; soon: book a visit within days) and stays until the person acknowledges it.
 */
public final class RedFlagAlert extends StackPane {

    public RedFlagAlert(List<RedFlag> raised, Messages messages, Runnable onAcknowledged) {
        SeekCareCard card = new SeekCareCard(messages);
        card.show(raised);
        Label plan = new Label(messages.get("redFlagAlert.planWithheld"));
        plan.setWrapText(true);
        Button acknowledge = new Button(messages.get("redFlagAlert.acknowledge"));
        acknowledge.setId("redflag-acknowledge");
        acknowledge.getStyleClass().add("accent");
        acknowledge.setDefaultButton(true);
        acknowledge.getStyleClass().add("initial-focus");
        acknowledge.setAccessibleHelp(card.getAccessibleText());
        acknowledge.setOnAction(e -> onAcknowledged.run());
        VBox box = new VBox(16, card, plan, acknowledge);
        box.setId("redflag-alert");
        box.getStyleClass().add("modal-card");
        box.setPadding(new Insets(24));
        box.setMaxWidth(640);
        box.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.CENTER);
        getChildren().add(box);
    }
}
