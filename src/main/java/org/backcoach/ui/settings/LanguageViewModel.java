package org.backcoach.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backcoach.content.ActiveContent;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The language part of Settings: follow the computer, English or Deutsch. "Apply" saves the choice;
 * the app then shows every screen again in that language (see {@link #setOnApplied}) and says so
 * here. A content bundle of the person's own keeps its language, and this says that plainly.
 */
public final class LanguageViewModel {

    // Properties
    private final ObjectProperty<LanguageChoice> choice = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LanguageChoice> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bundleNote = new ReadOnlyStringWrapper("");

    private final SettingsStore store;
    private final Locale system;
    private final Async async;
    private final Messages messages;
    private Consumer<LanguageChoice> onApplied = chosen -> { };

    /**
     * @param saved   the choice in settings.json
     * @param system  the computer's own locale, which "Same as this computer" follows
     * @param content the content in use, to tell when a bundle of the person's own is in another language
     */
    public LanguageViewModel(SettingsStore store, LanguageChoice saved, Locale system, ActiveContent content,
                             Async async, Messages messages) {
        this.store = store;
        this.system = system;
        this.async = async;
        this.messages = messages;
        this.saved.set(saved);
        choice.set(saved);
        String bundleLanguage = Locale.forLanguageTag(content.bundle().locale()).getLanguage();
        if (!content.isBuiltIn() && !bundleLanguage.equals(messages.locale().getLanguage())) {
            bundleNote.set(messages.get("settings.language.bundleDiffers",
                    Locale.forLanguageTag(bundleLanguage).getDisplayLanguage(messages.locale()),
                    messages.locale().getDisplayLanguage(messages.locale())));
        }
    }

    public ObjectProperty<LanguageChoice> choiceProperty() { return choice; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bundleNoteProperty() { return bundleNote.getReadOnlyProperty(); }

    /** True while the chosen language is the one saved: nothing to apply. */
    public BooleanBinding unchangedBinding() {
        return Bindings.equal(choice, saved);
    }

    public List<LanguageChoice> choices() {
        return List.of(LanguageChoice.values());
    }

    /** How a choice is named: each language in its own words, "System" with the language it gives now. */
    public String label(LanguageChoice option) {
        return switch (option) {
            case SYSTEM -> messages.get("settings.language.system", label(
                    LanguageChoice.SYSTEM.locale(system).getLanguage().equals("de") ? LanguageChoice.GERMAN
                            : LanguageChoice.ENGLISH));
            case ENGLISH -> messages.get("settings.language.en");
            case GERMAN -> messages.get("settings.language.de");
        };
    }

    /** Called with the saved choice; the app builds the screens again in that language. */
    public void setOnApplied(Consumer<LanguageChoice> action) {
        this.onApplied = action;
    }

    // Commands

    /** Saves the chosen language (keeping every other setting as it is on disk) and hands it to the app. */
    public void apply() {
        LanguageChoice wanted = choice.get();
        if (wanted == null || wanted == saved.get()) {
            status.set(messages.get("settings.language.unchanged"));
            return;
        }
        async.run(() -> {
            try {
                return store.update(s -> s.withLanguage(wanted)).language();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, stored -> {
            saved.set(stored);
            onApplied.accept(stored);
        }, error -> status.set(messages.get("settings.language.failed", error.getMessage())));
    }

    /** The screens were built again in the new language; this view model is the new one. */
    public void confirmApplied() {
        status.set(messages.get("settings.language.applied"));
    }
}
