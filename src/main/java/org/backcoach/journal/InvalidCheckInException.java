package org.backcoach.journal;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown instead of saving when any field is refused; nothing was written. */
public final class InvalidCheckInException extends Exception {

    private final transient List<FieldProblem> problems;

    public InvalidCheckInException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
