package org.stocktake.observations;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file: keeps the first {@code cap}, counts them all. */
final class ImportProblems {

    static final int CAP = 1000;

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long total;

    ImportProblems(String file) {
        this.file = file;
    }

    void add(long row, String column, String zh, String en) {
        total++;
        if (kept.size() < CAP) {
            kept.add(new ImportProblem(file, row, column, zh, en));
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
            sorted.add(new ImportProblem(file, 0, null, "另有 " + (total - kept.size()) + " 处问题未列出",
                    (total - kept.size()) + " more problems not listed"));
        }
        return new ImportRefusedException(file, sorted, total);
    }
}
