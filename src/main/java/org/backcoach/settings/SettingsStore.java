package org.backcoach.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcoach.files.Durable;
import org.backcoach.files.OwnerOnly;

/**
 * Reads and writes settings.json. A missing or unreadable file yields defaults (the broken one is
 * kept aside for inspection), so a bad settings file can never stop the app from opening.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private final Path file;
    /** Shared by every store: building a mapper is slow, and a configured one is thread-safe. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public synchronized Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            SettingsJson json = MAPPER.readValue(file.toFile(), SettingsJson.class);
            if (json == null) {
                throw new IllegalArgumentException("the file holds only null");
            }
            return json.toSettings();
        } catch (IOException | IllegalArgumentException e) {
            setAside();
            LOG.warning("settings file could not be read and was set aside; using defaults");
            return Settings.defaults();
        }
    }

    /**
     * Reads the file, applies {@code change} and writes the result, as one step. Parts of the app
     * that each own a few settings (the Settings screen, the window's position) use this, so one
     * never writes back another's stale values.
     */
    public synchronized Settings update(UnaryOperator<Settings> change) throws IOException {
        Settings updated = change.apply(load());
        save(updated);
        return updated;
    }

    /** Writes to a temporary file first, so a crash mid-write leaves the old settings intact. */
    public synchronized void save(Settings settings) throws IOException {
        Path temp = OwnerOnly.createTempFile(OwnerOnly.createFolders(file.toAbsolutePath().getParent()),
                file.getFileName() + ".", ".tmp");
        try {
            MAPPER.writeValue(temp.toFile(), SettingsJson.from(settings));
            Durable.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not set the unreadable settings file aside", e);
        }
    }

    /** The file format; unknown fields are ignored so older and newer versions can share a folder. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsJson(String personName, String bundleFile, String paperSize, RemindersJson reminders,
                        WindowJson window, String language, AppearanceJson appearance) {
        static SettingsJson from(Settings s) {
            return new SettingsJson(s.personName(), s.bundleFile().orElse(null),
                    s.paperSize().map(PaperSize::id).orElse(null), RemindersJson.from(s.reminders()),
                    s.window().map(WindowJson::from).orElse(null), s.language().id(),
                    AppearanceJson.from(s.appearance()));
        }

        /**
         * An unknown paper size (a newer version's, or a typo) falls back to the locale's default; a
         * missing or unknown language (files from before languages existed) follows the computer.
         */
        Settings toSettings() {
            return new Settings(personName, Optional.ofNullable(bundleFile), PaperSize.parse(paperSize),
                    RemindersJson.read(reminders), WindowJson.read(window),
                    LanguageChoice.parse(language).orElse(LanguageChoice.SYSTEM), AppearanceJson.read(appearance));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RemindersJson(Boolean movementBreaks, Integer movementBreakMinutes, Boolean checkInReminder,
                         String checkInTime, Boolean sound) {
        static RemindersJson from(ReminderSettings r) {
            return new RemindersJson(r.movementBreaks(),
                    r.movementBreakMinutes().isPresent() ? r.movementBreakMinutes().getAsInt() : null,
                    r.checkInReminder(), r.checkInTime().toString(), r.sound());
        }

        /** Missing or nonsense values fall back to the defaults one by one; the rest is kept. */
        static ReminderSettings read(RemindersJson json) {
            ReminderSettings defaults = ReminderSettings.defaults();
            if (json == null) {
                return defaults;
            }
            OptionalInt minutes = json.movementBreakMinutes() != null && json.movementBreakMinutes() >= 1
                    && json.movementBreakMinutes() <= ReminderSettings.MAX_MINUTES
                    ? OptionalInt.of(json.movementBreakMinutes()) : OptionalInt.empty();
            LocalTime time = defaults.checkInTime();
            try {
                if (json.checkInTime() != null) {
                    time = LocalTime.parse(json.checkInTime());
                }
            } catch (DateTimeParseException e) {
                LOG.warning("the check-in reminder time in the settings file was not a time; using the default");
            }
            return new ReminderSettings(or(json.movementBreaks(), defaults.movementBreaks()), minutes,
                    or(json.checkInReminder(), defaults.checkInReminder()), time, or(json.sound(), defaults.sound()));
        }

        private static boolean or(Boolean value, boolean fallback) {
            return value == null ? fallback : value;
        }
    }

    /** A file from before themes has no "appearance": the defaults. An unknown theme is light; sizes are clamped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AppearanceJson(String theme, Integer textSizePercent) {
        static AppearanceJson from(Appearance a) {
            return new AppearanceJson(a.theme().id(), a.textSizePercent());
        }

        static Appearance read(AppearanceJson json) {
            Appearance defaults = Appearance.defaults();
            if (json == null) {
                return defaults;
            }
            return new Appearance(ThemeChoice.parse(json.theme()).orElse(defaults.theme()),
                    json.textSizePercent() == null ? defaults.textSizePercent() : json.textSizePercent());
        }
    }

    record WindowJson(double x, double y, double width, double height, boolean maximized) {
        static WindowJson from(WindowBounds w) {
            return new WindowJson(w.x(), w.y(), w.width(), w.height(), w.maximized());
        }

        static Optional<WindowBounds> read(WindowJson json) {
            try {
                return json == null ? Optional.empty()
                        : Optional.of(new WindowBounds(json.x(), json.y(), json.width(), json.height(), json.maximized()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
