package org.backcoach.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the person chose in Settings, and where the window was. Immutable; change it with the
 * {@code with...} methods and save it through {@link SettingsStore}.
 *
 * @param personName  shown on printed sheets; may be empty
 * @param bundleFile  file name (never a path) of the clinician's bundle in the bundles folder, or empty
 * @param reminders   movement-break and check-in reminders
 * @param window      the main window's last size and position; empty until it was first closed
 */
public record Settings(String personName, Optional<String> bundleFile, ReminderSettings reminders,
                       Optional<WindowBounds> window) {

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
        reminders = Objects.requireNonNullElse(reminders, ReminderSettings.defaults());
        window = window == null ? Optional.empty() : window;
    }

    public Settings(String personName, Optional<String> bundleFile) {
        this(personName, bundleFile, ReminderSettings.defaults(), Optional.empty());
    }

    public static Settings defaults() {
        return new Settings("", Optional.empty());
    }

    public Settings withPersonName(String name) {
        return new Settings(name, bundleFile, reminders, window);
    }

    public Settings withBundleFile(Optional<String> file) {
        return new Settings(personName, file, reminders, window);
    }

    public Settings withReminders(ReminderSettings value) {
        return new Settings(personName, bundleFile, value, window);
    }

    public Settings withWindow(Optional<WindowBounds> value) {
        return new Settings(personName, bundleFile, reminders, value);
    }
}
