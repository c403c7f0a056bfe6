package org.backcoach.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Breaks a valid JSON document in the ways a damaged or hostile file would be broken: cut short,
 * wrong types, missing or unknown fields, duplicate keys and array entries, deep nesting, huge
 * strings, invalid UTF-8, flipped bytes, extreme numbers, and paths in fields that name files.
 * Each mutation is reproducible from its kind and seed, which its description names.
 */
public final class JsonMutations {

    public enum Kind {
        TRUNCATE, WRONG_TYPE, REMOVE_FIELD, UNKNOWN_FIELD, DUPLICATE_KEY, DUPLICATE_ELEMENT, DEEP_NESTING,
        HUGE_STRING, INVALID_UTF8, FLIPPED_BYTES, EXTREME_NUMBER, EMPTY_CONTAINER, FILE_NAME_FIELD
    }

    /** One broken document. */
    public record Mutation(String description, byte[] bytes) {
        @Override
        public String toString() {
            return description + " (" + bytes.length + " bytes)";
        }
    }

    /** What a path in a file-name field may look like in a hostile file. */
    public static final List<String> HOSTILE_FILE_NAMES = List.of("../../etc/passwd", "..", ".", "/etc/passwd",
            "C:\\Windows\\system.ini", "..\\..\\x", "a/b", "%2e%2e%2fx", "x.json", "CON", "nul", "ok\u0000.json",
            "ｆｕｌｌｗｉｄｔｈ", "with space", "", "-leading", "trailing-", "a--b", "x".repeat(65), "Upper", "\u202Eevil");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARK = "@@mutation-mark@@";

    private JsonMutations() {
    }

    /** Mutations of {@code valid}; {@code fileNameFields} are JSON pointers such as {@code /bundleId}. */
    public static Arbitrary<Mutation> of(JsonNode valid, List<String> fileNameFields) {
        return Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.longs())
                .as((kind, seed) -> mutate(valid, kind, seed, fileNameFields));
    }

    public static Mutation mutate(JsonNode valid, Kind kind, long seed, List<String> fileNameFields) {
        Random random = new Random(seed);
        JsonNode tree = valid.deepCopy();
        List<String> paths = new ArrayList<>();
        collect(tree, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        String what = kind + " seed " + seed + " at " + (path.isEmpty() ? "/" : path);
        switch (kind) {
            case TRUNCATE -> {
                byte[] all = bytes(tree);
                int cut = random.nextInt(all.length);
                return new Mutation(kind + " seed " + seed + " after byte " + cut, java.util.Arrays.copyOf(all, cut));
            }
            case WRONG_TYPE -> {
                JsonNode[] values = {number(42), number(-1), text("text"), JsonNodeFactory.instance.booleanNode(true),
                        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.arrayNode(),
                        JsonNodeFactory.instance.objectNode(), MAPPER.createArrayNode().add(MAPPER.createArrayNode().add(1)),
                        MAPPER.createObjectNode().put("x", 1), number(3.5)};
                JsonNode value = values[random.nextInt(values.length)];
                return new Mutation(what + " -> " + value, bytes(replace(tree, path, value)));
            }
            case REMOVE_FIELD -> {
                return new Mutation(what, bytes(remove(tree, path)));
            }
            case UNKNOWN_FIELD -> {
                String objectPath = nearest(tree, path, JsonNode::isObject);
                ((ObjectNode) at(tree, objectPath)).put("unexpected" + random.nextInt(100), "surprise");
                return new Mutation(kind + " seed " + seed + " in " + objectPath, bytes(tree));
            }
            case DUPLICATE_KEY -> {
                String objectPath = nearest(tree, path, n -> n.isObject() && n.size() > 0);
                return new Mutation(kind + " seed " + seed + " in " + objectPath, duplicateKey(tree, at(tree, objectPath)));
            }
            case DUPLICATE_ELEMENT -> {
                String arrayPath = nearest(tree, path, n -> n.isArray() && n.size() > 0);
                if (at(tree, arrayPath) instanceof ArrayNode array && array.size() > 0) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                }
                return new Mutation(kind + " seed " + seed + " in " + arrayPath, bytes(tree));
            }
            case DEEP_NESTING -> {
                int depth = List.of(33, 200, 5_000, 100_000).get(random.nextInt(4));
                String inner = bytes(at(tree, path)) == null ? "1" : new String(bytes(at(tree, path)), StandardCharsets.UTF_8);
                String nested = "[".repeat(depth) + inner + "]".repeat(depth);
                return new Mutation(what + " depth " + depth, splice(replace(tree, path, text(MARK)), nested));
            }
            case HUGE_STRING -> {
                int length = List.of(201, 2_001, 100_001, 3_000_000).get(random.nextInt(4));
                String huge = "é😖א".repeat(length / 4 + 1).substring(0, length);
                return new Mutation(what + " length " + length, bytes(replace(tree, path, text(huge))));
            }
            case INVALID_UTF8 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
                byte[] insert = bad[random.nextInt(bad.length)];
                String text = new String(bytes(replace(tree, path, text("a" + MARK + "b"))), StandardCharsets.UTF_8);
                int at = text.indexOf(MARK);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(insert);
                out.writeBytes(text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
                return new Mutation(what + " bytes " + java.util.HexFormat.of().formatHex(insert), out.toByteArray());
            }
            case FLIPPED_BYTES -> {
                byte[] all = bytes(tree);
                int flips = 1 + random.nextInt(5);
                for (int i = 0; i < flips; i++) {
                    all[random.nextInt(all.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return new Mutation(kind + " seed " + seed + " (" + flips + " bits)", all);
            }
            case EXTREME_NUMBER -> {
                String[] numbers = {"1e400", "-1e400", "2147483648", "-2147483649", "9223372036854775808", "0.5", "-0.0",
                        "1" + "0".repeat(5000), "00012", "1E2"};
                String number = numbers[random.nextInt(numbers.length)];
                return new Mutation(what + " -> " + number, splice(replace(tree, path, text(MARK)), number));
            }
            case EMPTY_CONTAINER -> {
                JsonNode target = at(tree, path);
                JsonNode empty = target != null && target.isObject() ? MAPPER.createObjectNode() : MAPPER.createArrayNode();
                return new Mutation(what, bytes(replace(tree, path, empty)));
            }
            case FILE_NAME_FIELD -> {
                String name = HOSTILE_FILE_NAMES.get(random.nextInt(HOSTILE_FILE_NAMES.size()));
                if (fileNameFields.isEmpty()) {
                    return new Mutation(what + " -> " + name, bytes(replace(tree, path, text(name))));
                }
                String field = fileNameFields.get(random.nextInt(fileNameFields.size()));
                return new Mutation(kind + " " + field + " = '" + name + "'", bytes(replace(tree, field, text(name))));
            }
            default -> throw new IllegalStateException("unknown mutation " + kind);
        }
    }

    public static byte[] bytes(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        paths.add(path);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), path + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    /** {@code path} or its nearest ancestor whose node passes {@code test} (the root at the latest). */
    private static String nearest(JsonNode tree, String path, java.util.function.Predicate<JsonNode> test) {
        String p = path;
        while (!p.isEmpty() && !test.test(at(tree, p))) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p;
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree.at(path.isEmpty() ? "" : path);
        return node.isMissingNode() ? null : node;
    }

    /** Replaces the node at {@code path}; the root itself is replaced by returning the value. */
    private static JsonNode replace(JsonNode tree, String path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = at(tree, path.substring(0, path.lastIndexOf('/')));
        String key = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return tree;
    }

    private static JsonNode remove(JsonNode tree, String path) {
        if (path.isEmpty()) {
            return MAPPER.createObjectNode();
        }
        JsonNode parent = at(tree, path.substring(0, path.lastIndexOf('/')));
        String key = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(key));
        }
        return tree;
    }

    /** The document with the quoted mark replaced by raw JSON text. */
    private static byte[] splice(JsonNode tree, String raw) {
        String text = new String(bytes(tree), StandardCharsets.UTF_8);
        String quoted = new String(bytes(text(MARK)), StandardCharsets.UTF_8);
        return text.replace(quoted, raw).getBytes(StandardCharsets.UTF_8);
    }

    /** The document written with the first field of {@code target} (an object) written twice. */
    private static byte[] duplicateKey(JsonNode tree, JsonNode target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            write(g, tree, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node, JsonNode target) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                g.writeFieldName(field.getKey());
                write(g, field.getValue(), target);
                if (first && node == target) {
                    g.writeFieldName(field.getKey());
                    write(g, field.getValue(), target);
                }
                first = false;
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(g, element, target);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeTree(g, node);
        }
    }

    private static JsonNode number(double value) {
        return value == Math.rint(value) ? JsonNodeFactory.instance.numberNode((long) value)
                : JsonNodeFactory.instance.numberNode(value);
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }
}
