package org.stocktake.enclaves;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.stocktake.shared.Problem;

/**
 * Checks a draft agreement whole and turns it into an {@link Agreement}, or lists every problem
 * with where it is (a form field, or a file's row and column). A double count takes the whole
 * figure (share 1); an increment split needs its base year (before the agreement starts) and the
 * park's value in it.
 */
final class AgreementChecks {

    /** Where a field is: {@code rule} is the rule's index, or -1 for the agreement's own fields. */
    interface Where {
        String at(int rule, String field);
    }

    /** What the checks look up. */
    record Lookups(
            Predicate<String> region, Function<String, Optional<String>> parkHost, Predicate<String> indicator) {}

    private final Where where;
    private final Lookups lookups;
    private final List<Problem> problems = new ArrayList<>();

    private AgreementChecks(Where where, Lookups lookups) {
        this.where = where;
        this.lookups = lookups;
    }

    /** The agreement, or the problems found (never both). */
    record Result(Agreement agreement, List<Problem> problems) {}

    static Result check(AgreementDraft d, Where where, Lookups lookups) {
        return new AgreementChecks(where, lookups).run(d);
    }

    private Result run(AgreementDraft d) {
        String name = required(-1, "name", d.name());
        String sender = region(-1, "sender", d.sender());
        String host = region(-1, "host", d.host());
        if (sender != null && sender.equals(host)) {
            problem(-1, "host", "enclaves.check.same-region", host);
        }
        String park = required(-1, "park", d.park());
        if (park != null) {
            Optional<String> parkHost = lookups.parkHost().apply(park);
            if (parkHost.isEmpty()) {
                problem(-1, "park", "enclaves.check.park", park);
            } else if (host != null && !parkHost.get().equals(host)) {
                problem(-1, "park", "enclaves.check.park-host", park, parkHost.get(), host);
            }
        }
        String document = required(-1, "document", d.document());
        LocalDate from = date(-1, "validFrom", d.validFrom(), true);
        LocalDate to = date(-1, "validTo", d.validTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(-1, "validTo", "enclaves.check.dates", d.validTo(), d.validFrom());
        }
        if (d.rules().isEmpty()) {
            problem(0, "indicator", "enclaves.check.no-rule");
        }
        List<SplitRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.rules().size(); i++) {
            SplitRule rule = rule(i, d.rules().get(i), from);
            if (rule != null && !seen.add(rule.indicator())) {
                problem(i, "indicator", "enclaves.check.duplicate-rule", rule.indicator());
            }
            rules.add(rule);
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new Agreement(0, name, sender, host, park, document, from, to, rules), List.of());
    }

    private SplitRule rule(int i, AgreementDraft.RuleDraft r, LocalDate from) {
        String indicator = required(i, "indicator", r.indicator());
        if (indicator != null && !lookups.indicator().test(indicator)) {
            problem(i, "indicator", "enclaves.check.indicator", indicator);
        }
        String methodText = required(i, "method", r.method());
        Optional<SplitMethod> method = methodText == null ? Optional.empty() : SplitMethod.of(methodText);
        if (methodText != null && method.isEmpty()) {
            problem(i, "method", "enclaves.check.method", methodText);
        }
        Double share = method.isPresent() && method.get() == SplitMethod.DOUBLE_COUNT
                ? Double.valueOf(1)
                : number(i, "senderShare", r.senderShare(), true);
        if (share != null && (share <= 0 || share > 1)) {
            problem(i, "senderShare", "enclaves.check.share", r.senderShare());
        }
        Integer baseYear = null;
        Double baseValue = null;
        if (method.isPresent() && method.get() == SplitMethod.INCREMENT) {
            Double year = number(i, "baseYear", r.baseYear(), true);
            baseValue = number(i, "baseValue", r.baseValue(), true);
            if (year != null && (year != Math.rint(year) || (from != null && year >= from.getYear()))) {
                problem(i, "baseYear", "enclaves.check.base-year", r.baseYear());
            } else if (year != null) {
                baseYear = year.intValue();
            }
        }
        if (indicator == null || method.isEmpty() || share == null) {
            return null;
        }
        return new SplitRule(indicator, method.get(), share, baseYear, baseValue);
    }

    private String required(int rule, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(rule, field, "enclaves.check.blank");
            return null;
        }
        return value.trim();
    }

    private String region(int rule, String field, String value) {
        String code = required(rule, field, value);
        if (code != null && !lookups.region().test(code)) {
            problem(rule, field, "enclaves.check.region", code);
        }
        return code;
    }

    private LocalDate date(int rule, String field, String value, boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) {
                problem(rule, field, "enclaves.check.blank");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problem(rule, field, "enclaves.check.date", value);
            return null;
        }
    }

    private Double number(int rule, String field, String value, boolean needed) {
        if (value == null || value.isBlank()) {
            if (needed) {
                problem(rule, field, "enclaves.check.blank");
            }
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(rule, field, "enclaves.check.number", value);
        return null;
    }

    private void problem(int rule, String field, String key, Object... args) {
        problems.add(Problem.of(where.at(rule, field), key, args));
    }
}
