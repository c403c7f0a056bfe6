package org.backcoach.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the person chose in Settings. Immutable; change it with the {@code with...} methods and
 * save it through {@link SettingsStore}.
 *
 * @param personName  shown on printed sheets; may be empty
 * @param bundleFile  file name (never a path) of the clinician's bundle in the bundles folder, or empty
 * @param paperSize   paper for printouts; empty means "whatever is usual where the person lives"
 * @param reminders   movement-break and check-in reminders
 * @param window      the main window's last size and position; empty until it was first closed
 * @param language    the language of the app; {@link LanguageChoice#SYSTEM} follows the computer
 * @param appearance  theme and text size
 */
public record Settings(String personName, Optional<String> bundleFile, Optional<PaperSize> paperSize,
                       ReminderSettings reminders, Optional<WindowBounds> window, LanguageChoice language,
                       Appearance appearance) {

    /** A bundle file name as BackCoach writes it; anything else (a path, "..") is refused. */
    public static final Pattern BUNDLE_FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");

    public Settings {
        personName = personName == null ? "" : personName.strip();
        bundleFile = bundleFile == null ? Optional.empty() : bundleFile;
        bundleFile.ifPresent(name -> {
            if (!BUNDLE_FILE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("bundleFile must be a plain file name, not '" + name + "'");
            }
        });
        paperSize = paperSize == null ? Optional.empty() : paperSize;
        reminders = Objects.requireNonNullElse(reminders, ReminderSettings.defaults());
        window = window == null ? Optional.empty() : window;
        language = Objects.requireNonNullElse(language, LanguageChoice.SYSTEM);
        appearance = Objects.requireNonNullElse(appearance, Appearance.defaults());
    }

    public Settings(String personName, Optional<String> bundleFile, Optional<PaperSize> paperSize,
                    ReminderSettings reminders, Optional<WindowBounds> window) {
        this(personName, bundleFile, paperSize, reminders, window, LanguageChoice.SYSTEM, Appearance.defaults());
    }

    public Settings(String personName, Optional<String> bundleFile) {
        this(personName, bundleFile, Optional.empty(), ReminderSettings.defaults(), Optional.empty());
    }

    public static Settings defaults() {
        return new Settings("", Optional.empty());
    }

    public Settings withPersonName(String name) {
        return new Settings(name, bundleFile, paperSize, reminders, window, language, appearance);
    }

    public Settings withBundleFile(Optional<String> file) {
        return new Settings(personName, file, paperSize, reminders, window, language, appearance);
    }

    public Settings withPaperSize(Optional<PaperSize> paper) {
        return new Settings(personName, bundleFile, paper, reminders, window, language, appearance);
    }

    public Settings withReminders(ReminderSettings value) {
        return new Settings(personName, bundleFile, paperSize, value, window, language, appearance);
    }

    public Settings withWindow(Optional<WindowBounds> value) {
        return new Settings(personName, bundleFile, paperSize, reminders, value, language, appearance);
    }

    public Settings withAppearance(Appearance value) {
        return new Settings(personName, bundleFile, paperSize, reminders, window, language, value);
    }

    public Settings withLanguage(LanguageChoice value) {
        return new Settings(personName, bundleFile, paperSize, reminders, window, value, appearance);
    }

    /** The paper to print on: the person's choice, or the usual size for {@code locale}'s country. */
    public PaperSize paperSizeOr(Locale locale) {
        return paperSize.orElseGet(() -> PaperSize.defaultFor(locale));
    }
}
