package org.backcoach.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
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
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            return mapper.readValue(file.toFile(), SettingsJson.class).toSettings();
        } catch (IOException | IllegalArgumentException e) {
            setAside();
            LOG.warning("settings file could not be read and was set aside; using defaults");
            return Settings.defaults();
        }
    }

    /**
     * Loads, changes and saves in one step, so two screens that each change one setting never
     * overwrite each other's change with a stale copy. Returns what was saved.
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
            mapper.writeValue(temp.toFile(), SettingsJson.from(settings));
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
    record SettingsJson(String personName, String bundleFile, String paperSize) {
        static SettingsJson from(Settings s) {
            return new SettingsJson(s.personName(), s.bundleFile().orElse(null),
                    s.paperSize().map(PaperSize::id).orElse(null));
        }

        /** An unknown paper size (a newer version's, or a typo) falls back to the locale's default. */
        Settings toSettings() {
            return new Settings(personName, Optional.ofNullable(bundleFile), PaperSize.parse(paperSize));
        }
    }
}
