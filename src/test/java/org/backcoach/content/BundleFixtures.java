package org.backcoach.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The built-in bundle as an editable JSON tree, for tests that break it one way at a time. */
public final class BundleFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundleFixtures() {
    }

    public static ObjectNode builtInTree() {
        try (InputStream in = BundleFixtures.class.getResourceAsStream("/org/backcoach/content/bundle/en.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bundle builtIn() {
        return new BundleLoader().loadBuiltIn("en").bundle().orElseThrow();
    }

    public static byte[] bytes(ObjectNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the built-in bundle, changed by {@code edit}, to {@code file}. */
    public static Path write(Path file, Consumer<ObjectNode> edit) {
        ObjectNode tree = builtInTree();
        edit.accept(tree);
        try {
            Files.write(file, bytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
