package org.stocktake.verdicts;

import java.time.Instant;
import java.util.List;
import org.stocktake.assessment.Method;
import org.stocktake.assessment.Verdict;

/**
 * One target's verdict for one region as of a year, by one method, with the observations it
 * rests on (indicator@region@period) and the time it was computed.
 */
public record TargetVerdict(
        String plan,
        String target,
        String region,
        int asOf,
        Method method,
        Verdict verdict,
        List<String> inputs,
        Instant computedAt) {

    public TargetVerdict {
        inputs = List.copyOf(inputs);
    }
}
