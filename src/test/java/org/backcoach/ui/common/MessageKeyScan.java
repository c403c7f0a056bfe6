package org.backcoach.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the message keys a Java source asks for: every string literal shaped like a key
 * ("today.start") whose first part is one of the groups the properties files use, wherever it
 * stands (an argument, a ternary, a switch, an enum constant such as Page's "nav.today"), and any
 * literal passed straight to {@code messages.get}, {@code text.get} or {@code words.get}. A
 * literal that ends in a dot ("progress.range." + range.name()) is the start of keys built at run
 * time; {@code builtKeys} says what may follow it. Comments are skipped.
 */
final class MessageKeyScan {

    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+\\.?");
    /** A name such as "settings.json" or "app.css" is a file, not a key. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("json", "css", "csv", "db", "properties", "png", "pdf",
            "txt", "log", "lock", "jsa");
    private static final Pattern ASKED = Pattern.compile("\\b(?:messages|text|words)\\.get\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Set<String> groups = new LinkedHashSet<>();
    private final Map<String, List<String>> builtKeys;

    /**
     * @param keys      the keys of the language files the source is checked against
     * @param builtKeys for each key start that code completes at run time, every ending it can have
     */
    MessageKeyScan(Set<String> keys, Map<String, List<String>> builtKeys) {
        keys.forEach(k -> groups.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        this.builtKeys = builtKeys;
    }

    /** Every key {@code source} asks for, with the key starts completed from {@code builtKeys}. */
    Set<String> keysAskedFor(String source, List<String> problems) {
        Set<String> keys = new LinkedHashSet<>();
        String code = withoutComments(source);
        Matcher asked = ASKED.matcher(code);
        while (asked.find()) {
            if (!asked.group(1).endsWith(".")) {
                keys.add(asked.group(1));
            }
        }
        for (String literal : literals(code)) {
            if (!KEY_SHAPE.matcher(literal).matches() || !groups.contains(literal.substring(0, literal.indexOf('.')))
                    || FILE_EXTENSIONS.contains(literal.substring(literal.lastIndexOf('.') + 1))) {
                continue;
            }
            if (!literal.endsWith(".")) {
                keys.add(literal);
            } else if (builtKeys.containsKey(literal)) {
                builtKeys.get(literal).forEach(ending -> keys.add(literal + ending));
            } else {
                problems.add("keys are built from \"" + literal + "\" + …: say in the test what can follow it");
            }
        }
        return keys;
    }

    /** The string literals of code from which comments are already gone (text blocks are skipped). */
    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\]|\\\\.)+'").matcher(code);
        while (m.find()) {
            if (m.group(1) != null) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The source without its line and block comments; strings and characters stay as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfQuoted(source, i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfQuoted(String source, int start) {
        char quote = source.charAt(start);
        if (quote == '"' && source.startsWith("\"\"\"", start)) {
            int end = source.indexOf("\"\"\"", start + 3);
            return end < 0 ? source.length() : end + 3;
        }
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}
