package org.backcoach.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and validates content bundles. Every failure, however hostile the file, ends as a list of
 * {@link BundleProblem}s; nothing here throws for bad input.
 */
public final class BundleLoader {

    /** Real bundles are a few hundred kilobytes; anything larger is a mistake or an attack. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_NESTING = 32;
    static final int MAX_STRING_CHARS = 100_000;
    static final String BUILT_IN_FOLDER = "/org/backcoach/content/bundle/";
    private static final BigDecimal LARGEST_NUMBER = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** Languages with a built-in bundle. The first is the original; the others are its translations. */
    public static final List<String> BUILT_IN_LANGUAGES = List.of("en", "de");

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Exact decimals: a number such as 1e400 would otherwise become Infinity, which the schema
            // validator cannot compare (it threw instead of reporting the value).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private BundleSchema schema;
    /** Built-in bundles this loader has read for use, so each is parsed once however many ask. */
    private final Map<String, CompletableFuture<BundleLoadResult>> trustedBuiltIns = new ConcurrentHashMap<>();

    /** Loads a bundle file from disk, e.g. one a physiotherapist wrote. */
    public BundleLoadResult load(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return BundleLoadResult.invalid(BundleProblem.at(name, "$", "is a folder, not a bundle file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return BundleLoadResult.invalid(BundleProblem.at(name, "$", "file is %.1f MB; a bundle may be at most %d MB"
                        .formatted(size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024))));
            }
            return parse(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "no such file"));
        } catch (IOException | SecurityException e) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "cannot read the file (" + e.getMessage() + ")"));
        }
    }

    /** Loads and fully validates the bundle that ships with the app for a language such as "en". */
    public BundleLoadResult loadBuiltIn(String language) {
        return loadBuiltIn(language, true);
    }

    /**
     * Loads the built-in bundle for the app's own use, without the JSON Schema step: setting up the
     * schema validator costs more than the rest of start-up's content work, and the build's tests
     * check every built-in bundle against the schema (BundleLoaderTest). The cross-checks still run.
     * A clinician's bundle is always fully validated.
     */
    public BundleLoadResult loadBuiltInTrusted(String language) {
        String key = language.toLowerCase(Locale.ROOT);
        CompletableFuture<BundleLoadResult> mine = new CompletableFuture<>();
        CompletableFuture<BundleLoadResult> earlier = trustedBuiltIns.putIfAbsent(key, mine);
        if (earlier != null) {
            // Another thread is reading (or has read) it: wait for that result instead of parsing again.
            return earlier.join();
        }
        try {
            BundleLoadResult result = loadBuiltIn(language, false);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private BundleLoadResult loadBuiltIn(String language, boolean checkSchema) {
        String resource = BUILT_IN_FOLDER + language.toLowerCase(Locale.ROOT) + ".json";
        String name = builtInName(language);
        try (InputStream in = BundleLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return BundleLoadResult.invalid(BundleProblem.at(name, "$", "no built-in bundle for this language"));
            }
            return parse(name, in.readAllBytes(), checkSchema);
        } catch (IOException e) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "cannot read the built-in bundle"));
        }
    }

    /** How a built-in bundle is named in reports, such as "built-in de.json". */
    public static String builtInName(String language) {
        return "built-in " + language.toLowerCase(Locale.ROOT) + ".json";
    }

    /**
     * Compares a translated built-in bundle with the original (the first of {@link #BUILT_IN_LANGUAGES}):
     * the same ids, sources and every value that is not words. Both must be valid already.
     */
    public List<BundleProblem> compareBuiltIn(String language) {
        String original = BUILT_IN_LANGUAGES.get(0);
        try {
            return compare(builtInName(language), builtInBytes(language), builtInName(original), builtInBytes(original));
        } catch (IOException e) {
            return List.of(BundleProblem.at(builtInName(language), "$", "cannot read the built-in bundle"));
        }
    }

    /**
     * Compares {@code translation} with {@code original} (for example a clinician's German bundle with
     * their English one): the same ids, sources and every value that is not words. Load each first;
     * this only compares files that are valid.
     */
    public List<BundleProblem> compare(Path translation, Path original) {
        try {
            return compare(translation.toString(), Files.readAllBytes(translation), original.toString(),
                    Files.readAllBytes(original));
        } catch (IOException | SecurityException e) {
            return List.of(BundleProblem.at(translation.toString(), "$", "cannot read the files to compare ("
                    + e.getMessage() + ")"));
        }
    }

    private List<BundleProblem> compare(String name, byte[] translation, String originalName, byte[] original) {
        try {
            JsonNode mine = mapper.readTree(strictUtf8(translation));
            JsonNode theirs = mapper.readTree(strictUtf8(original));
            return BundleComparison.compare(name, mine, originalName, theirs);
        } catch (CharacterCodingException | JsonProcessingException e) {
            return List.of(BundleProblem.at(name, "$", "cannot compare: load both bundles first (" + e.getMessage() + ")"));
        }
    }

    private static byte[] builtInBytes(String language) throws IOException {
        try (InputStream in = BundleLoader.class.getResourceAsStream(
                BUILT_IN_FOLDER + language.toLowerCase(Locale.ROOT) + ".json")) {
            if (in == null) {
                throw new IOException("no built-in bundle for " + language);
            }
            return in.readAllBytes();
        }
    }

    /** Validates raw bytes: encoding, JSON syntax, schema, then cross-references. */
    public BundleLoadResult parse(String name, byte[] bytes) {
        return parse(name, bytes, true);
    }

    private BundleLoadResult parse(String name, byte[] bytes, boolean checkSchema) {
        if (bytes.length == 0 || isBlank(bytes)) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "file is empty; expected a JSON object"));
        }
        if (bytes.length > MAX_BYTES) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "file is larger than %d MB"
                    .formatted(MAX_BYTES / (1024 * 1024))));
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "is not valid UTF-8 text" + byteOffset(bytes)));
        }
        if (!checkSchema) {
            return mapTrusted(name, text);
        }
        JsonNode document;
        try {
            document = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return BundleLoadResult.invalid(syntaxProblem(name, e));
        }
        if (document == null || !document.isObject()) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "expected a JSON object at the top level"));
        }
        List<BundleProblem> hugeNumbers = new ArrayList<>();
        findHugeNumbers(name, document, "$", hugeNumbers);
        if (!hugeNumbers.isEmpty()) {
            return BundleLoadResult.invalid(hugeNumbers);
        }
        List<BundleProblem> schemaProblems;
        try {
            schemaProblems = checkSchema ? schema().check(name, document) : List.of();
        } catch (RuntimeException e) {
            // A validator bug must still end as a problem report, never as a crash of the app.
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "could not be checked against the schema ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
        if (!schemaProblems.isEmpty()) {
            return BundleLoadResult.invalid(schemaProblems);
        }
        Bundle bundle;
        try {
            bundle = mapper.treeToValue(document, BundleJson.File.class).toBundle();
        } catch (JsonProcessingException | RuntimeException e) {
            // The schema should make this unreachable; if it is not, report rather than crash.
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "cannot map the bundle: " + e.getMessage()));
        }
        List<BundleProblem> crossProblems = BundleCrossCheck.check(name, bundle);
        return crossProblems.isEmpty() ? BundleLoadResult.valid(bundle) : BundleLoadResult.invalid(crossProblems);
    }

    /** The built-in bundle straight into its records, with no JSON tree in between (see loadBuiltInTrusted). */
    private BundleLoadResult mapTrusted(String name, String text) {
        Bundle bundle;
        try {
            bundle = mapper.readValue(text, BundleJson.File.class).toBundle();
        } catch (JsonProcessingException | RuntimeException e) {
            return BundleLoadResult.invalid(BundleProblem.at(name, "$", "cannot map the bundle: " + e.getMessage()));
        }
        List<BundleProblem> crossProblems = BundleCrossCheck.check(name, bundle);
        return crossProblems.isEmpty() ? BundleLoadResult.valid(bundle) : BundleLoadResult.invalid(crossProblems);
    }

    /**
     * Numbers beyond any whole-number field (such as 1e400) are reported here, by path: the schema
     * validator does not compare such values reliably, and no bundle setting comes near them.
     */
    private static void findHugeNumbers(String name, JsonNode node, String path, List<BundleProblem> problems) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (value.abs().compareTo(LARGEST_NUMBER) > 0) {
                problems.add(BundleProblem.at(name, path, "the number " + abbreviated(node.asText())
                        + " is far outside any sensible value"));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> findHugeNumbers(name, field.getValue(), path + "." + field.getKey(),
                    problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findHugeNumbers(name, node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private synchronized BundleSchema schema() {
        if (schema == null) {
            schema = new BundleSchema();
        }
        return schema;
    }

    private static BundleProblem syntaxProblem(String name, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String message = "JSON syntax error: " + e.getOriginalMessage();
        if (where == null || where.getLineNr() <= 0) {
            return BundleProblem.at(name, "$", message);
        }
        return new BundleProblem(name, "$", message, where.getLineNr(), where.getColumnNr());
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }

    /** Finds where the encoding breaks, so the author can look there. */
    private static String byteOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? " (bad byte at offset " + in.position() + "); save it as UTF-8" : "; save it as UTF-8";
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
