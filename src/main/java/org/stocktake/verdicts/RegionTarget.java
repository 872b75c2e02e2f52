package org.stocktake.verdicts;

import java.math.BigDecimal;

/**
 * A region's own share of a plan target (目标分解): the value to reach by a year, in the target's
 * unit and kind, with the document it comes from; {@code example} marks a made-up decomposition,
 * shown as 示例（非官方） wherever it is used.
 */
public record RegionTarget(
        String plan, String target, String region, BigDecimal value, int year, String source, boolean example) {}
