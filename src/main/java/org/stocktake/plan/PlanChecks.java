package org.stocktake.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.stocktake.shared.LocalizedText;
import org.stocktake.shared.Problem;

/** The checks a schema cannot make: unique codes and references that resolve. */
final class PlanChecks {

    private final PlanDocument plan;
    private final PlanReferences known;
    private final List<Problem> problems = new ArrayList<>();

    PlanChecks(PlanDocument plan, PlanReferences known) {
        this.plan = plan;
        this.known = known;
    }

    List<Problem> run() {
        if (plan.startYear() > plan.endYear()) {
            add("/start_year", "plan.start-after-end");
        }
        requireRegion("/region", plan.region());
        Set<String> units = unique("/units", plan.units(), PlanDocument.Unit::code);
        Set<String> groups = unique("/region_groups", plan.regionGroups(), PlanDocument.RegionGroup::code);
        Set<String> indicators = unique("/indicators", plan.indicators(), PlanDocument.Indicator::code);
        indicators.addAll(known.indicators());
        Set<String> articles = unique("/articles", plan.articles(), PlanDocument.Article::code);
        Set<String> targets = unique("/targets", plan.targets(), PlanDocument.Target::code);
        unique("/tasks", plan.tasks(), PlanDocument.Task::code);
        checkUnits();
        checkGroups();
        checkTargets(articles, indicators, groups);
        checkTasks(articles, units, targets);
        return problems;
    }

    private void checkUnits() {
        for (int i = 0; i < plan.units().size(); i++) {
            String region = plan.units().get(i).region();
            if (region != null) {
                requireRegion("/units/" + i + "/region", region);
            }
        }
    }

    private void checkGroups() {
        for (int i = 0; i < plan.regionGroups().size(); i++) {
            List<String> members = plan.regionGroups().get(i).members();
            for (int m = 0; m < members.size(); m++) {
                requireRegion("/region_groups/" + i + "/members/" + m, members.get(m));
            }
        }
    }

    private void checkTargets(Set<String> articles, Set<String> indicators, Set<String> groups) {
        for (int i = 0; i < plan.targets().size(); i++) {
            PlanDocument.Target t = plan.targets().get(i);
            String at = "/targets/" + i;
            require(articles, t.article(), at + "/article", "plan.what.article");
            if (t.indicator() != null) {
                require(indicators, t.indicator(), at + "/indicator", "plan.what.indicator");
            }
            if (t.referenceIndicator() != null) {
                require(indicators, t.referenceIndicator(), at + "/reference_indicator", "plan.what.indicator");
            }
            if (!groups.contains(t.scope())) {
                requireRegion(at + "/scope", t.scope());
            }
            if (t.targetYear() < plan.startYear()) {
                add(at + "/target_year", "plan.target-year-early");
            }
            if (t.baseline() != null
                    && t.baseline().year() != null
                    && t.baseline().year() >= t.targetYear()) {
                add(at + "/baseline/year", "plan.baseline-late");
            }
            checkRevisions(t, at);
        }
    }

    /** A revision re-sets a level on a new caliber: only for kinds with a level, and between baseline and target year. */
    private void checkRevisions(PlanDocument.Target t, String at) {
        // the first year a new caliber may start: after a stated baseline, else within the plan period
        int first = t.baseline() != null && t.baseline().year() != null
                ? t.baseline().year() + 1
                : plan.startYear();
        boolean level = t.kind() == TargetKind.LEVEL
                || t.kind() == TargetKind.MAINTAIN
                || t.kind() == TargetKind.FLOOR
                || t.kind() == TargetKind.CEILING;
        for (int r = 0; r < t.revisions().size(); r++) {
            PlanDocument.Revision revision = t.revisions().get(r);
            String where = at + "/revisions/" + r;
            if (!level) {
                add(where, "plan.revision-kind", t.kind().code());
            }
            if (revision.caliber() < first || revision.caliber() > t.targetYear()) {
                add(where + "/caliber", "plan.revision-caliber", revision.caliber(), first, t.targetYear());
            }
        }
    }

    private void checkTasks(Set<String> articles, Set<String> units, Set<String> targets) {
        for (int i = 0; i < plan.tasks().size(); i++) {
            PlanDocument.Task t = plan.tasks().get(i);
            String at = "/tasks/" + i;
            require(articles, t.article(), at + "/article", "plan.what.article");
            if (t.lead() != null) {
                require(units, t.lead(), at + "/lead", "plan.what.unit");
            }
            for (int c = 0; c < t.coUnits().size(); c++) {
                require(units, t.coUnits().get(c), at + "/co_units/" + c, "plan.what.unit");
            }
            for (int c = 0; c < t.targets().size(); c++) {
                require(targets, t.targets().get(c), at + "/targets/" + c, "plan.what.target");
            }
        }
    }

    private <T> Set<String> unique(String path, List<T> items, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String c = code.apply(items.get(i));
            if (!seen.add(c)) {
                add(path + "/" + i + "/code", "plan.duplicate-code", c);
            }
        }
        return seen;
    }

    private void require(Set<String> known, String code, String where, String whatKey) {
        if (!known.contains(code)) {
            add(where, "plan.unknown", LocalizedText.of(whatKey), code);
        }
    }

    private void requireRegion(String where, String code) {
        if (!known.regions().contains(code)) {
            add(where, "plan.unknown-region", code);
        }
    }

    private void add(String where, String key, Object... args) {
        problems.add(Problem.of(where, key, args));
    }
}
