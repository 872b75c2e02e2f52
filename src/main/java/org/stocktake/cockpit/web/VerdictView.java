package org.stocktake.cockpit.web;

import java.util.Locale;
import org.stocktake.assessment.Figures;
import org.stocktake.verdicts.TargetVerdict;

/**
 * A verdict as pages show it: the class code (for the badge's colour), its words and the
 * explanation in the page's language, the latest value, when it was computed, and the actual yearly
 * rate (a growth target shows its growth, 0.126 = 12.6%, not a level).
 */
record VerdictView(
        String cls,
        String label,
        String explanation,
        Integer asOf,
        Integer latestYear,
        Double latestValue,
        Double progress,
        Double schedule,
        String computedAt,
        Double actualRate) {

    static VerdictView of(TargetVerdict v, Locale locale) {
        Figures f = v.verdict().figures();
        return new VerdictView(
                v.verdict().verdictClass().code(),
                v.verdict().verdictClass().label().in(locale),
                v.verdict().explanation().in(locale),
                v.asOf(),
                f.latestYear(),
                f.latestValue(),
                f.progress(),
                f.schedule(),
                v.computedAt().toString(),
                f.actualRate());
    }
}
