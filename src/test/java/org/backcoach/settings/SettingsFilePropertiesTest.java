package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.JsonMutations;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.session.Session;
import org.backcoach.testing.TempFolders;

/**
 * A broken or hostile settings.json never stops the app: it loads, or it is set aside and the
 * defaults are used. Whatever it says, the bundle in use is the built-in one or a file inside the
 * data folder's bundles/ (a path such as ../../x is never followed).
 */
class SettingsFilePropertiesTest {

    private static Path dir;
    private static JsonNode valid;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("settings-mutations");
        valid = new ObjectMapper().readTree("{\"personName\": \"Ana Müller\", \"bundleFile\": \"physio-ana.json\", "
                + "\"paperSize\": \"a4\"}");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        TempFolders.deleteTree(dir);
    }

    @Provide
    Arbitrary<JsonMutations.Mutation> mutations() {
        return JsonMutations.of(valid, List.of("/bundleFile"));
    }

    @Property(tries = 50)
    void aBrokenSettingsFileNeverStopsTheAppNorLeadsOutOfTheDataFolder(
            @ForAll("mutations") JsonMutations.Mutation mutation) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        DataFolder folder = new DataFolder(data);
        BundleFixtures.write(Files.createDirectories(folder.bundlesFolder()).resolve("physio-ana.json"),
                tree -> tree.put("bundleId", "physio-ana"));
        Files.write(folder.settingsFile(), mutation.bytes());

        Settings settings = new SettingsStore(folder.settingsFile()).load();
        settings.bundleFile().ifPresent(name -> assertThat(name).matches(Settings.BUNDLE_FILE_NAME));
        try (Session session = Session.open(folder, Optional.empty(), JournalFixtures.CLOCK, "en")) {
            ActiveContent content = session.content();
            assertThat(content.isBuiltIn() || Path.of(content.origin()).startsWith(folder.bundlesFolder()))
                    .as(mutation.description() + " -> " + content.origin()).isTrue();
        }
    }
}
