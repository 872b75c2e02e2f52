package org.stocktake.observations;

import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/** One thing wrong in an import file: file, row (1 = header), column and reason in zh and en. */
public record ImportProblem(String file, long row, String column, String zh, String en) {

    /** As a shared problem: {@code 行 12 列 value}. */
    Problem toProblem() {
        String where = row <= 0
                ? Messages.zh("data.where.file")
                : column == null ? Messages.zh("where.row", row) : Messages.zh("where.row-column", row, column);
        return new Problem(where, zh, en);
    }
}
