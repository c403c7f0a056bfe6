package org.backcoach.ui.shell;

import atlantafx.base.controls.ModalPane;
import javafx.scene.Node;

/**
 * The layer over the window that modals show in: AtlantaFX's {@link ModalPane}, which dims the
 * window behind and closes on Escape unless the modal must be acknowledged. It appears and goes
 * at once (no slide or fade: calm, and nothing for a test to wait for), and while empty it is
 * hidden, so no click or Tab reaches it.
 */
final class ModalLayer extends ModalPane {

    /** @param onClosed told when the layer closed itself (Escape) */
    ModalLayer(Runnable onClosed) {
        // The skin now, not at the first CSS pass: content shown before then would be lost.
        setSkin(createDefaultSkin());
        setInTransitionFactory(null);
        setOutTransitionFactory(null);
        setFocusTraversable(false);
        visibleProperty().bind(displayProperty());
        displayProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                onClosed.run();
            }
        });
    }

    void show(Node modal, boolean closesOnEscape) {
        setPersistent(!closesOnEscape);
        show(modal);
    }

    void close() {
        hide(true);
    }
}
