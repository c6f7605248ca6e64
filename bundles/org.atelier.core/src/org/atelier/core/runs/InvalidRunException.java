package org.atelier.core.runs;

import java.util.List;
import java.util.stream.Collectors;

import org.atelier.core.validation.Problem;

/** An experiment that may not run: the errors say which file, which field and why. */
public class InvalidRunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRunException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
