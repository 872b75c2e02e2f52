package org.stocktake.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input that was refused whole, with every problem found in it. Nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    public InvalidInputException(String source, List<Problem> problems) {
        super(source + ": " + problems.size() + " problem(s): "
                + problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** All problems, one a line, each prefixed by the source, in the given language. */
    public String report(Locale locale) {
        return problems.stream()
                .map(p -> source + ": " + p.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
