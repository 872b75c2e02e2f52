package org.stocktake.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktake.plan.PlanDocument;
import org.stocktake.reports.TargetTable;
import org.stocktake.verdicts.Basis;
import org.stocktake.verdicts.RegionVerdict;

/**
 * The rows of {@code assess --region}: the evaluation table's columns for the region's verdicts,
 * the target column showing the region's own target where it has one, and the basis (本级目标,
 * 分解目标, 对标全省目标; 示例（非官方） for an example decomposition) as the last column.
 */
final class RegionRows {

    private RegionRows() {}

    static List<List<String>> of(PlanDocument plan, List<RegionVerdict> verdicts) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> base = TargetTable.rows(
                plan, verdicts.stream().map(RegionVerdict::verdict).toList(), Locale.SIMPLIFIED_CHINESE);
        for (int i = 0; i < verdicts.size(); i++) {
            RegionVerdict v = verdicts.get(i);
            List<String> row = new ArrayList<>(base.get(i));
            if (v.basis() == Basis.OWN && v.own() != null) {
                row.set(
                        2,
                        TargetTable.number(v.own().value().doubleValue()) + " ("
                                + v.own().year() + ")");
            }
            row.add(v.basisLabel().zh());
            rows.add(row);
        }
        return rows;
    }
}
