package org.backcoach.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a bundle with the same content in another language (a translation against its
 * original). Words may differ; nothing else may: every list of items with ids has the same ids,
 * each id has the same source, and numbers, switches, kinds and references are the same, so the
 * coach behaves alike in every language. Works on the JSON trees, so a section added later is
 * compared without changes here. Problems name paths in the translation.
 */
final class BundleComparison {

    /** Text fields that are codes or references, not words: they must be equal. */
    private static final Set<String> CODES = Set.of("id", "source", "kind", "category", "type", "style", "urgency",
            "startPhase", "highPainPhaseLimit", "measure");
    /** Lists of ids that refer to other items: equal, in the same order. */
    private static final Set<String> REFERENCE_LISTS = Set.of("steps", "phases", "bodyAreas", "areas", "milestonesAll",
            "milestonesAny");
    /** Top-level fields that describe the file itself and may differ in a translation. */
    private static final Set<String> OWN_FIELDS = Set.of("locale", "bundleId", "title", "contentVersion");

    private final String file;
    private final String reference;
    private final List<BundleProblem> problems = new ArrayList<>();

    private BundleComparison(String file, String reference) {
        this.file = file;
        this.reference = reference;
    }

    /**
     * @param file          name of the translation, for the problems
     * @param referenceName name of the original, for the messages
     */
    static List<BundleProblem> compare(String file, JsonNode translation, String referenceName, JsonNode original) {
        BundleComparison comparison = new BundleComparison(file, referenceName);
        comparison.object("$", translation, original, true);
        return List.copyOf(comparison.problems);
    }

    private void object(String path, JsonNode mine, JsonNode theirs, boolean root) {
        for (Iterator<String> names = theirs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (root && OWN_FIELDS.contains(name)) {
                continue;
            }
            if (!mine.has(name)) {
                add(path, "has no '" + name + "', but " + reference + " has one at " + path + "." + name);
            } else {
                value(path + "." + name, name, mine.get(name), theirs.get(name));
            }
        }
        for (Iterator<String> names = mine.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!theirs.has(name) && !(root && OWN_FIELDS.contains(name))) {
                add(path + "." + name, "is not in " + reference);
            }
        }
    }

    private void value(String path, String name, JsonNode mine, JsonNode theirs) {
        if (mine.getNodeType() != theirs.getNodeType()) {
            add(path, "is a " + kind(mine) + " here, but a " + kind(theirs) + " in " + reference);
        } else if (mine.isObject()) {
            object(path, mine, theirs, false);
        } else if (mine.isArray()) {
            array(path, name, mine, theirs);
        } else if (mine.isTextual()) {
            if (CODES.contains(name) && !mine.asText().equals(theirs.asText())) {
                differs(path, mine, theirs);
            }
        } else if (!mine.equals(theirs)) {
            differs(path, mine, theirs);
        }
    }

    private void array(String path, String name, JsonNode mine, JsonNode theirs) {
        if (hasIds(theirs) || hasIds(mine)) {
            byId(path, mine, theirs);
        } else if (REFERENCE_LISTS.contains(name)) {
            if (!mine.equals(theirs)) {
                add(path, mine + " here, but " + theirs + " in " + reference);
            }
        } else if (hasObjects(theirs)) {
            // Items without ids (a figure's shapes): compared in order.
            if (mine.size() != theirs.size()) {
                add(path, mine.size() + " items here, but " + theirs.size() + " in " + reference);
            } else {
                for (int i = 0; i < mine.size(); i++) {
                    value(path + "[" + i + "]", name, mine.get(i), theirs.get(i));
                }
            }
        }
        // Anything else is a list of sentences, which a translation may word as it needs.
    }

    private void byId(String path, JsonNode mine, JsonNode theirs) {
        Map<String, Integer> myIndex = index(mine);
        Map<String, Integer> theirIndex = index(theirs);
        theirIndex.forEach((id, at) -> {
            if (!myIndex.containsKey(id)) {
                add(path, "no item with id '" + id + "', but " + reference + " has one at " + path + "[" + at + "]");
            }
        });
        myIndex.forEach((id, at) -> {
            String itemPath = path + "[" + at + "]";
            Integer match = theirIndex.get(id);
            if (match == null) {
                add(itemPath + ".id", "'" + id + "' is not in " + reference);
            } else {
                value(itemPath, "", mine.get(at), theirs.get(match));
            }
        });
    }

    private static Map<String, Integer> index(JsonNode items) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).get("id");
            if (id != null && id.isTextual()) {
                index.putIfAbsent(id.asText(), i);
            }
        }
        return index;
    }

    private static boolean hasIds(JsonNode items) {
        return items.size() > 0 && items.get(0).isObject() && items.get(0).has("id");
    }

    private static boolean hasObjects(JsonNode items) {
        return items.size() > 0 && items.get(0).isObject();
    }

    private void differs(String path, JsonNode mine, JsonNode theirs) {
        add(path, mine + " here, but " + theirs + " in " + reference);
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void add(String path, String message) {
        problems.add(BundleProblem.at(file, path, message));
    }
}
