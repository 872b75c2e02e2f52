package org.stocktake.observations;

import java.util.List;
import org.stocktake.shared.InvalidInputException;

/**
 * An import that was refused whole: every problem found (up to a cap) and how many there were
 * in all. Nothing was written.
 */
public class ImportRefusedException extends InvalidInputException {

    private final List<ImportProblem> details;
    private final long total;

    ImportRefusedException(String file, List<ImportProblem> details, long total) {
        super(file, details.stream().map(ImportProblem::toProblem).toList());
        this.details = List.copyOf(details);
        this.total = total;
    }

    public List<ImportProblem> details() {
        return details;
    }

    /** The number of problems found, which may exceed the number kept. */
    public long total() {
        return total;
    }
}
