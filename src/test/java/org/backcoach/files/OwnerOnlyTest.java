package org.backcoach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(OwnerOnly.supported(dir), "this file system has no POSIX permissions (e.g. Windows, where the "
                + "per-user data folder is private to the account already); nothing to check here");
    }

    @Test
    void newFoldersAndFilesAreOwnerOnly() throws Exception {
        Path nested = OwnerOnly.createFolders(dir.resolve("a/b"));
        assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(nested)).isEqualTo("rwx------");
        assertThat(mode(OwnerOnly.createFile(nested.resolve("f")))).isEqualTo("rw-------");
        assertThat(mode(OwnerOnly.createTempFile(nested, "t", ".tmp"))).isEqualTo("rw-------");
    }

    @Test
    void restrictTightensAndSaysWhatItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(OwnerOnly.restrict(file)).isEqualTo("rw-rw-r--");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(OwnerOnly.restrict(file)).as("already owner-only").isNull();
        Path folder = Files.createDirectory(dir.resolve("d"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(OwnerOnly.restrict(folder)).isEqualTo("rwxr-xr-x");
        assertThat(mode(folder)).isEqualTo("rwx------");
    }

    @Test
    void aSymbolicLinkIsNeverFollowed() throws Exception {
        Path target = Files.writeString(dir.resolve("elsewhere"), "not ours");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        assertThat(OwnerOnly.restrict(link)).isNull();
        assertThat(mode(target)).isEqualTo("rw-r--r--");
    }

    @Test
    void durableMoveReplacesTheTargetWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("settings.json"), "old");
        Path temp = Files.writeString(OwnerOnly.createTempFile(dir, "settings.json.", ".tmp"), "new");
        Durable.moveIntoPlace(temp, target);
        assertThat(target).hasContent("new");
        assertThat(temp).doesNotExist();
        assertThat(mode(target)).isEqualTo("rw-------");
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
