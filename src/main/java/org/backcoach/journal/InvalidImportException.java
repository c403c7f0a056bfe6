package org.backcoach.journal;

import java.nio.file.Path;
import java.util.List;

/** The file cannot be imported; each problem names the item in the file. Nothing was changed. */
public final class InvalidImportException extends Exception {

    private final transient List<String> problems;

    public InvalidImportException(Path file, List<String> problems) {
        super(file + " cannot be imported; nothing was changed. "
                + (problems.size() == 1 ? problems.get(0) : problems.size() + " problems, the first: " + problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
