package org.stocktake.verdicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.stocktake.plan.PlanDocument;
import org.stocktake.plan.TargetKind;

/**
 * Every target × region pair of a plan that gets a verdict — the one home of this rule: each
 * target in its scope region; each region with its own decomposed target, on that target; and
 * each region directly below the scope without a target of its own, against the scope's target as
 * a benchmark (对标全省目标) where a region's value can be compared with it at all: a rate, a
 * share or a direction (growth, direction, parity, and indicators whose values do not add up
 * across regions), never a total such as GDP in 亿元.
 */
final class RegionPairs {

    private static final Set<TargetKind> RATE_KINDS = Set.of(TargetKind.ANNUAL_GROWTH, TargetKind.DIRECTION);

    private RegionPairs() {}

    /** The pairs by target code, in plan order. */
    static Map<String, List<Pair>> of(
            PlanDocument plan,
            Predicate<PlanDocument.Target> include,
            List<RegionTarget> decomposition,
            Function<String, List<String>> childrenOf,
            Predicate<String> additive) {
        Map<String, Map<String, RegionTarget>> own = new HashMap<>();
        decomposition.forEach(
                t -> own.computeIfAbsent(t.target(), k -> new LinkedHashMap<>()).put(t.region(), t));
        Map<String, List<Pair>> pairs = new LinkedHashMap<>();
        for (PlanDocument.Target t : plan.targets()) {
            if (!include.test(t)) {
                continue;
            }
            List<Pair> list = new ArrayList<>();
            list.add(new Pair(t, t.scope(), Basis.SCOPE, null));
            Map<String, RegionTarget> shares = own.getOrDefault(t.code(), Map.of());
            shares.values().stream()
                    .filter(r -> !r.region().equals(t.scope()))
                    .forEach(r -> list.add(new Pair(t, r.region(), Basis.OWN, r)));
            if (benchmarkable(t, additive)) {
                for (String child : childrenOf.apply(t.scope())) {
                    if (!shares.containsKey(child)) {
                        list.add(new Pair(t, child, Basis.BENCHMARK, null));
                    }
                }
            }
            pairs.put(t.code(), list);
        }
        return pairs;
    }

    static boolean benchmarkable(PlanDocument.Target t, Predicate<String> additive) {
        if (t.indicator() == null || t.scope() == null) {
            return false;
        }
        return switch (t.kind()) {
            case QUALITATIVE, RANK -> false;
            case PARITY -> true;
            default -> RATE_KINDS.contains(t.kind()) || !additive.test(t.indicator());
        };
    }
}
