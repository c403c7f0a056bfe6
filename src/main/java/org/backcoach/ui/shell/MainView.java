package org.backcoach.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
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
import org.backcoach.ui.common.Messages;

/**
 * The main window's frame: navigation on the left, the current screen in the middle, and a
 * notice bar on top when something needs the person's attention. Screens are built on first visit.
 */
public final class MainView extends BorderPane {

    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();

    public MainView(MainViewModel model, Messages messages, Function<Page, Node> pages) {
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
                model.open(page);
            });
            navButtons.put(page, button);
            nav.getChildren().add(button);
        }

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

        setLeft(nav);
        setTop(noticeBar);
        setCenter(content);
        model.pageProperty().addListener((obs, old, page) -> show(page, pages));
        show(model.pageProperty().get(), pages);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (Page page : Page.values()) {
                    scene.getAccelerators().put(new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN),
                            () -> navButtons.get(page).fire());
                }
            }
        });
    }

    private void show(Page page, Function<Page, Node> pages) {
        navButtons.get(page).setSelected(true);
        Node node = built.computeIfAbsent(page, pages);
        content.getChildren().setAll(node);
    }
}
