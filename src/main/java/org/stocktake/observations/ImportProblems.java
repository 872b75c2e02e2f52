package org.stocktake.observations;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Messages;

/** Collects the problems of one file: keeps the first {@code cap}, counts them all. */
final class ImportProblems {

    static final int CAP = 1000;

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long total;

    ImportProblems(String file) {
        this.file = file;
    }

    void add(long row, String column, String key, Object... args) {
        add(row, column, Messages.text(key, args));
    }

    void add(long row, String column, LocalizedText what) {
        total++;
        if (kept.size() < CAP) {
            kept.add(new ImportProblem(file, row, column, what.zh(), what.en()));
        }
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    List<ImportProblem> kept() {
        return kept;
    }

    ImportRefusedException refusal() {
        List<ImportProblem> sorted = new ArrayList<>(kept);
        sorted.sort(java.util.Comparator.comparingLong(ImportProblem::row));
        if (total > kept.size()) {
            LocalizedText more = Messages.text("data.more-problems", total - kept.size());
            sorted.add(new ImportProblem(file, 0, null, more.zh(), more.en()));
        }
        return new ImportRefusedException(file, sorted, total);
    }
}
