package org.backcoach.content;

/**
 * One thing wrong with a bundle file. {@code path} is a JSON path such as
 * {@code $.exercises[3].dose.max}; {@code line} and {@code column} are set for syntax errors only.
 */
public record BundleProblem(String file, String path, String message, int line, int column) {

    public static BundleProblem at(String file, String path, String message) {
        return new BundleProblem(file, path, message, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code FILE: $.json.path: message}, or {@code FILE:LINE:COLUMN: $: message} for syntax errors. */
    @Override
    public String toString() {
        String where = hasPosition() ? file + ":" + line + ":" + column : file;
        return where + ": " + path + ": " + message;
    }
}
