package org.stocktake.cockpit.web;

import org.stocktake.plan.PlanDocument;
import org.stocktake.shared.LocalizedText;
import org.stocktake.verdicts.RegionVerdict;

/**
 * A target's stored verdict in one region as the matrix, the map and the region pages show it:
 * the class (code for the colour, words), the sentence, what it is judged against (本级目标,
 * 分解目标 or 对标全省目标, with 示例（非官方） for an example decomposition) and, for a region's
 * own target, its value, year and source.
 */
record RegionVerdictView(
        String target,
        String region,
        String cls,
        LocalizedText label,
        LocalizedText explanation,
        String basis,
        LocalizedText basisLabel,
        boolean example,
        LocalizedText own,
        String ownSource) {

    static RegionVerdictView of(RegionVerdict v, PlanDocument.Target target) {
        LocalizedText own = null;
        if (v.own() != null) {
            String unit = target == null || target.unit() == null ? "" : target.unit();
            own = LocalizedText.of(
                    "verdicts.page.own",
                    v.own().value().stripTrailingZeros().toPlainString(),
                    unit,
                    Integer.toString(v.own().year()));
        }
        return new RegionVerdictView(
                v.target(),
                v.region(),
                v.verdict().verdict().verdictClass().code(),
                v.verdict().verdict().verdictClass().label(),
                v.verdict().verdict().explanation(),
                v.basis().code(),
                v.basisLabel(),
                v.example(),
                own,
                v.own() == null ? null : v.own().source());
    }
}
