package org.backcoach.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.SettingsStore;
import org.backcoach.settings.ThemeChoice;

/**
 * The window's theme and text size, shared by the Settings screen (radio buttons, slider), the
 * shell (Ctrl+Plus, Ctrl+Minus, Ctrl+0) and whatever applies it to the scene. Every change is
 * shown at once and written to settings.json in the background.
 */
public final class AppearanceModel {

    private final ReadOnlyObjectWrapper<ThemeChoice> theme = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper textSizePercent = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper textSizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final SettingsStore store;
    private final Async async;
    private final Messages messages;

    public AppearanceModel(Appearance initial, SettingsStore store, Async async, Messages messages) {
        this.store = store;
        this.async = async;
        this.messages = messages;
        show(initial);
    }

    // Properties
    public ReadOnlyObjectProperty<ThemeChoice> themeProperty() { return theme.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty textSizePercentProperty() { return textSizePercent.getReadOnlyProperty(); }
    /** "Text size: 150%", for the slider's label and its screen-reader text. */
    public ReadOnlyStringProperty textSizeTextProperty() { return textSizeText.getReadOnlyProperty(); }
    /** Empty, or why the choice could not be saved (it still applies until the app closes). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public Appearance current() {
        return new Appearance(theme.get(), textSizePercent.get());
    }

    // Commands
    public void setTheme(ThemeChoice choice) {
        change(current().withTheme(choice));
    }

    /** Any value is clamped to 100–200%. */
    public void setTextSizePercent(int percent) {
        change(current().withTextSizePercent(percent));
    }

    public void larger() {
        change(current().larger());
    }

    public void smaller() {
        change(current().smaller());
    }

    public void resetTextSize() {
        setTextSizePercent(Appearance.MIN_TEXT_SIZE);
    }

    private void change(Appearance wanted) {
        if (wanted.equals(current())) {
            return;
        }
        show(wanted);
        async.run(() -> {
            try {
                store.update(settings -> settings.withAppearance(wanted));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> status.set(""), error -> status.set(messages.get("appearance.saveFailed", error.getMessage())));
    }

    private void show(Appearance appearance) {
        theme.set(appearance.theme());
        textSizePercent.set(appearance.textSizePercent());
        textSizeText.set(messages.get("appearance.textSize.value", appearance.textSizePercent()));
    }
}
