package org.stocktake.cockpit.web;

import java.util.Comparator;
import java.util.List;
import org.stocktake.shared.LocalizedText;

/**
 * The region × target verdict matrix of a plan: the prefectures as rows, the plan's quantitative
 * targets judged in them as columns, each cell a stored verdict (or none), and each prefecture's
 * verdict score and rank ({@link org.stocktake.assessment.VerdictScore}). {@code unjudged} are the
 * quantitative targets no prefecture is judged on (totals that are not decomposed).
 */
record VerdictMatrix(
        String plan,
        LocalizedText title,
        List<Column> columns,
        List<Row> rows,
        List<Column> unjudged,
        boolean example) {

    /** A quantitative target. */
    record Column(String code, LocalizedText title) {}

    /** A prefecture: its cells in column order (null: no verdict), its score and rank (null: unscored). */
    record Row(
            String code,
            LocalizedText name,
            List<RegionVerdictView> cells,
            Double score,
            int counted,
            Integer rank,
            boolean tied) {

        public long judged() {
            return cells.stream().filter(java.util.Objects::nonNull).count();
        }
    }

    /** The scored prefectures, best first (ties keep the rows' order). */
    public List<Row> ranked() {
        return rows.stream()
                .filter(r -> r.rank() != null)
                .sorted(Comparator.comparing(Row::rank))
                .toList();
    }

    /** The prefectures without a score. */
    public List<Row> unscored() {
        return rows.stream().filter(r -> r.rank() == null).toList();
    }
}
