package org.stocktake.cockpit.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stocktake.assessment.Method;
import org.stocktake.verdicts.TargetVerdict;

/** The stored verdicts of a plan by target and region (the latest as-of year, schedule method). */
final class VerdictIndex {

    private final Map<String, Map<String, TargetVerdict>> byTarget = new HashMap<>();
    private final Instant computedAt;

    VerdictIndex(List<TargetVerdict> stored) {
        for (TargetVerdict v : stored) {
            if (v.method() == Method.SCHEDULE) {
                byTarget.computeIfAbsent(v.target(), k -> new HashMap<>())
                        .merge(v.region(), v, (a, b) -> a.asOf() >= b.asOf() ? a : b);
            }
        }
        computedAt = stored.stream()
                .map(TargetVerdict::computedAt)
                .max(Instant::compareTo)
                .orElse(null);
    }

    Optional<TargetVerdict> of(String target, String region) {
        return Optional.ofNullable(byTarget.getOrDefault(target, Map.of()).get(region));
    }

    /** Every verdict stored for a region, whatever the target. */
    List<TargetVerdict> inRegion(String region) {
        return byTarget.values().stream()
                .map(m -> m.get(region))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Instant computedAt() {
        return computedAt;
    }
}
