package org.backcoach.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcoach.files.Durable;
import org.backcoach.files.OwnerOnly;

/**
 * Decides which bundle the app uses (a one-run override, the clinician's installed bundle, or
 * the built-in one) and installs a clinician's bundle into the data folder.
 */
public final class BundleLibrary {

    private final BundleLoader loader;
    private final Path bundlesFolder;

    public BundleLibrary(BundleLoader loader, Path bundlesFolder) {
        this.loader = loader;
        this.bundlesFolder = bundlesFolder;
    }

    /**
     * Picks the bundle: {@code override} (from --bundle) wins, then the installed file, then the
     * built-in one. A broken choice falls back to the built-in bundle and keeps its problems.
     */
    public ActiveContent resolve(Optional<Path> override, Optional<String> installedFile, String language) {
        List<BundleProblem> problems = new ArrayList<>();
        if (override.isPresent()) {
            BundleLoadResult result = loader.load(override.get());
            if (result.isValid()) {
                return new ActiveContent(result.bundle().orElseThrow(), override.get().toString(), List.of());
            }
            problems.addAll(result.problems());
        } else if (installedFile.isPresent()) {
            Path file = bundlesFolder.resolve(installedFile.get());
            BundleLoadResult result = loader.load(file);
            if (result.isValid()) {
                return new ActiveContent(result.bundle().orElseThrow(), file.toString(), List.of());
            }
            problems.addAll(result.problems());
        }
        return new ActiveContent(builtIn(language), ActiveContent.BUILT_IN, problems);
    }

    /** The bundle that ships with the app; English when the language has none. */
    public Bundle builtIn(String language) {
        BundleLoadResult result = loader.loadBuiltInTrusted(language);
        if (!result.isValid()) {
            result = loader.loadBuiltInTrusted("en");
        }
        return result.bundle().orElseThrow(() -> new IllegalStateException(
                "the built-in bundle is invalid; this is a packaging bug:\n" + loader.loadBuiltIn("en").report()));
    }

    /**
     * Validates a bundle file and copies it into the data folder as {@code <bundleId>.json}.
     * Returns the file name to remember in Settings, or the problems that stopped the install.
     */
    public Installation install(Path file) {
        BundleLoadResult result = loader.load(file);
        if (!result.isValid()) {
            return new Installation(Optional.empty(), result.problems());
        }
        String fileName = result.bundle().orElseThrow().bundleId() + ".json";
        try {
            OwnerOnly.createFolders(bundlesFolder);
            Path temp = OwnerOnly.createTempFile(bundlesFolder, "incoming-", ".tmp");
            try {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                // The copy takes the source's permissions; in the data folder it is the person's alone.
                OwnerOnly.restrict(temp);
                Durable.moveIntoPlace(temp, bundlesFolder.resolve(fileName));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            return new Installation(Optional.empty(), List.of(BundleProblem.at(file.toString(), "$",
                    "valid, but could not be copied into " + bundlesFolder + " (" + e.getMessage() + ")")));
        }
        return new Installation(Optional.of(fileName), List.of());
    }

    /** Outcome of {@link #install}: the installed file name, or why it was refused. */
    public record Installation(Optional<String> fileName, List<BundleProblem> problems) {
        public Installation {
            problems = List.copyOf(problems);
        }
    }
}
