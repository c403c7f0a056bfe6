package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(resolve(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux").root()).isEqualTo(Path.of("/data/ana/backcoach"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(resolve(Map.of(), "Linux").root()).isEqualTo(Path.of("/home/ana/.local/share/backcoach"));
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        assertThat(resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux").root())
                .isEqualTo(Path.of("/home/ana/.local/share/backcoach"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(resolve(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11").root())
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/BackCoach"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(resolve(Map.of(), "Mac OS X").root())
                .isEqualTo(Path.of("/home/ana/Library/Application Support/BackCoach"));
    }

    @Test
    void environmentVariableAndFlagOverride() {
        assertThat(resolve(Map.of("BACKCOACH_DATA_DIR", "/tmp/bc-env", "XDG_DATA_HOME", "/data"), "Linux").root())
                .isEqualTo(Path.of("/tmp/bc-env"));
        DataFolder flag = DataFolder.resolve(Optional.of(Path.of("/tmp/bc-flag")),
                Map.of("BACKCOACH_DATA_DIR", "/tmp/bc-env"), "Linux", HOME);
        assertThat(flag.root()).isEqualTo(Path.of("/tmp/bc-flag"));
        assertThat(flag.journalFile()).isEqualTo(Path.of("/tmp/bc-flag/journal.db"));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAClearError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("oops"), "x");
        assertThatThrownBy(() -> new DataFolder(file).ensureExists()).isInstanceOf(IOException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    private static DataFolder resolve(Map<String, String> env, String os) {
        return DataFolder.resolve(Optional.empty(), env, os, HOME);
    }
}
