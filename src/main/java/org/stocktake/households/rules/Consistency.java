package org.stocktake.households.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.households.rules.Finding.Check;

/** The consistency rules over one household's record, checked on a given day. */
public final class Consistency {

    private Consistency() {}

    public static List<Finding> check(Household h, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        risksAndMeasures(h, out);
        dates(h, today, out);
        members(h, out);
        if (h.safetyNet() && h.cleared()) {
            out.add(new Finding(h.code(), Check.SAFETY_NET_CLEARED, ""));
        }
        return out;
    }

    private static void risksAndMeasures(Household h, List<Finding> out) {
        if (h.risks().size() > 5) {
            out.add(new Finding(
                    h.code(), Check.TOO_MANY_RISKS, String.valueOf(h.risks().size())));
        }
        for (Household.Risk r : h.risks()) {
            boolean answered = h.measures().stream().anyMatch(m -> r.type().answeredBy(m.type()));
            if (!answered) {
                out.add(new Finding(
                        h.code(), Check.RISK_WITHOUT_MEASURE, r.type().code()));
            }
            boolean subItemOk = r.subItem() == null
                    || r.subItem().isEmpty()
                    || (r.type() == RiskType.DISASTER && RiskType.DISASTER_SUB_ITEMS.contains(r.subItem()));
            if (!subItemOk) {
                out.add(new Finding(
                        h.code(), Check.BAD_DISASTER_SUB_ITEM, r.type().code()));
            }
        }
    }

    private static void dates(Household h, LocalDate today, List<Finding> out) {
        if (h.identifiedOn() != null && h.identifiedOn().isAfter(today)) {
            out.add(new Finding(h.code(), Check.IDENTIFIED_IN_FUTURE, ""));
        }
        if (h.cleared() && h.identifiedOn() != null && h.clearedOn().isBefore(h.identifiedOn())) {
            out.add(new Finding(h.code(), Check.CLEARED_BEFORE_IDENTIFIED, ""));
        }
        for (Household.Measure m : h.measures()) {
            if (before(m.end(), m.start())) {
                out.add(new Finding(h.code(), Check.ENDS_BEFORE_START, m.type().code()));
            }
        }
        for (Household.Risk r : h.risks()) {
            if (before(r.resolvedOn(), r.since())) {
                out.add(new Finding(
                        h.code(), Check.RESOLVED_BEFORE_ARISEN, r.type().code()));
            }
        }
        for (Household.Employment e : h.employment()) {
            if (before(e.end(), e.start())) {
                out.add(new Finding(h.code(), Check.ENDS_BEFORE_START, "employment"));
            }
        }
    }

    private static boolean before(LocalDate end, LocalDate start) {
        return end != null && start != null && end.isBefore(start);
    }

    private static void members(Household h, List<Finding> out) {
        if (h.members().isEmpty()) {
            out.add(new Finding(h.code(), Check.NO_MEMBERS, ""));
        }
        for (int i = 0; i < h.members().size(); i++) {
            if (!IdNumber.valid(h.members().get(i).idNumber())) {
                out.add(new Finding(h.code(), Check.INVALID_ID_NUMBER, String.valueOf(i + 1)));
            }
        }
    }
}
