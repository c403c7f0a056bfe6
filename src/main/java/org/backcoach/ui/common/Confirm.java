package org.backcoach.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * A yes-or-no question over the window, with its title and buttons in the app's language (JavaFX's
 * own "OK", "Cancel" and "Confirmation" follow the computer's language, not the one chosen in Settings).
 */
public final class Confirm {

    private Confirm() {
    }

    /** Shows {@code question} and waits; true when the person confirmed. */
    public static boolean ask(Window owner, String question, Messages messages) {
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok, cancel);
        alert.setTitle(messages.get("common.confirm.title"));
        alert.setHeaderText(messages.get("common.confirm.title"));
        alert.initOwner(owner);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }
}
