package org.backcoach.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.common.Messages;

/**
 * The main window's frame: navigation on the left with the "Spasm now" button always at hand,
 * the current screen (or a flow such as the exercise player) in the middle, a notice bar on top
 * when something needs the person's attention, and a layer over everything for modals. Screens
 * are built on first visit; flows and modals are built fresh each time they open. When a place
 * opens, the control marked {@code initial-focus} in it takes the keyboard focus, as the model
 * requests ({@link MainViewModel#focusRequestProperty()}).
 */
public final class MainView extends StackPane {

    /** Opens "Spasm now" from anywhere (as does Alt+N, the button's mnemonic). */
    public static final KeyCombination SPASM_SHORTCUT = ShortcutList.SPASM;

    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final ModalLayer modals;
    /** A turn of the FX thread is booked to give the requested focus. */
    private boolean focusPending;

    public MainView(MainViewModel model, Messages messages, AppearanceModel appearance, Screens screens) {
        getStyleClass().add("main-view");
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(6);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(16, 12, 16, 12));
        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("app-name");
        nav.getChildren().add(appName);
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(messages.get(page.messageKey()));
            button.setMnemonicParsing(true);
            button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            String shortcut = new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN).getDisplayText();
            button.setTooltip(new Tooltip(shortcut));
            button.setAccessibleHelp(shortcut);
            // A nav button can't be "unselected" by clicking it again: it re-opens its page instead.
            button.setOnAction(e -> {
                button.setSelected(true);
                model.openFromNavigation(page);
            });
            button.setUserData(page);
            navButtons.put(page, button);
            nav.getChildren().add(button);
        }
        // The arrow keys move through a toggle group by choosing the next member: in the
        // navigation that opens its screen, as in any tab list.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != model.pageProperty().get()) {
                model.openFromNavigation((Page) now.getUserData());
            }
        });

        Label notice = new Label();
        notice.setId("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Label noticeDetails = new Label();
        noticeDetails.setWrapText(true);
        noticeDetails.getStyleClass().add("notice-details");
        noticeDetails.textProperty().bind(model.noticeDetailsProperty());
        noticeDetails.setVisible(false);
        noticeDetails.managedProperty().bind(noticeDetails.visibleProperty());
        Button toggleDetails = new Button(messages.get("notice.details"));
        toggleDetails.setId("notice-details-toggle");
        toggleDetails.setOnAction(e -> noticeDetails.setVisible(!noticeDetails.isVisible()));
        toggleDetails.visibleProperty().bind(model.noticeDetailsProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox noticeBar = new VBox(6, new HBox(12, notice, spacer, toggleDetails), noticeDetails);
        noticeBar.getStyleClass().add("notice-bar");
        noticeBar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());

        Button spasm = new Button(messages.get("spasm.button"));
        spasm.setId("spasm-now");
        spasm.setMnemonicParsing(true);
        spasm.getStyleClass().add("spasm-button");
        spasm.setMaxWidth(Double.MAX_VALUE);
        spasm.setTooltip(new Tooltip(SPASM_SHORTCUT.getDisplayText()));
        spasm.setAccessibleHelp(messages.get("spasm.button.help", SPASM_SHORTCUT.getDisplayText()));
        spasm.setOnAction(e -> model.showModal(Modal.SPASM));
        Region navSpacer = new Region();
        VBox.setVgrow(navSpacer, Priority.ALWAYS);
        nav.getChildren().addAll(navSpacer, spasm);

        frame.setLeft(nav);
        frame.setTop(noticeBar);
        frame.setCenter(content);
        // Escape closes "Spasm now" and the shortcut list (see Modal.closesOnEscape).
        modals = new ModalLayer(() -> {
            if (model.modalProperty().get() != null) {
                model.closeModal();
            }
        });
        getChildren().addAll(frame, modals);
        model.pageProperty().addListener((obs, old, page) -> show(model, screens));
        model.flowProperty().addListener((obs, old, flow) -> show(model, screens));
        model.modalProperty().addListener((obs, old, modal) -> showModal(modal, screens));
        model.focusRequestProperty().addListener((obs, old, place) -> giveFocusLater(model));
        show(model, screens);

        sceneProperty().addListener((obs, old, scene) -> {
            giveFocusLater(model);
            if (scene != null) {
                for (Page page : Page.values()) {
                    // Not while a modal shows (the navigation is disabled then).
                    scene.getAccelerators().put(new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN), () -> {
                        if (!navButtons.get(page).isDisabled()) {
                            model.open(page);
                        }
                    });
                }
                scene.getAccelerators().put(SPASM_SHORTCUT, spasm::fire);
                installAccessShortcuts(scene, model, appearance);
            }
        });
    }

    /** Text size, the shortcut list and the exercises: keys that work on every screen. */
    private static void installAccessShortcuts(javafx.scene.Scene scene, MainViewModel model, AppearanceModel appearance) {
        ShortcutList.LARGER.forEach(keys -> scene.getAccelerators().put(keys, appearance::larger));
        ShortcutList.SMALLER.forEach(keys -> scene.getAccelerators().put(keys, appearance::smaller));
        ShortcutList.NORMAL_SIZE.forEach(keys -> scene.getAccelerators().put(keys, appearance::resetTextSize));
        scene.getAccelerators().put(ShortcutList.HELP, () -> {
            if (model.modalProperty().get() == null) {
                model.showModal(Modal.SHORTCUTS);
            }
        });
        scene.getAccelerators().put(ShortcutList.EXERCISES, () -> {
            if (model.modalProperty().get() == null) {
                model.requestExercises();
            }
        });
    }

    private void show(MainViewModel model, Screens screens) {
        Page page = model.pageProperty().get();
        navButtons.get(page).setSelected(true);
        Flow flow = model.flowProperty().get();
        content.getChildren().setAll(flow != null ? screens.view(flow) : built.computeIfAbsent(page, screens::view));
    }

    /** While a modal shows, the frame is disabled: no click, key or shortcut reaches it. */
    private void showModal(Modal modal, Screens screens) {
        if (modal == null) {
            modals.close();
            frame.setDisable(false);
            return;
        }
        modals.show(screens.view(modal), modal.closesOnEscape());
        frame.setDisable(true);
    }

    /**
     * Gives the requested place its starting focus on a later turn of the FX thread, when a view
     * built just now is in the scene. Whatever was requested last by then wins (a page, then
     * "Spasm now" over it: the modal).
     */
    private void giveFocusLater(MainViewModel model) {
        if (!focusPending && model.focusRequestProperty().get() != null && getScene() != null) {
            focusPending = true;
            Platform.runLater(() -> {
                focusPending = false;
                giveFocus(model);
            });
        }
    }

    private void giveFocus(MainViewModel model) {
        Place wanted = model.focusRequestProperty().get();
        if (wanted == null || getScene() == null) {
            return;
        }
        Node shown = showing(model, wanted);
        if (shown != null) {
            // A scroll pane has no skin (so no content to look into) until CSS has run on it.
            shown.applyCss();
            Node start = shown.lookup(".initial-focus");
            if (start != null) {
                start.requestFocus();
            }
        }
        model.focusRequestDone(wanted);
    }

    /** The view showing {@code place} now, or null: something else opened meanwhile, and the focus stays there. */
    private Node showing(MainViewModel model, Place place) {
        Modal modal = model.modalProperty().get();
        if (place instanceof Modal) {
            return place == modal ? modals.getContent() : null;
        }
        Flow flow = model.flowProperty().get();
        boolean shows = place instanceof Flow ? place == flow : place == model.pageProperty().get() && flow == null;
        return modal == null && shows && !content.getChildren().isEmpty() ? content.getChildren().get(0) : null;
    }
}
