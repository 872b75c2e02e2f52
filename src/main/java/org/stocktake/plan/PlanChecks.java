package org.stocktake.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
            add("/start_year", "起始年份晚于结束年份", "start_year is after end_year");
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
            require(articles, t.article(), at + "/article", "条目");
            if (t.indicator() != null) {
                require(indicators, t.indicator(), at + "/indicator", "指标");
            }
            if (t.referenceIndicator() != null) {
                require(indicators, t.referenceIndicator(), at + "/reference_indicator", "指标");
            }
            if (!groups.contains(t.scope())) {
                requireRegion(at + "/scope", t.scope());
            }
            if (t.targetYear() < plan.startYear()) {
                add(at + "/target_year", "目标年份早于规划起始年份", "target_year is before the plan's start_year");
            }
            if (t.baseline() != null && t.baseline().year() != null && t.baseline().year() >= t.targetYear()) {
                add(at + "/baseline/year", "基期年份不早于目标年份", "the baseline year is not before the target year");
            }
        }
    }

    private void checkTasks(Set<String> articles, Set<String> units, Set<String> targets) {
        for (int i = 0; i < plan.tasks().size(); i++) {
            PlanDocument.Task t = plan.tasks().get(i);
            String at = "/tasks/" + i;
            require(articles, t.article(), at + "/article", "条目");
            if (t.lead() != null) {
                require(units, t.lead(), at + "/lead", "单位");
            }
            for (int c = 0; c < t.coUnits().size(); c++) {
                require(units, t.coUnits().get(c), at + "/co_units/" + c, "单位");
            }
            for (int c = 0; c < t.targets().size(); c++) {
                require(targets, t.targets().get(c), at + "/targets/" + c, "目标");
            }
        }
    }

    private <T> Set<String> unique(String path, List<T> items, Function<T, String> code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String c = code.apply(items.get(i));
            if (!seen.add(c)) {
                add(path + "/" + i + "/code", "代码 " + c + " 重复", "duplicate code " + c);
            }
        }
        return seen;
    }

    private void require(Set<String> known, String code, String where, String what) {
        if (!known.contains(code)) {
            add(where, "找不到" + what + " " + code, "unknown " + english(what) + " " + code);
        }
    }

    private void requireRegion(String where, String code) {
        if (!known.regions().contains(code)) {
            add(where, "找不到区划代码 " + code, "unknown region code " + code);
        }
    }

    private static String english(String what) {
        return switch (what) {
            case "条目" -> "article";
            case "指标" -> "indicator";
            case "单位" -> "unit";
            default -> "target";
        };
    }

    private void add(String where, String zh, String en) {
        problems.add(new Problem(where, zh, en));
    }
}
